import { civil, formatIso } from '../../../src/domain/rules/civil-date';
import {
  NATIONAL_COLUMNS,
  nationalPicture,
  parseNationalData,
} from '../../../src/domain/tracker/national-data';
import type { TrackerRow } from '../../../src/domain/tracker/row';

const noDates = () => {
  throw new Error('no date cells');
};

/** A national row in the snapshot's columns. */
function national(name: string, code: string, start: string, published = ''): string[] {
  const row: Record<string, string> = {
    la_name: name,
    dfe_la_code: code,
    start_date: start,
    publication_date: published,
  };
  return NATIONAL_COLUMNS.map((column) => row[column] ?? '');
}

const SHEET = [
  ['Every authority ... as of ...'],
  [...NATIONAL_COLUMNS],
  national('Barnet', '302', '2024-06-10', '2024-07-23'),
  national('Kent', '886', '2022-06-13', '2022-08-01'),
  national('Leeds', '383', '2026-02-02'),
];

describe('parseNationalData', () => {
  test('finds the header row wherever it is; the as-of date is the latest date in it', () => {
    const data = parseNationalData(SHEET, noDates);
    expect(
      data.rows.map((row) => [row.rowNumber, row.authority, row.laCode, formatIso(row.start)]),
    ).toEqual([
      [3, 'Barnet', '302', '2024-06-10'],
      [4, 'Kent', '886', '2022-06-13'],
      [5, 'Leeds', '383', '2026-02-02'],
    ]);
    expect(formatIso(data.asOf!)).toBe('2026-02-02');
    expect(data.problems).toEqual([]);
  });

  test('a row that cannot be used is reported with its row number, and the others are kept', () => {
    const data = parseNationalData(
      [...SHEET, national('York', '816', '2023-02-30'), national('Hull', '810', '')],
      noDates,
    );
    expect(data.rows).toHaveLength(3);
    expect(data.problems).toEqual([
      {
        row: 6,
        column: 'start_date',
        message:
          "start_date: expected a date such as 2024-03-11 or 11/03/2024, found '2023-02-30'.",
      },
      { row: 7, column: 'start_date', message: 'start_date is blank; the row is not used.' },
    ]);
  });

  test('no header row: one problem, and no rows', () => {
    expect(parseNationalData([['something else']], noDates)).toEqual({
      rows: [],
      problems: [
        {
          row: 0,
          column: '',
          message:
            "No header row with la_name and start_date; the forecast uses the Tracker's rows only.",
        },
      ],
    });
    expect(parseNationalData([], noDates)).toEqual({ rows: [], problems: [] });
  });
});

test('an authority listed twice: its latest inspection is used, the older row reported, whatever the order', () => {
  const twice = [
    [...NATIONAL_COLUMNS],
    national('Kent', '886', '2022-06-13'),
    national('Leeds', '383', '2026-02-02'),
    national('Kent', '0886', '2025-10-06'),
  ];
  const data = parseNationalData(twice, noDates);
  expect(data.problems).toEqual([
    {
      row: 2,
      column: 'la_name',
      message:
        'Kent is listed again in row 4, with a later inspection (2025-10-06): that row is used, this one is not.',
    },
  ]);
  const { picture } = nationalPicture([], data, civil('2026-11-22'));
  const kent = picture.inspections.filter((item) => item.authority === 'Kent');
  expect(kent.map((item) => [item.id, formatIso(item.start)])).toEqual([
    ['national:4', '2025-10-06'],
  ]);
  // Before the later one started, the earlier speaks for Kent.
  const earlier = nationalPicture([], data, civil('2024-01-01')).picture.inspections;
  expect(earlier.map((item) => item.id)).toEqual(['national:2']);
});

describe('nationalPicture', () => {
  const data = parseNationalData(SHEET, noDates);
  const tracked = (row: Partial<TrackerRow> & { authority: string }, rowNumber = 2) => ({
    row: row as TrackerRow,
    rowNumber,
  });

  test("the Tracker's row wins for its authority, matched on LA code, then name", () => {
    const { picture, idOfRow } = nationalPicture(
      [
        tracked({ authority: 'LB Barnet', laCode: '0302', lastInspection: civil('2021-01-11') }, 2),
        tracked({ authority: 'kent', lastInspection: civil('2022-06-13') }, 3),
      ],
      data,
      civil('2026-11-22'),
    );
    expect(
      picture.inspections.map((item) => [
        item.id,
        item.authority,
        formatIso(item.start),
        item.fromSnapshot,
      ]),
    ).toEqual([
      ['tracker:2', 'LB Barnet', '2021-01-11', false],
      ['tracker:3', 'kent', '2022-06-13', false],
      ['national:5', 'Leeds', '2026-02-02', true],
    ]);
    expect([...idOfRow]).toEqual([
      [2, 'tracker:2'],
      [3, 'tracker:3'],
    ]);
  });

  test("nothing dated after today is used: not the national rows, not the Tracker's", () => {
    const { picture } = nationalPicture(
      [tracked({ authority: 'Kent', lastInspection: civil('2023-06-01') })],
      data,
      civil('2023-01-01'),
    );
    // Kent's Tracker date is after today, so its national row (2022) speaks for it; Barnet's and
    // Leeds's national rows are after today.
    expect(picture.inspections.map((item) => item.id)).toEqual(['national:4']);
    expect(formatIso(picture.snapshotAsOf!)).toBe('2022-06-13');
  });

  test('a Tracker row without a usable date takes the forecast of its national row', () => {
    const { idOfRow } = nationalPicture(
      [tracked({ authority: 'Leeds' }, 9)],
      data,
      civil('2026-11-22'),
    );
    expect(idOfRow.get(9)).toBe('national:5');
  });

  test("the snapshot's date is its latest start (later inspections are not yet published)", () => {
    expect(formatIso(nationalPicture([], data, civil('2026-11-22')).picture.snapshotAsOf!)).toBe(
      '2026-02-02',
    );
    expect(nationalPicture([], data, civil('2026-02-02')).picture.snapshotAsOf).toBeUndefined();
  });
});
