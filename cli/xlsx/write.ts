/**
 * Writes the emulator's sheets back into the package they were read from, changing only what the
 * tool owns: the cells whose values it changed (never a formula's), the formats, notes, widths,
 * validations and conditional formats of its own columns, and the sheets it added. Every other
 * part, and every other byte of a part it edits, is left as it came.
 */
import type { AppsScriptEmulator, StoredCell } from '../../emulator';
import { displayValue, isDateFormat, serialOfWall } from '../../emulator/values';
import { isToolNote } from '../../src/domain/tracker/columns';
import { MARKED_FORMULA } from '../../src/sheets/setup';
import { writeNotes, type Note } from './comments';
import { CONTENT_TYPES, RELATIONSHIP_TYPES, isKind } from './package';
import {
  type LoadedSheet,
  type LoadedWorkbook,
  SERIAL_1904_OFFSET,
  cellAt,
  cellKey,
  columnName,
  referenceOf,
} from './read';
import type { Styles } from './styles';
import {
  type Element,
  child,
  childrenNamed,
  declaresPrefix,
  elements,
  escapeXml,
  insertInOrder,
  outline,
  splice,
  withAttribute,
  withoutAttribute,
} from './xml';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** The sheets the tool makes; every column of them is the tool's. */
const TOOL_SHEETS = new Set(['settings', 'reminder log', 'national data']);

/** CT_Worksheet's children in schema order (ECMA-376 Part 1, 18.3.1.99, Transitional). */
const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/**
 * Inserts `element` where `name` belongs among the worksheet's own children: before the first
 * that comes after it (an mc:AlternateContent where what it wraps would be), so never inside
 * <extLst> or mc:AlternateContent, whose x14 elements have the same names.
 */
function insertChild(xml: string, name: string, element: string): string {
  return insertInOrder(xml, WORKSHEET_ORDER, name, element);
}

const RELATIONSHIPS_NAMESPACE =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const NEW_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

interface FinalSheet {
  readonly name: string;
  readonly cells: readonly (readonly StoredCell[])[];
  /** Each column's number format in the row below the cells: what the next row written gets. */
  readonly formatsBelow: readonly (string | undefined)[];
  readonly frozenRows: number;
  readonly validations: readonly (readonly (DataValidation | null)[])[];
  readonly conditionalFormats: readonly GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
}

function finalSheet(emulator: AppsScriptEmulator, name: string): FinalSheet {
  const stored = emulator.storedSheet(name);
  const sheet = emulator.sheet(name);
  const width = Math.max(sheet.getLastColumn(), 1);
  const below = stored.cells.length + 1;
  return {
    name,
    cells: stored.cells,
    formatsBelow:
      below <= sheet.getMaxRows()
        ? (sheet.getRange(below, 1, 1, width).getNumberFormats()[0] ?? [])
        : [],
    frozenRows: stored.frozenRows,
    validations: sheet.getRange(1, 1, sheet.getMaxRows(), width).getDataValidations(),
    conditionalFormats: sheet
      .getConditionalFormatRules()
      .filter((rule) =>
        String(rule.getBooleanCondition()?.getCriteriaValues()[0] ?? '').includes(MARKED_FORMULA),
      ),
  };
}

const sameValue = (a: StoredCell, b: StoredCell) =>
  (a.value ?? '') === (b.value ?? '') && Boolean(a.error) === Boolean(b.error);

interface CellWrite {
  readonly row: number;
  readonly column: number;
  readonly cell: StoredCell;
  /** Whether the cell's number format and weight are the tool's to set. */
  readonly formatted: boolean;
}

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

class SheetWriter {
  private xml: string;
  private readonly prefix: string;
  /** How many columns the sheet had as read: those to the right are the tool's additions. */
  private readonly originalWidth: number;
  /** Whether the tool made the sheet (now, or on an earlier run): every column of it is its own. */
  private readonly toolSheet: boolean;
  /** The coordinator's sheet's columns that carry the tool's note (its computed columns). */
  private readonly markedColumns: ReadonlySet<number>;

  constructor(
    private readonly loaded: LoadedWorkbook,
    private readonly original: LoadedSheet | undefined,
    private readonly final: FinalSheet,
    xml: string,
  ) {
    this.xml = xml;
    this.prefix = outline(xml).root.prefix;
    this.originalWidth = Math.max(0, ...(original?.cells ?? []).map((row) => row.length));
    this.toolSheet = !original || TOOL_SHEETS.has(final.name.toLowerCase());
    const marked = new Set<number>();
    for (const row of final.cells)
      row.forEach((cell, column) => {
        if (isToolNote(cell.note ?? '')) marked.add(column);
      });
    this.markedColumns = marked;
  }

  private get styles(): Styles {
    return this.loaded.styles;
  }

  /** A column is the tool's when the tool added it, marked it with its note, or made the sheet. */
  private toolColumn(column: number): boolean {
    return this.toolSheet || column >= this.originalWidth || this.markedColumns.has(column);
  }

  writes(): CellWrite[] {
    const result: CellWrite[] = [];
    const before = this.original?.cells ?? [];
    this.final.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const was = before[r]?.[c] ?? { value: null };
        if (was.formula !== undefined || this.original?.mergedAway.has(cellKey(r, c))) return;
        const formatted = this.toolColumn(c);
        const valueChanged = !sameValue(was, cell);
        const formatChanged =
          formatted &&
          cell.value !== null &&
          ((was.numberFormat ?? '') !== (cell.numberFormat ?? '') ||
            Boolean(was.bold) !== Boolean(cell.bold));
        if (valueChanged || formatChanged)
          result.push({ row: r, column: c, cell, formatted: formatted || was.value === null });
      }),
    );
    return result;
  }

  private cellXml(write: CellWrite, existing: Element | undefined): string {
    const key = cellKey(write.row, write.column);
    const base = this.original?.styleIndex.get(key) ?? Number(existing?.attributes.get('s') ?? 0);
    const style = write.formatted
      ? this.styles.derive(base, {
          numberFormat: write.cell.numberFormat,
          bold: Boolean(write.cell.bold),
        })
      : base;
    const p = this.prefix;
    const ref = referenceOf(write.row, write.column);
    const s = style === 0 ? '' : ` s="${style}"`;
    const { value } = write.cell;
    if (value === null || value === '') return s === '' ? '' : `<${p}c r="${ref}"${s}/>`;
    if (write.cell.error)
      return `<${p}c r="${ref}"${s} t="e"><${p}v>${escapeXml(String(value))}</${p}v></${p}c>`;
    if (typeof value === 'boolean')
      return `<${p}c r="${ref}"${s} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
    if (typeof value === 'number') {
      const shifted =
        this.loaded.date1904 && isDateFormat(write.cell.numberFormat)
          ? value - SERIAL_1904_OFFSET
          : value;
      return `<${p}c r="${ref}"${s}><${p}v>${shifted}</${p}v></${p}c>`;
    }
    const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
    return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t${space}>${escapeXml(value)}</${p}t></${p}is></${p}c>`;
  }

  private writeCells(writes: readonly CellWrite[]): void {
    if (writes.length === 0) return;
    const p = this.prefix;
    let sheetData: Element | undefined = child(this.xml, 'sheetData');
    if (!sheetData) {
      this.xml = insertChild(this.xml, 'sheetData', `<${p}sheetData/>`);
      sheetData = child(this.xml, 'sheetData') as Element;
    }
    if (sheetData.text.endsWith('/>')) {
      this.xml = splice(this.xml, [
        { start: sheetData.start, end: sheetData.end, text: `<${p}sheetData></${p}sheetData>` },
      ]);
      sheetData = child(this.xml, 'sheetData') as Element;
    }
    const byRow = new Map<number, CellWrite[]>();
    for (const write of writes)
      (byRow.get(write.row) ?? byRow.set(write.row, []).get(write.row))?.push(write);
    const rows: { number: number; element: Element }[] = [];
    let rowNumber = -1;
    for (const element of elements(this.xml, 'row', sheetData.innerStart, sheetData.end)) {
      rowNumber = element.attributes.has('r')
        ? Number(element.attributes.get('r')) - 1
        : rowNumber + 1;
      rows.push({ number: rowNumber, element });
    }
    const anyRowUnnumbered = rows.some((row) => !row.element.attributes.has('r'));
    const edits: { start: number; end: number; text: string }[] = [];
    for (const { number, element } of rows) {
      const changes = byRow.get(number);
      byRow.delete(number);
      if (!changes && !anyRowUnnumbered) continue;
      edits.push({
        start: element.start,
        end: element.end,
        text: this.rowXml(number, element, changes ?? []),
      });
    }
    const closeAt = sheetData.end - `</${p}sheetData>`.length;
    for (const [number, changes] of [...byRow].sort((a, b) => a[0] - b[0])) {
      const next = rows.find((row) => row.number > number);
      const at = next ? next.element.start : closeAt;
      edits.push({ start: at, end: at, text: this.rowXml(number, undefined, changes) });
    }
    // Edits at one place (new rows before the same row) keep their order: sort is stable.
    this.xml = splice(this.xml, edits);
  }

  private rowXml(
    number: number,
    element: Element | undefined,
    changes: readonly CellWrite[],
  ): string {
    const p = this.prefix;
    const cells = new Map<number, string>();
    const existing = new Map<number, Element>();
    let column = -1;
    for (const cell of element ? elements(element.inner, 'c') : []) {
      const at = cellAt(cell.attributes.get('r') ?? '');
      column = at ? at.column : column + 1;
      existing.set(column, cell);
      cells.set(
        column,
        at
          ? cell.text
          : withAttribute(
              cell.text.slice(0, cell.text.indexOf('>') + 1),
              'r',
              referenceOf(number, column),
            ) + cell.text.slice(cell.text.indexOf('>') + 1),
      );
    }
    for (const change of changes)
      cells.set(change.column, this.cellXml(change, existing.get(change.column)));
    const inner = [...cells]
      .sort((a, b) => a[0] - b[0])
      .map(([, text]) => text)
      .join('');
    const openTag = element
      ? withAttribute(
          withoutAttribute(element.text.slice(0, element.text.indexOf('>') + 1), 'spans'),
          'r',
          String(number + 1),
        ).replace(/\s*\/>$/, '>')
      : `<${p}row r="${number + 1}">`;
    return `${openTag}${inner}</${p}row>`;
  }

  private widenDimension(): void {
    const dimension = child(this.xml, 'dimension');
    if (!dimension) return;
    const rows = this.final.cells.length;
    const columns = Math.max(0, ...this.final.cells.map((row) => row.length));
    const [from = 'A1', to = from] = (dimension.attributes.get('ref') ?? 'A1').split(':');
    const last = cellAt(to) ?? { row: 0, column: 0 };
    const ref = `${from}:${columnName(Math.max(last.column, columns - 1))}${Math.max(last.row, rows - 1) + 1}`;
    this.xml = splice(this.xml, [
      {
        start: dimension.start,
        end: dimension.end,
        text: withAttribute(dimension.text, 'ref', ref),
      },
    ]);
  }

  /** Widths for the tool's columns that have none set; every other column's entry stays. */
  private setWidths(): void {
    const columns = Math.max(0, ...this.final.cells.map((row) => row.length));
    const wanted = new Map<number, number>();
    /** What the column's numbers and dates need: narrower, they show ### (text is only cut). */
    const leastFor = new Map<number, number>();
    for (let column = 0; column < columns; column += 1)
      if (
        this.toolColumn(column) &&
        !this.final.cells.every((row) => row[column]?.value === null || row[column] === undefined)
      ) {
        const below = this.final.formatsBelow[column];
        wanted.set(column, widthFor(this.final.cells, column, below));
        leastFor.set(column, widthFor(this.final.cells, column, below, true));
      }
    const p = this.prefix;
    const cols = child(this.xml, 'cols');
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
        text: `<${p}col min="${column + 1}" max="${column + 1}" width="${width}" customWidth="1"/>`,
      });
    if (
      pending.size === 0 &&
      result.length === entries.length &&
      result.every((entry, i) => entry.text === entries[i]?.text)
    )
      return;
    result.sort((a, b) => a.min - b.min);
    const element = `<${p}cols>${result.map((entry) => entry.text).join('')}</${p}cols>`;
    this.xml = cols
      ? splice(this.xml, [{ start: cols.start, end: cols.end, text: element }])
      : insertChild(this.xml, 'cols', element);
  }

  private setFrozenRows(): void {
    if (this.original || this.final.frozenRows === 0) return;
    const p = this.prefix;
    const rows = this.final.frozenRows;
    const view = `<${p}sheetViews><${p}sheetView workbookViewId="0"><${p}pane ySplit="${rows}" topLeftCell="A${rows + 1}" activePane="bottomLeft" state="frozen"/><${p}selection pane="bottomLeft" activeCell="A${rows + 1}" sqref="A${rows + 1}"/></${p}sheetView></${p}sheetViews>`;
    const views = child(this.xml, 'sheetViews');
    if (views) this.xml = splice(this.xml, [{ start: views.start, end: views.end, text: view }]);
  }

  /** The tool's conditional formats replace those it wrote before; the coordinator's stay. */
  private setConditionalFormats(): void {
    // A save without Set up (which writes the tool's formats anew) keeps those already there.
    if (this.final.conditionalFormats.length === 0) return;
    const edits = childrenNamed(this.xml, 'conditionalFormatting')
      .filter(
        (element) =>
          element.inner.includes(escapeXml(MARKED_FORMULA)) ||
          element.inner.includes(MARKED_FORMULA),
      )
      .map((element) => ({ start: element.start, end: element.end, text: '' }));
    this.xml = splice(this.xml, edits);
    const p = this.prefix;
    // Over the whole sheet: the x14 rules in <extLst> share one priority order with these.
    let priority = Math.max(
      0,
      ...[...this.xml.matchAll(/priority="(\d+)"/g)].map((m) => Number(m[1])),
    );
    const formats = this.final.conditionalFormats.flatMap((rule) => {
      const condition = rule.getBooleanCondition();
      const formula = String(condition?.getCriteriaValues()[0] ?? '').replace(/^=/, '');
      const background = condition?.getBackground();
      const sqref = rule
        .getRanges()
        .map((range) => range.getA1Notation())
        .join(' ');
      const dxf = background ? ` dxfId="${this.styles.addFillDxf(background)}"` : '';
      priority += 1;
      return [
        `<${p}conditionalFormatting sqref="${sqref}"><${p}cfRule type="expression"${dxf} priority="${priority}"><${p}formula>${escapeXml(formula)}</${p}formula></${p}cfRule></${p}conditionalFormatting>`,
      ];
    });
    if (formats.length === 0) return;
    // After the coordinator's own (their kind ranks with them), before the validations.
    this.xml = insertChild(this.xml, 'conditionalFormatting', formats.join(''));
  }

  /** Validations for the tool's columns the input did not have (the coordinator's own stay). */
  private setValidations(): void {
    // A sheet the tool made before has its validations from then; a new one gets them all.
    if (this.toolSheet && this.original) return;
    const firstNew = this.toolSheet ? 0 : this.originalWidth;
    const items: string[] = [];
    const columns = Math.max(0, ...this.final.validations.map((row) => row.length));
    for (let column = firstNew; column < columns; column += 1) {
      let run: { from: number; to: number; xml: string } | undefined;
      const flush = () => {
        if (run)
          items.push(
            run.xml.replace(
              'SQREF',
              `${columnName(column)}${run.from + 1}:${columnName(column)}${run.to + 1}`,
            ),
          );
        run = undefined;
      };
      this.final.validations.forEach((row, r) => {
        const rule = row[column];
        const xml = rule
          ? validationXml(rule, `${columnName(column)}${r + 1}`, this.prefix)
          : undefined;
        const shape = xml?.replace(/[A-Z]+\d+\)\)/, '');
        if (run && xml && shape === run.xml.replace(/[A-Z]+\d+\)\)/, '') && run.to === r - 1)
          run.to = r;
        else {
          flush();
          if (xml) run = { from: r, to: r, xml };
        }
      });
      flush();
    }
    if (items.length === 0) return;
    const p = this.prefix;
    const existing = child(this.xml, 'dataValidations');
    if (existing) {
      const inner = existing.inner + items.join('');
      const count = [...elements(inner, 'dataValidation')].length;
      const open = withAttribute(
        existing.text.slice(0, existing.text.indexOf('>') + 1).replace(/\s*\/>$/, '>'),
        'count',
        String(count),
      );
      this.xml = splice(this.xml, [
        {
          start: existing.start,
          end: existing.end,
          text: `${open}${inner}</${existing.prefix}dataValidations>`,
        },
      ]);
    } else {
      this.xml = insertChild(
        this.xml,
        'dataValidations',
        `<${p}dataValidations count="${items.length}">${items.join('')}</${p}dataValidations>`,
      );
    }
  }

  private notes(): Note[] {
    const before = this.original?.cells ?? [];
    const notes: Note[] = [];
    this.final.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.note === undefined || cell.note === (before[r]?.[c]?.note ?? undefined)) return;
        if (this.toolColumn(c) || isToolNote(cell.note))
          notes.push({ row: r, column: c, text: cell.note });
      }),
    );
    return notes;
  }

  write(part: string, vmlParts: readonly string[]): string {
    this.writeCells(this.writes());
    this.widenDimension();
    this.setWidths();
    this.setFrozenRows();
    this.setConditionalFormats();
    this.setValidations();
    return writeNotes(this.loaded.xlsx, part, this.xml, this.notes(), vmlParts, insertChild);
  }
}

function range(text: string, min: number, max: number): { min: number; max: number; text: string } {
  return {
    min,
    max,
    text: withAttribute(withAttribute(text, 'min', String(min)), 'max', String(max)),
  };
}

function validationXml(rule: DataValidation, topLeft: string, p: string): string | undefined {
  const allowInvalid = rule.getAllowInvalid();
  const help = rule.getHelpText().slice(0, 255);
  const common =
    ` allowBlank="1" showErrorMessage="${allowInvalid ? 0 : 1}"${allowInvalid ? ' errorStyle="warning"' : ''}` +
    (help ? ` showInputMessage="1" prompt="${escapeXml(help)}"` : '') +
    ' sqref="SQREF"';
  const values = rule.getCriteriaValues();
  const formula = (text: string) => `<${p}formula1>${escapeXml(text)}</${p}formula1>`;
  switch (String(rule.getCriteriaType())) {
    case 'VALUE_IN_LIST':
      return `<${p}dataValidation type="list"${common}>${formula(`"${(values[0] as string[]).join(',')}"`)}</${p}dataValidation>`;
    case 'DATE_IS_VALID_DATE':
      return `<${p}dataValidation type="date" operator="greaterThan"${common}>${formula('1')}</${p}dataValidation>`;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return `<${p}dataValidation type="decimal" operator="greaterThanOrEqual"${common}>${formula(String(values[0]))}</${p}dataValidation>`;
    case 'TEXT_IS_VALID_EMAIL':
      return `<${p}dataValidation type="custom"${common}>${formula(`ISNUMBER(SEARCH("@",${topLeft}))`)}</${p}dataValidation>`;
    default:
      return undefined;
  }
}

function addSheetToWorkbook(loaded: LoadedWorkbook, name: string, part: string): void {
  const { xlsx, workbookPart } = loaded;
  const id = xlsx.addRelationship(workbookPart, RELATIONSHIP_TYPES.worksheet, part);
  xlsx.declareContentType(part, CONTENT_TYPES.worksheet);
  const workbook = xlsx.text(workbookPart) ?? '';
  const sheets = child(workbook, 'sheets');
  if (!sheets) throw new Error('the workbook part lists no sheets');
  const existing = [...elements(sheets.inner, 'sheet')];
  const idAttribute =
    [...(existing[0]?.attributes.keys() ?? [])].find((key) => key.endsWith(':id')) ?? 'r:id';
  const sheetId =
    Math.max(0, ...existing.map((sheet) => Number(sheet.attributes.get('sheetId') ?? 0))) + 1;
  const prefix = idAttribute.split(':')[0] ?? 'r';
  // openpyxl declares the relationships namespace on each sheet element, not on the root.
  const declaration = declaresPrefix(workbook, 'workbook', prefix)
    ? ''
    : ` xmlns:${prefix}="${RELATIONSHIPS_NAMESPACE}"`;
  const entry = `<${sheets.prefix}sheet${declaration} name="${escapeXml(name)}" sheetId="${sheetId}" ${idAttribute}="${id}"/>`;
  const at = sheets.end - `</${sheets.prefix}sheets>`.length;
  xlsx.setText(workbookPart, splice(workbook, [{ start: at, end: at, text: entry }]));
}

/** The package again, with the emulator's sheets written into it. */
export async function writeXlsx(
  loaded: LoadedWorkbook,
  emulator: AppsScriptEmulator,
): Promise<Buffer> {
  const { xlsx } = loaded;
  const vmlParts = () =>
    loaded.sheets
      .flatMap((sheet) => xlsx.relationships(sheet.entry.part))
      .filter((relationship) => isKind(relationship, 'vmlDrawing'))
      .map((relationship) => relationship.part);
  for (const sheet of emulator.spreadsheet.getSheets()) {
    const name = sheet.getName();
    const original = loaded.sheets.find(
      (each) => each.entry.name.toLowerCase() === name.toLowerCase(),
    );
    const part = original?.entry.part ?? xlsx.freePart((n) => `xl/worksheets/sheet${n}.xml`);
    const xml = original ? (xlsx.text(part) ?? NEW_SHEET) : NEW_SHEET;
    const written = new SheetWriter(loaded, original, finalSheet(emulator, name), xml).write(
      part,
      vmlParts(),
    );
    if (!original) addSheetToWorkbook(loaded, name, part);
    xlsx.setText(part, written);
  }
  const styles = loaded.styles.updated();
  if (styles !== undefined) {
    // A package may have no styles part at all (the format allows it); the tool's formats need one.
    const part =
      loaded.stylesPart ?? xlsx.freePart((n) => (n === 1 ? 'xl/styles.xml' : `xl/styles${n}.xml`));
    if (loaded.stylesPart === undefined) {
      xlsx.addRelationship(loaded.workbookPart, RELATIONSHIP_TYPES.styles, part);
      xlsx.declareContentType(part, CONTENT_TYPES.styles);
    }
    xlsx.setText(part, styles);
  }
  return xlsx.bytes();
}
