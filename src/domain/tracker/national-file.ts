import { type CivilDate, isAfter } from '../rules/civil-date';
import { countOf, listInWords } from '../text/words';
import { currentAuthorities, laCodeKey } from './authorities';
import { quoteText } from './cells';
import { parseCsv } from './csv';
import {
  HISTORY_COLUMNS,
  isHistoryHeader,
  missingHistoryColumns,
  readHistoryRows,
} from './national-history-format';
import { NATIONAL_FILE_COLUMNS, type NationalRecord, type TableRead } from './national-record';
import { isToolHeader, missingToolColumns, readToolRows } from './national-tool-format';

/**
 * A file a coordinator downloads to refresh the National data, read whole or refused:
 * the tool's own CSV (data/english-la-latest-inspections.csv) or the daily inspection history of
 * the `ofsted-ilacs-scrape-tool` fork (data/jt39/), told apart by their headers.
 */

/** `tool`: the tool's own National data CSV; `history`: the scrape tool's inspection history. */
export type NationalFormat = 'tool' | 'history';

export type NationalFileResult =
  | {
      readonly ok: true;
      readonly format: NationalFormat;
      /** One per authority, its latest full inspection, ordered by authority. */
      readonly rows: readonly NationalRecord[];
      /** The latest date in the rows (a start, end or publication): the day the file describes. */
      readonly asOf: CivilDate;
    }
  | { readonly ok: false; readonly format?: NationalFormat; readonly problems: readonly string[] };

/** A refused file lists at most this many problems, then how many more there are. */
export const MAX_PROBLEMS = 50;
/** The header may follow a few lines (the sheet's banner, when a coordinator saves it as CSV). */
const HEADER_WITHIN = 5;

const FORMAT_NAMES: Record<NationalFormat, string> = {
  tool: "the tool's National data",
  history: 'the inspection history',
};

function refused(problems: readonly string[], format?: NationalFormat): NationalFileResult {
  const shown =
    problems.length > MAX_PROBLEMS
      ? [
          ...problems.slice(0, MAX_PROBLEMS),
          `… and ${countOf(problems.length - MAX_PROBLEMS, 'more problem')}.`,
        ]
      : problems;
  return format ? { ok: false, format, problems: shown } : { ok: false, problems: shown };
}

/** Text cells only: a CSV holds no date cells. */
function noDateCells(): never {
  throw new Error('A CSV file has no date cells.');
}

function headerProblem(first: readonly string[]): string {
  const found = first.filter((cell) => cell.trim() !== '').slice(0, 6);
  return (
    `Row 1: expected the header of ${FORMAT_NAMES.tool} (${NATIONAL_FILE_COLUMNS.join(', ')}) ` +
    `or of ${FORMAT_NAMES.history} (${HISTORY_COLUMNS.join(', ')}, ...), found ` +
    `${found.length > 0 ? found.map((cell) => quoteText(cell)).join(', ') : 'an empty row'}.`
  );
}

/** The authorities of today that no row names, in a problem's words. */
function missingProblem(named: ReadonlySet<string>): string | undefined {
  const all = currentAuthorities();
  const missing = all.filter((authority) => !named.has(laCodeKey(authority.laCode)));
  if (missing.length === 0) return undefined;
  return (
    `The file lacks ${missing.length} of the ${all.length} English local authorities, so it ` +
    `would replace only part of the National data: ${listInWords(missing.map((item) => item.name))}.`
  );
}

function latestDate(rows: readonly NationalRecord[]): CivilDate | undefined {
  let found: CivilDate | undefined;
  for (const row of rows) {
    for (const date of [row.start, row.end, row.published]) {
      if (date && (!found || isAfter(date, found))) found = date;
    }
  }
  return found;
}

/**
 * Reads a National data file's text (a UTF-8 byte-order mark and CRLF line ends are fine): every
 * one of today's 153 authorities once, or the problems, each with its row and column and what was
 * expected. `held` (the rows the tool already has, such as the National data sheet's) fills what
 * the inspection history cannot read: see {@link readHistoryRows}.
 */
export function parseNationalFile(
  text: string,
  held: readonly NationalRecord[] = [],
): NationalFileResult {
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return refused([
      `The file is empty: expected ${FORMAT_NAMES.tool} or ${FORMAT_NAMES.history} as CSV, a header row and then the rows.`,
    ]);
  }
  const csv = parseCsv(text);
  if (!csv.ok) return refused([csv.problem]);
  const table = csv.records;
  const headerIndex = table
    .slice(0, HEADER_WITHIN)
    .findIndex((record) => isHistoryHeader(record) || isToolHeader(record));
  const header = table[headerIndex];
  if (!header) return refused([headerProblem(table[0] ?? [])]);
  const format: NationalFormat = isHistoryHeader(header) ? 'history' : 'tool';
  const missing = format === 'history' ? missingHistoryColumns(header) : missingToolColumns(header);
  if (missing.length > 0) {
    return refused(
      [
        `Row ${headerIndex + 1}: the header of ${FORMAT_NAMES[format]} lacks ${listInWords(missing)}.`,
      ],
      format,
    );
  }
  const read: TableRead =
    format === 'history'
      ? readHistoryRows(table, headerIndex, held)
      : readToolRows(table, headerIndex, noDateCells);
  if (read.records.length === 0 && read.problems.length === 0) {
    return refused(['The file has its header but no rows.'], format);
  }
  const incomplete = missingProblem(read.named);
  const problems = incomplete ? [...read.problems, incomplete] : read.problems;
  const asOf = latestDate(read.records);
  if (problems.length > 0 || !asOf) return refused(problems, format);
  const rows = [...read.records].sort((a, b) => a.authority.localeCompare(b.authority, 'en'));
  return { ok: true, format, rows, asOf };
}
