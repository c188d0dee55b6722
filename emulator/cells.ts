/**
 * A sheet's cells: six parallel grids (value, formula, number format, note, validation, bold),
 * moved together as rows and columns are inserted and deleted, and written as Sheets writes
 * values and formulas, within its 50,000-character cell.
 */
import { gasError } from './gas';
import { Grid } from './grid';
import type { Dimension } from './types';
import type { EmulatedDataValidation } from './validation';
import {
  CELL_CHARACTER_LIMIT,
  CELL_LIMIT_MESSAGE,
  type InputContext,
  type Stored,
  type Written,
  cachedResult,
  formulaResult,
  isFormula,
  writeValue,
} from './values';

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

/** Sheets refuses a whole write when one of its cells would hold more than 50,000 characters. */
export function checkCellSizes(rows: readonly (readonly unknown[])[]): void {
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

export class Cells {
  /** What getValues reads: plain values, and the result a formula cell holds. */
  readonly values = new Grid<Stored>();
  /** The formula of each formula cell (its result is in `values`). */
  readonly formulas = new Grid<string>();
  readonly formats = new Grid<string>();
  readonly notes = new Grid<string>();
  readonly validations = new Grid<EmulatedDataValidation>();
  readonly weights = new Grid<'bold'>();
  private readonly grids: readonly Grid<unknown>[] = [
    this.values,
    this.formulas,
    this.formats,
    this.notes,
    this.validations,
    this.weights,
  ];
  /** What a new row or column takes from the one before it, as in Sheets. */
  private readonly formatting: readonly Grid<unknown>[] = [
    this.formats,
    this.validations,
    this.weights,
  ];

  /**
   * `count` empty rows or columns after the first `after` (0: at the start); they take the
   * number formats, validation and bold of the one before them.
   */
  insert(dimension: Dimension, after: number, count: number): void {
    for (const grid of this.grids) grid.insert(dimension, after, count);
    if (after >= 1)
      for (const grid of this.formatting) grid.fill(dimension, after - 1, after, count);
  }

  /** `count` rows or columns deleted from `start` (1-based), with all they held. */
  delete(dimension: Dimension, start: number, count: number): void {
    for (const grid of this.grids) grid.delete(dimension, start - 1, count);
  }

  /** The index (0-based) of the last row with content (a value or a formula), or -1. */
  lastRow(): number {
    return Math.max(this.values.lastRow(), this.formulas.lastRow());
  }

  lastColumn(): number {
    return Math.max(this.values.lastColumn(), this.formulas.lastColumn());
  }

  /**
   * Writes values from (row, column) on (1-based; the caller checked the sizes). USER_ENTERED
   * reads strings as typed input (what setValues does: "=..." is a formula); RAW keeps them as
   * text. `seed` also takes cells given as `{ formula, value }`: a formula with the result
   * Sheets last computed for it.
   */
  write(
    row: number,
    column: number,
    rows: readonly (readonly unknown[])[],
    input: 'USER_ENTERED' | 'RAW',
    seed: boolean,
    context: InputContext,
  ): void {
    this.writeEach(row, column, rows, (value, format) =>
      seed && isSeededFormula(value)
        ? seededFormula(value, format, context)
        : input === 'RAW' && typeof value === 'string'
          ? { value: value === '' ? undefined : value, format }
          : writeValue(value, format, context),
    );
  }

  /** setFormula(s): a string starting with "=" is a formula whatever the cell's format. */
  writeFormulas(
    row: number,
    column: number,
    formulas: readonly (readonly string[])[],
    context: InputContext,
  ): void {
    checkCellSizes(formulas);
    this.writeEach(row, column, formulas, (text, format) =>
      isFormula(text)
        ? { value: formulaResult(text), format, formula: text }
        : writeValue(text, format, context),
    );
  }

  /** Puts what each value is written as into its cell, replacing what was there. */
  private writeEach<V>(
    row: number,
    column: number,
    rows: readonly (readonly V[])[],
    written: (value: V, format: string | undefined) => Written,
  ): void {
    rows.forEach((line, rowOffset) => {
      line.forEach((value, columnOffset) => {
        const r = row - 1 + rowOffset;
        const c = column - 1 + columnOffset;
        const format = this.formats.get(r, c);
        const cell = written(value, format);
        this.values.set(r, c, cell.value);
        this.formulas.set(r, c, cell.formula);
        if (cell.format !== format) this.formats.set(r, c, cell.format);
      });
    });
  }
}
