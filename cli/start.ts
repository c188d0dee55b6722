/**
 * `npm start`: the schedule of a tracker (by default the bundled example of all 153 English
 * authorities) as a table, as of today or `--today`.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type CivilDate, formatIso, parseIsoDate } from '../src/domain/civil-date';
import { PATHWAY_NAMES } from '../src/domain/computed-columns';
import { computeSchedule } from '../src/domain/schedule';
import { type InputColumnKey, locateColumns } from '../src/domain/tracker-columns';
import { type ParsedRow, type RowCells, parseTrackerRow } from '../src/domain/tracker-row';

const EXAMPLE_TRACKER = path.join(__dirname, '..', 'examples', 'tracker.csv');

const USAGE = `Usage: npm start -- [--tracker FILE.csv] [--today YYYY-MM-DD]

Prints the next inspection, its window and status for every authority in a tracker.
  --tracker FILE   a CSV file with the Tracker's columns (default: the example, all 153 authorities)
  --today DATE     the day to report status as of (default: today in Europe/London)
  --help           this text`;

export class UsageError extends Error {}

/** Today's civil date in England, read once at the edge. */
function londonToday(): CivilDate {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const today = parseIsoDate(iso);
  if (!today) throw new Error(`Could not read today's date (${iso})`);
  return today;
}

function noDateCells(): never {
  throw new Error('A CSV file has no date cells: dates are text');
}

/** Reads a Tracker CSV: columns found by header, each row with an Authority parsed. */
export function readTrackerCsv(file: string): { rows: ParsedRow[]; rowNumbers: number[] } {
  const records = parse(readFileSync(file, 'utf8'), {
    skip_empty_lines: true,
    bom: true,
  }) as string[][];
  const [headers = [], ...body] = records;
  const layout = locateColumns(headers);
  if (layout.input.authority === undefined)
    throw new UsageError(`${file}: no Authority column in the header row.`);
  const rows: ParsedRow[] = [];
  const rowNumbers: number[] = [];
  body.forEach((record, index) => {
    const cells: Partial<Record<InputColumnKey, string>> = {};
    for (const [key, column] of Object.entries(layout.input) as [InputColumnKey, number][])
      cells[key] = record[column] ?? '';
    const parsed = parseTrackerRow(cells as RowCells, noDateCells);
    if (parsed) {
      rows.push(parsed);
      rowNumbers.push(index + 2);
    }
  });
  return { rows, rowNumbers };
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}

export function scheduleTable(rows: readonly ParsedRow[], today: CivilDate): string {
  const lines = rows.map(({ row, problems }) => {
    const schedule = computeSchedule(row, today);
    const next = schedule.nextInspection;
    const flagged = problems.length + schedule.problems.length > 0 ? ' (see problems)' : '';
    return [
      row.authority,
      schedule.pathway ? PATHWAY_NAMES[schedule.pathway] : '-',
      next?.kind ?? '-',
      next ? formatIso(next.due) : '-',
      next ? `${formatIso(next.window.opens)} to ${formatIso(next.window.closes)}` : '-',
      (schedule.inspectionStatus?.text ?? 'No next inspection') + flagged,
    ];
  });
  return table(
    ['Authority', 'Pathway', 'Next inspection', 'Due', 'Window', `Status on ${formatIso(today)}`],
    lines,
  );
}

function main(argv: readonly string[]): number {
  const { values } = parseArgs({
    args: [...argv],
    options: { tracker: { type: 'string' }, today: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const today = values.today === undefined ? londonToday() : parseIsoDate(values.today);
  if (!today)
    throw new UsageError(`--today: expected a date such as 2026-11-22, found '${values.today}'.`);
  const { rows } = readTrackerCsv(values.tracker ?? EXAMPLE_TRACKER);
  console.log(scheduleTable(rows, today));
  console.log(
    `\n${rows.length} authorities. Rules: shared spec ilacs-rules.md (R1-R5), cited in each row's explanation.`,
  );
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    const known =
      error instanceof UsageError || (error as NodeJS.ErrnoException).code !== undefined;
    console.error(known ? `ilacs-tracker: ${(error as Error).message}` : error);
    process.exitCode = 1;
  }
}
