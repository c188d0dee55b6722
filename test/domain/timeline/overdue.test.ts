import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import {
  type CivilDate,
  addDays,
  civil,
  formatIso,
  isBefore,
} from '../../../src/domain/rules/civil-date';
import { DEFAULT_RULE_SETTINGS } from '../../../src/domain/rules/rule-settings';
import { NOTHING_OVERDUE, overdueOn } from '../../../src/domain/timeline/overdue';
import { timelineRows } from '../../../src/domain/timeline/rows';
import type { Cell } from '../../../src/domain/tracker/cells';
import { COMPUTED_COLUMNS, type ComputedColumnKey } from '../../../src/domain/tracker/columns';
import { computeTracker } from '../../../src/domain/tracker/compute-tracker';

const day = civil('2026-11-22');
const never = () => {
  throw new Error('not asked');
};

describe('overdueOn: what is overdue, from the dates Recalculate wrote', () => {
  test('a date before the day it was computed on is overdue; on that day it is not yet', () => {
    const dates = { meeting: addDays(day, -1), selfEvaluationDue: day, hasForecast: true };
    expect(overdueOn(day, dates, () => false)).toEqual({
      inspection: false,
      meeting: true,
      selfEvaluation: false,
    });
  });

  test('the inspection only without a forecast: Ofsted running late is not overdue (F2)', () => {
    const windowCloses = addDays(day, -30);
    expect(overdueOn(day, { windowCloses, hasForecast: false }, never).inspection).toBe(true);
    expect(overdueOn(day, { windowCloses, hasForecast: true }, never).inspection).toBe(false);
    // A Tracker without the Expected from column cannot say: nothing is marked.
    expect(overdueOn(day, { windowCloses, hasForecast: undefined }, never).inspection).toBe(false);
  });

  test('a past self-evaluation due date is overdue unless a submission counts for the meeting', () => {
    const dates = { selfEvaluationDue: addDays(day, -3), hasForecast: true };
    expect(overdueOn(day, dates, () => true).selfEvaluation).toBe(false);
    expect(overdueOn(day, dates, () => false).selfEvaluation).toBe(true);
    // Asked only then.
    expect(overdueOn(day, { hasForecast: true }, never)).toEqual(NOTHING_OVERDUE);
  });

  test('without the day it was computed on (no stamp), nothing is overdue', () => {
    expect(
      overdueOn(undefined, { meeting: civil('2020-01-01'), hasForecast: false }, never),
    ).toEqual(NOTHING_OVERDUE);
  });
});

/** The example's authorities, inspection columns only, header first. */
const example = parse(readFileSync(path.join(__dirname, '../../../examples/tracker.csv'), 'utf8'), {
  skip_empty_lines: true,
}) as string[][];
const [exampleHeader = [], ...exampleBody] = example;

const ENGAGEMENT_HEADERS = [
  'Last engagement meeting',
  'Planned engagement meeting',
  'Self-evaluation submitted',
];
const COMPUTED_KEYS = Object.keys(COMPUTED_COLUMNS) as ComputedColumnKey[];

/** A date cell's text: blank, a date near `around`, or something that is no date. */
const dateText = (around: CivilDate) =>
  fc.oneof(
    fc.constant(''),
    fc.integer({ min: -900, max: 200 }).map((days) => formatIso(addDays(around, days))),
    fc.constant('not a date'),
  );

const trackerCase = fc
  .record({
    today: fc.integer({ min: 0, max: 1500 }).map((days) => addDays(civil('2024-01-01'), days)),
    rows: fc.uniqueArray(fc.integer({ min: 0, max: exampleBody.length - 1 }), {
      minLength: 1,
      maxLength: 25,
    }),
    blankEnds: fc.boolean(),
  })
  .chain(({ today, rows, blankEnds }) =>
    fc.record({
      today: fc.constant(today),
      blankEnds: fc.constant(blankEnds),
      rows: fc.tuple(
        ...rows.map((index) =>
          fc
            .tuple(dateText(today), dateText(today), dateText(today))
            .map((engagement) => [...(exampleBody[index] ?? []), ...engagement]),
        ),
      ),
    }),
  );

/** The Tracker as Recalculate writes it: the input cells, then its computed columns (dates as text). */
function writtenTracker(rows: readonly string[][], today: CivilDate) {
  const inputs = [...exampleHeader, ...ENGAGEMENT_HEADERS];
  const header = [...inputs, ...COMPUTED_KEYS.map((key) => COMPUTED_COLUMNS[key].header)];
  const notes = [
    ...inputs.map(() => ''),
    ...COMPUTED_KEYS.map((key) => COMPUTED_COLUMNS[key].note),
  ];
  const { results } = computeTracker([header, ...rows], today, DEFAULT_RULE_SETTINGS, never, notes);
  const written: Cell[][] = [
    header,
    ...rows.map((row, index) => {
      const result = results.find((each) => each.rowNumber === index + 2);
      const computed = COMPUTED_KEYS.map((key) => {
        const value = result?.computed[key] ?? '';
        return typeof value === 'string' ? value : formatIso(value);
      });
      return [...row, ...computed];
    }),
  ];
  return { written, notes, results };
}

test("the timeline marks overdue exactly what each row's Status says is overdue, on any day, for any engagement dates", () => {
  const seen = { inspection: 0, meeting: 0, selfEvaluation: 0, submitted: 0 };
  fc.assert(
    fc.property(trackerCase, ({ today, rows, blankEnds }) => {
      const cases = blankEnds
        ? rows.map((row) => row.map((cell, index) => (index === 4 ? '' : cell)))
        : rows;
      const { written, notes, results } = writtenTracker(cases, today);
      const timeline = timelineRows(written, never, notes).rows;
      expect(timeline).toHaveLength(results.length);
      for (const row of timeline) {
        const status = String(
          results.find((each) => each.rowNumber === row.rowNumber)?.computed.status,
        );
        expect({ authority: row.authority, status, overdue: row.overdue }).toEqual({
          authority: row.authority,
          status,
          overdue: {
            inspection: /^Overdue \(/.test(status),
            meeting: status.includes('engagement meeting overdue'),
            selfEvaluation: status.includes('self-evaluation overdue'),
          },
        });
        expect(row.computedOn).toEqual(today);
        for (const kind of ['inspection', 'meeting', 'selfEvaluation'] as const)
          if (row.overdue[kind]) seen[kind] += 1;
        // A past due date that a submission answers.
        if (
          row.selfEvaluationDue &&
          isBefore(row.selfEvaluationDue, today) &&
          !row.overdue.selfEvaluation
        )
          seen.submitted += 1;
      }
    }),
    { numRuns: 150 },
  );
  // Every kind was met, overdue and not.
  expect(Object.values(seen).every((count) => count > 20)).toBe(true);
});
