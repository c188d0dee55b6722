/**
 * Sheet: its size, frozen and hidden lines, conditional format rules and protections; rows and
 * columns inserted and deleted by one routine for both, which moves the cells (cells.ts), the
 * blocks of protections and rules (blocks.ts) and developer metadata together. Over 350 lines:
 * Google's Sheet is one class (41 methods here), and what it could hand off it does.
 */
import { type A1Form, parseA1 } from './a1';
import {
  type Block,
  blockDeleted,
  blockInserted,
  blockOf,
  isEmptyBlock,
  overlap,
  rangeOf,
} from './blocks';
import { Cells, checkCellSizes } from './cells';
import {
  type CellFormat,
  type Condition,
  EmulatedConditionalFormatRule,
} from './conditional-format';
import {
  GAS_CLASS,
  GasObject,
  asGas,
  enumName,
  gasError,
  ownObject,
  requireInteger,
  signatureError,
} from './gas';
import type { MetadataStore } from './metadata';
import { EmulatedProtection, PROTECTED_CELL } from './protection';
import { EmulatedRange } from './range';
import type { ZoneRules } from './time-zone';
import type { Dimension } from './types';
import type { InputContext } from './values';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;

export const OUTSIDE_SHEET =
  'The coordinates of the range are outside the dimensions of the sheet.';

/** The blank sheet Sheets creates: 1000 rows by 26 columns (A to Z). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

/** What a sheet needs of its spreadsheet (EmulatedSpreadsheet, which imports this file). */
export interface SheetParent extends GasObject {
  readonly sheets: readonly EmulatedSheet[];
  readonly zone: ZoneRules;
  /** How typed input is read in the spreadsheet's zone and locale. */
  readonly input: InputContext;
  /** The user the script runs as now, and the owner, who may always edit protected cells. */
  readonly user: string;
  readonly owner: string;
  readonly metadata: MetadataStore;
  getSheetByName(name: string): Sheet | null;
  /** The sheet comes to the front, with the range selected. */
  _activate(sheet: EmulatedSheet, range?: EmulatedRange): void;
}

/** Each dimension's words and the sheet's fields for it. */
const AXES = {
  ROW: { lines: 'rows', max: 'maxRows', frozen: 'frozenRows' },
  COLUMN: { lines: 'columns', max: 'maxColumns', frozen: 'frozenColumns' },
} as const satisfies Record<Dimension, object>;

interface StoredFormatRule {
  readonly condition: Condition;
  readonly format: Readonly<CellFormat>;
  readonly blocks: Block[];
}

export class EmulatedSheet
  extends GasObject
  implements
    Pick<
      Sheet,
      | 'activate'
      | 'addDeveloperMetadata'
      | 'appendRow'
      | 'clearConditionalFormatRules'
      | 'clearContents'
      | 'createDeveloperMetadataFinder'
      | 'deleteColumn'
      | 'deleteColumns'
      | 'deleteRow'
      | 'deleteRows'
      | 'getConditionalFormatRules'
      | 'getDataRange'
      | 'getDeveloperMetadata'
      | 'getFrozenColumns'
      | 'getFrozenRows'
      | 'getIndex'
      | 'getLastColumn'
      | 'getLastRow'
      | 'getMaxColumns'
      | 'getMaxRows'
      | 'getName'
      | 'getParent'
      | 'getProtections'
      | 'getRange'
      | 'getSheetId'
      | 'hideColumns'
      | 'insertColumnAfter'
      | 'insertColumnBefore'
      | 'insertColumnsAfter'
      | 'insertColumnsBefore'
      | 'insertRowAfter'
      | 'insertRowBefore'
      | 'insertRowsAfter'
      | 'insertRowsBefore'
      | 'isColumnHiddenByUser'
      | 'protect'
      | 'setConditionalFormatRules'
      | 'setFrozenColumns'
      | 'setFrozenRows'
      | 'setName'
      | 'showColumns'
    >
{
  readonly cells = new Cells();
  /** Which columns are hidden, by 0-based index (rows are never hidden in the emulator). */
  readonly hiddenColumns: boolean[] = [];
  maxRows = NEW_SHEET_ROWS;
  maxColumns = NEW_SHEET_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  formatRules: StoredFormatRule[] = [];
  readonly rangeProtections: EmulatedProtection[] = [];
  sheetProtection: EmulatedProtection | undefined;

  constructor(
    readonly spreadsheet: SheetParent,
    public name: string,
    readonly sheetId: number,
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'Sheet';
  }

  getName(): string {
    return this.name;
  }

  setName(name: string): Sheet {
    const other = this.spreadsheet.getSheetByName(name);
    if (other && other !== asGas<Sheet>(this))
      throw gasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.name = String(name);
    return asGas(this);
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return asGas(this.spreadsheet);
  }

  getSheetId(): number {
    return this.sheetId;
  }

  /** Brings the sheet to the front (its selection is then A1 until a range is activated). */
  activate(): Sheet {
    this.spreadsheet._activate(this);
    return asGas(this);
  }

  _select(range: EmulatedRange): void {
    this.spreadsheet._activate(this, range);
  }

  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }

  getRange(
    rowOrA1: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): Range {
    const method = 'SpreadsheetApp.Sheet.getRange';
    if (typeof rowOrA1 === 'string') {
      if (column !== undefined) throw signatureError(method, rowOrA1, column);
      return asGas(this._rangeOfA1(rowOrA1));
    }
    const args = [rowOrA1, column, numRows, numColumns].filter((arg) => arg !== undefined);
    if (column === undefined || args.some((arg) => typeof arg !== 'number'))
      throw signatureError(method, ...args);
    return asGas(
      this._range(
        requireInteger(rowOrA1, method),
        requireInteger(column, method),
        numRows === undefined ? 1 : requireInteger(numRows, method),
        numColumns === undefined ? 1 : requireInteger(numColumns, method),
      ),
    );
  }

  _rangeOfA1(a1Notation: string): EmulatedRange {
    const reference = parseA1(a1Notation);
    if (!reference) throw gasError('Range not found');
    const lastRow = reference.lastRow ?? this.maxRows;
    const lastColumn = reference.lastColumn ?? this.maxColumns;
    if (lastRow > this.maxRows || lastColumn > this.maxColumns || reference.row > lastRow)
      throw gasError(OUTSIDE_SHEET);
    return new EmulatedRange(
      this,
      reference.row,
      reference.column,
      lastRow - reference.row + 1,
      lastColumn - reference.column + 1,
      reference.form,
    );
  }

  /** A range by position, checked as Sheet.getRange checks it. */
  _range(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
    form: A1Form = 'cells',
  ): EmulatedRange {
    if (row < 1) throw gasError('The starting row of the range is too small.');
    if (column < 1) throw gasError('The starting column of the range is too small.');
    if (numRows < 1) throw gasError('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw gasError('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns)
      throw gasError(OUTSIDE_SHEET);
    return new EmulatedRange(this, row, column, numRows, numColumns, form);
  }

  /** The range of cells that are the sheet's, unchecked (a rule's, a protection's, metadata's). */
  _rangeAt(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
    form?: A1Form,
  ): EmulatedRange {
    return new EmulatedRange(this, row, column, numRows, numColumns, form);
  }

  /** From A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): Range {
    return asGas(
      this._range(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn())),
    );
  }

  /**
   * The last row with content (a value or a formula), or 0; formats, notes and validations do not
   * count.
   */
  getLastRow(): number {
    return this.cells.lastRow() + 1;
  }

  getLastColumn(): number {
    return this.cells.lastColumn() + 1;
  }

  getMaxRows(): number {
    return this.maxRows;
  }

  getMaxColumns(): number {
    return this.maxColumns;
  }

  /**
   * New rows take the number formats, bold and data validation of the row above, as in Sheets;
   * protections and conditional format ranges below move down, those spanning the gap grow. The
   * same for columns, from the column to the left.
   */
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    return this._insertLines('insertRowsAfter', 'ROW', afterPosition, howMany, 0);
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    return this._insertLines('insertRowsBefore', 'ROW', beforePosition, howMany, 1);
  }

  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    return this._insertLines('insertColumnsAfter', 'COLUMN', afterPosition, howMany, 0);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    return this._insertLines('insertColumnsBefore', 'COLUMN', beforePosition, howMany, 1);
  }

  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  /** insert...After (`before` 0) and insert...Before (1) a row or column `position`. */
  private _insertLines(
    name: string,
    dimension: Dimension,
    position: number,
    howMany: number,
    before: 0 | 1,
  ): Sheet {
    const method = `SpreadsheetApp.Sheet.${name}`;
    const { lines, max } = AXES[dimension];
    const at = requireInteger(position, method);
    const count = requireInteger(howMany, method);
    if (at < 1 || at > this[max]) throw gasError(`Those ${lines} are out of bounds.`);
    if (count < 1) throw gasError(`The number of ${lines} to insert must be at least 1.`);
    this._insert(dimension, at - before, count);
    return asGas(this);
  }

  /** `count` rows or columns after the first `after`: everything past them moves on. */
  private _insert(dimension: Dimension, after: number, count: number): void {
    const { max, frozen } = AXES[dimension];
    this.cells.insert(dimension, after, count);
    if (dimension === 'COLUMN' && after < this.hiddenColumns.length)
      this.hiddenColumns.splice(after, 0, ...new Array<boolean>(count).fill(false));
    this[max] += count;
    if (after < this[frozen]) this[frozen] += count;
    for (const block of this._everyBlock())
      if (block.sheet === this) blockInserted(block, dimension, after, count);
    this.spreadsheet.metadata.inserted(this, dimension, after, count);
  }

  deleteRow(rowPosition: number): Sheet {
    this._delete('deleteRow', 'ROW', rowPosition, 1);
    return asGas(this);
  }

  /**
   * Rows below move up, with their protections, format rule ranges and developer metadata; what
   * was on the deleted rows goes with them (a protection or rule range left with no cells goes).
   * At least one row that is not frozen must stay. The same for columns, and their hidden state.
   */
  deleteRows(rowPosition: number, howMany: number): void {
    this._delete('deleteRows', 'ROW', rowPosition, howMany);
  }

  deleteColumn(columnPosition: number): Sheet {
    this._delete('deleteColumn', 'COLUMN', columnPosition, 1);
    return asGas(this);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this._delete('deleteColumns', 'COLUMN', columnPosition, howMany);
  }

  private _delete(name: string, dimension: Dimension, position: number, howMany: number): void {
    const method = `SpreadsheetApp.Sheet.${name}`;
    const { lines, max, frozen } = AXES[dimension];
    const start = requireInteger(position, method);
    const count = requireInteger(howMany, method);
    if (count < 1) throw gasError(`The number of ${lines} to delete must be at least 1.`);
    if (start < 1 || start + count - 1 > this[max])
      throw gasError(`Those ${lines} are out of bounds.`);
    const frozenLeft = this[frozen] - overlap(1, this[frozen], start, count);
    if (this[max] - count <= frozenLeft)
      throw gasError(`Sorry, it is not possible to delete all non-frozen ${lines}.`);
    if (dimension === 'ROW') this._checkEditable(start, 1, count, this.maxColumns);
    else this._checkEditable(1, start, this.maxRows, count);
    this.cells.delete(dimension, start, count);
    if (dimension === 'COLUMN') this.hiddenColumns.splice(start - 1, count);
    this[max] -= count;
    this[frozen] = frozenLeft;
    for (const block of this._everyBlock())
      if (block.sheet === this) blockDeleted(block, dimension, start, count);
    for (const sheet of this.spreadsheet.sheets) sheet._dropEmptyBlocks();
    this.spreadsheet.metadata.deleted(this, dimension, start, count);
  }

  /** The blocks of every sheet's protections and rules: a rule may hold ranges of this one. */
  private _everyBlock(): Block[] {
    return this.spreadsheet.sheets.flatMap((sheet) => [
      ...sheet.rangeProtections
        .map((protection) => protection.block)
        .filter((block) => block !== undefined),
      ...sheet.formatRules.flatMap((rule) => rule.blocks),
    ]);
  }

  /** Protections and format rule ranges left with no cells by a deletion are gone. */
  _dropEmptyBlocks(): void {
    for (const protection of [...this.rangeProtections])
      if (protection.block && isEmptyBlock(protection.block)) protection.remove();
    this.formatRules = this.formatRules
      .map((rule) => ({ ...rule, blocks: rule.blocks.filter((block) => !isEmptyBlock(block)) }))
      .filter((rule) => rule.blocks.length > 0);
  }

  /**
   * Throws as Sheets does when the user the script runs as may not edit some of these cells: a
   * protection that is not warning-only, whose editors they are not among.
   */
  _checkEditable(row: number, column: number, numRows: number, numColumns: number): void {
    if (this.rangeProtections.length === 0 && !this.sheetProtection) return;
    const user = this.spreadsheet.user;
    for (const protection of [...this.rangeProtections, this.sheetProtection])
      if (
        protection &&
        !protection._allows(user) &&
        protection._covers(row, column, numRows, numColumns)
      )
        throw gasError(PROTECTED_CELL);
  }

  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): Sheet {
    this.spreadsheet.metadata.add(
      { type: 'SHEET', sheet: this },
      'SpreadsheetApp.Sheet.addDeveloperMetadata',
      [key, valueOrVisibility, visibility].filter((arg) => arg !== undefined),
    );
    return asGas(this);
  }

  /** The metadata on the sheet itself, not on its rows or columns (find those with a finder). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.spreadsheet.metadata.at({ type: 'SHEET', sheet: this });
  }

  /** Finds metadata on the sheet and on its rows and columns. */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.spreadsheet.metadata.finder({ kind: 'sheet', sheet: this });
  }

  /** Writes after the last row with content, as typed input; the sheet grows to fit. */
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents) || rowContents.length === 0)
      throw signatureError('SpreadsheetApp.Sheet.appendRow', rowContents);
    checkCellSizes([rowContents]);
    const row = this.getLastRow() + 1;
    this._checkEditable(row, 1, 1, rowContents.length);
    this.maxRows = Math.max(this.maxRows, row);
    this.maxColumns = Math.max(this.maxColumns, rowContents.length);
    this._write(row, 1, [rowContents], 'USER_ENTERED');
    return asGas(this);
  }

  /**
   * Writes values from (row, column) on, growing the sheet to fit, or nothing at all if a cell
   * would hold more than 50,000 characters (see Cells.write).
   */
  _write(
    row: number,
    column: number,
    rows: readonly (readonly unknown[])[],
    input: 'USER_ENTERED' | 'RAW',
    seed = false,
  ): void {
    checkCellSizes(rows);
    const width = rows.reduce((widest, line) => Math.max(widest, line.length), 0);
    this.maxRows = Math.max(this.maxRows, row + rows.length - 1);
    this.maxColumns = Math.max(this.maxColumns, column + width - 1);
    this.cells.write(row, column, rows, input, seed, this.spreadsheet.input);
  }

  _writeFormulas(row: number, column: number, formulas: readonly (readonly string[])[]): void {
    this.cells.writeFormulas(row, column, formulas, this.spreadsheet.input);
  }

  /**
   * Clears every cell's value and formula; formats, notes and validation stay, as in Sheets
   * ("Clears the sheet of contents, while preserving formatting information"). A protected cell
   * the user may not edit stops it all, as for Range.clearContent.
   */
  clearContents(): Sheet {
    this._range(1, 1, this.maxRows, this.maxColumns).clearContent();
    return asGas(this);
  }

  setFrozenRows(rows: number): void {
    this._setFrozen('setFrozenRows', 'ROW', rows);
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this._setFrozen('setFrozenColumns', 'COLUMN', columns);
  }

  getFrozenColumns(): number {
    return this.frozenColumns;
  }

  private _setFrozen(name: string, dimension: Dimension, value: number): void {
    const { lines, max, frozen } = AXES[dimension];
    const count = requireInteger(value, `SpreadsheetApp.Sheet.${name}`);
    if (count < 0 || count > this[max]) throw gasError(`Those ${lines} are out of bounds.`);
    this[frozen] = count;
  }

  private _setHidden(
    method: string,
    hidden: boolean,
    columnIndex: number,
    numColumns?: number,
  ): void {
    const start = requireInteger(columnIndex, method);
    const count = numColumns === undefined ? 1 : requireInteger(numColumns, method);
    if (start < 1 || count < 1 || start + count - 1 > this.maxColumns)
      throw gasError('Those columns are out of bounds.');
    for (let column = start; column < start + count; column++)
      this.hiddenColumns[column - 1] = hidden;
  }

  hideColumns(columnIndex: number, numColumns?: number): void {
    this._setHidden('SpreadsheetApp.Sheet.hideColumns', true, columnIndex, numColumns);
  }

  showColumns(columnIndex: number, numColumns?: number): void {
    this._setHidden('SpreadsheetApp.Sheet.showColumns', false, columnIndex, numColumns);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    const column = requireInteger(columnPosition, 'SpreadsheetApp.Sheet.isColumnHiddenByUser');
    if (column < 1 || column > this.maxColumns) throw gasError('Those columns are out of bounds.');
    return this.hiddenColumns[column - 1] === true;
  }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.formatRules.map((rule) =>
      asGas<GoogleAppsScript.Spreadsheet.ConditionalFormatRule>(
        new EmulatedConditionalFormatRule(
          rule.condition,
          { ...rule.format },
          rule.blocks.map(rangeOf),
        ),
      ),
    );
  }

  /** Replaces all the sheet's rules; their ranges then move with insertions and deletions. */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    if (!Array.isArray(rules))
      throw signatureError('SpreadsheetApp.Sheet.setConditionalFormatRules', rules);
    this.formatRules = rules.map((rule) => {
      const own = ownObject(
        rule,
        EmulatedConditionalFormatRule,
        'SpreadsheetApp.Sheet.setConditionalFormatRules',
      );
      return {
        condition: own.condition,
        format: { ...own.format },
        blocks: own.ranges.map(blockOf),
      };
    });
  }

  clearConditionalFormatRules(): void {
    this.formatRules = [];
  }

  getProtections(type: ProtectionType): Protection[] {
    const name = enumName(type);
    if (name === 'SHEET')
      return this.sheetProtection ? [asGas<Protection>(this.sheetProtection)] : [];
    if (name === 'RANGE')
      return this.rangeProtections.map((protection) => asGas<Protection>(protection));
    throw signatureError('SpreadsheetApp.Sheet.getProtections', type);
  }

  /** The sheet's protection: a new one, or the one already there. */
  protect(): Protection {
    this.sheetProtection ??= new EmulatedProtection(this, undefined);
    return asGas(this.sheetProtection);
  }

  /** Range.protect: a new protection of the range's cells. */
  _protect(range: EmulatedRange): EmulatedProtection {
    const protection = new EmulatedProtection(this, blockOf(range));
    this.rangeProtections.push(protection);
    return protection;
  }
}
