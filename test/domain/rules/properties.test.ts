/**
 * Property-based tests of the pure engine (rules R1-R5 of ilacs-rules.md) and of the custom
 * functions' independence from the process time zone.
 *
 * Date arithmetic is checked against references built on Date.UTC, which is allowed here (tests
 * only): the engine itself never touches Date.
 */
import fc from 'fast-check';
import { runInThisContext } from 'node:vm';
import {
  type CivilDate,
  type DateWindow,
  addDays,
  addMonths,
  civil,
  compareDates,
  daysBetween,
  daysInMonth,
  formatIso,
  fromDayNumber,
  isAfter,
  isBefore,
  isWithin,
  parseIsoDate,
  parseSlashDate,
  toDayNumber,
} from '../../../src/domain/rules/civil-date';
import { nextEngagementMeeting, selfEvaluationDueDate } from '../../../src/domain/rules/engagement';
import {
  type FocusedVisitRecord,
  PRIORITY_ACTION_FLAG,
  planFocusedVisits,
} from '../../../src/domain/rules/focused-visits';
import { GRADES, type Grade } from '../../../src/domain/rules/grades';
import { INSPECTION_TYPES, type LastInspection } from '../../../src/domain/rules/inspection';
import { nextInspection } from '../../../src/domain/rules/next-inspection';
import { type Pathway, decidePathway } from '../../../src/domain/rules/pathway';
import { pauseShift } from '../../../src/domain/rules/pauses';
import { type Schedule, computeSchedule } from '../../../src/domain/rules/schedule';
import {
  SCHEDULE_FACT_NAMES,
  type ScheduleFactKey,
  type ScheduleInput,
} from '../../../src/domain/rules/schedule-facts';
import { frameworkInspectionWords, statusLine } from '../../../src/domain/tracker/status-line';
import {
  COVID_PAUSE,
  DEFAULT_RULE_SETTINGS,
  type Pause,
  type RuleSettings,
  pauseLengthDays,
} from '../../../src/domain/rules/rule-settings';
import type { Cell } from '../../../src/domain/tracker/cells';
import {
  type Argument,
  type OutputCell,
  nextEngagementMeetingDate,
  nextInspectionDue,
  nextInspectionWindow,
} from '../../../src/sheets/custom-functions';
import { utilitiesDateCodec } from '../../../src/sheets/dates';
import { formatDate, parseDate } from '../../../emulator/utilities';

// ---------------------------------------------------------------------------------------------
// References (Date.UTC, tests only)
// ---------------------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;

function utcDayNumber(date: CivilDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY;
}

function civilOfUtc(time: number): CivilDate {
  const value = new Date(time);
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
}

function refDaysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function refAddDays(date: CivilDate, days: number): CivilDate {
  return civilOfUtc(Date.UTC(date.year, date.month - 1, date.day + days));
}

/** R2c: same day of the month, clamped to the target month's last day. */
function refAddMonths(date: CivilDate, months: number): CivilDate {
  const first = civilOfUtc(Date.UTC(date.year, date.month - 1 + months, 1));
  return { ...first, day: Math.min(date.day, refDaysInMonth(first.year, first.month)) };
}

const COVID_LAST = civil('2021-06-27');
const COVID_FIRST = civil('2020-03-17');
const COVID_DAYS = 468;

/** R2e for the single default pause, written out from the spec's words. */
function refCovidShift(lastStart: CivilDate, unshiftedCloses: CivilDate): number {
  return utcDayNumber(lastStart) <= utcDayNumber(COVID_LAST) &&
    utcDayNumber(unshiftedCloses) >= utcDayNumber(COVID_FIRST)
    ? COVID_DAYS
    : 0;
}

const NO_PAUSES: RuleSettings = { ...DEFAULT_RULE_SETTINGS, pauses: [] };

/** Every rule id ilacs-rules.md defines. */
// prettier-ignore
const SPEC_RULE_IDS = new Set([
  'R1', 'R1a', 'R1b', 'R1c',
  'R2', 'R2a', 'R2b', 'R2c', 'R2d', 'R2e', 'R2f',
  'R3', 'R3a', 'R3b', 'R3c', 'R3d', 'R3e',
  'R4', 'R4a', 'R4b', 'R4c',
  'R5', 'R5a', 'R5b', 'R5c', 'R5d',
]);

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

/** Any calendar date in the years given; days 29-31 are drawn often, to exercise month ends. */
const civilDateIn = (minYear: number, maxYear: number): fc.Arbitrary<CivilDate> =>
  fc
    .record({
      year: fc.integer({ min: minYear, max: maxYear }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ year, month, day }) => ({
      year,
      month,
      day: Math.min(day, refDaysInMonth(year, month)),
    }));

/** A date within `days` of an ISO date. */
const dateNear = (iso: string, days: number): fc.Arbitrary<CivilDate> =>
  fc.integer({ min: -days, max: days }).map((offset) => refAddDays(civil(iso), offset));

/**
 * Where the rules change: the unshifted inspection window (42 months), the short and standard
 * focused-visit windows (30 and 18 months) reaching the COVID pause, the pause's last day, the
 * SIF/ILACS cut-overs and the end of overall effectiveness grades.
 */
const RULE_BOUNDARIES = [
  '2016-09-17',
  '2017-09-17',
  '2018-09-17',
  '2021-06-27',
  '2018-01-01',
  '2018-09-01',
  '2026-04-01',
] as const;

/** An inspection start 2013-2030, with extra weight near the rules' boundary dates. */
const inspectionStart: fc.Arbitrary<CivilDate> = fc.oneof(
  { arbitrary: civilDateIn(2013, 2030), weight: 3 },
  { arbitrary: fc.constantFrom(...RULE_BOUNDARIES).chain((iso) => dateNear(iso, 40)), weight: 2 },
);

const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arbitrary, { nil: undefined });

const grade: fc.Arbitrary<Grade | undefined> = optional(fc.constantFrom(...GRADES));
const inspectionType = optional(fc.constantFrom(...INSPECTION_TYPES));
const pathwayArb: fc.Arbitrary<Pathway> = fc.constantFrom('short', 'standard', 'inadequate');

const lastInspection: fc.Arbitrary<LastInspection> = fc
  .record({
    start: inspectionStart,
    endAfterDays: optional(fc.integer({ min: 0, max: 14 })),
    type: inspectionType,
    overall: grade,
    leaders: grade,
    helpAndProtection: grade,
    childrenInCare: grade,
    careLeavers: grade,
  })
  .map(({ endAfterDays, ...rest }) => ({
    ...rest,
    end: endAfterDays === undefined ? undefined : refAddDays(rest.start, endAfterDays),
  }));

/** A last inspection for which R1 decides a pathway. */
const inspectionWithPathway: fc.Arbitrary<{ inspection: LastInspection; pathway: Pathway }> =
  lastInspection
    .map((inspection) => ({ inspection, pathway: decidePathway(inspection).pathway }))
    .filter((x): x is { inspection: LastInspection; pathway: Pathway } => x.pathway !== undefined);

/** A routine-inspection pause of 1-600 days starting 2014-2030. */
const pauseArb: fc.Arbitrary<Pause> = fc
  .record({ first: civilDateIn(2014, 2030), length: fc.integer({ min: 1, max: 600 }) })
  .map(({ first, length }) => ({ first, last: refAddDays(first, length - 1) }));

/** 2-3 pauses that neither overlap nor touch, in date order. */
const separatePauses: fc.Arbitrary<Pause[]> = fc
  .record({
    first: civilDateIn(2014, 2024),
    parts: fc.array(
      fc.record({
        gap: fc.integer({ min: 1, max: 400 }),
        length: fc.integer({ min: 1, max: 500 }),
      }),
      { minLength: 2, maxLength: 3 },
    ),
  })
  .map(({ first, parts }) => {
    const pauses: Pause[] = [];
    let next = first;
    for (const { gap, length } of parts) {
      const pause = { first: next, last: refAddDays(next, length - 1) };
      pauses.push(pause);
      next = refAddDays(pause.last, gap + 1);
    }
    return pauses;
  });

const focusedVisitRecord: fc.Arbitrary<FocusedVisitRecord> = fc
  .record({
    lastStart: inspectionStart,
    focusedVisitsSince: optional(fc.nat({ max: 4 })),
    lastFocusedVisitOffset: optional(fc.integer({ min: -400, max: 1200 })),
    jtaiSince: optional(fc.boolean()),
    priorityAction: optional(fc.boolean()),
  })
  .map(({ lastFocusedVisitOffset, ...rest }) => ({
    ...rest,
    lastFocusedVisit:
      lastFocusedVisitOffset === undefined
        ? undefined
        : refAddDays(rest.lastStart, lastFocusedVisitOffset),
  }));

const anyDate = optional(civilDateIn(2005, 2035));

/** Any Tracker row as the engine receives it: any field may be missing, blank or inconsistent. */
const scheduleInput: fc.Arbitrary<ScheduleInput> = fc.record(
  {
    lastInspection: anyDate,
    lastInspectionEnd: anyDate,
    inspectionType,
    overall: grade,
    leaders: grade,
    helpAndProtection: grade,
    childrenInCare: grade,
    careLeavers: grade,
    focusedVisitsSince: optional(fc.nat({ max: 6 })),
    lastFocusedVisit: anyDate,
    priorityAction: optional(fc.boolean()),
    jtaiSince: optional(fc.boolean()),
    lastMonitoringVisit: anyDate,
    lastEngagementMeeting: anyDate,
    plannedEngagementMeeting: anyDate,
    selfEvaluationSubmitted: anyDate,
    reminders: optional(fc.constantFrom('On' as const, 'Paused' as const)),
  },
  { requiredKeys: [] },
);

const today = civilDateIn(2013, 2035);

// ---------------------------------------------------------------------------------------------
// Civil dates
// ---------------------------------------------------------------------------------------------

describe('civil dates (the arithmetic under R2c)', () => {
  const anyCivilDate = civilDateIn(1900, 2200);
  const monthCount = fc.integer({ min: -1200, max: 1200 });

  test('fromDayNumber(toDayNumber(d)) round-trips, and day numbers match Date.UTC', () => {
    fc.assert(
      fc.property(anyCivilDate, (date) => {
        expect(toDayNumber(date)).toBe(utcDayNumber(date));
        expect(fromDayNumber(toDayNumber(date))).toEqual(date);
      }),
      { numRuns: 1000 },
    );
  });

  test('fromDayNumber of any day number gives a real date with that day number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (dayNumber) => {
        const date = fromDayNumber(dayNumber);
        expect(date).toEqual(civilOfUtc(dayNumber * MS_PER_DAY));
        expect(toDayNumber(date)).toBe(dayNumber);
      }),
      { numRuns: 500 },
    );
  });

  test('daysInMonth and ISO/UK text round-trip agree with Date.UTC', () => {
    fc.assert(
      fc.property(anyCivilDate, (date) => {
        expect(daysInMonth(date.year, date.month)).toBe(refDaysInMonth(date.year, date.month));
        expect(parseIsoDate(formatIso(date))).toEqual(date);
        const uk = `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`;
        expect(parseSlashDate(uk)).toEqual(date);
      }),
      { numRuns: 300 },
    );
  });

  test('addDays then daysBetween agree, and addDays matches Date.UTC', () => {
    fc.assert(
      fc.property(anyCivilDate, fc.integer({ min: -20_000, max: 20_000 }), (date, days) => {
        const later = addDays(date, days);
        expect(daysBetween(date, later)).toBe(days);
        expect(daysBetween(later, date)).toBe(0 - days);
        expect(later).toEqual(refAddDays(date, days));
      }),
      { numRuns: 1000 },
    );
  });

  test('R2c: addMonths keeps the day of the month, clamped to the month end', () => {
    fc.assert(
      fc.property(anyCivilDate, monthCount, (date, months) => {
        const result = addMonths(date, months);
        expect(result.day).toBeLessThanOrEqual(date.day);
        expect(result.day).toBe(Math.min(date.day, refDaysInMonth(result.year, result.month)));
      }),
      { numRuns: 1000 },
    );
  });

  test('R2c: addMonths(d, n) lands in the month n calendar months away', () => {
    fc.assert(
      fc.property(anyCivilDate, monthCount, (date, months) => {
        const result = addMonths(date, months);
        expect(result.year * 12 + result.month - (date.year * 12 + date.month)).toBe(months);
        expect(result).toEqual(refAddMonths(date, months));
      }),
      { numRuns: 1000 },
    );
  });

  test('R2c examples: 2023-01-31 + 1 month = 2023-02-28; 2020-02-29 + 36 months = 2023-02-28', () => {
    expect(addMonths(civil('2023-01-31'), 1)).toEqual(civil('2023-02-28'));
    expect(addMonths(civil('2020-02-29'), 36)).toEqual(civil('2023-02-28'));
  });

  test('compareDates has the sign of the Date.UTC difference', () => {
    fc.assert(
      fc.property(anyCivilDate, anyCivilDate, (a, b) => {
        const reference = Math.sign(utcDayNumber(a) - utcDayNumber(b));
        expect(Math.sign(compareDates(a, b))).toBe(reference);
        expect(isBefore(a, b)).toBe(reference < 0);
        expect(isAfter(a, b)).toBe(reference > 0);
      }),
      { numRuns: 1000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Next full inspection
// ---------------------------------------------------------------------------------------------

describe('next full inspection (R2c-R2e)', () => {
  test('R2c: the window always contains the due date', () => {
    fc.assert(
      fc.property(inspectionWithPathway, ({ inspection, pathway }) => {
        const next = nextInspection(inspection, pathway, DEFAULT_RULE_SETTINGS);
        expect(isWithin(next.due, next.window)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('R2c: the due date and the window opening are after the last inspection start', () => {
    fc.assert(
      fc.property(inspectionWithPathway, ({ inspection, pathway }) => {
        const next = nextInspection(inspection, pathway, DEFAULT_RULE_SETTINGS);
        expect(isAfter(next.due, inspection.start)).toBe(true);
        expect(isAfter(next.window.opens, inspection.start)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('R2c: with no pauses, due = start + the cycle in calendar months, window = due -/+ its months', () => {
    const settings = fc.record({
      inspectionCycleMonths: fc.integer({ min: 12, max: 60 }),
      windowBeforeMonths: fc.integer({ min: 0, max: 11 }),
      windowAfterMonths: fc.integer({ min: 0, max: 12 }),
    });
    fc.assert(
      fc.property(inspectionWithPathway, settings, ({ inspection, pathway }, months) => {
        const next = nextInspection(inspection, pathway, { ...NO_PAUSES, ...months });
        const due = refAddMonths(inspection.start, months.inspectionCycleMonths);
        expect(next.due).toEqual(due);
        expect(next.window).toEqual({
          opens: refAddMonths(due, -months.windowBeforeMonths),
          closes: refAddMonths(due, months.windowAfterMonths),
        });
        expect(next.pauseShift.days).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  test('R2e: a start after 2021-06-27 gets the same dates with the default COVID pause as with none', () => {
    const lateInspection = inspectionWithPathway.filter(({ inspection }) =>
      isAfter(inspection.start, COVID_LAST),
    );
    fc.assert(
      fc.property(lateInspection, ({ inspection, pathway }) => {
        const withPause = nextInspection(inspection, pathway, DEFAULT_RULE_SETTINGS);
        const withoutPause = nextInspection(inspection, pathway, NO_PAUSES);
        expect(withPause.due).toEqual(withoutPause.due);
        expect(withPause.window).toEqual(withoutPause.window);
        expect(withPause.pauseShift.days).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  test('R2d: after an SIF inspection the next one has the same due date and window as after an ILACS one', () => {
    fc.assert(
      fc.property(inspectionWithPathway, ({ inspection, pathway }) => {
        const asSif = nextInspection(
          { ...inspection, type: 'SIF' },
          pathway,
          DEFAULT_RULE_SETTINGS,
        );
        const asIlacs = nextInspection(
          { ...inspection, type: 'ILACS standard' },
          pathway,
          DEFAULT_RULE_SETTINGS,
        );
        expect(asSif.due).toEqual(asIlacs.due);
        expect(asSif.window).toEqual(asIlacs.window);
        const nextIsIlacs =
          asSif.kind === 'Short inspection' || asSif.kind === 'Standard inspection';
        expect(asSif.explanation.includes('R2d')).toBe(nextIsIlacs);
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Pauses
// ---------------------------------------------------------------------------------------------

describe('inspection pauses (R2e)', () => {
  test('R2e: the default COVID pause is 468 days long', () => {
    expect(pauseLengthDays(COVID_PAUSE)).toBe(COVID_DAYS);
    expect(DEFAULT_RULE_SETTINGS.pauses).toEqual([COVID_PAUSE]);
  });

  test('R2e: the shift is 468 days exactly when start <= 2021-06-27 and the unshifted window closes >= 2020-03-17, else 0', () => {
    fc.assert(
      fc.property(inspectionWithPathway, ({ inspection, pathway }) => {
        const next = nextInspection(inspection, pathway, DEFAULT_RULE_SETTINGS);
        const unshiftedDue = refAddMonths(inspection.start, 36);
        const unshiftedCloses = refAddMonths(unshiftedDue, 6);
        const expected = refCovidShift(inspection.start, unshiftedCloses);
        expect([0, COVID_DAYS]).toContain(next.pauseShift.days);
        expect(next.pauseShift.days).toBe(expected);
        expect(next.due).toEqual(refAddDays(unshiftedDue, expected));
        expect(next.window).toEqual({
          opens: refAddDays(refAddMonths(unshiftedDue, -6), expected),
          closes: refAddDays(unshiftedCloses, expected),
        });
      }),
      { numRuns: 500 },
    );
  });

  test('R2e: any single pause shifts by its length exactly when start <= its last day and the window closes >= its first day', () => {
    fc.assert(
      fc.property(inspectionStart, pauseArb, (start, pause) => {
        const unshifted = { opens: refAddMonths(start, 30), closes: refAddMonths(start, 42) };
        const applies =
          utcDayNumber(start) <= utcDayNumber(pause.last) &&
          utcDayNumber(unshifted.closes) >= utcDayNumber(pause.first);
        const length = utcDayNumber(pause.last) - utcDayNumber(pause.first) + 1;
        const shift = pauseShift(start, unshifted, [pause]);
        expect(shift.days).toBe(applies ? length : 0);
        expect(shift.applied).toEqual(applies ? [pause] : []);
      }),
      { numRuns: 500 },
    );
  });

  test('R2e: pauses apply in date order whatever order the settings list them in', () => {
    fc.assert(
      fc.property(inspectionStart, separatePauses, (start, pauses) => {
        const unshifted = { opens: refAddMonths(start, 30), closes: refAddMonths(start, 42) };
        const inOrder = pauseShift(start, unshifted, pauses);
        const reversed = pauseShift(start, unshifted, [...pauses].reverse());
        expect(reversed).toEqual(inOrder);
        const total = inOrder.applied.reduce((sum, pause) => sum + pauseLengthDays(pause), 0);
        expect(inOrder.days).toBe(total);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Focused visits
// ---------------------------------------------------------------------------------------------

describe('focused visits (R3)', () => {
  /** R3c: the months-after-start range of the next expected visit, given how many are done. */
  function expectedRange(pathway: 'short' | 'standard', done: number) {
    if (pathway === 'short') return { from: 6, to: 30 };
    return done === 0 ? { from: 6, to: 18 } : { from: 18, to: 30 };
  }

  test('R3c: the next indicative window lies inside months 6-30 after the start, shifted by the R2e rules', () => {
    fc.assert(
      fc.property(focusedVisitRecord, pathwayArb, (record, pathway) => {
        const plan = planFocusedVisits(record, pathway, DEFAULT_RULE_SETTINGS);
        if (pathway === 'inadequate' || plan.done >= plan.expected) {
          expect(plan.next).toBeUndefined();
          return;
        }
        expect(plan.next).toBeDefined();
        const next = plan.next as DateWindow;
        const range = expectedRange(pathway, plan.done);
        const unshifted = {
          opens: refAddMonths(record.lastStart, range.from),
          closes: refAddMonths(record.lastStart, range.to),
        };
        const shift = refCovidShift(record.lastStart, unshifted.closes);
        expect(next).toEqual({
          opens: refAddDays(unshifted.opens, shift),
          closes: refAddDays(unshifted.closes, shift),
        });
        const outer = {
          opens: refAddDays(refAddMonths(record.lastStart, 6), shift),
          closes: refAddDays(refAddMonths(record.lastStart, 30), shift),
        };
        expect(isWithin(next.opens, outer)).toBe(true);
        expect(isWithin(next.closes, outer)).toBe(true);
        expect(isBefore(next.closes, next.opens)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  test('R3b: done is never negative and counts visits since the start plus one JTAI on the standard pathway', () => {
    fc.assert(
      fc.property(focusedVisitRecord, pathwayArb, (record, pathway) => {
        const plan = planFocusedVisits(record, pathway, DEFAULT_RULE_SETTINGS);
        expect(plan.done).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(plan.done)).toBe(true);
        if (pathway === 'inadequate') return;
        const visits =
          record.focusedVisitsSince ??
          (record.lastFocusedVisit && !isBefore(record.lastFocusedVisit, record.lastStart) ? 1 : 0);
        const jtai = pathway === 'standard' && record.jtaiSince === true ? 1 : 0;
        expect(plan.done).toBe(visits + jtai);
      }),
      { numRuns: 300 },
    );
  });

  test('R3a: expected visits are 1 short, 2 standard, 0 inadequate (with no next window on inadequate)', () => {
    fc.assert(
      fc.property(focusedVisitRecord, pathwayArb, (record, pathway) => {
        const plan = planFocusedVisits(record, pathway, DEFAULT_RULE_SETTINGS);
        expect(plan.expected).toBe({ short: 1, standard: 2, inadequate: 0 }[pathway]);
        if (pathway === 'inadequate') {
          expect(plan.done).toBe(0);
          expect(plan.next).toBeUndefined();
        }
      }),
      { numRuns: 200 },
    );
  });

  test('R3d: priority action raises the flag (unless the visit predates the inspection) and moves no date', () => {
    fc.assert(
      fc.property(focusedVisitRecord, pathwayArb, (record, pathway) => {
        const flagged = planFocusedVisits(
          { ...record, priorityAction: true },
          pathway,
          DEFAULT_RULE_SETTINGS,
        );
        const plain = planFocusedVisits(
          { ...record, priorityAction: false },
          pathway,
          DEFAULT_RULE_SETTINGS,
        );
        const stale =
          record.lastFocusedVisit !== undefined &&
          isBefore(record.lastFocusedVisit, record.lastStart);
        expect(flagged.priorityAction).toBe(!stale);
        expect(flagged.summary.includes('priority action')).toBe(!stale);
        // The Focused visits column and the Explanation agree, on every pathway.
        expect(flagged.explanation.includes(PRIORITY_ACTION_FLAG)).toBe(
          flagged.summary.includes(PRIORITY_ACTION_FLAG),
        );
        expect(plain.explanation.includes(PRIORITY_ACTION_FLAG)).toBe(false);
        expect(flagged.next).toEqual(plain.next);
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Engagement meeting and self-evaluation
// ---------------------------------------------------------------------------------------------

describe('engagement meeting and self-evaluation (R5)', () => {
  const meetingDate = civilDateIn(2013, 2035);

  test('R5c: the self-evaluation is due exactly selfEvaluationLeadDays before the meeting', () => {
    fc.assert(
      fc.property(meetingDate, fc.integer({ min: 0, max: 120 }), (meeting, lead) => {
        const settings = { ...DEFAULT_RULE_SETTINGS, selfEvaluationLeadDays: lead };
        const due = selfEvaluationDueDate(meeting, settings);
        expect(daysBetween(due, meeting)).toBe(lead);
        expect(due).toEqual(refAddDays(meeting, -lead));
      }),
      { numRuns: 300 },
    );
  });

  test('R5a: a meeting counted from the last meeting is 12 months after it', () => {
    fc.assert(
      fc.property(
        meetingDate,
        optional(meetingDate),
        optional(meetingDate),
        (lastMeeting, plannedMeeting, lastOnSiteDay) => {
          const meeting = nextEngagementMeeting(
            { lastMeeting, plannedMeeting, lastOnSiteDay },
            DEFAULT_RULE_SETTINGS,
          );
          expect(meeting).toBeDefined();
          if (meeting?.basis !== 'last meeting') return;
          expect(isAfter(meeting.date, lastMeeting)).toBe(true);
          expect(meeting.date).toEqual(refAddMonths(lastMeeting, 12));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('R5a: a planned date after the last meeting is the next meeting', () => {
    fc.assert(
      fc.property(
        optional(meetingDate),
        meetingDate,
        optional(meetingDate),
        (lastMeeting, plannedMeeting, lastOnSiteDay) => {
          fc.pre(lastMeeting === undefined || isAfter(plannedMeeting, lastMeeting));
          const meeting = nextEngagementMeeting(
            { lastMeeting, plannedMeeting, lastOnSiteDay },
            DEFAULT_RULE_SETTINGS,
          );
          expect(meeting?.basis).toBe('planned');
          expect(meeting?.date).toEqual(plannedMeeting);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('R5a: with no meeting recorded, the next is 12 months after the last on-site day', () => {
    fc.assert(
      fc.property(meetingDate, (lastOnSiteDay) => {
        const meeting = nextEngagementMeeting({ lastOnSiteDay }, DEFAULT_RULE_SETTINGS);
        expect(meeting?.basis).toBe('last inspection');
        expect(meeting?.date).toEqual(refAddMonths(lastOnSiteDay, 12));
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Whole schedule
// ---------------------------------------------------------------------------------------------

describe('computeSchedule over any row (R1-R5)', () => {
  const RULE_ID = /\bR\d+[a-z]*\b/g;

  /** The Status the tracker writes from the schedule's facts where there is no forecast. */
  const statusOf = (schedule: Schedule, asOf: CivilDate) =>
    statusLine(frameworkInspectionWords(schedule), schedule, asOf);

  function citedRuleIds(text: string): string[] {
    return text.match(RULE_ID) ?? [];
  }

  test('R1-R5: an all-blank row computes, with problems instead of dates', () => {
    const schedule = computeSchedule({}, civil('2026-05-01'));
    expect(statusOf(schedule, civil('2026-05-01'))).toBe(
      'No next inspection (see Problems) (as of 2026-05-01)',
    );
    expect(schedule.problems.length).toBeGreaterThan(0);
    expect(schedule.nextInspection).toBeUndefined();
  });

  test('R2f, R5d: never throws; the status ends with (as of today) and cites only rule ids of the spec', () => {
    fc.assert(
      fc.property(scheduleInput, today, (input, asOf) => {
        const schedule = computeSchedule(input, asOf);
        const status = statusOf(schedule, asOf);
        const match = /\(as of (\d{4}-\d{2}-\d{2})\)$/.exec(status);
        expect(match?.[1]).toBe(formatIso(asOf));
        const texts = [
          status,
          schedule.explanation,
          ...schedule.problems,
          schedule.focusedVisits?.summary ?? '',
        ];
        for (const id of texts.flatMap(citedRuleIds)) {
          expect(id).toMatch(/^R[1-5][a-f]?$/);
          expect(SPEC_RULE_IDS.has(id)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('R1-R5: the explanation is non-empty and cites a rule whenever a last inspection is given', () => {
    const withInspection = fc
      .tuple(scheduleInput, civilDateIn(2005, 2035))
      .map(([input, lastInspection]) => ({ ...input, lastInspection }));
    fc.assert(
      fc.property(withInspection, today, (input, asOf) => {
        const schedule = computeSchedule(input, asOf);
        expect(schedule.explanation.trim()).not.toBe('');
        expect(citedRuleIds(schedule.explanation).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  test('R1-R5: a fact whose cell could not be read adds no problem and is never named in one', () => {
    const keys = Object.keys(SCHEDULE_FACT_NAMES) as ScheduleFactKey[];
    fc.assert(
      fc.property(
        scheduleInput,
        fc.subarray(keys, { minLength: 1 }),
        today,
        (input, unreadable, asOf) => {
          const blanked = Object.fromEntries(
            Object.entries(input).filter(([key]) => !unreadable.includes(key as ScheduleFactKey)),
          );
          const asBlank = computeSchedule(blanked as ScheduleInput, asOf).problems;
          const asUnreadable = computeSchedule({ ...blanked, unreadable } as ScheduleInput, asOf);
          expect(asUnreadable.problems.length).toBeLessThanOrEqual(asBlank.length);
          for (const problem of asUnreadable.problems) {
            for (const key of unreadable) {
              // "Last inspection" is not "Last inspection end".
              const name = new RegExp(`\\b${SCHEDULE_FACT_NAMES[key]}\\b(?! end)`, 'i');
              expect(problem).not.toMatch(name);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test('R2f: the status starts with where today stands against the inspection window', () => {
    fc.assert(
      fc.property(scheduleInput, today, (input, asOf) => {
        const schedule = computeSchedule(input, asOf);
        const next = schedule.nextInspection;
        const status = statusOf(schedule, asOf);
        if (!next) {
          expect(status.startsWith('No next inspection')).toBe(true);
          return;
        }
        const toOpen = utcDayNumber(next.window.opens) - utcDayNumber(asOf);
        const sinceClose = utcDayNumber(asOf) - utcDayNumber(next.window.closes);
        const expected =
          toOpen > 0
            ? `Window opens in ${toOpen} day${toOpen === 1 ? '' : 's'}`
            : sinceClose > 0
              ? `Overdue (window closed ${sinceClose} day${sinceClose === 1 ? '' : 's'} ago)`
              : 'Inspection window open';
        expect(status.startsWith(expected)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Custom functions and the process time zone
// ---------------------------------------------------------------------------------------------

describe('custom functions do not depend on the process time zone', () => {
  const SHEET_TIME_ZONE = 'Europe/London';
  /** Each with its offset from UTC on 1 January 2024, as getTimezoneOffset reports it. */
  const PROCESS_TIME_ZONES = [
    ['America/New_York', 300],
    ['Europe/London', 0],
    ['Asia/Kolkata', -330],
    ['Pacific/Kiritimati', -840],
  ] as const;

  /**
   * Jest gives each test file a copy of process.env, so assigning TZ there changes nothing. The
   * real process object lives in the outer realm, which vm.runInThisContext reaches. Both are set.
   */
  const hostProcess = runInThisContext('process') as NodeJS.Process;
  const originalTz = { sandbox: process.env.TZ, host: hostProcess.env.TZ };
  const globals = globalThis as unknown as { Utilities?: unknown };

  function setProcessTimeZone(timeZone: string | undefined): void {
    for (const env of [process.env, hostProcess.env]) {
      if (timeZone === undefined) delete env.TZ;
      else env.TZ = timeZone;
    }
  }

  function restoreProcessTimeZone(): void {
    if (originalTz.host === undefined) delete hostProcess.env.TZ;
    else hostProcess.env.TZ = originalTz.host;
    if (originalTz.sandbox === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz.sandbox;
  }

  beforeAll(() => {
    globals.Utilities = { formatDate, parseDate };
  });

  afterAll(() => {
    delete globals.Utilities;
    restoreProcessTimeZone();
  });

  /** The custom function's output with dates as their instants, so results compare exactly. */
  function comparable(output: OutputCell | OutputCell[][]): unknown {
    if (Array.isArray(output)) return output.map((row) => row.map(comparable));
    return output instanceof Date ? { time: output.getTime() } : output;
  }

  function sheetDates(output: OutputCell | OutputCell[][]): Date[] {
    if (Array.isArray(output))
      return output.flat().filter((cell): cell is Date => cell instanceof Date);
    return output instanceof Date ? [output] : [];
  }

  const londonMidnight = (date: CivilDate): Date =>
    parseDate(formatIso(date), SHEET_TIME_ZONE, 'yyyy-MM-dd');
  const dateCell: fc.Arbitrary<Cell> = fc.oneof(
    { arbitrary: civilDateIn(2013, 2030).map(londonMidnight), weight: 5 },
    { arbitrary: fc.constant(''), weight: 1 },
  );
  const gradeCell: fc.Arbitrary<Cell> = fc.constantFrom(
    '',
    'Outstanding',
    'good',
    'RI',
    'Requires improvement to be good',
    'inadequate',
  );
  const inspectionRow = fc.tuple(dateCell, gradeCell, gradeCell, gradeCell, gradeCell, gradeCell);
  const meetingRow = fc.tuple(dateCell, dateCell, dateCell);

  /** Rows as one-column ranges, one range per argument. */
  function columns(rows: readonly (readonly Cell[])[], width: number): Argument[] {
    return Array.from({ length: width }, (_, column) => rows.map((row) => [row[column]]));
  }

  test('the process time zone really switches (else the property below proves nothing)', () => {
    try {
      for (const [timeZone, offset] of PROCESS_TIME_ZONES) {
        setProcessTimeZone(timeZone);
        expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(offset);
      }
    } finally {
      restoreProcessTimeZone();
    }
  });

  test('R2c-R2e, R5a: nextInspectionDue, nextInspectionWindow and nextEngagementMeetingDate give the same instants in every process time zone', () => {
    fc.assert(
      fc.property(
        fc.array(inspectionRow, { minLength: 1, maxLength: 4 }),
        fc.array(meetingRow, { minLength: 1, maxLength: 4 }),
        (inspectionRows, meetingRows) => {
          const inspectionArgs = columns(inspectionRows, 6);
          const meetingArgs = columns(meetingRows, 3);
          const results: unknown[] = [];
          try {
            for (const [timeZone] of PROCESS_TIME_ZONES) {
              setProcessTimeZone(timeZone);
              const codec = utilitiesDateCodec(SHEET_TIME_ZONE);
              const outputs = [
                nextInspectionDue(inspectionArgs, codec),
                nextInspectionWindow(inspectionArgs, codec),
                nextEngagementMeetingDate(meetingArgs, codec),
              ];
              for (const date of outputs.flatMap(sheetDates)) {
                expect(formatDate(date, SHEET_TIME_ZONE, 'HH:mm:ss')).toBe('00:00:00');
              }
              results.push(outputs.map(comparable));
            }
          } finally {
            restoreProcessTimeZone();
          }
          for (const result of results.slice(1)) expect(result).toEqual(results[0]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
