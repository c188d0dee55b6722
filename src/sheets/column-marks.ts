import {
  COMPUTED_COLUMNS,
  type ComputedColumnKey,
  isToolNote,
  normalizeHeader,
} from '../domain/tracker/columns';
import { columnLetter } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The tool's own columns are marked with developer metadata on the column, which moves with the
 * column when columns are inserted or moved and which no one at the Sheet can edit, unlike a
 * header's note.
 */
const COLUMN_KEY = 'ilacs-tracker.computed-column';

/** Each marked column's 0-based index and the computed column it was marked as. */
export function markedColumns(sheet: Sheet): Map<number, ComputedColumnKey> {
  const marks = new Map<number, ComputedColumnKey>();
  for (const metadata of sheet.createDeveloperMetadataFinder().withKey(COLUMN_KEY).find()) {
    const column = metadata.getLocation().getColumn();
    const key = metadata.getValue() as ComputedColumnKey;
    if (column && key in COMPUTED_COLUMNS) marks.set(column.getColumn() - 1, key);
  }
  return marks;
}

/** Set up marks each computed column not marked yet. */
export function markComputedColumns(
  sheet: Sheet,
  computed: Readonly<Partial<Record<ComputedColumnKey, number>>>,
): void {
  const marked = markedColumns(sheet);
  for (const [key, column] of Object.entries(computed) as [ComputedColumnKey, number][]) {
    if (marked.get(column) === key) continue;
    const letter = columnLetter(column);
    sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(COLUMN_KEY, key);
  }
}

let computedHeaders: Set<string> | undefined;

/**
 * The header notes as the tool reads them: a column it marked counts as its own whatever its
 * note says now (someone may have edited or deleted the note). The marks are read only when some
 * column with a computed header lacks the tool's note, so that an untouched Tracker costs no call.
 */
export function headerNotesWithMarks(
  sheet: Sheet,
  headers: readonly string[],
  notes: readonly string[],
): string[] {
  computedHeaders ??= new Set(
    Object.values(COMPUTED_COLUMNS).map((column) => normalizeHeader(column.header)),
  );
  const doubtful = headers.some(
    (header, index) =>
      computedHeaders?.has(normalizeHeader(header)) && !isToolNote(notes[index] ?? ''),
  );
  if (!doubtful) return [...notes];
  const marks = markedColumns(sheet);
  return headers.map((_, index) => {
    const key = marks.get(index);
    return key ? COMPUTED_COLUMNS[key].note : (notes[index] ?? '');
  });
}
