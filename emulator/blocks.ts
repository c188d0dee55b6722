/**
 * Blocks: cells that move and grow as rows and columns are inserted, and shrink as they are
 * deleted (protections, conditional format rule ranges). A block left with no rows or columns is
 * gone. The same rules along either dimension.
 */
import type { Dimension, RangeRef, SheetRef } from './types';

export interface Block {
  readonly sheet: SheetRef;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A block's first line and its count of lines, along each dimension. */
const EDGES = {
  ROW: ['row', 'numRows'],
  COLUMN: ['column', 'numColumns'],
} as const satisfies Record<Dimension, readonly [keyof Block, keyof Block]>;

export function blockOf(range: RangeRef): Block {
  return {
    sheet: range.sheet,
    row: range.row,
    column: range.column,
    numRows: range.numRows,
    numColumns: range.numColumns,
  };
}

export function rangeOf(block: Block): RangeRef {
  return block.sheet._rangeAt(block.row, block.column, block.numRows, block.numColumns);
}

export function isEmptyBlock(block: Block): boolean {
  return block.numRows < 1 || block.numColumns < 1;
}

/** How many of the `count` positions from `start` fall within first..first+size-1. */
export function overlap(first: number, size: number, start: number, count: number): number {
  return Math.max(0, Math.min(first + size, start + count) - Math.max(first, start));
}

/** `count` lines inserted after the first `after`: a block past them moves, one across grows. */
export function blockInserted(
  block: Block,
  dimension: Dimension,
  after: number,
  count: number,
): void {
  const [first, size] = EDGES[dimension];
  if (block[first] > after) block[first] += count;
  else if (block[first] + block[size] - 1 > after) block[size] += count;
}

/** `count` lines deleted from `start` (1-based): a block past them moves back, one on them shrinks. */
export function blockDeleted(
  block: Block,
  dimension: Dimension,
  start: number,
  count: number,
): void {
  const [first, size] = EDGES[dimension];
  if (block[first] >= start + count) block[first] -= count;
  else {
    const lost = overlap(block[first], block[size], start, count);
    block[first] = Math.min(block[first], start);
    block[size] -= lost;
  }
}
