/**
 * What the objects on a sheet know of sheets and ranges: enough for conditional format rules,
 * developer metadata and the blocks that move with rows and columns to hold them and hand them
 * back, without importing sheet.ts or range.ts, which import them (no import cycles).
 */
import type { A1Form } from './a1';
import type { GasObject } from './gas';

/** Rows or columns, as DeveloperMetadataLocationType names them. */
export type Dimension = 'ROW' | 'COLUMN';

/** Cells from (row, column), 1-based, numRows by numColumns. */
export interface CellRect {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** A sheet (EmulatedSheet), as the objects on it see it. */
export interface SheetRef extends GasObject {
  readonly maxRows: number;
  readonly maxColumns: number;
  /** The range of these cells, unchecked: they are the sheet's (a rule's, a protection's...). */
  _rangeAt(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
    form?: A1Form,
  ): RangeRef;
}

/** A range (EmulatedRange), as rules, metadata and protections keep it. */
export interface RangeRef extends GasObject, CellRect {
  readonly sheet: SheetRef;
}
