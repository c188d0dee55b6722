import { civil, formatIso } from '../../../src/domain/rules/civil-date';
import type { Cell } from '../../../src/domain/tracker/cells';
import { escapeHtml } from '../../../src/domain/text/html';
import { DEFAULT_RULE_SETTINGS } from '../../../src/domain/rules/rule-settings';
import { computeTracker, problemColumn } from '../../../src/domain/tracker/compute-tracker';
import { COMPUTED_COLUMNS } from '../../../src/domain/tracker/columns';

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
    expect(results[1]?.problems[0]).toBe(
      "Overall effectiveness: expected a grade: outstanding, good, requires improvement (or RI) or inadequate, found 'goood'.",
    );
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
