/**
 * Makes examples/tracker.xlsx, the example `npm start` runs on, from examples/tracker.csv: every
 * English authority's latest inspection, with engagement meetings, a self-evaluation, focused
 * visits and DCS contacts filled in for some of them (addresses on example.org), and Settings that
 * send coordinators their digest. Run when the data changes: `npx tsx scripts/make-example-workbook.ts`.
 */
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
/**
 * The example's "as of" day: what has happened (visits, meetings, submissions) is on or before it,
 * so that the example reads without problems on any later day.
 */
const AS_OF = day('2026-11-22');
const past = (date: Date) => (date.getTime() <= AS_OF.getTime() ? date : undefined);
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');

const workbook = new ExcelJS.Workbook();
const tracker = workbook.addWorksheet('Tracker', { views: [{ state: 'frozen', ySplit: 1 }] });
tracker.addRow([...header, ...EXTRA]).font = { bold: true };
rows.forEach((row, index) => {
  const [name = '', , , start = ''] = row;
  const contact = index % 3 === 0;
  const lastMeeting = contact ? past(day('2025-12-01', (index * 7) % 360)) : undefined;
  const focusedVisit = index % 5 === 1 ? past(day(start, 365)) : undefined;
  tracker.addRow([
    ...row.map((cell, column) => ((column === 3 || column === 4) && cell ? day(cell) : cell)),
    focusedVisit ? 1 : '',
    focusedVisit ?? '',
    lastMeeting ?? '',
    lastMeeting && index % 10 === 6 ? new Date(lastMeeting.getTime() + 380 * DAY_MS) : '',
    (lastMeeting && index % 6 === 0 && past(new Date(lastMeeting.getTime() + 330 * DAY_MS))) || '',
    contact ? `Director of Children's Services, ${name}` : '',
    contact ? `dcs@${slug(name)}.example.org` : '',
    contact && index % 2 === 0 ? `performance@${slug(name)}.example.org` : '',
  ]);
});
for (const column of [4, 5, 13, 14, 15, 16]) tracker.getColumn(column).numFmt = 'yyyy-mm-dd';
const settings = workbook.addWorksheet('Settings', { views: [{ state: 'frozen', ySplit: 1 }] });
settings.addRow(['Setting', 'Value']).font = { bold: true };
settings.addRow(['Coordinator emails', 'coordinators@example.org']);
settings.addRow(['Send mode', 'Live']);
void workbook.xlsx
  .writeFile(path.join(examples, 'tracker.xlsx'))
  .then(() => console.log(`examples/tracker.xlsx: ${rows.length} authorities`));
