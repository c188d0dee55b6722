import { civil, formatIso } from '../../../src/domain/rules/civil-date';
import type { Cell } from '../../../src/domain/tracker/cells';
import { escapeHtml } from '../../../src/domain/text/html';
import { DEFAULT_RULE_SETTINGS } from '../../../src/domain/rules/rule-settings';
import { computeTracker, problemColumn } from '../../../src/domain/tracker/compute-tracker';
import { COMPUTED_COLUMNS, INPUT_COLUMNS } from '../../../src/domain/tracker/columns';
import { SCHEDULE_FACT_NAMES } from '../../../src/domain/rules/schedule';

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
