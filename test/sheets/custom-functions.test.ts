import { type DateCodec, utilitiesDateCodec } from '../../src/sheets/dates';
import {
  type Argument,
  type OutputCell,
  mapRows,
  nextEngagementMeetingDate,
  nextInspectionDue,
  nextInspectionType,
  nextInspectionWindow,
  nextMonitoringVisitDate,
  selfEvaluationDue,
} from '../../src/sheets/custom-functions';
import { installUtilities, isoIn, sheetDate } from '../support/utilities';

const zone = 'Asia/Kolkata';
let codec: DateCodec;
let uninstall: () => void;

beforeAll(() => {
  uninstall = installUtilities();
  codec = utilitiesDateCodec(zone);
});
afterAll(() => uninstall());

const date = (iso: string) => sheetDate(iso, zone);
const column = (...cells: Argument[]) => cells.map((cell) => [cell]) as Argument;
/** Dates as ISO text in the sheet's zone, other cells as they are. */
const shown = (value: OutputCell | OutputCell[][]): unknown =>
  Array.isArray(value)
    ? value.map((row) => row.map(shown))
    : value instanceof Date
      ? isoIn(value, zone)
      : value;

describe('single cells', () => {
  test('NEXT_INSPECTION returns the due date as a date at midnight in the sheet zone (R2c)', () => {
    const due = nextInspectionDue([date('2023-07-10'), 'requires improvement'], codec);
    expect(shown(due)).toBe('2026-07-10');
    expect((due as Date).getTime()).toBe(date('2026-07-10').getTime());
  });

  test('ISO and UK text dates are accepted', () => {
    expect(shown(nextInspectionDue(['2023-07-10', 'RI'], codec))).toBe('2026-07-10');
    expect(shown(nextInspectionDue(['10/07/2023', 'Good'], codec))).toBe('2026-07-10');
  });

  test('NEXT_INSPECTION_TYPE', () => {
    expect(nextInspectionType([date('2024-06-10'), 'good'], codec)).toBe('Short inspection');
    expect(nextInspectionType([date('2017-03-06'), 'inadequate'], codec)).toBe('SIF re-inspection');
    expect(
      nextInspectionType(
        [date('2026-05-11'), '', 'good', 'good', 'good', 'requires improvement'],
        codec,
      ),
    ).toBe('Short inspection');
  });

  test('NEXT_INSPECTION_WINDOW gives two cells in one row', () => {
    expect(shown(nextInspectionWindow([date('2017-03-06'), 'good'], codec))).toEqual([
      ['2020-12-17', '2021-12-18'],
    ]);
  });

  test('NEXT_MONITORING_VISIT: first after the inspection (R4a), then quarterly (R4b)', () => {
    expect(shown(nextMonitoringVisitDate([date('2024-03-22')], codec))).toBe('2024-09-22');
    expect(shown(nextMonitoringVisitDate([date('2024-03-22'), date('2024-10-01')], codec))).toBe(
      '2025-01-01',
    );
  });

  test('NEXT_MONITORING_VISIT with last_end blank: R4b needs only the previous visit', () => {
    expect(shown(nextMonitoringVisitDate(['', date('2024-10-01')], codec))).toBe('2025-01-01');
    expect(shown(nextMonitoringVisitDate(['', '2024-10-01'], codec))).toBe('2025-01-01');
    expect(nextMonitoringVisitDate(['', ''], codec)).toBe('');
    const rows = nextMonitoringVisitDate(
      [column(date('2024-03-22'), '', ''), column('', date('2024-10-01'), '')],
      codec,
    );
    expect(shown(rows)).toEqual([['2024-09-22'], ['2025-01-01'], ['']]);
  });

  test('NEXT_ENGAGEMENT_MEETING (R5a)', () => {
    expect(shown(nextEngagementMeetingDate([date('2025-10-01')], codec))).toBe('2026-10-01');
    expect(shown(nextEngagementMeetingDate(['', date('2024-06-14')], codec))).toBe('2025-06-14');
    expect(
      shown(nextEngagementMeetingDate([date('2025-10-01'), '', date('2026-09-15')], codec)),
    ).toBe('2026-09-15');
  });

  test('SELF_EVALUATION_DUE is 28 days before the meeting (R5c)', () => {
    expect(shown(selfEvaluationDue([date('2026-03-10')], codec))).toBe('2026-02-10');
  });

  test('a bad cell gives its message as text', () => {
    expect(nextInspectionDue([date('2023-07-10'), 'goood'], codec)).toBe(
      "overall: expected a grade: outstanding, good, requires improvement (or RI) or inadequate, found 'goood'.",
    );
    expect(nextInspectionDue(['', 'good'], codec)).toBe(
      'last_start: expected a date such as 2024-03-11 or 11/03/2024, but it is blank.',
    );
    expect(nextInspectionDue([date('2026-05-11'), '', 'good'], codec)).toContain(
      'No pathway (R1c)',
    );
    expect(selfEvaluationDue(['#N/A'], codec)).toContain('formula error #N/A');
  });

  test('all blank arguments give a blank cell', () => {
    expect(nextInspectionDue(['', ''], codec)).toBe('');
    expect(nextInspectionWindow(['', ''], codec)).toEqual([['', '']]);
  });
});

describe('whole columns', () => {
  test('one result per row; bad and blank rows do not blank the others', () => {
    const starts = column(
      date('2023-07-10'),
      '31/02/2024',
      '',
      date('2024-06-10'),
      date('2026-05-11'),
    );
    const overall = column('requires improvement', 'good', '', 'outstanding', '');
    const leaders = column('', '', '', '', 'inadequate');
    const result = nextInspectionDue([starts, overall, leaders], codec);
    expect(shown(result)).toEqual([
      ['2026-07-10'],
      ["last_start: expected a date such as 2024-03-11 or 11/03/2024, found '31/02/2024'."],
      [''],
      ['2027-06-10'],
      [
        'No pathway (R1c): help and protection, children in care and care leavers are missing; from 1 April 2026 the pathway needs all four judgements (R1b).',
      ],
    ]);
  });

  test('a single cell is repeated down the ranges', () => {
    const result = nextInspectionType(
      [column(date('2023-07-10'), date('2024-06-10')), 'inadequate'],
      codec,
    );
    expect(result).toEqual([['Standard inspection'], ['Standard inspection']]);
  });

  test('the window gives two columns per row, with a message in the first on a bad row', () => {
    const result = nextInspectionWindow(
      [column(date('2023-07-10'), 'x'), column('good', 'good')],
      codec,
    );
    expect(shown(result)).toEqual([
      ['2026-01-10', '2027-01-10'],
      ["last_start: expected a date such as 2024-03-11 or 11/03/2024, found 'x'.", ''],
    ]);
  });

  test('ranges of different heights are refused with both heights named', () => {
    expect(() =>
      nextInspectionDue([column('2023-07-10', '2023-07-10'), column('good')], codec),
    ).toThrow('The ranges must have the same number of rows: last_start has 2, overall has 1.');
  });

  test('a range of more than one column is refused', () => {
    expect(() => selfEvaluationDue([[[date('2026-03-10'), date('2026-04-10')]]], codec)).toThrow(
      'meeting_date must be a single cell or a single column.',
    );
  });

  test('10,000 rows compute one per row', () => {
    const starts = Array.from({ length: 10_000 }, (_, index) => [
      date(`20${String(16 + (index % 10)).padStart(2, '0')}-0${1 + (index % 9)}-1${index % 10}`),
    ]);
    const result = nextInspectionDue([starts, 'good'], codec) as OutputCell[][];
    expect(result).toHaveLength(10_000);
    expect(result.every((row) => row.length === 1 && row[0] instanceof Date)).toBe(true);
  });
});

test('mapRows returns a scalar only for single-cell, single-column calls', () => {
  expect(mapRows(['a'], ['x'], 1, () => ['y'])).toBe('y');
  expect(mapRows(['a'], [[['x']]], 1, () => ['y'])).toEqual([['y']]);
  expect(mapRows(['a'], ['x'], 2, () => ['y', 'z'])).toEqual([['y', 'z']]);
});

test('rows blank in every range stay blank even when a single-cell argument is given', () => {
  const result = nextInspectionDue([column(date('2023-07-10'), '', ''), 'good'], codec);
  expect(shown(result)).toEqual([['2026-07-10'], [''], ['']]);
});
