/** SpreadsheetApp, Spreadsheet, Sheet, Range and Protection, on Sheets' rules for values. */
import { type A1Form, formatA1, parseA1 } from './a1';
import {
  GAS_CLASS,
  GasObject,
  asGas,
  describeArgument,
  enumName,
  gasEnum,
  gasError,
  ownObject,
  requireInteger,
} from './gas';
import { Grid } from './grid';
import {
  BOOLEAN_CRITERIA,
  type CellFormat,
  type Condition,
  DATA_VALIDATION_CRITERIA,
  EmulatedConditionalFormatRule,
  EmulatedConditionalFormatRuleBuilder,
  EmulatedDataValidation,
  EmulatedDataValidationBuilder,
} from './rules';
import { type ZoneRules, zoneRules } from './time-zone';
import { EmulatedUi, type UiLog } from './ui';
import {
  AUTOMATIC_FORMAT,
  type InputContext,
  type Stored,
  displayValue,
  readValue,
  writeValue,
} from './values';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

export const PROTECTION_TYPE = gasEnum<typeof GoogleAppsScript.Spreadsheet.ProtectionType>({
  RANGE: true,
  SHEET: true,
});

export const OUTSIDE_SHEET =
  'The coordinates of the range are outside the dimensions of the sheet.';

function signatureError(method: string, ...args: unknown[]): Error {
  return gasError(
    `The parameters (${args.map(describeArgument).join(',')}) don't match the method signature for ${method}.`,
  );
}

/** The blank sheet Sheets creates: 1000 rows by 26 columns (A to Z). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

export class EmulatedSpreadsheetApp
  extends GasObject
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      | 'BooleanCriteria'
      | 'DataValidationCriteria'
      | 'ProtectionType'
      | 'flush'
      | 'getActive'
      | 'getActiveSheet'
      | 'getActiveSpreadsheet'
      | 'getUi'
      | 'newConditionalFormatRule'
      | 'newDataValidation'
    >
{
  readonly BooleanCriteria = BOOLEAN_CRITERIA;
  readonly DataValidationCriteria = DATA_VALIDATION_CRITERIA;
  readonly ProtectionType = PROTECTION_TYPE;
  private readonly ui: EmulatedUi;

  constructor(
    readonly spreadsheet: EmulatedSpreadsheet,
    private readonly uiLog: UiLog,
  ) {
    super();
    this.ui = new EmulatedUi(uiLog);
  }

  get [GAS_CLASS](): string {
    return 'SpreadsheetApp';
  }

  /** Writes are applied at once in the emulator, so there is nothing to flush. */
  flush(): void {}

  getActive(): Spreadsheet {
    return asGas(this.spreadsheet);
  }

  getActiveSpreadsheet(): Spreadsheet {
    return asGas(this.spreadsheet);
  }

  getActiveSheet(): Sheet {
    return this.spreadsheet.getActiveSheet();
  }

  /** Throws, as in Sheets, where there is no user to show it to (a time-driven trigger). */
  getUi(): GoogleAppsScript.Base.Ui {
    if (!this.uiLog.available)
      throw gasError('Cannot call SpreadsheetApp.getUi() from this context.');
    return asGas(this.ui);
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return asGas(new EmulatedConditionalFormatRuleBuilder());
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return asGas(new EmulatedDataValidationBuilder());
  }
}

export interface SpreadsheetOptions {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
  readonly locale: string;
}

/** Cells that move and grow as rows and columns are inserted: protections, format rules. */
interface Block {
  readonly sheet: EmulatedSheet;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

function blockOf(range: EmulatedRange): Block {
  return {
    sheet: range.sheet,
    row: range.row,
    column: range.column,
    numRows: range.numRows,
    numColumns: range.numColumns,
  };
}

function rangeOf(block: Block): EmulatedRange {
  return new EmulatedRange(block.sheet, block.row, block.column, block.numRows, block.numColumns);
}

export class EmulatedSpreadsheet
  extends GasObject
  implements
    Pick<
      Spreadsheet,
      | 'deleteSheet'
      | 'getActiveSheet'
      | 'getId'
      | 'getName'
      | 'getProtections'
      | 'getRange'
      | 'getSheetByName'
      | 'getSheets'
      | 'getSpreadsheetLocale'
      | 'getSpreadsheetTimeZone'
      | 'getUrl'
      | 'insertSheet'
      | 'rename'
      | 'setSpreadsheetLocale'
      | 'setSpreadsheetTimeZone'
      | 'toast'
    >
{
  readonly sheets: EmulatedSheet[] = [];
  zone: ZoneRules;
  locale: string;
  name: string;
  readonly id: string;
  private active: EmulatedSheet | undefined;
  private lastSheetId = 0;

  constructor(
    options: SpreadsheetOptions,
    readonly uiLog: UiLog,
  ) {
    super();
    this.zone = zoneRules(options.timeZone);
    this.locale = options.locale;
    this.name = options.name;
    this.id = options.id;
  }

  get [GAS_CLASS](): string {
    return 'Spreadsheet';
  }

  /** How typed input is read in this spreadsheet's zone and locale. */
  get input(): InputContext {
    return { zone: this.zone, monthFirst: /^en_US$/i.test(this.locale) };
  }

  /** Sheet names are unique whatever their case, and found whatever the case, as in Sheets. */
  private _find(name: string): EmulatedSheet | undefined {
    const wanted = String(name).toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  getSheetByName(name: string): Sheet | null {
    const sheet = this._find(name);
    return sheet ? asGas(sheet) : null;
  }

  getSheets(): Sheet[] {
    return this.sheets.map((sheet) => asGas<Sheet>(sheet));
  }

  getActiveSheet(): Sheet {
    const sheet = this.active ?? this.sheets[0];
    if (!sheet) throw gasError('The spreadsheet has no sheets.');
    return asGas(sheet);
  }

  /**
   * insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index): the new sheet
   * goes at the end (or at the 0-based index) and becomes the active sheet. Templates are not
   * emulated.
   */
  insertSheet(
    nameOrIndex?: string | number | { template?: Sheet | undefined },
    indexOrOptions?: number | { template?: Sheet | undefined },
    options?: { template?: Sheet | undefined },
  ): Sheet {
    const templated = [nameOrIndex, indexOrOptions, options].some(
      (argument) => typeof argument === 'object' && argument !== null && 'template' in argument,
    );
    if (templated) throw gasError("The emulator's Spreadsheet.insertSheet does not copy templates");
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const index =
      typeof nameOrIndex === 'number'
        ? nameOrIndex
        : typeof indexOrOptions === 'number'
          ? indexOrOptions
          : undefined;
    if (name === undefined) {
      let number = this.sheets.length + 1;
      while (this._find(`Sheet${number}`)) number++;
      name = `Sheet${number}`;
    }
    const sheet = this._addSheet(name, index);
    this.active = sheet;
    return asGas(sheet);
  }

  /** Adds a sheet at the end (or the 0-based index) without making it active. */
  _addSheet(name: string, index?: number): EmulatedSheet {
    if (name.trim() === '') throw gasError('Sheet names cannot be empty.');
    if (this._find(name))
      throw gasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new EmulatedSheet(this, name, ++this.lastSheetId);
    const position =
      index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(position, 0, sheet);
    return sheet;
  }

  deleteSheet(sheet: Sheet): void {
    const target = ownObject(sheet, EmulatedSheet, 'SpreadsheetApp.Spreadsheet.deleteSheet');
    const index = this.sheets.indexOf(target);
    if (index < 0) throw gasError('The sheet has already been deleted.');
    if (this.sheets.length === 1) throw gasError("You can't remove all the sheets in a document.");
    this.sheets.splice(index, 1);
    if (this.active === target) this.active = this.sheets[0];
  }

  /** An A1 range on the active sheet, or on a named one: `Tracker!A1:B2`, `'Reminder log'!A:A`. */
  getRange(a1Notation: string): Range {
    const text = String(a1Notation);
    const bang = text.lastIndexOf('!');
    if (bang < 0) return this.getActiveSheet().getRange(text);
    const sheetName = text
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    const sheet = this._find(sheetName);
    if (!sheet) throw gasError('Range not found');
    return sheet.getRange(text.slice(bang + 1));
  }

  getSpreadsheetTimeZone(): string {
    return this.zone.timeZone;
  }

  /** Date cells keep their wall clock: the instants they stand for move with the zone. */
  setSpreadsheetTimeZone(timezone: string): void {
    try {
      this.zone = zoneRules(String(timezone));
    } catch {
      throw gasError(`Invalid argument: ${String(timezone)}`);
    }
  }

  getSpreadsheetLocale(): string {
    return this.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.locale = String(locale);
  }

  /** Recorded in the ui log; where there is no user interface (triggers) nobody sees it. */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    if (!this.uiLog.available) return;
    this.uiLog.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }

  getName(): string {
    return this.name;
  }

  rename(newName: string): void {
    this.name = String(newName);
  }

  getId(): string {
    return this.id;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getProtections(type: ProtectionType): Protection[] {
    return this.sheets.flatMap((sheet) => sheet.getProtections(type));
  }

  /** Every block of cells that insertions must move. */
  _blocks(): Block[] {
    return this.sheets.flatMap((sheet) => [
      ...sheet.rangeProtections
        .map((protection) => protection.block)
        .filter((block) => block !== undefined),
      ...sheet.formatRules.flatMap((rule) => rule.blocks),
    ]);
  }
}

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
      | 'appendRow'
      | 'clearConditionalFormatRules'
      | 'getConditionalFormatRules'
      | 'getDataRange'
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
      | 'insertColumnsAfter'
      | 'insertColumnsBefore'
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
  readonly values = new Grid<Stored>();
  readonly formats = new Grid<string>();
  readonly notes = new Grid<string>();
  readonly validations = new Grid<EmulatedDataValidation>();
  readonly weights = new Grid<'bold'>();
  readonly hiddenColumns: boolean[] = [];
  maxRows = NEW_SHEET_ROWS;
  maxColumns = NEW_SHEET_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  formatRules: StoredFormatRule[] = [];
  readonly rangeProtections: EmulatedProtection[] = [];
  sheetProtection: EmulatedProtection | undefined;

  constructor(
    readonly spreadsheet: EmulatedSpreadsheet,
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

  getParent(): Spreadsheet {
    return asGas(this.spreadsheet);
  }

  getSheetId(): number {
    return this.sheetId;
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

  /** From A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): Range {
    return asGas(
      this._range(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn())),
    );
  }

  /** The last row with content (a value), or 0; formats, notes and validations do not count. */
  getLastRow(): number {
    return this.values.lastRow() + 1;
  }

  getLastColumn(): number {
    return this.values.lastColumn() + 1;
  }

  getMaxRows(): number {
    return this.maxRows;
  }

  getMaxColumns(): number {
    return this.maxColumns;
  }

  /**
   * New rows take the number formats, bold and data validation of the row above, as in Sheets;
   * protections and conditional format ranges below move down, those spanning the gap grow.
   */
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    const method = 'SpreadsheetApp.Sheet.insertRowsAfter';
    const after = requireInteger(afterPosition, method);
    const count = requireInteger(howMany, method);
    if (after < 1 || after > this.maxRows) throw gasError('Those rows are out of bounds.');
    if (count < 1) throw gasError('The number of rows to insert must be at least 1.');
    this._insertRows(after, count);
    return asGas(this);
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    const method = 'SpreadsheetApp.Sheet.insertRowsBefore';
    const before = requireInteger(beforePosition, method);
    const count = requireInteger(howMany, method);
    if (before < 1 || before > this.maxRows) throw gasError('Those rows are out of bounds.');
    if (count < 1) throw gasError('The number of rows to insert must be at least 1.');
    this._insertRows(before - 1, count);
    return asGas(this);
  }

  private get attributeGrids(): Grid<unknown>[] {
    return [this.values, this.formats, this.notes, this.validations, this.weights];
  }

  private get formattingGrids(): Grid<unknown>[] {
    return [this.formats, this.validations, this.weights];
  }

  _insertRows(after: number, count: number): void {
    for (const grid of this.attributeGrids) grid.insertRows(after, count);
    if (after >= 1) for (const grid of this.formattingGrids) grid.fillRows(after - 1, after, count);
    this.maxRows += count;
    if (after < this.frozenRows) this.frozenRows += count;
    for (const block of this.spreadsheet._blocks()) {
      if (block.sheet !== this) continue;
      if (block.row > after) block.row += count;
      else if (block.row + block.numRows - 1 > after) block.numRows += count;
    }
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    const method = 'SpreadsheetApp.Sheet.insertColumnsAfter';
    const after = requireInteger(afterPosition, method);
    const count = requireInteger(howMany, method);
    if (after < 1 || after > this.maxColumns) throw gasError('Those columns are out of bounds.');
    if (count < 1) throw gasError('The number of columns to insert must be at least 1.');
    this._insertColumns(after, count);
    return asGas(this);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    const method = 'SpreadsheetApp.Sheet.insertColumnsBefore';
    const before = requireInteger(beforePosition, method);
    const count = requireInteger(howMany, method);
    if (before < 1 || before > this.maxColumns) throw gasError('Those columns are out of bounds.');
    if (count < 1) throw gasError('The number of columns to insert must be at least 1.');
    this._insertColumns(before - 1, count);
    return asGas(this);
  }

  _insertColumns(after: number, count: number): void {
    for (const grid of this.attributeGrids) grid.insertColumns(after, count);
    if (after >= 1)
      for (const grid of this.formattingGrids) grid.fillColumns(after - 1, after, count);
    if (after < this.hiddenColumns.length)
      this.hiddenColumns.splice(after, 0, ...new Array<boolean>(count).fill(false));
    this.maxColumns += count;
    if (after < this.frozenColumns) this.frozenColumns += count;
    for (const block of this.spreadsheet._blocks()) {
      if (block.sheet !== this) continue;
      if (block.column > after) block.column += count;
      else if (block.column + block.numColumns - 1 > after) block.numColumns += count;
    }
  }

  /** Writes after the last row with content, as typed input; the sheet grows to fit. */
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents) || rowContents.length === 0)
      throw signatureError('SpreadsheetApp.Sheet.appendRow', rowContents);
    const row = this.getLastRow() + 1;
    this.maxRows = Math.max(this.maxRows, row);
    this.maxColumns = Math.max(this.maxColumns, rowContents.length);
    this._write(row, 1, [rowContents], 'USER_ENTERED');
    return asGas(this);
  }

  /**
   * Writes values from (row, column) on, growing the sheet to fit. USER_ENTERED reads strings as
   * typed input (what setValues does); RAW keeps them as text.
   */
  _write(
    row: number,
    column: number,
    rows: readonly (readonly unknown[])[],
    input: 'USER_ENTERED' | 'RAW',
  ): void {
    const context = this.spreadsheet.input;
    const width = rows.reduce((widest, line) => Math.max(widest, line.length), 0);
    this.maxRows = Math.max(this.maxRows, row + rows.length - 1);
    this.maxColumns = Math.max(this.maxColumns, column + width - 1);
    rows.forEach((line, rowOffset) => {
      line.forEach((value, columnOffset) => {
        const r = row - 1 + rowOffset;
        const c = column - 1 + columnOffset;
        const format = this.formats.get(r, c);
        const written =
          input === 'RAW' && typeof value === 'string'
            ? { value: value === '' ? undefined : value, format }
            : writeValue(value, format, context);
        this.values.set(r, c, written.value);
        if (written.format !== format) this.formats.set(r, c, written.format);
      });
    });
  }

  setFrozenRows(rows: number): void {
    const count = requireInteger(rows, 'SpreadsheetApp.Sheet.setFrozenRows');
    if (count < 0 || count > this.maxRows) throw gasError('Those rows are out of bounds.');
    this.frozenRows = count;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    const count = requireInteger(columns, 'SpreadsheetApp.Sheet.setFrozenColumns');
    if (count < 0 || count > this.maxColumns) throw gasError('Those columns are out of bounds.');
    this.frozenColumns = count;
  }

  getFrozenColumns(): number {
    return this.frozenColumns;
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

  /** Replaces all the sheet's rules; their ranges then move with insertions. */
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
}

function checkShape(
  range: EmulatedRange,
  data: unknown,
  method: string,
): asserts data is unknown[][] {
  if (!Array.isArray(data) || !(data as unknown[]).every((line) => Array.isArray(line)))
    throw signatureError(`SpreadsheetApp.Range.${method}`, data);
  const lines = data as unknown[][];
  if (lines.length !== range.numRows)
    throw gasError(
      `The number of rows in the data does not match the number of rows in the range. The data has ${lines.length} but the range has ${range.numRows}.`,
    );
  for (const line of lines)
    if (line.length !== range.numColumns)
      throw gasError(
        `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${range.numColumns}.`,
      );
}

export class EmulatedRange
  extends GasObject
  implements
    Pick<
      Range,
      | 'clearContent'
      | 'clearDataValidations'
      | 'clearNote'
      | 'getA1Notation'
      | 'getCell'
      | 'getColumn'
      | 'getDataValidation'
      | 'getDataValidations'
      | 'getDisplayValue'
      | 'getDisplayValues'
      | 'getFontWeight'
      | 'getFontWeights'
      | 'getFormulas'
      | 'getLastColumn'
      | 'getLastRow'
      | 'getNote'
      | 'getNotes'
      | 'getNumColumns'
      | 'getNumRows'
      | 'getNumberFormat'
      | 'getNumberFormats'
      | 'getRow'
      | 'getSheet'
      | 'getValue'
      | 'getValues'
      | 'isBlank'
      | 'offset'
      | 'protect'
      | 'setDataValidation'
      | 'setDataValidations'
      | 'setFontWeight'
      | 'setFontWeights'
      | 'setNote'
      | 'setNotes'
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'setValue'
      | 'setValues'
    >
{
  constructor(
    readonly sheet: EmulatedSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
    readonly form: A1Form = 'cells',
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'Range';
  }

  /** Reads one attribute of every cell, 0-based grid coordinates given to `read`. */
  private _read<T, R>(
    grid: Grid<T>,
    read: (value: T | undefined, row: number, column: number) => R,
  ): R[][] {
    const rows = new Array<R[]>(this.numRows);
    for (let r = 0; r < this.numRows; r++) {
      const gridRow = this.row - 1 + r;
      const cells = grid.row(gridRow);
      const line = new Array<R>(this.numColumns);
      for (let c = 0; c < this.numColumns; c++) {
        const gridColumn = this.column - 1 + c;
        line[c] = read(cells?.[gridColumn], gridRow, gridColumn);
      }
      rows[r] = line;
    }
    return rows;
  }

  /** Sets one attribute of every cell to what `value` gives for it. */
  private _fill<T>(grid: Grid<T>, value: (r: number, c: number) => T | undefined): void {
    for (let r = 0; r < this.numRows; r++)
      for (let c = 0; c < this.numColumns; c++)
        grid.set(this.row - 1 + r, this.column - 1 + c, value(r, c));
  }

  /** Blank cells are '', date cells fresh Dates in the spreadsheet's zone, errors their code. */
  getValues(): unknown[][] {
    const zone = this.sheet.spreadsheet.zone;
    const formats = this.sheet.formats;
    return this._read(this.sheet.values, (value, row, column) =>
      readValue(value, formats.get(row, column), zone),
    );
  }

  getValue(): unknown {
    return readValue(
      this.sheet.values.get(this.row - 1, this.column - 1),
      this.sheet.formats.get(this.row - 1, this.column - 1),
      this.sheet.spreadsheet.zone,
    );
  }

  /** Strings are read as typed input unless the cell is plain text ('@'). */
  setValues(values: unknown[][]): Range {
    checkShape(this, values, 'setValues');
    this.sheet._write(this.row, this.column, values, 'USER_ENTERED');
    return asGas(this);
  }

  /** Sets every cell of the range. */
  setValue(value: unknown): Range {
    const line = new Array<unknown>(this.numColumns).fill(value);
    this.sheet._write(
      this.row,
      this.column,
      Array.from({ length: this.numRows }, () => line),
      'USER_ENTERED',
    );
    return asGas(this);
  }

  getDisplayValues(): string[][] {
    const formats = this.sheet.formats;
    return this._read(this.sheet.values, (value, row, column) =>
      displayValue(value, formats.get(row, column)),
    );
  }

  getDisplayValue(): string {
    return displayValue(
      this.sheet.values.get(this.row - 1, this.column - 1),
      this.sheet.formats.get(this.row - 1, this.column - 1),
    );
  }

  isBlank(): boolean {
    return this._read(this.sheet.values, (value) => value === undefined).every((line) =>
      line.every(Boolean),
    );
  }

  /** Clears values; formats, notes and validation stay, as in Sheets. */
  clearContent(): Range {
    this._fill(this.sheet.values, () => undefined);
    return asGas(this);
  }

  getNotes(): string[][] {
    return this._read(this.sheet.notes, (note) => note ?? '');
  }

  /**
   * Formulas are not evaluated here: text written starting with "=" is kept as it was typed, and
   * getFormulas gives it back ('' for every other cell), so a script can preserve formulas.
   */
  getFormulas(): string[][] {
    return this._read(this.sheet.values, (value) =>
      typeof value === 'string' && value.startsWith('=') ? value : '',
    );
  }

  getNote(): string {
    return this.sheet.notes.get(this.row - 1, this.column - 1) ?? '';
  }

  setNotes(notes: (string | null)[][]): Range {
    checkShape(this, notes, 'setNotes');
    this._fill(this.sheet.notes, (r, c) => {
      const note = notes[r]?.[c];
      return note === null || note === undefined || note === '' ? undefined : String(note);
    });
    return asGas(this);
  }

  setNote(note: string | null): Range {
    const text = note === null || note === '' ? undefined : String(note);
    this._fill(this.sheet.notes, () => text);
    return asGas(this);
  }

  clearNote(): Range {
    return this.setNote(null);
  }

  /** '0.###############' for a cell nobody formatted, as Sheets reports it. */
  getNumberFormats(): string[][] {
    return this._read(this.sheet.formats, (format) => format ?? AUTOMATIC_FORMAT);
  }

  getNumberFormat(): string {
    return this.sheet.formats.get(this.row - 1, this.column - 1) ?? AUTOMATIC_FORMAT;
  }

  setNumberFormat(numberFormat: string): Range {
    const format = String(numberFormat);
    this._fill(this.sheet.formats, () => format);
    return asGas(this);
  }

  setNumberFormats(numberFormats: string[][]): Range {
    checkShape(this, numberFormats, 'setNumberFormats');
    this._fill(this.sheet.formats, (r, c) => String(numberFormats[r]?.[c]));
    return asGas(this);
  }

  getDataValidation(): DataValidation | null {
    const rule = this.sheet.validations.get(this.row - 1, this.column - 1);
    return rule ? asGas(rule) : null;
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this._read(this.sheet.validations, (rule) =>
      rule ? asGas<DataValidation>(rule) : null,
    );
  }

  /**
   * Null clears it. Script writes are not checked against rules (Sheets does not reject them). A
   * plain checkbox rule turns empty cells into unchecked boxes (FALSE), as in Sheets.
   */
  setDataValidation(rule: DataValidation | null): Range {
    const own =
      rule === null
        ? undefined
        : ownObject(rule, EmulatedDataValidation, 'SpreadsheetApp.Range.setDataValidation');
    this._fill(this.sheet.validations, () => own);
    if (own) this._uncheckEmptyBoxes();
    return asGas(this);
  }

  setDataValidations(rules: (DataValidation | null)[][]): Range {
    checkShape(this, rules, 'setDataValidations');
    const owned = rules.map((line) =>
      line.map((rule) =>
        rule === null
          ? undefined
          : ownObject(rule, EmulatedDataValidation, 'SpreadsheetApp.Range.setDataValidations'),
      ),
    );
    this._fill(this.sheet.validations, (r, c) => owned[r]?.[c]);
    this._uncheckEmptyBoxes();
    return asGas(this);
  }

  private _uncheckEmptyBoxes(): void {
    const { values, validations } = this.sheet;
    for (let r = this.row - 1; r < this.row - 1 + this.numRows; r++)
      for (let c = this.column - 1; c < this.column - 1 + this.numColumns; c++) {
        const rule = validations.get(r, c);
        if (
          rule?.criteriaName === 'CHECKBOX' &&
          rule.getCriteriaValues().length === 0 &&
          values.get(r, c) === undefined
        )
          values.set(r, c, false);
      }
  }

  clearDataValidations(): Range {
    this._fill(this.sheet.validations, () => undefined);
    return asGas(this);
  }

  getFontWeight(): FontWeight {
    return this.sheet.weights.get(this.row - 1, this.column - 1) ?? 'normal';
  }

  getFontWeights(): FontWeight[][] {
    return this._read(this.sheet.weights, (weight) => weight ?? 'normal');
  }

  /** 'bold' or 'normal'; null resets to normal. */
  setFontWeight(fontWeight: FontWeight | null): Range {
    const weight = this._weight(fontWeight, 'setFontWeight');
    this._fill(this.sheet.weights, () => weight);
    return asGas(this);
  }

  setFontWeights(fontWeights: (FontWeight | null)[][]): Range {
    checkShape(this, fontWeights, 'setFontWeights');
    this._fill(this.sheet.weights, (r, c) =>
      this._weight(fontWeights[r]?.[c] ?? null, 'setFontWeights'),
    );
    return asGas(this);
  }

  private _weight(fontWeight: FontWeight | null, method: string): 'bold' | undefined {
    if (fontWeight === null || fontWeight === 'normal') return undefined;
    if (fontWeight === 'bold') return 'bold';
    throw signatureError(`SpreadsheetApp.Range.${method}`, fontWeight);
  }

  protect(): Protection {
    const protection = new EmulatedProtection(this.sheet, blockOf(this));
    this.sheet.rangeProtections.push(protection);
    return asGas(protection);
  }

  getRow(): number {
    return this.row;
  }

  getColumn(): number {
    return this.column;
  }

  getNumRows(): number {
    return this.numRows;
  }

  getNumColumns(): number {
    return this.numColumns;
  }

  /** The range's end row (not the last row with content, unlike Sheet.getLastRow). */
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }

  getA1Notation(): string {
    return formatA1(this.row, this.column, this.numRows, this.numColumns, this.form);
  }

  getSheet(): Sheet {
    return asGas(this.sheet);
  }

  /** A cell of the range, 1-based within it. */
  getCell(row: number, column: number): Range {
    const method = 'SpreadsheetApp.Range.getCell';
    const r = requireInteger(row, method);
    const c = requireInteger(column, method);
    if (r < 1 || c < 1 || r > this.numRows || c > this.numColumns)
      throw gasError('Cell reference out of range');
    return asGas(new EmulatedRange(this.sheet, this.row + r - 1, this.column + c - 1, 1, 1));
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const method = 'SpreadsheetApp.Range.offset';
    return asGas(
      this.sheet._range(
        this.row + requireInteger(rowOffset, method),
        this.column + requireInteger(columnOffset, method),
        numRows === undefined ? this.numRows : requireInteger(numRows, method),
        numColumns === undefined ? this.numColumns : requireInteger(numColumns, method),
      ),
    );
  }
}

export class EmulatedProtection
  extends GasObject
  implements
    Pick<
      Protection,
      | 'canDomainEdit'
      | 'canEdit'
      | 'getDescription'
      | 'getProtectionType'
      | 'getRange'
      | 'getUnprotectedRanges'
      | 'isWarningOnly'
      | 'remove'
      | 'setDescription'
      | 'setDomainEdit'
      | 'setUnprotectedRanges'
      | 'setWarningOnly'
    >
{
  private description = '';
  private warningOnly = false;
  private domainEdit = true;
  private unprotected: EmulatedRange[] = [];

  /** A range protection has a block; the sheet's own protection has none (the whole sheet). */
  constructor(
    readonly sheet: EmulatedSheet,
    readonly block: Block | undefined,
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'Protection';
  }

  canDomainEdit(): boolean {
    return this.domainEdit;
  }

  /** The emulated user owns the spreadsheet, so can always edit. */
  canEdit(): boolean {
    return true;
  }

  getDescription(): string {
    return this.description;
  }

  setDescription(description: string): Protection {
    this.description = String(description);
    return asGas(this);
  }

  getProtectionType(): ProtectionType {
    return this.block ? PROTECTION_TYPE.RANGE : PROTECTION_TYPE.SHEET;
  }

  getRange(): Range {
    return asGas(
      this.block
        ? rangeOf(this.block)
        : new EmulatedRange(this.sheet, 1, 1, this.sheet.maxRows, this.sheet.maxColumns),
    );
  }

  getUnprotectedRanges(): Range[] {
    return this.unprotected.map((range) => asGas<Range>(range));
  }

  setUnprotectedRanges(ranges: Range[]): Protection {
    if (!Array.isArray(ranges))
      throw signatureError('SpreadsheetApp.Protection.setUnprotectedRanges', ranges);
    this.unprotected = ranges.map((range) =>
      ownObject(range, EmulatedRange, 'SpreadsheetApp.Protection.setUnprotectedRanges'),
    );
    return asGas(this);
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): Protection {
    this.warningOnly = Boolean(warningOnly);
    return asGas(this);
  }

  setDomainEdit(editable: boolean): Protection {
    this.domainEdit = Boolean(editable);
    return asGas(this);
  }

  remove(): void {
    if (this.sheet.sheetProtection === this) this.sheet.sheetProtection = undefined;
    const index = this.sheet.rangeProtections.indexOf(this);
    if (index >= 0) this.sheet.rangeProtections.splice(index, 1);
  }
}
