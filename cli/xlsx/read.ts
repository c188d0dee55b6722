/**
 * Reads an .xlsx package as Sheets reads an uploaded workbook: each cell's value (a formula cell's
 * cached result), its number format and weight, its note in any of the standard forms, merged
 * ranges holding their value in the top-left cell only, and the frozen rows.
 */
import type { StoredCell } from '../../emulator';
import { isDateFormat, serialOfWall } from '../../emulator/values';
import { XlsxPackage, isKind } from './package';
import { Styles } from './styles';
import { child, elements, firstElement, outline, textOf, unescapeOoxmlText } from './xml';

export interface SheetEntry {
  readonly name: string;
  /** The worksheet part, `xl/worksheets/sheet1.xml`. */
  readonly part: string;
}

/** A cell's place, zero-based. */
export interface CellAt {
  readonly row: number;
  readonly column: number;
}

export interface LoadedSheet {
  readonly entry: SheetEntry;
  readonly cells: StoredCell[][];
  /** Each stored cell's style index, where it has one. */
  readonly styleIndex: ReadonlyMap<string, number>;
  /** Cells covered by a merge other than its top-left one: Sheets keeps no value there. */
  readonly mergedAway: ReadonlySet<string>;
  readonly frozenRows: number;
}

export interface LoadedWorkbook {
  readonly xlsx: XlsxPackage;
  readonly workbookPart: string;
  readonly styles: Styles;
  readonly stylesPart: string | undefined;
  readonly sheets: readonly LoadedSheet[];
  readonly date1904: boolean;
}

export const cellKey = (row: number, column: number) => `${row},${column}`;

export const SERIAL_1904_OFFSET = 1462;

/** `AB12` as zero-based row and column. */
export function cellAt(reference: string): CellAt | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(reference);
  if (!match) return undefined;
  let column = 0;
  for (const letter of (match[1] as string).toUpperCase())
    column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, column: column - 1 };
}

export function columnName(column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function referenceOf(row: number, column: number): string {
  return `${columnName(column)}${row + 1}`;
}

export function rangeCells(reference: string): { first: CellAt; last: CellAt } | undefined {
  const [from = '', to = from] = reference.split(':');
  const first = cellAt(from);
  const last = cellAt(to);
  return first && last ? { first, last } : undefined;
}

function sharedStrings(xlsx: XlsxPackage, part: string | undefined): string[] {
  const xml = part === undefined ? undefined : xlsx.text(part);
  return xml === undefined ? [] : [...elements(xml, 'si')].map((item) => textOf(item.inner));
}

function notesOf(xlsx: XlsxPackage, sheetPart: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const relationship of xlsx.relationships(sheetPart)) {
    if (!isKind(relationship, 'comments')) continue;
    const xml = xlsx.text(relationship.part) ?? '';
    for (const comment of elements(xml, 'comment')) {
      const at = cellAt(comment.attributes.get('ref') ?? '');
      const text = firstElement(comment.inner, 'text');
      if (at && text) notes.set(cellKey(at.row, at.column), textOf(text.inner));
    }
  }
  return notes;
}

interface RawCell {
  readonly value: StoredCell['value'];
  readonly error?: true;
  readonly formula?: string;
  readonly date?: true;
}

function rawCell(
  cell: string,
  attributes: ReadonlyMap<string, string>,
  strings: readonly string[],
): RawCell {
  const type = attributes.get('t') ?? 'n';
  const v = firstElement(cell, 'v');
  const f = firstElement(cell, 'f');
  const text = v === undefined ? undefined : unescapeOoxmlText(v.inner);
  // A shared formula's other cells carry no text of their own; they are formulas all the same.
  const formula =
    f === undefined ? {} : { formula: `=${unescapeOoxmlText(f.inner) || 'SHARED()'}` };
  switch (type) {
    case 's':
      return { value: strings[Number(text)] ?? '', ...formula };
    case 'inlineStr': {
      const is = firstElement(cell, 'is');
      return { value: is ? textOf(is.inner) : '', ...formula };
    }
    case 'str':
      return { value: text ?? '', ...formula };
    case 'b':
      return { value: text === '1' || text === 'true', ...formula };
    case 'e':
      return { value: text ?? '#N/A', error: true, ...formula };
    case 'd': {
      const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text ?? '') ? (text ?? '') : `${text}Z`);
      return Number.isNaN(ms)
        ? { value: text ?? '', ...formula }
        : { value: serialOfWall(ms), date: true, ...formula };
    }
    default: {
      if (text === undefined || text === '') return { value: null, ...formula };
      const number = Number(text);
      return { value: Number.isNaN(number) ? text : number, ...formula };
    }
  }
}

/** `read()`, with the part named in what it throws: `xl/worksheets/sheet2.xml: not well-formed ...`. */
function inPart<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw Object.assign(new Error(`${part}: ${(error as Error).message}`), { cause: error });
  }
}

function readSheet(
  xlsx: XlsxPackage,
  entry: SheetEntry,
  strings: readonly string[],
  styles: Styles,
  date1904: boolean,
): LoadedSheet {
  const xml = xlsx.text(entry.part) ?? '';
  // Parsed once here, so that a sheet that is not XML is refused on reading, with its name.
  inPart(entry.part, () => outline(xml));
  const cells: StoredCell[][] = [];
  const styleIndex = new Map<string, number>();
  // The worksheet's own children only, never the like-named x14 elements inside <extLst>.
  const sheetData = child(xml, 'sheetData');
  let rowNumber = -1;
  for (const row of sheetData ? elements(xml, 'row', sheetData.innerStart, sheetData.end) : []) {
    rowNumber = row.attributes.has('r') ? Number(row.attributes.get('r')) - 1 : rowNumber + 1;
    let columnNumber = -1;
    for (const cell of elements(row.inner, 'c')) {
      const at = cellAt(cell.attributes.get('r') ?? '');
      columnNumber = at ? at.column : columnNumber + 1;
      const style = Number(cell.attributes.get('s') ?? 0);
      if (style !== 0) styleIndex.set(cellKey(rowNumber, columnNumber), style);
      const raw = rawCell(cell.inner, cell.attributes, strings);
      const { numberFormat, bold } = styles.styleOf(style);
      const format = numberFormat ?? (raw.date ? 'yyyy-mm-dd' : undefined);
      // The 1904 date system counts days from 1904-01-01; the emulator, as Sheets, from 1899-12-30.
      const shift =
        date1904 && !raw.date && typeof raw.value === 'number' && isDateFormat(format)
          ? SERIAL_1904_OFFSET
          : 0;
      // A formula without a stored result (openpyxl writes none): its text, since nothing here can
      // calculate what Sheets would, and a column of them is not blank.
      const value = raw.value === null && raw.formula !== undefined ? raw.formula : raw.value;
      const stored: StoredCell = {
        value: typeof value === 'number' ? value + shift : value,
        ...(raw.error ? { error: true as const } : {}),
        ...(raw.formula === undefined ? {} : { formula: raw.formula }),
        ...(format === undefined ? {} : { numberFormat: format }),
        ...(bold ? { bold: true as const } : {}),
      };
      (cells[rowNumber] ??= [])[columnNumber] = stored;
    }
  }
  const mergedAway = new Set<string>();
  for (const merge of elements(child(xml, 'mergeCells')?.inner ?? '', 'mergeCell')) {
    const range = rangeCells(merge.attributes.get('ref') ?? '');
    if (!range) continue;
    for (let r = range.first.row; r <= range.last.row; r += 1)
      for (let c = range.first.column; c <= range.last.column; c += 1)
        if (r !== range.first.row || c !== range.first.column) mergedAway.add(cellKey(r, c));
  }
  const notes = notesOf(xlsx, entry.part);
  const width = Math.max(
    0,
    ...Array.from(cells, (row) => row?.length ?? 0),
    ...[...notes.keys()].map((key) => Number(key.split(',')[1]) + 1),
  );
  const height = Math.max(
    cells.length,
    ...[...notes.keys()].map((key) => Number(key.split(',')[0]) + 1),
  );
  const grid = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c): StoredCell => {
      const key = cellKey(r, c);
      const cell = cells[r]?.[c] ?? { value: null };
      const note = notes.get(key);
      const value = mergedAway.has(key) ? { ...cell, value: null } : cell;
      return note === undefined ? value : { ...value, note };
    }),
  );
  const view = firstElement(child(xml, 'sheetViews')?.inner ?? '', 'sheetView');
  const pane = firstElement(view?.text ?? '', 'pane');
  const frozen =
    pane && /frozen/i.test(pane.attributes.get('state') ?? '')
      ? Number(pane.attributes.get('ySplit') ?? 0)
      : 0;
  return { entry, cells: grid, styleIndex, mergedAway, frozenRows: frozen };
}

export async function readXlsx(bytes: Uint8Array): Promise<LoadedWorkbook> {
  const xlsx = await XlsxPackage.open(bytes);
  const officeDocument = xlsx
    .relationships('')
    .find((relationship) => isKind(relationship, 'officeDocument'));
  const workbookPart = officeDocument?.part ?? 'xl/workbook.xml';
  const workbook = xlsx.text(workbookPart);
  if (workbook === undefined) throw new Error('it has no workbook part');
  const parts = xlsx.relationships(workbookPart);
  const partOf = (kind: 'styles' | 'sharedStrings') =>
    parts.find((relationship) => isKind(relationship, kind))?.part;
  const stylesPart = partOf('styles');
  const stylesXml = stylesPart === undefined ? undefined : xlsx.text(stylesPart);
  const styles = inPart(stylesPart ?? 'styles', () => new Styles(stylesXml));
  const strings = sharedStrings(xlsx, partOf('sharedStrings'));
  const { workbookPr, sheetList } = inPart(workbookPart, () => ({
    // Not x15:workbookPr, which Excel 365 keeps in the workbook's <extLst>.
    workbookPr: child(workbook, 'workbookPr'),
    sheetList: child(workbook, 'sheets'),
  }));
  const date1904 = /^(1|true)$/.test(workbookPr?.attributes.get('date1904') ?? '');
  const sheets = [...elements(sheetList?.inner ?? '', 'sheet')].flatMap((sheet) => {
    const id =
      sheet.attributes.get('r:id') ??
      [...sheet.attributes].find(([name]) => name.endsWith(':id'))?.[1];
    const part = parts.find(
      (relationship) => relationship.id === id && isKind(relationship, 'worksheet'),
    )?.part;
    // Chart sheets and dialog sheets hold no cells; they stay as they are.
    if (part === undefined || xlsx.text(part) === undefined) return [];
    return [
      readSheet(
        xlsx,
        { name: sheet.attributes.get('name') ?? '', part },
        strings,
        styles,
        date1904,
      ),
    ];
  });
  return { xlsx, workbookPart, styles, stylesPart, sheets, date1904 };
}
