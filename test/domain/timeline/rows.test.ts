import { civil, formatIso, parseIsoDate } from '../../../src/domain/rules/civil-date';
import type { Cell } from '../../../src/domain/tracker/cells';
import { COMPUTED_COLUMNS } from '../../../src/domain/tracker/columns';
import {
  type TimelineRow,
  byExpectedInspection,
  timelineRows,
} from '../../../src/domain/timeline/rows';

/** A date cell as the sheet hands it over: here a Date whose UTC day is the civil date. */
const cell = (iso: string) => new Date(`${iso}T00:00:00Z`);
const dateOfCell = (value: Date) => parseIsoDate(value.toISOString().slice(0, 10))!;

const HEADER = [
  'Status',
  'LA',
  'Region',
  'Pathway',
  'Next inspection',
  'Expected from',
  'Expected by',
  'Window opens',
  'Window closes',
  'Due',
  'Focused visits',
  'Next monitoring visit',
  'Next engagement meeting',
  'Self-evaluation due',
  'Problems',
  'Last engagement meeting',
  'Focused visits since',
  'Notes',
  'Self-evaluation submitted',
];

const values: Cell[][] = [
  HEADER,
  [
    'Expected Jan-May 2027 (framework window closed Aug 2026); engagement meeting overdue (as of 2026-11-22)',
    'Kent',
    'South East',
    'Standard',
    'Standard inspection',
    cell('2027-01-04'),
    cell('2027-05-28'),
    cell('2025-08-10'),
    cell('2026-08-10'),
    cell('2026-02-10'),
    '1 of 2 done; next indicative 2026-08-10 to 2027-08-10',
    '',
    cell('2026-10-01'),
    cell('2026-09-03'),
    '',
    cell('2025-10-01'),
    1,
    'a note',
    cell('2026-08-20'),
  ],
  ['', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', 'no authority', ''],
  [
    'Overdue (window closed 30 days ago) (as of 2026-11-22)',
    ' Leeds ',
    '',
    'Inadequate',
    'Standard inspection',
    '',
    '',
    '2025-10-23',
    '2026-10-23',
    '2026-04-23',
    'None expected: monitoring visits instead',
    cell('2026-12-01'),
    '',
    '',
    'Last inspection end is blank: ...',
    'not a date',
    '',
    '',
    '',
  ],
];

/** The tool's note on each of its columns, as Set up writes them. */
const NOTES = HEADER.map(
  (header) =>
    Object.values(COMPUTED_COLUMNS).find((column) => column.header === header)?.note ?? '',
);

describe('timelineRows', () => {
  const { rows, missingComputed } = timelineRows(values, dateOfCell, NOTES);

  test('one row per authority, with its row number on the sheet, columns found by header', () => {
    expect(rows.map((row) => [row.rowNumber, row.authority, row.region])).toEqual([
      [2, 'Kent', 'South East'],
      [4, 'Leeds', ''],
    ]);
    expect(missingComputed).toEqual(['explanation']);
  });

  test('the computed dates, windows and words, as Recalculate wrote them', () => {
    const kent = rows[0]!;
    expect(kent.pathway).toBe('Standard');
    expect(kent.nextInspection).toBe('Standard inspection');
    expect(kent.expected).toEqual({ opens: civil('2027-01-04'), closes: civil('2027-05-28') });
    expect(kent.framework).toEqual({ opens: civil('2025-08-10'), closes: civil('2026-08-10') });
    expect(kent.due).toEqual(civil('2026-02-10'));
    expect(kent.focusedVisit).toEqual({ opens: civil('2026-08-10'), closes: civil('2027-08-10') });
    expect(kent.meeting).toEqual(civil('2026-10-01'));
    expect(kent.selfEvaluationDue).toEqual(civil('2026-09-03'));
    expect(kent.monitoringVisit).toBeUndefined();
    expect(kent.done.meeting).toEqual(civil('2025-10-01'));
    expect(kent.status).toBe(
      'Expected Jan-May 2027 (framework window closed Aug 2026); engagement meeting overdue',
    );
    expect(kent.computedOn).toEqual(civil('2026-11-22'));
    // From the dates: the meeting was due before that day, the self-evaluation was submitted.
    expect(kent.overdue).toEqual({ inspection: false, meeting: true, selfEvaluation: false });
    expect(kent.hasProblems).toBe(false);
  });

  test('dates typed as text are read; a cell that is no date is none', () => {
    const leeds = rows[1]!;
    expect(leeds.authority).toBe('Leeds');
    expect(leeds.expected).toBeUndefined();
    expect(leeds.framework).toEqual({ opens: civil('2025-10-23'), closes: civil('2026-10-23') });
    expect(leeds.focusedVisit).toBeUndefined();
    expect(leeds.monitoringVisit).toEqual(civil('2026-12-01'));
    expect(leeds.done.meeting).toBeUndefined();
    // No forecast, and the framework's window closed before the day it was computed on.
    expect(leeds.overdue).toEqual({ inspection: true, meeting: false, selfEvaluation: false });
    expect(leeds.hasProblems).toBe(true);
  });

  test("without the tool's notes, a filled column of a computed name is the coordinator's, not read", () => {
    expect(timelineRows(values, dateOfCell).rows[0]?.expected).toBeUndefined();
  });

  test("a column of the same name that is not the tool's (by its note) is not read", () => {
    const header = ['Authority', 'Status', 'Status'];
    const own = timelineRows(
      [header, ['Kent', 'my own words', 'Inspection window open (as of 2026-11-22)']],
      dateOfCell,
      ['', '', 'Computed by ilacs-tracker on Recalculate: edits here are overwritten.'],
    );
    expect(own.rows[0]?.status).toBe('Inspection window open');
  });

  test("what is overdue comes from the row's dates, never the Status's words", () => {
    const header = [
      'Authority',
      'Status',
      'Expected from',
      'Window closes',
      'Next engagement meeting',
      'Self-evaluation due',
      'Last engagement meeting',
      'Self-evaluation submitted',
    ];
    const notes = header.map(
      (name) =>
        Object.values(COMPUTED_COLUMNS).find((column) => column.header === name)?.note ?? '',
    );
    const overdueOf = (status: string, ...dates: Cell[]) =>
      timelineRows([header, ['Kent', status, ...dates]], dateOfCell, notes).rows[0]?.overdue;
    // Words that say overdue, dates that do not: nothing is.
    expect(
      overdueOf(
        'Overdue (window closed 3 days ago); engagement meeting overdue; self-evaluation overdue (as of 2026-11-22)',
        cell('2027-01-04'),
        cell('2026-10-01'),
        cell('2026-12-01'),
        cell('2026-11-23'),
      ),
    ).toEqual({ inspection: false, meeting: false, selfEvaluation: false });
    // The self-evaluation: due before that day, and the submission before the last meeting does
    // not count for the coming one (R5c); one on or after it does.
    const due = [cell('2026-12-20'), cell('2026-11-21'), cell('2025-12-20')];
    expect(overdueOf('Window open (as of 2026-11-22)', '', '', ...due, cell('2025-12-19'))).toEqual(
      {
        inspection: false,
        meeting: false,
        selfEvaluation: true,
      },
    );
    expect(
      overdueOf('Window open (as of 2026-11-22)', '', '', ...due, cell('2025-12-20'))
        ?.selfEvaluation,
    ).toBe(false);
    // A submission after the day it was computed on cannot be right, and Recalculate did not count it.
    expect(
      overdueOf('Window open (as of 2026-11-22)', '', '', ...due, cell('2026-11-23'))
        ?.selfEvaluation,
    ).toBe(true);
    // As of an earlier day, what was not yet due then is not overdue.
    expect(overdueOf('Window open (as of 2026-11-21)', '', '', ...due, '')?.selfEvaluation).toBe(
      false,
    );
  });

  test('an empty sheet has no rows', () => {
    expect(timelineRows([], dateOfCell).rows).toEqual([]);
    expect(timelineRows([['Authority']], dateOfCell).rows).toEqual([]);
  });
});

describe('byExpectedInspection', () => {
  const row = (authority: string, from?: string, by?: string, opens?: string): TimelineRow => ({
    ...timelineRows([['Authority'], [authority]], dateOfCell).rows[0]!,
    expected: from && by ? { opens: civil(from), closes: civil(by) } : undefined,
    framework: opens ? { opens: civil(opens), closes: civil(opens) } : undefined,
  });

  test('the forecast first, then its end, the framework where there is no forecast, names last', () => {
    const rows = [
      row('Nowhere'),
      row('Bexley', '2027-03-01', '2027-09-01'),
      row('Anyshire'),
      row('Camden', '2027-01-01', '2027-06-01'),
      row('Derby', '2027-01-01', '2027-05-01'),
      row('Essex', undefined, undefined, '2027-02-01'),
      row('barnet', '2027-01-01', '2027-05-01'),
    ];
    expect([...rows].sort(byExpectedInspection).map((each) => each.authority)).toEqual([
      'barnet',
      'Derby',
      'Camden',
      'Essex',
      'Bexley',
      'Anyshire',
      'Nowhere',
    ]);
    expect(formatIso(rows[1]!.expected!.opens)).toBe('2027-03-01');
  });
});
