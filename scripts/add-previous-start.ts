/**
 * Fills `previous_start_date` in data/english-la-latest-inspections.csv: for each authority, the
 * start of its full inspection before its latest one, from data/inspections-2013-2024-06.csv (the
 * same authority by DfE code). That history ends with the inspections that started before July
 * 2024, so for a latest inspection after it the previous one is the history's latest that starts
 * before the latest's start; for one inside it the latest must be in the history too (the script
 * stops if it is not). Blank where the authority had no full inspection before (Cumberland and
 * Westmorland and Furness, formed in 2023). Run again whenever either file changes:
 * `npx tsx scripts/add-previous-start.ts`; running it twice changes nothing.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const PREVIOUS_START = 'previous_start_date';
/** The first start the history file does not cover. */
const HISTORY_ENDS = '2024-07-01';

type Row = Record<string, string>;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The start of each authority's full inspection before `latest`, by DfE code (ISO dates sort as text). */
function previousStart(latest: Row, history: readonly Row[]): string {
  const code = latest.dfe_la_code ?? '';
  const start = latest.start_date ?? '';
  const own = history.filter((row) => row.dfe_la_code === code);
  const inHistory = own.some((row) => row.start_date === start);
  if (start < HISTORY_ENDS && !inHistory) {
    throw new Error(`${latest.la_name}: its latest inspection (${start}) is not in the history.`);
  }
  if (start >= HISTORY_ENDS && inHistory) {
    throw new Error(`${latest.la_name}: the history has an inspection from ${start}.`);
  }
  const before = own.map((row) => row.start_date ?? '').filter((date) => date < start);
  return before.sort().at(-1) ?? '';
}

/** The latest-inspections file's text with the column added (or refreshed), in its own line endings. */
export function withPreviousStart(latestText: string, historyText: string): string {
  const [header = [], ...rows] = parse(latestText, { skip_empty_lines: true }) as string[][];
  const history = parse(historyText, { columns: true }) as Row[];
  const kept = header.filter((column) => column !== PREVIOUS_START);
  const columns = [...kept, PREVIOUS_START];
  const lines = rows.map((cells) => {
    const row = Object.fromEntries(header.map((column, index) => [column, cells[index] ?? '']));
    return [...kept.map((column) => row[column] ?? ''), previousStart(row, history)];
  });
  const eol = latestText.includes('\r\n') ? '\r\n' : '\n';
  return [columns, ...lines].map((cells) => cells.map(csvField).join(',') + eol).join('');
}

function main(): void {
  const data = path.join(__dirname, '..', 'data');
  const latestFile = path.join(data, 'english-la-latest-inspections.csv');
  const text = withPreviousStart(
    readFileSync(latestFile, 'utf8'),
    readFileSync(path.join(data, 'inspections-2013-2024-06.csv'), 'utf8'),
  );
  writeFileSync(latestFile, text);
  console.log(`${latestFile}: ${PREVIOUS_START} filled.`);
}

if (require.main === module) main();
