/**
 * The real inspection history (data/jt39/: the scrape tool's file with the inspections that
 * started from July 2024 removed) against the shipped snapshot (data/english-la-latest-inspections.csv,
 * read from the reports themselves).
 */
import { parse } from 'csv-parse/sync';
import { formatIso } from '../../../src/domain/rules/civil-date';
import {
  type NationalFileResult,
  parseNationalFile,
} from '../../../src/domain/tracker/national-file';
import type { NationalRecord } from '../../../src/domain/tracker/national-record';
import { HISTORY_HEADER, csvText, historyRow, readData } from './national-fixtures';

const SAMPLE = readData('jt39', 'ofsted_csc_ilacs_history-before-2024-07.csv');
const SHIPPED = readData('english-la-latest-inspections.csv');

function rowsOf(result: NationalFileResult): readonly NationalRecord[] {
  if (!result.ok) throw new Error(`expected the file to be read:\n${result.problems.join('\n')}`);
  return result.rows;
}

const held = rowsOf(parseNationalFile(SHIPPED));
const heldByCode = new Map(held.map((row) => [row.laCode, row]));
const iso = (date: NationalRecord['start'] | undefined) => (date ? formatIso(date) : '');

/** What the shipped snapshot and a history agree on: the inspection, without the file's row. */
function inspection(record: NationalRecord) {
  return {
    authority: record.authority,
    framework: record.framework,
    ilacsType: record.ilacsType,
    start: iso(record.start),
    end: iso(record.end),
    published: iso(record.published),
    judgements: record.judgements,
    reportLink: record.reportLink,
    previousStart: iso(record.previousStart),
  };
}

const UNDATED = {
  'Brighton and Hove': 37,
  Nottingham: 265,
  'Redcar and Cleveland': 289,
};

test('the sample as it is: the three latest reports the scraper could not date, and Cumberland, are named', () => {
  const result = parseNationalFile(SAMPLE);
  expect(result.ok).toBe(false);
  const problems = result.ok ? [] : result.problems;
  expect(problems).toHaveLength(4);
  for (const [name, row] of Object.entries(UNDATED)) {
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^Row ${row}: inspection_start_date: expected the first day of ${name}'s latest`,
        ),
      ),
    );
  }
  // Cumberland's first inspection started in October 2024: the sample stops before it.
  expect(problems[3]).toBe(
    'The file lacks 1 of the 153 English local authorities, so it would replace only part of the National data: Cumberland.',
  );
});

test("with the snapshot held, Brighton and Hove's and Nottingham's reports are dated from it", () => {
  const result = parseNationalFile(SAMPLE, held);
  // Redcar and Cleveland's undated 2022 report is not the snapshot's (which has its 2025 one).
  expect(result.ok ? [] : result.problems.map((problem) => problem.slice(0, 40))).toEqual([
    'Row 289: inspection_start_date: expected',
    'The file lacks 1 of the 153 English loca',
  ]);
});

/**
 * The sample as the live file has it: Cumberland's report (from the snapshot) added, and Redcar
 * and Cleveland's dates typed in, as the problem says (from data/inspections-2013-2024-06.csv).
 */
function completedSample(): string {
  const [header = [], ...rows] = parse(SAMPLE) as string[][];
  expect(header).toEqual(HISTORY_HEADER);
  const at = (name: string) => HISTORY_HEADER.indexOf(name);
  const redcar = rows[UNDATED['Redcar and Cleveland'] - 2]!;
  expect(redcar[at('local_authority')]).toBe('redcar and cleveland');
  redcar[at('inspection_start_date')] = '20/06/2022';
  redcar[at('inspection_end_date')] = '01/07/2022';
  const cumberland = heldByCode.get('942')!;
  const cumberlandRow = historyRow({
    urn: '2733690',
    name: 'cumberland',
    link: cumberland.reportLink,
    published: iso(cumberland.published),
    start: iso(cumberland.start),
    end: iso(cumberland.end),
    framework: 'standard',
    grades: ['good', 'good', 'requires improvement', 'good', 'good'],
  });
  return csvText([header, ...rows, cumberlandRow]);
}

describe('the sample completed', () => {
  const result = parseNationalFile(completedSample(), held);
  const rows = rowsOf(result);
  const ofName = (name: string) => rows.find((row) => row.authority === name)!;

  test("153 authorities, each the lookup's, as of Cumberland's report", () => {
    expect(result.ok && result.format).toBe('history');
    expect(result.ok && formatIso(result.asOf)).toBe('2024-11-26');
    expect(rows).toHaveLength(153);
    expect(new Set(rows.map((row) => row.laCode))).toEqual(new Set(heldByCode.keys()));
  });

  test('an authority whose latest inspection is before July 2024 in both: the same inspection as the snapshot', () => {
    const before = held.filter((row) => iso(row.start) < '2024-07-01');
    expect(before).toHaveLength(65);
    for (const expected of before) {
      const found = rows.find((row) => row.laCode === expected.laCode)!;
      expect(inspection(found)).toEqual(inspection(expected));
    }
    // The snapshot agrees with the history's own start dates, and Brighton and Hove's and
    // Nottingham's come from the snapshot (their reports give the scraper none).
    expect(
      before
        .filter((row) => row.authority in UNDATED)
        .map((row) => row.authority)
        .sort(),
    ).toEqual(['Brighton and Hove', 'Nottingham']);
  });

  test('the previous start from the history itself, where its report before the latest is dated', () => {
    const withoutPrevious = held.map((row) => ({ ...row, previousStart: undefined }));
    const own = rowsOf(parseNationalFile(completedSample(), withoutPrevious));
    const before = held.filter((row) => iso(row.start) < '2024-07-01');
    const counted = { same: 0, undated: 0 };
    for (const expected of before) {
      const found = own.find((row) => row.laCode === expected.laCode)!;
      if (found.previousStart) {
        expect(iso(found.previousStart)).toBe(iso(expected.previousStart));
        counted.same += 1;
      } else counted.undated += 1;
    }
    // Every one but Westmorland and Furness, formed in 2023, with no inspection before.
    expect(counted).toEqual({ same: 64, undated: 1 });
  });

  test("a later latest inspection in the snapshot: the sample's latest is its previous one", () => {
    const later = held.filter((row) => iso(row.start) >= '2024-07-01' && row.laCode !== '942');
    expect(later).toHaveLength(87);
    for (const expected of later) {
      const found = rows.find((row) => row.laCode === expected.laCode)!;
      expect([found.authority, iso(found.start)]).toEqual([
        expected.authority,
        iso(expected.previousStart),
      ]);
    }
  });

  test('named authorities, against the snapshot', () => {
    expect(inspection(ofName('Barnet'))).toEqual({
      authority: 'Barnet',
      framework: 'ILACS',
      ilacsType: 'short',
      start: '2024-06-10',
      end: '2024-06-14',
      published: '2024-07-23',
      judgements: {
        overall: 'good',
        leaders: 'good',
        helpAndProtection: 'good',
        childrenInCare: 'outstanding',
        careLeavers: 'good',
      },
      reportLink: 'https://files.ofsted.gov.uk/v1/file/50253182',
      previousStart: '2019-05-13',
    });
    expect(inspection(ofName('Westmorland and Furness'))).toMatchObject({
      start: '2024-04-22',
      judgements: expect.objectContaining({ careLeavers: 'requires improvement' }),
      previousStart: '',
    });
    expect(inspection(ofName('Nottingham'))).toMatchObject({
      start: '2022-07-11',
      end: '2022-07-22',
      published: '2022-09-05',
      judgements: expect.objectContaining({ overall: 'inadequate', careLeavers: 'inadequate' }),
      previousStart: '2018-11-05',
    });
    // Its 2025 inspection started after the sample: there it is the 2021 one.
    expect(inspection(ofName('Dorset'))).toMatchObject({
      start: '2021-09-27',
      ilacsType: 'standard',
      judgements: expect.objectContaining({ overall: 'good', leaders: 'outstanding' }),
    });
    expect(ofName('Bournemouth, Christchurch and Poole')).toMatchObject({
      laCode: '839',
      onsCode: 'E06000058',
      region: 'South West',
    });
  });
});
