import {
  type CivilDate,
  type SlashOrder,
  addDays,
  addMonths,
  formatIso,
  isAfter,
  isBefore,
} from '../rules/civil-date';
import {
  type Cell,
  type CellValueOfKind,
  type DateOfCell,
  charactersIn,
  excerpt,
  invisibleInWords,
  isBlank,
  parseCell,
  quoteText,
  withoutInvisible,
} from './cells';
import { INPUT_COLUMNS, type InputColumnKey } from './columns';
import { listInWords } from '../text/words';

/** A Tracker row read into typed values: a blank or unusable cell is undefined. */
export type TrackerRow = {
  readonly [K in Exclude<InputColumnKey, 'authority' | 'notes'>]?:
    CellValueOfKind[(typeof INPUT_COLUMNS)[K]['kind']] | undefined;
} & { readonly authority: string };

export type RowCells = Readonly<Partial<Record<InputColumnKey, Cell>>>;

export interface ParsedRow {
  readonly row: TrackerRow;
  /** One message per bad cell, each naming the column and what was expected. */
  readonly problems: readonly string[];
  /** The columns of those bad cells: filled, but not used. */
  readonly unreadable: readonly InputColumnKey[];
}

/** The one date column that records what is planned; the others record what has happened. */
const PLANNED: InputColumnKey = 'plannedEngagementMeeting';

/** The engagement meeting is yearly (R5a): one planned further ahead than this is a typing slip. */
const PLANNED_MONTHS_AHEAD = 24;

/** No inspection, SIF's four weeks included, lasted longer than this from first to last day. */
const LONGEST_SPAN_DAYS = 31;

/** The longest an inspection is on site: a standard ILACS is two weeks, one longer than standard three. */
const LONGEST_ON_SITE_DAYS = 21;

/** An inspection under way: started by today, its last on-site day ahead but within its length. */
function inspectionInProgress(
  key: InputColumnKey,
  end: CivilDate,
  start: CivilDate | undefined,
  today: CivilDate,
): boolean {
  return (
    key === 'lastInspectionEnd' &&
    start !== undefined &&
    !isAfter(start, today) &&
    !isAfter(end, addDays(start, LONGEST_ON_SITE_DAYS))
  );
}

/**
 * Why a date, read from its cell, cannot be what its column records as of today, if it cannot:
 * a visit, meeting or submission after today, a meeting planned years ahead, an inspection that
 * ends before it starts. Dates before 2013 are caught when the cell is read.
 */
function implausibleAsOf(
  key: InputColumnKey,
  date: CivilDate,
  row: Readonly<Record<string, unknown>>,
  today: CivilDate,
): string | undefined {
  const column = INPUT_COLUMNS[key].header;
  const found = formatIso(date);
  const start = row.lastInspection as CivilDate | undefined;
  if (key !== PLANNED && isAfter(date, today) && !inspectionInProgress(key, date, start, today)) {
    return `${column}: expected a date on or before today (${formatIso(today)}), as it records what has happened, found ${found}.`;
  }
  const latest = addMonths(today, PLANNED_MONTHS_AHEAD);
  if (key === PLANNED && isAfter(date, latest)) {
    return `${column}: expected a date no more than ${PLANNED_MONTHS_AHEAD / 12} years after today (by ${formatIso(latest)}), as the meeting is yearly, found ${found}.`;
  }
  if (key === 'lastInspectionEnd' && start && isAfter(date, addDays(start, LONGEST_SPAN_DAYS))) {
    return `${column}: expected the last on-site day, within a month of ${INPUT_COLUMNS.lastInspection.header} (${formatIso(start)}), found ${found}.`;
  }
  if (key === 'lastInspectionEnd' && start && isBefore(date, start)) {
    return `${column}: expected the last on-site day, on or after ${INPUT_COLUMNS.lastInspection.header} (${formatIso(start)}), found ${found}.`;
  }
  return undefined;
}

/**
 * Reads one row's cells (keyed by column) into typed values, as of today. Returns undefined for a
 * row without an Authority, which the tool leaves alone. A bad cell - one that cannot be read, or
 * a date that cannot be right (before 2013, an event after today, an end before its start) - is
 * reported once and not used, so the rest of the row still computes and no wrong date follows
 * from it.
 */
export function parseTrackerRow(
  cells: RowCells,
  dateOfCell: DateOfCell,
  today: CivilDate,
  slashOrder: SlashOrder = 'dayFirst',
): ParsedRow | undefined {
  if (isBlank(cells.authority)) return undefined;
  const row: Record<string, unknown> = {};
  const problems: string[] = [];
  const unreadable: InputColumnKey[] = [];
  for (const key of Object.keys(INPUT_COLUMNS) as InputColumnKey[]) {
    const column = INPUT_COLUMNS[key];
    const result = parseCell(column.kind, cells[key], column.header, dateOfCell, slashOrder);
    const implausible =
      result.ok && result.value !== undefined && column.kind === 'date'
        ? implausibleAsOf(key, result.value as CivilDate, row, today)
        : undefined;
    if (!result.ok || implausible) {
      problems.push(result.ok ? (implausible as string) : result.message);
      unreadable.push(key);
    } else if (result.value !== undefined) row[key] = result.value;
  }
  // A row is known by its Authority even when the cell is not text (a #REF!, a checkbox).
  row.authority ??= String(cells.authority).trim();
  return { row: row as TrackerRow, problems, unreadable };
}

export interface AuthorityAtRow {
  readonly authority: string;
  readonly rowNumber: number;
}

/** Punctuation (and symbols) at either end of a name: `Kent.`, `Kent,`, `"Kent"`. */
const END_PUNCTUATION = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

/** Spaces of every width, non-breaking ones included, and line breaks and tabs. */
const SPACES = /\s+/g;

/** Spaces other than the ordinary one, tabs and line breaks: they look like a space and are not. */
const SPECIAL_SPACE = /[^\S \t\r\n\uFEFF]/g;

/** A name with invisible characters dropped and every run of spaces one ordinary space. */
function spaced(authority: string): string {
  return withoutInvisible(authority).replace(SPACES, ' ').trim();
}

/**
 * The key under which two Authority cells name the same authority: case, invisible characters,
 * the kind and number of spaces, and punctuation at the ends ignored. Punctuation inside a name
 * counts, so `Bristol, City of` and `Bristol` stay two authorities.
 */
function authorityKey(authority: string): string {
  const name = spaced(authority);
  return (name.replace(END_PUNCTUATION, '') || name).toLowerCase();
}

/**
 * What makes two names of one authority look alike and yet differ, in words: invisible
 * characters, special spaces, punctuation at the ends. Empty when they differ only in capitals or
 * ordinary spaces, which a coordinator sees.
 */
function lookAlike(name: string, first: AuthorityAtRow): string[] {
  const found: string[] = [];
  for (const [text, whose] of [
    [name, 'this cell'],
    [first.authority, `row ${first.rowNumber}'s cell`],
  ] as const) {
    const invisible = invisibleInWords(text);
    if (invisible) found.push(`${whose} contains ${invisible}`);
    const spaces = charactersIn(text, SPECIAL_SPACE);
    if (spaces.length > 0) {
      found.push(
        `${whose} has ${spaces.length === 1 ? 'a special space' : 'special spaces'}, ${listInWords(spaces)}`,
      );
    }
  }
  if (spaced(name).toLowerCase() !== spaced(first.authority).toLowerCase()) {
    found.push('punctuation at the start or end differs');
  }
  return found;
}

/**
 * Each authority needs one row: later rows naming the same authority are reported, keyed by row
 * number, naming the row they repeat. Names that only look alike - an invisible character, a
 * non-breaking space, a full stop or comma at the end, capitals, spaces - are one authority, and
 * the message says what differs, so that a coordinator can see what is invisible.
 */
export function duplicateAuthorityProblems(rows: readonly AuthorityAtRow[]): Map<number, string> {
  const firstRow = new Map<string, AuthorityAtRow>();
  const problems = new Map<number, string>();
  const needs = 'each authority needs exactly one row.';
  for (const entry of rows) {
    const { authority, rowNumber } = entry;
    const key = authorityKey(authority);
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, entry);
      continue;
    }
    const differs = lookAlike(authority, first);
    problems.set(
      rowNumber,
      differs.length === 0
        ? `Authority: ${excerpt(authority.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, ''))} is already in row ${first.rowNumber}; ${needs}`
        : `Authority: ${quoteText(authority, false)} is already in row ${first.rowNumber} as ${quoteText(first.authority, false)}, which looks the same: ${differs.join(' and ')}; ${needs}`,
    );
  }
  return problems;
}
