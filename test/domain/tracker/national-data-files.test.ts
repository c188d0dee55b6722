/**
 * The data files the National data tests read are what their scripts make: previous_start_date in
 * data/english-la-latest-inspections.csv comes from data/inspections-2013-2024-06.csv.
 */
import { parse } from 'csv-parse/sync';
import { PREVIOUS_START, withPreviousStart } from '../../../scripts/add-previous-start';
import { readData } from './national-fixtures';

const LATEST = readData('english-la-latest-inspections.csv');
const HISTORY = readData('inspections-2013-2024-06.csv');

test('previous_start_date is what scripts/add-previous-start.ts makes (else: run it)', () => {
  expect(withPreviousStart(LATEST, HISTORY)).toBe(LATEST);
});

test('the column is added to a file without it, the other columns and line ends kept', () => {
  const [header = [], ...rows] = parse(LATEST) as string[][];
  const width = header.length - 1;
  const without =
    [header.slice(0, width), ...rows.map((row) => row.slice(0, width))]
      .map((row) => row.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(','))
      .join('\r\n') + '\r\n';
  expect(header.at(-1)).toBe(PREVIOUS_START);
  expect(withPreviousStart(without, HISTORY)).toBe(LATEST);
});

test("each previous start is the authority's (by DfE code) latest full inspection before its latest", () => {
  const latest = parse(LATEST, { columns: true }) as Record<string, string>[];
  const history = parse(HISTORY, { columns: true }) as Record<string, string>[];
  const get = (name: string) => latest.find((row) => row.la_name === name)!;
  // Inside the history: the one before the latest there.
  expect(get('Barking and Dagenham').previous_start_date).toBe('2019-02-18');
  // After it: the history's latest (North Northamptonshire's first, in 2022, as a new council).
  expect(get('North Northamptonshire').previous_start_date).toBe('2022-10-03');
  // New councils of 2023, and not the former county's inspections.
  expect(get('Cumberland').previous_start_date).toBe('');
  expect(get('Westmorland and Furness').previous_start_date).toBe('');
  for (const row of latest) {
    const before = history
      .filter((item) => item.dfe_la_code === row.dfe_la_code && item.start_date! < row.start_date!)
      .map((item) => item.start_date!)
      .sort();
    expect([row.la_name, row.previous_start_date]).toEqual([row.la_name, before.at(-1) ?? '']);
  }
});
