import { civil, formatIso } from '../../../src/domain/rules/civil-date';
import type { Cell } from '../../../src/domain/tracker/cells';
import { escapeHtml } from '../../../src/domain/text/html';
import { DEFAULT_RULE_SETTINGS } from '../../../src/domain/rules/rule-settings';
import { computeTracker, problemColumn } from '../../../src/domain/tracker/compute-tracker';
import { COMPUTED_COLUMNS, INPUT_COLUMNS } from '../../../src/domain/tracker/columns';
import { SCHEDULE_FACT_NAMES } from '../../../src/domain/rules/schedule-facts';

const today = civil('2026-11-22');
const noDates = () => {
  throw new Error('no date cells here');
};

describe('computeTracker', () => {
  const values: Cell[][] = [
    ['LA', 'Notes', 'Inspection start', 'Overall', 'Status', 'Due', 'Problems', 'Inspection end'],
    ['Barnet', 'x', '2024-06-10', 'good', '', '', '', '2024-06-14'],
    ['', 'a note on a row with no authority', '', '', '', '', '', ''],
    ['Otherby', '', '2024-06-10', 'goood', '', '', '', '2024-06-14'],
    ['barnet ', '', '2023-07-10', 'RI', '', '', '', '2023-07-21'],
  ];

  test('rows with an Authority compute, with sheet row numbers; other rows are left out', () => {
    const { results, layout } = computeTracker(values, today, DEFAULT_RULE_SETTINGS, noDates);
    expect(results.map((result) => [result.rowNumber, result.row.authority])).toEqual([
      [2, 'Barnet'],
      [4, 'Otherby'],
      [5, 'barnet'],
    ]);
    expect(layout.computed).toEqual({ status: 4, due: 5, problems: 6 });
    expect(results[0]?.computed.due).toEqual(civil('2027-06-10'));
    expect(formatIso(results[2]?.schedule.nextInspection?.due ?? civil('2000-01-01'))).toBe(
      '2026-07-10',
    );
  });

  test('a bad cell and a duplicated authority are problems of their own row only', () => {
    const { results } = computeTracker(values, today, DEFAULT_RULE_SETTINGS, noDates);
    expect(results[0]?.problems).toEqual([]);
    expect(results[1]?.problems).toEqual([
      "Overall effectiveness: expected a grade: outstanding, good, requires improvement (or RI) or inadequate, found 'goood'.",
    ]);
    expect(results[1]?.computed.problems).toContain('goood');
    expect(results[2]?.problems).toEqual([
      'Authority: barnet is already in row 2; each authority needs exactly one row.',
    ]);
    expect(results[2]?.computed.pathway).toBe('Standard');
  });

  test('missing computed columns are listed', () => {
    const { missingComputed } = computeTracker(values, today, DEFAULT_RULE_SETTINGS, noDates);
    expect(missingComputed).toHaveLength(Object.keys(COMPUTED_COLUMNS).length - 3);
    expect(missingComputed).not.toContain('status');
  });

  test('an empty sheet computes nothing', () => {
    expect(computeTracker([], today, DEFAULT_RULE_SETTINGS, noDates).results).toEqual([]);
  });
});

describe('a cell that failed to parse is reported once, by its own message, never also as blank', () => {
  const headers = [
    'Authority',
    'Last inspection',
    'Last inspection end',
    'Overall effectiveness',
    'Impact of leaders',
    'Help and protection',
    'Children in care',
    'Care leavers',
    'Last monitoring visit',
    'Last engagement meeting',
    'Planned engagement meeting',
  ];
  type Row = Partial<Record<(typeof headers)[number], string>>;
  const problemsOf = (row: Row) => {
    const cells = headers.map((header) => row[header] ?? '');
    const { results } = computeTracker(
      [headers, ['Leeds', ...cells.slice(1)]],
      today,
      DEFAULT_RULE_SETTINGS,
      noDates,
    );
    return results[0]?.problems;
  };
  const DATE = 'a date such as 2024-03-11 or 11/03/2024';
  const GRADE = 'a grade: outstanding, good, requires improvement (or RI) or inadequate';
  // An inadequate inspection of unknown type: its last on-site day cannot be estimated (R4a).
  const inadequate: Row = {
    'Last inspection': '2025-03-03',
    'Last inspection end': '2025-03-14',
    'Overall effectiveness': 'inadequate',
    'Last engagement meeting': '2026-01-20',
  };

  test.each<[string, Row, string]>([
    [
      'Last inspection on a day not on the calendar (R2c)',
      { ...inadequate, 'Last inspection': '2023-02-30' },
      `Last inspection: expected ${DATE}, found '2023-02-30'.`,
    ],
    [
      'Overall effectiveness before 1 April 2026 (R1c)',
      { ...inadequate, 'Overall effectiveness': 'goood' },
      `Overall effectiveness: expected ${GRADE}, found 'goood'.`,
    ],
    [
      'a judgement from 1 April 2026 (R1c: which judgement is missing)',
      {
        'Last inspection': '2026-05-11',
        'Last inspection end': '2026-05-22',
        'Impact of leaders': 'good',
        'Help and protection': 'good',
        'Children in care': 'good',
        'Care leavers': 'goood',
      },
      `Care leavers: expected ${GRADE}, found 'goood'.`,
    ],
    [
      'Last inspection end on the inadequate pathway (R4a)',
      { ...inadequate, 'Last inspection end': '31/02/2025' },
      `Last inspection end: expected ${DATE}, found '31/02/2025'.`,
    ],
    [
      'Last monitoring visit with no last on-site day (R4a, R4b)',
      { ...inadequate, 'Last inspection end': '', 'Last monitoring visit': '2026-09-31' },
      `Last monitoring visit: expected ${DATE}, found '2026-09-31'.`,
    ],
    [
      'Last engagement meeting with nothing else to count from (R5a)',
      {
        ...inadequate,
        'Last inspection end': '',
        'Last monitoring visit': '2026-09-30',
        'Last engagement meeting': '2025-13-01',
      },
      `Last engagement meeting: expected ${DATE}, found '2025-13-01'.`,
    ],
    [
      'Planned engagement meeting with nothing else to count from (R5a)',
      {
        ...inadequate,
        'Last inspection end': '',
        'Last monitoring visit': '2026-09-30',
        'Last engagement meeting': '',
        'Planned engagement meeting': 'soon',
      },
      `Planned engagement meeting: expected ${DATE}, found 'soon'.`,
    ],
    [
      'Last inspection after today (R2c)',
      { ...inadequate, 'Last inspection': '2027-03-01' },
      'Last inspection: expected a date on or before today (2026-11-22), as it records what has happened, found 2027-03-01.',
    ],
    [
      'Last inspection before 2013 (R2c)',
      { ...inadequate, 'Last inspection': '2012-03-05' },
      "Last inspection: expected a date on or after 2013-01-01 (the first SIF inspections were in November 2013), found '2012-03-05'.",
    ],
    [
      'Last inspection end before Last inspection (R4a)',
      { ...inadequate, 'Last inspection end': '2025-02-28' },
      'Last inspection end: expected the last on-site day, on or after Last inspection (2025-03-03), found 2025-02-28.',
    ],
    [
      'Last engagement meeting after today, with nothing else to count from (R5a)',
      {
        ...inadequate,
        'Last inspection end': '',
        'Last monitoring visit': '2026-09-30',
        'Last engagement meeting': '2026-12-01',
      },
      'Last engagement meeting: expected a date on or before today (2026-11-22), as it records what has happened, found 2026-12-01.',
    ],
  ])('%s', (_, row, message) => {
    expect(problemsOf(row)).toEqual([message]);
  });

  test('the same cells left blank are still reported as blank by the rules', () => {
    expect(problemsOf({ ...inadequate, 'Last inspection': '' })).toEqual([
      'Last inspection is blank: the next inspection and visits count from its start date (R2c).',
    ]);
    expect(problemsOf({ ...inadequate, 'Last inspection end': '' })).toEqual([
      'Last inspection end is blank: the first monitoring visit counts from the last on-site day (R4a).',
    ]);
  });

  test('the rules name each fact by its Tracker column', () => {
    for (const [key, name] of Object.entries(SCHEDULE_FACT_NAMES)) {
      expect(INPUT_COLUMNS[key as keyof typeof INPUT_COLUMNS].header).toBe(name);
    }
  });
});

test('problemColumn finds the column a message starts with, longest header first', () => {
  expect(problemColumn('Overall effectiveness: expected a grade')).toBe('Overall effectiveness');
  expect(problemColumn('Last inspection end is blank: the first monitoring visit')).toBe(
    'Last inspection end',
  );
  expect(problemColumn('Last inspection is blank: the next inspection')).toBe('Last inspection');
  expect(problemColumn('No pathway (R1c): care leavers is missing')).toBe('');
});

test('escapeHtml makes sheet text inert', () => {
  expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
  );
  expect(escapeHtml(undefined)).toBe('');
  expect(escapeHtml(42)).toBe('42');
});

describe('bad input never becomes a wrong date', () => {
  const header = [
    'Authority',
    'Last inspection',
    'Last inspection end',
    'Overall effectiveness',
    'Last engagement meeting',
    'Self-evaluation submitted',
    'Status',
    'Due',
    'Problems',
  ];
  const utcDateOfCell = (value: Date) => ({
    year: value.getUTCFullYear(),
    month: value.getUTCMonth() + 1,
    day: value.getUTCDate(),
  });
  const compute = (...rows: Cell[][]) =>
    computeTracker([header, ...rows], today, DEFAULT_RULE_SETTINGS, utcDateOfCell).results;

  test('2024 typed into a date-formatted Last inspection: one problem, no dates from it, no "window closed 43,000 days ago"', () => {
    const [result] = compute([
      'Leeds',
      new Date(Date.UTC(1905, 6, 16)),
      '2024-03-22',
      'good',
      '2026-01-20',
      '',
    ]);
    expect(result?.problems).toEqual([
      'Last inspection: expected a date on or after 2013-01-01 (the first SIF inspections were in November 2013), found 1905-07-16, which is how a spreadsheet shows the number 2024 typed into a date cell (it counts days from 30 December 1899); type the whole date, such as 2024-03-11.',
    ]);
    expect(result?.schedule.nextInspection).toBeUndefined();
    expect(result?.computed.due).toBe('');
    expect(result?.computed.status).toBe('No next inspection (see Problems) (as of 2026-11-22)');
    expect(String(result?.computed.explanation)).toContain(
      'Last inspection could not be read, or holds a value that cannot be right, so it is not used (see Problems).',
    );
    // The rest of the row still computes: the meeting counts from the last one (R5a).
    expect(result?.computed.nextEngagementMeeting).toEqual(civil('2027-01-20'));
  });

  test('the number 2024 in a column not formatted as dates is one problem too', () => {
    const [result] = compute(['Leeds', 2024, '', 'good', '2026-01-20', '']);
    expect(result?.problems).toEqual([
      'Last inspection: expected a date such as 2024-03-11 or 11/03/2024, found the number 2024.',
    ]);
    expect(result?.computed.status).not.toMatch(/Overdue|closed/);
  });

  test('whatever the dates, the Status never counts back past 2013', () => {
    for (const cell of [
      new Date(Date.UTC(1900, 1, 13)),
      new Date(Date.UTC(1905, 6, 16)),
      '01/01/1990',
      '2012-12-31',
      45,
      2024,
    ]) {
      const [result] = compute(['Leeds', cell, cell, 'inadequate', cell, cell]);
      const days = /(\d[\d,]*) days ago/.exec(String(result?.computed.status));
      expect(Number(days?.[1]?.replace(/,/g, '') ?? 0)).toBeLessThan(
        // 2013-01-01 to today.
        5_074,
      );
      expect(result?.problems.length).toBeGreaterThan(0);
    }
  });

  test('a self-evaluation submitted after today is a problem, and does not count as submitted', () => {
    const [result] = compute([
      'Leeds',
      '2024-03-11',
      '2024-03-22',
      'good',
      '2026-01-20',
      '2026-12-05',
    ]);
    expect(result?.problems).toEqual([
      'Self-evaluation submitted: expected a date on or before today (2026-11-22), as it records what has happened, found 2026-12-05.',
    ]);
    expect(String(result?.computed.explanation)).toContain(
      'not counted as submitted, as Self-evaluation submitted could not be read.',
    );
  });

  test('a 49,990-character value in every column keeps the Problems cell far below 50,000 characters', () => {
    const long = 'x'.repeat(49_990);
    const everything = Object.values(INPUT_COLUMNS).map((column) => column.header);
    const { results } = computeTracker(
      [
        everything,
        ['Leeds', ...everything.slice(1).map(() => long)],
        [`${long}.`, ...everything.slice(1).map(() => '')],
        [long],
      ],
      today,
      DEFAULT_RULE_SETTINGS,
      noDates,
    );
    for (const result of results) {
      const problems = String(result.computed.problems);
      expect(problems.length).toBeLessThan(5_000);
      expect(String(result.computed.explanation).length).toBeLessThan(5_000);
      expect(String(result.computed.status).length).toBeLessThan(500);
    }
    expect(String(results[0]?.computed.problems)).toContain('(49,990 characters long)');
    expect(results[2]?.problems).toContainEqual(
      `Authority: '${'x'.repeat(40)}…' (49,990 characters long) is already in row 3 as '${'x'.repeat(40)}…' (49,991 characters long), which looks the same: punctuation at the start or end differs; each authority needs exactly one row.`,
    );
  });

  test('look-alike authorities are duplicates naming the row they repeat; distinct ones are not', () => {
    const results = compute(
      ['Kent'],
      ['Kent\u200B'],
      ['Kent.'],
      ['KENT'],
      ['Bristol, City of'],
      ['Bristol'],
    );
    const authorityProblems = results.map((result) =>
      result.problems.filter((problem) => problem.startsWith('Authority:')),
    );
    expect(authorityProblems).toEqual([
      [],
      [
        "Authority: 'Kent[U+200B]' is already in row 2 as 'Kent', which looks the same: this cell contains an invisible character, U+200B (zero-width space); each authority needs exactly one row.",
      ],
      [
        "Authority: 'Kent.' is already in row 2 as 'Kent', which looks the same: punctuation at the start or end differs; each authority needs exactly one row.",
      ],
      ['Authority: KENT is already in row 2; each authority needs exactly one row.'],
      [],
      [],
    ]);
  });
});
