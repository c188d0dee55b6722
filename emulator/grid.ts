/** A sparse two-dimensional store of one cell attribute, 0-based, that shifts on insertions. */
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

  /** Inserts `count` empty rows before row index `at`. */
  insertRows(at: number, count: number): void {
    if (at >= this.rows.length) return;
    this.rows.splice(at, 0, ...new Array<(T | undefined)[]>(count));
  }

  insertColumns(at: number, count: number): void {
    for (const cells of this.rows)
      if (cells && at < cells.length) cells.splice(at, 0, ...new Array<T | undefined>(count));
  }

  /** Copies row `source` into the `count` rows from `start` (new rows inherit their formats). */
  fillRows(source: number, start: number, count: number): void {
    const cells = this.rows[source];
    if (!cells) return;
    for (let row = start; row < start + count; row++) this.rows[row] = cells.slice();
  }

  /** Copies column `source` into the `count` columns from `start`, in every row. */
  fillColumns(source: number, start: number, count: number): void {
    for (const cells of this.rows) {
      const value = cells?.[source];
      if (cells && value !== undefined)
        for (let column = start; column < start + count; column++) cells[column] = value;
    }
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at, count);
  }

  deleteColumns(at: number, count: number): void {
    for (const cells of this.rows) if (cells) cells.splice(at, count);
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
