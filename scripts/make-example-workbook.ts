/**
 * Makes examples/tracker.xlsx, the example `npm start` runs on, from examples/tracker.csv: every
 * English authority's latest inspection, kept as a coordinator keeps it: each authority's DCS and,
 * for some, a colleague to copy; its last engagement meeting within the year (a planned date for
 * most of those coming up); the self-evaluation submitted on time by most; focused visits for
 * some; and a few authorities overdue, as in a real tracker (addresses on example.org). Dates are
 * UK dates, in columns wide enough to show them. Run when the data changes:
 * `npx tsx scripts/make-example-workbook.ts`.
 */
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const examples = path.join(__dirname, '..', 'examples');
const [header = [], ...rows] = parse(readFileSync(path.join(examples, 'tracker.csv'), 'utf8'), {
  skip_empty_lines: true,
}) as string[][];
const EXTRA = [
  'Focused visits since',
  'Last focused visit',
  'Last engagement meeting',
  'Planned engagement meeting',
  'Self-evaluation submitted',
  'DCS name',
  'DCS email',
  'Other recipients',
];
const DAY_MS = 86_400_000;
const day = (iso: string, plus = 0) => new Date(Date.parse(`${iso}T00:00:00Z`) + plus * DAY_MS);
const plus = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
/**
 * The example's "as of" day: what has happened (visits, meetings, submissions) is on or before it,
 * so that the example reads without problems on any later day.
 */
const AS_OF = day('2026-11-22');
/** R5c's default: the self-evaluation is due this many days before the meeting. */
const SELF_EVALUATION_DAYS = 28;
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
/** A number in [0, 1) of its own for each authority and purpose: the same on every run. */
const chance = (name: string, purpose: string) =>
  createHash('sha256').update(`${purpose}:${name}`).digest().readUInt32BE(0) / 2 ** 32;

/** The meetings and self-evaluation of an authority, as its coordinator has recorded them. */
function engagement(name: string) {
  // One in twenty has let its meeting slip: the last one over a year ago, none planned.
  const slipped = chance(name, 'slipped') < 0.05;
  const last = plus(
    AS_OF,
    -(slipped
      ? 380 + Math.floor(chance(name, 'late') * 90)
      : 5 + Math.floor(chance(name, 'last') * 355)),
  );
  const next = plus(last, 365);
  const soon = next.getTime() - AS_OF.getTime() <= 75 * DAY_MS;
  const planned =
    !slipped && soon && chance(name, 'planned') < 0.8
      ? plus(next, Math.floor(chance(name, 'moved') * 15) - 7)
      : undefined;
  const due = plus(planned ?? next, -SELF_EVALUATION_DAYS);
  // Most send it on time once due, some early; one in ten of those due has not sent it yet.
  const sent =
    due.getTime() <= AS_OF.getTime() ? chance(name, 'unsent') >= 0.1 : chance(name, 'early') < 0.2;
  const submitted =
    sent && !slipped
      ? new Date(
          Math.min(plus(due, -Math.floor(chance(name, 'when') * 10)).getTime(), AS_OF.getTime()),
        )
      : undefined;
  return { last, planned, submitted: submitted && submitted > last ? submitted : undefined };
}

const workbook = new ExcelJS.Workbook();
const tracker = workbook.addWorksheet('Tracker', { views: [{ state: 'frozen', ySplit: 1 }] });
tracker.addRow([...header, ...EXTRA]).font = { bold: true };
rows.forEach((row, index) => {
  const [name = '', , , start = ''] = row;
  const focusedVisit = index % 5 === 1 ? plus(day(start), 365) : undefined;
  const { last, planned, submitted } = engagement(name);
  tracker.addRow([
    ...row.map((cell, column) => ((column === 3 || column === 4) && cell ? day(cell) : cell)),
    focusedVisit && focusedVisit <= AS_OF ? 1 : '',
    focusedVisit && focusedVisit <= AS_OF ? focusedVisit : '',
    last,
    planned ?? '',
    submitted ?? '',
    `Director of Children's Services, ${name}`,
    `dcs@${slug(name)}.example.org`,
    index % 3 === 0 ? `performance@${slug(name)}.example.org` : '',
  ]);
});
const DATE_COLUMNS = [4, 5, 13, 14, 15, 16];
for (const column of DATE_COLUMNS) {
  tracker.getColumn(column).numFmt = 'dd/mm/yyyy';
  tracker.getColumn(column).width = 13;
}
/** Wide enough for the longest value or header of each other column, as a coordinator sets them. */
tracker.columns.forEach((column, index) => {
  if (DATE_COLUMNS.includes(index + 1)) return;
  let widest = 8;
  column.eachCell?.((cell) => (widest = Math.max(widest, String(cell.value ?? '').length)));
  column.width = Math.min(widest + 2, 50);
});
const settings = workbook.addWorksheet('Settings', { views: [{ state: 'frozen', ySplit: 1 }] });
settings.addRow(['Setting', 'Value']).font = { bold: true };
settings.addRow(['Coordinator emails', 'coordinators@example.org']);
settings.addRow(['Send mode', 'Live']);
void workbook.xlsx
  .writeFile(path.join(examples, 'tracker.xlsx'))
  .then(() => console.log(`examples/tracker.xlsx: ${rows.length} authorities`));
