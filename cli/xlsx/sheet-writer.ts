/**
 * One sheet of the package written again from the emulator's: the cells whose values the tool
 * changed (never a formula's), and for its own columns their formats, widths, validations,
 * conditional formats and notes; a sheet it added gets its frozen rows. Every other byte of the
 * sheet's part is left as it came.
 */
import type { AppsScriptEmulator, StoredCell } from '../../emulator';
import { isDateFormat } from '../../emulator/values';
import { isToolNote } from '../../src/domain/tracker/columns';
import { writeNotes, type Note } from './comments';
import {
  type ConditionalFormatRule,
  toolConditionalFormats,
  withConditionalFormats,
} from './conditional-formats';
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
import { type DataValidation, withValidations } from './validations';
import { withWidths } from './widths';
import { insertChild } from './worksheet';
import {
  type Element,
  child,
  elements,
  escapeXml,
  outline,
  splice,
  withAttribute,
  withoutAttribute,
} from './xml';

/** The sheets the tool makes; every column of them is the tool's. */
const TOOL_SHEETS = new Set(['settings', 'reminder log', 'national data']);

/** A sheet as the emulator holds it after the run: what is written into its part. */
export interface FinalSheet {
  readonly name: string;
  readonly cells: readonly (readonly StoredCell[])[];
  /** Each column's number format in the row below the cells: what the next row written gets. */
  readonly formatsBelow: readonly (string | undefined)[];
  readonly frozenRows: number;
  readonly validations: readonly (readonly (DataValidation | null)[])[];
  readonly conditionalFormats: readonly ConditionalFormatRule[];
}

/** The sheet `name` as the emulator holds it, with the tool's conditional formats on it. */
export function finalSheet(emulator: AppsScriptEmulator, name: string): FinalSheet {
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
    conditionalFormats: toolConditionalFormats(sheet.getConditionalFormatRules()),
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

/** A sheet's part, `xml` as read (or a new sheet's), written again with the tool's changes. */
export class SheetWriter {
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

  /** The cells to write: those whose value changed, and the tool's whose format changed. */
  private writes(): CellWrite[] {
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

  private setFrozenRows(): void {
    if (this.original || this.final.frozenRows === 0) return;
    const p = this.prefix;
    const rows = this.final.frozenRows;
    const view = `<${p}sheetViews><${p}sheetView workbookViewId="0"><${p}pane ySplit="${rows}" topLeftCell="A${rows + 1}" activePane="bottomLeft" state="frozen"/><${p}selection pane="bottomLeft" activeCell="A${rows + 1}" sqref="A${rows + 1}"/></${p}sheetView></${p}sheetViews>`;
    const views = child(this.xml, 'sheetViews');
    if (views) this.xml = splice(this.xml, [{ start: views.start, end: views.end, text: view }]);
  }

  /** Validations for the tool's columns the input did not have (the coordinator's own stay). */
  private setValidations(): void {
    // A sheet the tool made before has its validations from then; a new one gets them all.
    if (this.toolSheet && this.original) return;
    const firstNew = this.toolSheet ? 0 : this.originalWidth;
    this.xml = withValidations(this.xml, this.prefix, this.final.validations, firstNew);
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

  /**
   * The part's text with every change; its notes go into the comments and VML parts of `part`
   * (`vmlParts`: every VML drawing of the package, so that a new one takes shape ids of its own).
   */
  write(part: string, vmlParts: readonly string[]): string {
    this.writeCells(this.writes());
    this.widenDimension();
    this.xml = withWidths(
      this.xml,
      this.prefix,
      this.final.cells,
      this.final.formatsBelow,
      (column) => this.toolColumn(column),
    );
    this.setFrozenRows();
    this.xml = withConditionalFormats(
      this.xml,
      this.prefix,
      this.final.conditionalFormats,
      this.styles,
    );
    this.setValidations();
    return writeNotes(this.loaded.xlsx, part, this.xml, this.notes(), vmlParts, insertChild);
  }
}
