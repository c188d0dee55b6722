/**
 * Column widths for the tool's columns: as wide as what their cells show, in Excel's character
 * units, so that no number or date shows `###`; a width someone set stays, unless the tool's own
 * dates or numbers would not fit it.
 */
import type { StoredCell } from '../../emulator';
import { displayValue, isDateFormat, serialOfWall } from '../../emulator/values';
import { insertChild } from './worksheet';
import { child, elements, splice, withAttribute } from './xml';

/** The narrowest and widest a column the tool sizes gets, in Excel's character units. */
const NARROWEST = 8;
const WIDEST = 60;
/**
 * Characters beside the text, for the cell's padding and letters wider than the digit the unit is
 * measured by: LibreOffice, showing Calibri in DejaVu Sans, needs 16 for `28 May 2026 23:59`.
 */
const MARGIN = 2;
/**
 * A moment every date format shows at its widest: a two-digit day and hour, September, a
 * Wednesday (30 Sep 2026 23:59:59).
 */
const WIDEST_MOMENT = serialOfWall(Date.UTC(2026, 8, 30, 23, 59, 59));

/**
 * The width a column needs for what its cells show (each value in its number format, as Sheets,
 * Excel and LibreOffice show it: `1 Dec 2026 07:00`, not the serial), in Excel's character units.
 * A number or date wider than its column shows `###`, so it always gets its width; text runs over
 * or is cut off, so a long one gets at most the widest. A date format in the column, on a cell
 * yet empty or in `formatBelow` (what the next row written gets), makes room for its widest date:
 * a width the tool sets stays on later runs, whose dates must fit it too.
 */
export function widthFor(
  cells: readonly (readonly StoredCell[])[],
  column: number,
  formatBelow?: string,
  numbersOnly = false,
): number {
  let widest = NARROWEST;
  const fit = (shown: string, capped: boolean) => {
    const needed = shown.length + MARGIN;
    widest = Math.max(widest, capped ? Math.min(needed, WIDEST) : needed);
  };
  const dateFormats = new Set<string>();
  for (const row of cells) {
    const cell = row[column];
    if (!cell) continue;
    if (cell.numberFormat !== undefined && isDateFormat(cell.numberFormat))
      dateFormats.add(cell.numberFormat);
    // An error cell holds its code as text, shown as it is.
    if (cell.value !== null && (!numbersOnly || typeof cell.value === 'number'))
      fit(displayValue(cell.value, cell.numberFormat), typeof cell.value !== 'number');
  }
  if (formatBelow !== undefined && isDateFormat(formatBelow)) dateFormats.add(formatBelow);
  for (const format of dateFormats) fit(displayValue(WIDEST_MOMENT, format), false);
  return widest;
}

/** A <col> entry's text, `text`'s, for the columns `min` to `max` (counted from 1). */
function range(text: string, min: number, max: number): { min: number; max: number; text: string } {
  return {
    min,
    max,
    text: withAttribute(withAttribute(text, 'min', String(min)), 'max', String(max)),
  };
}

/**
 * The sheet's XML with widths for the tool's columns (those `isToolColumn` names that hold
 * something): set where a column has none, widened where a width set would show ### for the
 * tool's numbers or dates; every other column's entry stays as it is.
 */
export function withWidths(
  xml: string,
  prefix: string,
  cells: readonly (readonly StoredCell[])[],
  formatsBelow: readonly (string | undefined)[],
  isToolColumn: (column: number) => boolean,
): string {
  const columns = Math.max(0, ...cells.map((row) => row.length));
  const wanted = new Map<number, number>();
  /** What the column's numbers and dates need: narrower, they show ### (text is only cut). */
  const leastFor = new Map<number, number>();
  for (let column = 0; column < columns; column += 1)
    if (
      isToolColumn(column) &&
      !cells.every((row) => row[column]?.value === null || row[column] === undefined)
    ) {
      const below = formatsBelow[column];
      wanted.set(column, widthFor(cells, column, below));
      leastFor.set(column, widthFor(cells, column, below, true));
    }
  const cols = child(xml, 'cols');
  const entries = cols
    ? [...elements(cols.inner, 'col')].map((col) => ({
        min: Number(col.attributes.get('min')),
        max: Number(col.attributes.get('max')),
        text: col.text,
        custom: /^(1|true)$/.test(col.attributes.get('customWidth') ?? ''),
        width: col.attributes.get('width'),
      }))
    : [];
  const result: { min: number; max: number; text: string }[] = [];
  const pending = new Map(wanted);
  for (const entry of entries) {
    let start = entry.min;
    for (let n = entry.min; n <= entry.max; n += 1) {
      const width = pending.get(n - 1);
      if (width === undefined) continue;
      pending.delete(n - 1);
      // A width someone set (the coordinator, or the tool on an earlier run) stays, unless the
      // tool's own dates or numbers would show ### in it (an older version's Time column).
      const least = leastFor.get(n - 1) ?? 0;
      if (entry.custom && !(Number(entry.width) < least)) continue;
      const given = entry.custom ? least : width;
      if (n > start) result.push(range(entry.text, start, n - 1));
      result.push({
        min: n,
        max: n,
        text: withAttribute(
          withAttribute(range(entry.text, n, n).text, 'width', String(given)),
          'customWidth',
          '1',
        ),
      });
      start = n + 1;
    }
    if (start === entry.min) result.push(entry);
    else if (start <= entry.max) result.push(range(entry.text, start, entry.max));
  }
  for (const [column, width] of pending)
    result.push({
      min: column + 1,
      max: column + 1,
      text: `<${prefix}col min="${column + 1}" max="${column + 1}" width="${width}" customWidth="1"/>`,
    });
  if (
    pending.size === 0 &&
    result.length === entries.length &&
    result.every((entry, i) => entry.text === entries[i]?.text)
  )
    return xml;
  result.sort((a, b) => a.min - b.min);
  const element = `<${prefix}cols>${result.map((entry) => entry.text).join('')}</${prefix}cols>`;
  return cols
    ? splice(xml, [{ start: cols.start, end: cols.end, text: element }])
    : insertChild(xml, 'cols', element);
}
