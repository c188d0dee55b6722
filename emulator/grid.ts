import type { Dimension } from './types';

/**
 * A sparse two-dimensional store of one cell attribute, 0-based, row by row, whose cells move as
 * rows and columns are inserted and deleted.
 */
export class Grid<T> {
  private rows: (T | undefined)[][] = [];

  get(row: number, column: number): T | undefined {
    return this.rows[row]?.[column];
  }

  set(row: number, column: number, value: T | undefined): void {
    let cells = this.rows[row];
    if (!cells) {
      if (value === undefined) return;
      cells = [];
      this.rows[row] = cells;
    }
    cells[column] = value;
  }

  /** The row's cells (may be shorter than the sheet, or undefined when the row holds nothing). */
  row(row: number): readonly (T | undefined)[] | undefined {
    return this.rows[row];
  }

  /** Inserts `count` empty rows or columns before index `at`. */
  insert(dimension: Dimension, at: number, count: number): void {
    if (dimension === 'ROW') this.insertRows(at, count);
    else this.insertColumns(at, count);
  }

  /** Copies row or column `source` into the `count` from `start` (new ones take its formats). */
  fill(dimension: Dimension, source: number, start: number, count: number): void {
    if (dimension === 'ROW') this.fillRows(source, start, count);
    else this.fillColumns(source, start, count);
  }

  /** Deletes `count` rows or columns from index `at`; those after move back. */
  delete(dimension: Dimension, at: number, count: number): void {
    if (dimension === 'ROW') this.rows.splice(at, count);
    else for (const cells of this.rows) if (cells) cells.splice(at, count);
  }

  private insertRows(at: number, count: number): void {
    if (at >= this.rows.length) return;
    this.rows.splice(at, 0, ...new Array<(T | undefined)[]>(count));
  }

  private insertColumns(at: number, count: number): void {
    for (const cells of this.rows)
      if (cells && at < cells.length) cells.splice(at, 0, ...new Array<T | undefined>(count));
  }

  private fillRows(source: number, start: number, count: number): void {
    const cells = this.rows[source];
    if (!cells) return;
    for (let row = start; row < start + count; row++) this.rows[row] = cells.slice();
  }

  private fillColumns(source: number, start: number, count: number): void {
    for (const cells of this.rows) {
      const value = cells?.[source];
      if (cells && value !== undefined)
        for (let column = start; column < start + count; column++) cells[column] = value;
    }
  }

  /** The highest row index holding a value, or -1. */
  lastRow(): number {
    for (let row = this.rows.length - 1; row >= 0; row--) {
      const cells = this.rows[row];
      if (cells?.some((value) => value !== undefined)) return row;
    }
    return -1;
  }

  /** The highest column index holding a value in any row, or -1. */
  lastColumn(): number {
    let last = -1;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let column = cells.length - 1; column > last; column--)
        if (cells[column] !== undefined) {
          last = column;
          break;
        }
    }
    return last;
  }
}
