/**
 * SpreadsheetApp, Spreadsheet, Sheet, Range and Protection, on Sheets' rules for values, formulas
 * (stored, not evaluated), the 50,000-character cell, protections and developer metadata.
 */
import { type A1Form, formatA1, parseA1 } from './a1';
import {
  GAS_CLASS,
  GasObject,
  asGas,
  describeArgument,
  enumName,
  gasEnum,
  gasError,
  gasObjectOfClass,
  ownObject,
  requireInteger,
} from './gas';
import { Grid } from './grid';
import {
  DEVELOPER_METADATA_LOCATION_TYPE,
  DEVELOPER_METADATA_VISIBILITY,
  type MetadataLocation,
  MetadataStore,
  dimensionOf,
} from './metadata';
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
import { EmulatedUser } from './session';
import { type ZoneRules, zoneRules } from './time-zone';
import { EmulatedUi, type UiLog } from './ui';
import {
  AUTOMATIC_FORMAT,
  CELL_CHARACTER_LIMIT,
  CELL_LIMIT_MESSAGE,
  type InputContext,
  type Stored,
  type Written,
  cachedResult,
  displayValue,
  formulaResult,
  isFormula,
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

/** What Sheets says to a user who is not an editor of a protected range or sheet. */
export const PROTECTED_CELL =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** A cell seeded with a formula and the result Sheets (or a file) last computed for it. */
export interface SeededFormula {
  readonly formula: string;
  readonly value?: unknown;
}

function isSeededFormula(value: unknown): value is SeededFormula {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    typeof (value as { formula?: unknown }).formula === 'string'
  );
}

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
      | 'DeveloperMetadataLocationType'
      | 'DeveloperMetadataVisibility'
      | 'ProtectionType'
      | 'flush'
      | 'getActive'
      | 'getActiveRange'
      | 'getActiveSheet'
      | 'getActiveSpreadsheet'
      | 'getUi'
      | 'newConditionalFormatRule'
      | 'newDataValidation'
    >
{
  readonly BooleanCriteria = BOOLEAN_CRITERIA;
  readonly DataValidationCriteria = DATA_VALIDATION_CRITERIA;
  readonly DeveloperMetadataLocationType = DEVELOPER_METADATA_LOCATION_TYPE;
  readonly DeveloperMetadataVisibility = DEVELOPER_METADATA_VISIBILITY;
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

  getActiveRange(): Range {
    return this.spreadsheet.getActiveRange();
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
  /** What getUrl answers (default: Google's address for the id). */
  readonly url?: string;
  /** The spreadsheet's owner, who can always edit protected ranges (default: nobody). */
  readonly owner?: string;
  /** The user the script runs as (Session.getEffectiveUser), whose edits protections check. */
  readonly currentUser?: () => string;
}

/**
 * Cells that move and grow as rows and columns are inserted, and shrink as they are deleted:
 * protections, format rules. A block left with no rows or columns is gone.
 */
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

/** How many of the `count` positions from `start` fall within first..first+size-1. */
function overlap(first: number, size: number, start: number, count: number): number {
  return Math.max(0, Math.min(first + size, start + count) - Math.max(first, start));
}

/** A block's start and size along one dimension once `count` positions from `start` are gone. */
function shrunk(first: number, size: number, start: number, count: number): [number, number] {
  if (first >= start + count) return [first - count, size];
  return [Math.min(first, start), size - overlap(first, size, start, count)];
}

/** Sheets refuses a whole write when one of its cells would hold more than 50,000 characters. */
function checkCellSizes(rows: readonly (readonly unknown[])[]): void {
  for (const line of rows)
    for (const value of line) {
      const text =
        typeof value === 'string' ? value : isSeededFormula(value) ? value.formula : undefined;
      if (text !== undefined && text.length > CELL_CHARACTER_LIMIT)
        throw gasError(CELL_LIMIT_MESSAGE);
      if (isSeededFormula(value) && typeof value.value === 'string')
        if (value.value.length > CELL_CHARACTER_LIMIT) throw gasError(CELL_LIMIT_MESSAGE);
    }
}

/** A seeded `{ formula, value }`: the formula, and its cached result (or a literal's). */
function seededFormula(
  cell: SeededFormula,
  format: string | undefined,
  context: InputContext,
): Written {
  if (!isFormula(cell.formula))
    throw new Error(`A seeded formula starts with "=", not ${JSON.stringify(cell.formula)}`);
  const result =
    cell.value === undefined
      ? { value: formulaResult(cell.formula), format }
      : cachedResult(cell.value, format, context);
  return { ...result, formula: cell.formula };
}

export class EmulatedSpreadsheet
  extends GasObject
  implements
    Pick<
      Spreadsheet,
      | 'addDeveloperMetadata'
      | 'createDeveloperMetadataFinder'
      | 'deleteSheet'
      | 'getDeveloperMetadata'
      | 'getActiveRange'
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
  private readonly url: string;
  readonly owner: string;
  /** Every piece of developer metadata, wherever it is. */
  readonly metadata = new MetadataStore(this);
  private readonly currentUser: () => string;
  private active: EmulatedSheet | undefined;
  /** The selection, as Range.activate leaves it; on the active sheet. */
  private activeRange: EmulatedRange | undefined;
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
    this.url = options.url ?? `https://docs.google.com/spreadsheets/d/${options.id}/edit`;
    this.owner = options.owner ?? '';
    this.currentUser = options.currentUser ?? (() => this.owner);
  }

  /** The user the script runs as now. */
  get user(): string {
    return this.currentUser();
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

  /** The selected range of the active sheet: A1 until a script selects another. */
  getActiveRange(): Range {
    const sheet = this.active ?? this.sheets[0];
    if (!sheet) throw gasError('The spreadsheet has no sheets.');
    const range = this.activeRange;
    return asGas(range && range.sheet === sheet ? range : sheet._range(1, 1, 1, 1));
  }

  /** Sheet.activate and Range.activate: the sheet comes to the front, with the range selected. */
  _activate(sheet: EmulatedSheet, range?: EmulatedRange): void {
    if (!this.sheets.includes(sheet)) throw gasError('The sheet has already been deleted.');
    this.active = sheet;
    this.activeRange = range;
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
    this.metadata.sheetDeleted(target);
    if (this.active === target) this.active = this.sheets[0];
  }

  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): Spreadsheet {
    this.metadata.add(
      { type: 'SPREADSHEET' },
      'SpreadsheetApp.Spreadsheet.addDeveloperMetadata',
      [key, valueOrVisibility, visibility].filter((arg) => arg !== undefined),
    );
    return asGas(this);
  }

  /** The metadata on the spreadsheet itself (not on its sheets, rows or columns). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.metadata.at({ type: 'SPREADSHEET' });
  }

  /** Finds metadata anywhere in the spreadsheet. */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.metadata.finder({ kind: 'spreadsheet' });
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
    return this.url;
  }

  getProtections(type: ProtectionType): Protection[] {
    return this.sheets.flatMap((sheet) => sheet.getProtections(type));
  }

  /** Protections and format rule ranges left with no cells by a deletion are gone. */
  _dropEmptyBlocks(): void {
    const empty = (block: Block) => block.numRows < 1 || block.numColumns < 1;
    for (const sheet of this.sheets) {
      for (const protection of [...sheet.rangeProtections])
        if (protection.block && empty(protection.block)) protection.remove();
      sheet.formatRules = sheet.formatRules
        .map((rule) => ({ ...rule, blocks: rule.blocks.filter((block) => !empty(block)) }))
        .filter((rule) => rule.blocks.length > 0);
    }
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
  /** What getValues reads: plain values, and the result a formula cell holds. */
  readonly values = new Grid<Stored>();
  /** The formula of each formula cell (its result is in `values`). */
  readonly formulas = new Grid<string>();
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

  /** Brings the sheet to the front (its selection is then A1 until a range is activated). */
  activate(): Sheet {
    this.spreadsheet._activate(this);
    return asGas(this);
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

  /**
   * The last row with content (a value or a formula), or 0; formats, notes and validations do not
   * count.
   */
  getLastRow(): number {
    return Math.max(this.values.lastRow(), this.formulas.lastRow()) + 1;
  }

  getLastColumn(): number {
    return Math.max(this.values.lastColumn(), this.formulas.lastColumn()) + 1;
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

  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  private get attributeGrids(): Grid<unknown>[] {
    return [this.values, this.formulas, this.formats, this.notes, this.validations, this.weights];
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
    this.spreadsheet.metadata.inserted(this, 'ROW', after, count);
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

  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertColumnsBefore(beforePosition, 1);
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
    this.spreadsheet.metadata.inserted(this, 'COLUMN', after, count);
  }

  deleteRow(rowPosition: number): Sheet {
    this._deleteRows('SpreadsheetApp.Sheet.deleteRow', rowPosition, 1);
    return asGas(this);
  }

  /**
   * Rows below move up; protections and format rule ranges shrink (and go, with nothing left), as
   * does metadata on the deleted rows. At least one row that is not frozen must stay.
   */
  deleteRows(rowPosition: number, howMany: number): void {
    this._deleteRows('SpreadsheetApp.Sheet.deleteRows', rowPosition, howMany);
  }

  deleteColumn(columnPosition: number): Sheet {
    this._deleteColumns('SpreadsheetApp.Sheet.deleteColumn', columnPosition, 1);
    return asGas(this);
  }

  /**
   * Columns to the right move left, with their hidden state, protections, format rule ranges and
   * developer metadata; what was on the deleted columns goes with them.
   */
  deleteColumns(columnPosition: number, howMany: number): void {
    this._deleteColumns('SpreadsheetApp.Sheet.deleteColumns', columnPosition, howMany);
  }

  private _deleteRows(method: string, rowPosition: number, howMany: number): void {
    const start = requireInteger(rowPosition, method);
    const count = requireInteger(howMany, method);
    if (count < 1) throw gasError('The number of rows to delete must be at least 1.');
    if (start < 1 || start + count - 1 > this.maxRows)
      throw gasError('Those rows are out of bounds.');
    const frozen = this.frozenRows - overlap(1, this.frozenRows, start, count);
    if (this.maxRows - count <= frozen)
      throw gasError('Sorry, it is not possible to delete all non-frozen rows.');
    this._checkEditable(start, 1, count, this.maxColumns);
    for (const grid of this.attributeGrids) grid.deleteRows(start - 1, count);
    this.maxRows -= count;
    this.frozenRows = frozen;
    for (const block of this.spreadsheet._blocks()) {
      if (block.sheet !== this) continue;
      [block.row, block.numRows] = shrunk(block.row, block.numRows, start, count);
    }
    this.spreadsheet._dropEmptyBlocks();
    this.spreadsheet.metadata.deleted(this, 'ROW', start, count);
  }

  private _deleteColumns(method: string, columnPosition: number, howMany: number): void {
    const start = requireInteger(columnPosition, method);
    const count = requireInteger(howMany, method);
    if (count < 1) throw gasError('The number of columns to delete must be at least 1.');
    if (start < 1 || start + count - 1 > this.maxColumns)
      throw gasError('Those columns are out of bounds.');
    const frozen = this.frozenColumns - overlap(1, this.frozenColumns, start, count);
    if (this.maxColumns - count <= frozen)
      throw gasError('Sorry, it is not possible to delete all non-frozen columns.');
    this._checkEditable(1, start, this.maxRows, count);
    for (const grid of this.attributeGrids) grid.deleteColumns(start - 1, count);
    this.hiddenColumns.splice(start - 1, count);
    this.maxColumns -= count;
    this.frozenColumns = frozen;
    for (const block of this.spreadsheet._blocks()) {
      if (block.sheet !== this) continue;
      [block.column, block.numColumns] = shrunk(block.column, block.numColumns, start, count);
    }
    this.spreadsheet._dropEmptyBlocks();
    this.spreadsheet.metadata.deleted(this, 'COLUMN', start, count);
  }

  /** The whole column, as getRange('C:C') gives it. */
  _wholeColumn(column: number): EmulatedRange {
    return new EmulatedRange(this, 1, column, this.maxRows, 1, 'columns');
  }

  /** The whole row, as getRange('3:3') gives it. */
  _wholeRow(row: number): EmulatedRange {
    return new EmulatedRange(this, row, 1, 1, this.maxColumns, 'rows');
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
   * would hold more than 50,000 characters. USER_ENTERED reads strings as typed input (what
   * setValues does: "=..." is a formula); RAW keeps them as text. `seed` also takes cells given as
   * `{ formula, value }`: a formula with the result Sheets last computed for it.
   */
  _write(
    row: number,
    column: number,
    rows: readonly (readonly unknown[])[],
    input: 'USER_ENTERED' | 'RAW',
    seed = false,
  ): void {
    checkCellSizes(rows);
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
          seed && isSeededFormula(value)
            ? seededFormula(value, format, context)
            : input === 'RAW' && typeof value === 'string'
              ? { value: value === '' ? undefined : value, format }
              : writeValue(value, format, context);
        this._store(r, c, written, format);
      });
    });
  }

  /** Puts what was written into the cell at 0-based (r, c), replacing what was there. */
  _store(r: number, c: number, written: Written, format: string | undefined): void {
    this.values.set(r, c, written.value);
    this.formulas.set(r, c, written.formula);
    if (written.format !== format) this.formats.set(r, c, written.format);
  }

  /** setFormula(s): a string starting with "=" is a formula whatever the cell's format. */
  _writeFormulas(row: number, column: number, formulas: readonly (readonly string[])[]): void {
    checkCellSizes(formulas);
    const context = this.spreadsheet.input;
    formulas.forEach((line, rowOffset) => {
      line.forEach((text, columnOffset) => {
        const r = row - 1 + rowOffset;
        const c = column - 1 + columnOffset;
        const format = this.formats.get(r, c);
        const written: Written = isFormula(text)
          ? { value: formulaResult(text), format, formula: text }
          : writeValue(text, format, context);
        this._store(r, c, written, format);
      });
    });
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
      | 'activate'
      | 'addDeveloperMetadata'
      | 'clearContent'
      | 'clearDataValidations'
      | 'clearNote'
      | 'createDeveloperMetadataFinder'
      | 'getA1Notation'
      | 'getCell'
      | 'getColumn'
      | 'getDataValidation'
      | 'getDataValidations'
      | 'getDeveloperMetadata'
      | 'getDisplayValue'
      | 'getDisplayValues'
      | 'getFontWeight'
      | 'getFontWeights'
      | 'getFormula'
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
      | 'setFormula'
      | 'setFormulas'
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

  /** Throws if a protection keeps the user the script runs as from editing the range. */
  private _editing(): void {
    this.sheet._checkEditable(this.row, this.column, this.numRows, this.numColumns);
  }

  /** Sets one attribute of every cell to what `value` gives for it. */
  private _fill<T>(grid: Grid<T>, value: (r: number, c: number) => T | undefined): void {
    this._editing();
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

  /**
   * Strings are read as typed input unless the cell is plain text ('@'): "=..." is a formula
   * (stored, with an empty result: the emulator does not evaluate formulas), "'=..." is text. A
   * string over 50,000 characters anywhere refuses the whole write.
   */
  setValues(values: unknown[][]): Range {
    checkShape(this, values, 'setValues');
    this._editing();
    this.sheet._write(this.row, this.column, values, 'USER_ENTERED');
    return asGas(this);
  }

  /** Sets every cell of the range. */
  setValue(value: unknown): Range {
    this._editing();
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

  /** No values and no formulas (a formula whose result is empty is not blank). */
  isBlank(): boolean {
    const { values, formulas } = this.sheet;
    return [values, formulas].every((grid: Grid<unknown>) =>
      this._read(grid, (value) => value === undefined).every((line) => line.every(Boolean)),
    );
  }

  /** Clears values and formulas; formats, notes and validation stay, as in Sheets. */
  clearContent(): Range {
    this._fill(this.sheet.values, () => undefined);
    this._fill(this.sheet.formulas, () => undefined);
    return asGas(this);
  }

  getNotes(): string[][] {
    return this._read(this.sheet.notes, (note) => note ?? '');
  }

  /** Each cell's formula as written ('' for a cell without one); getValues gives the results. */
  getFormulas(): string[][] {
    return this._read(this.sheet.formulas, (formula) => formula ?? '');
  }

  getFormula(): string {
    return this.sheet.formulas.get(this.row - 1, this.column - 1) ?? '';
  }

  /**
   * The same formula in every cell (references are not adjusted from cell to cell). Stored, not
   * evaluated: the result getValues gives is '' unless the formula is a literal (=42, ="text").
   * A string not starting with "=" is written as setValue would write it.
   */
  setFormula(formula: string): Range {
    if (typeof formula !== 'string')
      throw signatureError('SpreadsheetApp.Range.setFormula', formula);
    this._editing();
    const line = new Array<string>(this.numColumns).fill(formula);
    this.sheet._writeFormulas(
      this.row,
      this.column,
      Array.from({ length: this.numRows }, () => line),
    );
    return asGas(this);
  }

  setFormulas(formulas: string[][]): Range {
    checkShape(this, formulas, 'setFormulas');
    if (!formulas.every((line) => line.every((formula) => typeof formula === 'string')))
      throw signatureError('SpreadsheetApp.Range.setFormulas', formulas);
    this._editing();
    this.sheet._writeFormulas(this.row, this.column, formulas);
    return asGas(this);
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
    const { values, formulas, validations } = this.sheet;
    for (let r = this.row - 1; r < this.row - 1 + this.numRows; r++)
      for (let c = this.column - 1; c < this.column - 1 + this.numColumns; c++) {
        const rule = validations.get(r, c);
        if (
          rule?.criteriaName === 'CHECKBOX' &&
          rule.getCriteriaValues().length === 0 &&
          values.get(r, c) === undefined &&
          formulas.get(r, c) === undefined
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

  /** Only on a whole row or column (C:C, or getRange(1, 3, sheet.getMaxRows(), 1)), as in Sheets. */
  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): Range {
    this.sheet.spreadsheet.metadata.add(
      dimensionOf(this),
      'SpreadsheetApp.Range.addDeveloperMetadata',
      [key, valueOrVisibility, visibility].filter((arg) => arg !== undefined),
    );
    return asGas(this);
  }

  /** The metadata on exactly this row or column; none for any other range (a cell of it). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    let location: MetadataLocation;
    try {
      location = dimensionOf(this);
    } catch {
      return [];
    }
    return this.sheet.spreadsheet.metadata.at(location);
  }

  /** Finds metadata wholly inside the range (or, onIntersectingLocations, meeting it). */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.sheet.spreadsheet.metadata.finder({ kind: 'range', range: this });
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

  /** Selects the range, bringing its sheet to the front, as a click on it does. */
  activate(): Range {
    this.sheet.spreadsheet._activate(this.sheet, this);
    return asGas(this);
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

function emailOf(user: unknown): string | undefined {
  if (typeof user === 'string') return user;
  const own = gasObjectOfClass(user, 'User') as EmulatedUser | undefined;
  return own?.getEmail();
}

/** A Google Workspace domain; consumer accounts (gmail.com) have none to share edits with. */
function domainOf(email: string): string | undefined {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return domain === '' || domain === 'gmail.com' || domain === 'googlemail.com'
    ? undefined
    : domain;
}

/**
 * A protection. As in Sheets, until a script changes its editors (addEditor, removeEditor,
 * setDomainEdit) it mirrors the spreadsheet's own sharing, so it stops nobody; once changed, only
 * its editors, the owner, and (while canDomainEdit) users of the owner's domain may edit its
 * cells: anyone else's writes throw. A warning-only protection never stops a script.
 */
export class EmulatedProtection
  extends GasObject
  implements
    Pick<
      Protection,
      | 'addEditor'
      | 'addEditors'
      | 'canDomainEdit'
      | 'canEdit'
      | 'getDescription'
      | 'getEditors'
      | 'getProtectionType'
      | 'getRange'
      | 'getUnprotectedRanges'
      | 'isWarningOnly'
      | 'remove'
      | 'removeEditor'
      | 'removeEditors'
      | 'setDescription'
      | 'setDomainEdit'
      | 'setUnprotectedRanges'
      | 'setWarningOnly'
    >
{
  private description = '';
  private warningOnly = false;
  private domainEdit = true;
  /** Whether the editors were changed, so that the protection restricts anyone. */
  private restricted = false;
  private readonly editors: string[];
  private unprotected: EmulatedRange[] = [];

  /** A range protection has a block; the sheet's own protection has none (the whole sheet). */
  constructor(
    readonly sheet: EmulatedSheet,
    readonly block: Block | undefined,
  ) {
    super();
    const { owner, user } = sheet.spreadsheet;
    this.editors = [...new Set([owner, user].filter((email) => email !== ''))];
  }

  get [GAS_CLASS](): string {
    return 'Protection';
  }

  /** Whether this user may edit the protected cells. */
  _allows(user: string): boolean {
    const { owner } = this.sheet.spreadsheet;
    if (this.warningOnly || !this.restricted) return true;
    if (user !== '' && (user === owner || this.editors.includes(user))) return true;
    const domain = domainOf(owner);
    return this.domainEdit && domain !== undefined && domainOf(user) === domain;
  }

  /** Whether the cells (1-based) meet what this protects. */
  _covers(row: number, column: number, numRows: number, numColumns: number): boolean {
    const meets = (other: { row: number; column: number; numRows: number; numColumns: number }) =>
      overlap(other.row, other.numRows, row, numRows) > 0 &&
      overlap(other.column, other.numColumns, column, numColumns) > 0;
    if (this.block) return meets(this.block);
    return !this.unprotected.some(
      (range) =>
        range.sheet === this.sheet &&
        overlap(range.row, range.numRows, row, numRows) === numRows &&
        overlap(range.column, range.numColumns, column, numColumns) === numColumns,
    );
  }

  canDomainEdit(): boolean {
    return this.domainEdit;
  }

  /** Whether the user the script runs as may edit the protected cells (the owner always may). */
  canEdit(): boolean {
    return this._allows(this.sheet.spreadsheet.user);
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    return this.editors.map((email) => asGas<GoogleAppsScript.Base.User>(new EmulatedUser(email)));
  }

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): Protection {
    return this.addEditors([emailOf(emailAddress) ?? '']);
  }

  addEditors(emailAddresses: string[]): Protection {
    if (!Array.isArray(emailAddresses))
      throw signatureError('SpreadsheetApp.Protection.addEditors', emailAddresses);
    for (const address of emailAddresses) {
      const email = emailOf(address);
      if (!email) throw signatureError('SpreadsheetApp.Protection.addEditors', emailAddresses);
      if (!this.editors.includes(email)) this.editors.push(email);
    }
    this.restricted = true;
    return asGas(this);
  }

  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): Protection {
    return this.removeEditors([emailOf(emailAddress) ?? '']);
  }

  /** The owner, and the user the script runs as, stay editors, as in Sheets. */
  removeEditors(emailAddresses: string[] | GoogleAppsScript.Base.User[]): Protection {
    if (!Array.isArray(emailAddresses))
      throw signatureError('SpreadsheetApp.Protection.removeEditors', emailAddresses);
    const { owner, user } = this.sheet.spreadsheet;
    const removed = new Set((emailAddresses as unknown[]).map(emailOf));
    for (let index = this.editors.length - 1; index >= 0; index--) {
      const email = this.editors[index] ?? '';
      if (removed.has(email) && email !== owner && email !== user) this.editors.splice(index, 1);
    }
    this.restricted = true;
    return asGas(this);
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

  /** Warning-only: Sheets asks people to confirm an edit; a script's edits go through. */
  setWarningOnly(warningOnly: boolean): Protection {
    this.warningOnly = Boolean(warningOnly);
    return asGas(this);
  }

  setDomainEdit(editable: boolean): Protection {
    this.domainEdit = Boolean(editable);
    this.restricted = true;
    return asGas(this);
  }

  remove(): void {
    if (this.sheet.sheetProtection === this) this.sheet.sheetProtection = undefined;
    const index = this.sheet.rangeProtections.indexOf(this);
    if (index >= 0) this.sheet.rangeProtections.splice(index, 1);
  }
}
