/**
 * Makes examples/tracker.csv, the example tracker, from the published inspection data
 * (data/english-la-latest-inspections.csv): one row per authority in the Tracker layout.
 * Run once when the data is refreshed: `node scripts/make-example-tracker.mjs <data.csv>`.
 */
import { parse } from 'csv-parse/sync';
import { readFile, writeFile } from 'node:fs/promises';

const COLUMNS = [
  ['Authority', (row) => row.la_name],
  ['LA code', (row) => row.dfe_la_code],
  ['Region', (row) => row.region],
  ['Last inspection', (row) => row.start_date],
  ['Last inspection end', (row) => row.end_date],
  [
    'Inspection type',
    (row) => (row.framework === 'ILACS' ? `ILACS ${row.inspection_type}` : row.framework),
  ],
  ['Overall effectiveness', (row) => row.overall_effectiveness],
  ['Impact of leaders', (row) => row.impact_of_leaders],
  ['Help and protection', (row) => row.help_and_protection],
  ['Children in care', (row) => row.children_in_care],
  ['Care leavers', (row) => row.care_leavers],
];

const quote = (value) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

const [source = 'data/english-la-latest-inspections.csv'] = process.argv.slice(2);
const rows = parse(await readFile(source, 'utf8'), { columns: true, skip_empty_lines: true });
const lines = [
  COLUMNS.map(([header]) => header),
  ...rows.map((row) => COLUMNS.map(([, value]) => value(row))),
];
await writeFile(
  'examples/tracker.csv',
  lines.map((line) => line.map(quote).join(',')).join('\n') + '\n',
);
console.log(`examples/tracker.csv: ${rows.length} authorities`);
