/**
 * Range, over its sheet's cells (cells.ts). Over 350 lines: Google's Range is one class of 45
 * methods, each short; splitting it would only scatter them.
 */
import { type A1Form, formatA1 } from './a1';
import type { Cells } from './cells';
import {
  GAS_CLASS,
  GasObject,
  asGas,
  gasError,
  ownObject,
  requireInteger,
  signatureError,
} from './gas';
import type { Grid } from './grid';
import { type MetadataLocation, type MetadataStore, dimensionOf } from './metadata';
import type { ZoneRules } from './time-zone';
import type { SheetRef } from './types';
import { EmulatedDataValidation } from './validation';
import { AUTOMATIC_FORMAT, displayValue, readValue } from './values';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

/** What a range needs of its sheet (EmulatedSheet, which imports this file). */
export interface RangeHost extends SheetRef {
  readonly cells: Cells;
  readonly spreadsheet: { readonly zone: ZoneRules; readonly metadata: MetadataStore };
  /** Throws if a protection keeps the user the script runs as from editing these cells. */
  _checkEditable(row: number, column: number, numRows: number, numColumns: number): void;
  /** Writes values from (row, column) on, growing the sheet to fit. */
  _write(
    row: number,
    column: number,
    rows: readonly (readonly unknown[])[],
    input: 'USER_ENTERED' | 'RAW',
  ): void;
  _writeFormulas(row: number, column: number, formulas: readonly (readonly string[])[]): void;
  /** A range by position, checked as Sheet.getRange checks it. */
  _range(row: number, column: number, numRows: number, numColumns: number): EmulatedRange;
  /** Selects the range, bringing the sheet to the front. */
  _select(range: EmulatedRange): void;
  /** A new protection of the range's cells. */
  _protect(range: EmulatedRange): GasObject;
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
    readonly sheet: RangeHost,
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
    const { formats, values } = this.sheet.cells;
    return this._read(values, (value, row, column) =>
      readValue(value, formats.get(row, column), zone),
    );
  }

  getValue(): unknown {
    const { formats, values } = this.sheet.cells;
    return readValue(
      values.get(this.row - 1, this.column - 1),
      formats.get(this.row - 1, this.column - 1),
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
    const { formats, values } = this.sheet.cells;
    return this._read(values, (value, row, column) =>
      displayValue(value, formats.get(row, column)),
    );
  }

  getDisplayValue(): string {
    const { formats, values } = this.sheet.cells;
    return displayValue(
      values.get(this.row - 1, this.column - 1),
      formats.get(this.row - 1, this.column - 1),
    );
  }

  /** No values and no formulas (a formula whose result is empty is not blank). */
  isBlank(): boolean {
    const { values, formulas } = this.sheet.cells;
    return [values, formulas].every((grid: Grid<unknown>) =>
      this._read(grid, (value) => value === undefined).every((line) => line.every(Boolean)),
    );
  }

  /** Clears values and formulas; formats, notes and validation stay, as in Sheets. */
  clearContent(): Range {
    this._fill(this.sheet.cells.values, () => undefined);
    this._fill(this.sheet.cells.formulas, () => undefined);
    return asGas(this);
  }

  getNotes(): string[][] {
    return this._read(this.sheet.cells.notes, (note) => note ?? '');
  }

  /** Each cell's formula as written ('' for a cell without one); getValues gives the results. */
  getFormulas(): string[][] {
    return this._read(this.sheet.cells.formulas, (formula) => formula ?? '');
  }

  getFormula(): string {
    return this.sheet.cells.formulas.get(this.row - 1, this.column - 1) ?? '';
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
    return this.sheet.cells.notes.get(this.row - 1, this.column - 1) ?? '';
  }

  setNotes(notes: (string | null)[][]): Range {
    checkShape(this, notes, 'setNotes');
    this._fill(this.sheet.cells.notes, (r, c) => {
      const note = notes[r]?.[c];
      return note === null || note === undefined || note === '' ? undefined : String(note);
    });
    return asGas(this);
  }

  setNote(note: string | null): Range {
    const text = note === null || note === '' ? undefined : String(note);
    this._fill(this.sheet.cells.notes, () => text);
    return asGas(this);
  }

  clearNote(): Range {
    return this.setNote(null);
  }

  /** '0.###############' for a cell nobody formatted, as Sheets reports it. */
  getNumberFormats(): string[][] {
    return this._read(this.sheet.cells.formats, (format) => format ?? AUTOMATIC_FORMAT);
  }

  getNumberFormat(): string {
    return this.sheet.cells.formats.get(this.row - 1, this.column - 1) ?? AUTOMATIC_FORMAT;
  }

  setNumberFormat(numberFormat: string): Range {
    const format = String(numberFormat);
    this._fill(this.sheet.cells.formats, () => format);
    return asGas(this);
  }

  setNumberFormats(numberFormats: string[][]): Range {
    checkShape(this, numberFormats, 'setNumberFormats');
    this._fill(this.sheet.cells.formats, (r, c) => String(numberFormats[r]?.[c]));
    return asGas(this);
  }

  getDataValidation(): DataValidation | null {
    const rule = this.sheet.cells.validations.get(this.row - 1, this.column - 1);
    return rule ? asGas(rule) : null;
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this._read(this.sheet.cells.validations, (rule) =>
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
    this._fill(this.sheet.cells.validations, () => own);
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
    this._fill(this.sheet.cells.validations, (r, c) => owned[r]?.[c]);
    this._uncheckEmptyBoxes();
    return asGas(this);
  }

  private _uncheckEmptyBoxes(): void {
    const { values, formulas, validations } = this.sheet.cells;
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
    this._fill(this.sheet.cells.validations, () => undefined);
    return asGas(this);
  }

  getFontWeight(): FontWeight {
    return this.sheet.cells.weights.get(this.row - 1, this.column - 1) ?? 'normal';
  }

  getFontWeights(): FontWeight[][] {
    return this._read(this.sheet.cells.weights, (weight) => weight ?? 'normal');
  }

  /** 'bold' or 'normal'; null resets to normal. */
  setFontWeight(fontWeight: FontWeight | null): Range {
    const weight = this._weight(fontWeight, 'setFontWeight');
    this._fill(this.sheet.cells.weights, () => weight);
    return asGas(this);
  }

  setFontWeights(fontWeights: (FontWeight | null)[][]): Range {
    checkShape(this, fontWeights, 'setFontWeights');
    this._fill(this.sheet.cells.weights, (r, c) =>
      this._weight(fontWeights[r]?.[c] ?? null, 'setFontWeights'),
    );
    return asGas(this);
  }

  private _weight(fontWeight: FontWeight | null, method: string): 'bold' | undefined {
    if (fontWeight === null || fontWeight === 'normal') return undefined;
    if (fontWeight === 'bold') return 'bold';
    throw signatureError(`SpreadsheetApp.Range.${method}`, fontWeight);
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return asGas(this.sheet._protect(this));
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
    this.sheet._select(this);
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
