import { civil } from '../../../src/domain/rules/civil-date';
import { computeSchedule } from '../../../src/domain/rules/schedule';
import { computedValues } from '../../../src/domain/tracker/computed-columns';
import { COMPUTED_COLUMNS } from '../../../src/domain/tracker/columns';
import type { Forecast } from '../../../src/domain/forecast/queue';
import type { TrackerRow } from '../../../src/domain/tracker/row';

const today = civil('2026-11-22');

const goodIlacs: TrackerRow = {
  authority: 'Kent',
  lastInspection: civil('2024-06-10'),
  lastInspectionEnd: civil('2024-06-14'),
  inspectionType: 'ILACS short',
  overall: 'good',
  leaders: 'good',
  helpAndProtection: 'requires improvement',
  childrenInCare: 'outstanding',
  careLeavers: 'good',
  lastEngagementMeeting: civil('2026-06-01'),
};

const forecast: Forecast = {
  expectedFrom: civil('2027-01-11'),
  expectedBy: civil('2027-05-20'),
  mostLikely: civil('2027-03-16'),
  place: 14,
  queueLength: 153,
  rate: { perYear: 47.3, since: civil('2025-11-22'), until: civil('2026-11-22'), drift: 0.12 },
  assumedSinceSnapshot: 0,
  mayHaveHappened: false,
};

describe('computedValues', () => {
  test('one value per computed column, problems from cells and rules together', () => {
    const row: TrackerRow = {
      authority: 'Kent',
      lastInspection: civil('2026-05-11'),
      leaders: 'good',
    };
    const values = computedValues(
      { row, schedule: computeSchedule(row, today) },
      ['Overall effectiveness: expected a grade, found x.'],
      today,
    );
    expect(Object.keys(values).sort()).toEqual(Object.keys(COMPUTED_COLUMNS).sort());
    expect(values.pathway).toBe('');
    expect(values.due).toBe('');
    expect(values.problems.toString().split('\n')).toHaveLength(3);
  });

  test('dates stay civil dates and the pathway is capitalised', () => {
    const values = computedValues(
      { row: goodIlacs, schedule: computeSchedule(goodIlacs, today), forecast },
      [],
      today,
    );
    expect(values).toMatchObject({
      pathway: 'Short',
      nextInspection: 'Short inspection',
      due: civil('2027-06-10'),
      windowOpens: civil('2026-12-10'),
      windowCloses: civil('2027-12-10'),
      expectedFrom: civil('2027-01-11'),
      expectedBy: civil('2027-05-20'),
      nextMonitoringVisit: '',
      problems: '',
    });
  });

  test('Status speaks from the forecast: a closed framework window is not "Overdue"', () => {
    const late: TrackerRow = { ...goodIlacs, lastInspection: civil('2022-06-13') };
    const schedule = computeSchedule(late, today);
    expect(computedValues({ row: late, schedule }, [], today).status).toMatch(/^Overdue/);
    const values = computedValues({ row: late, schedule, forecast }, [], today);
    expect(values.status).toBe(
      'Expected Jan-May 2027 (framework window closed Dec 2025) (as of 2026-11-22)',
    );
  });

  test('meetings and self-evaluations keep Overdue beside the forecast', () => {
    const row: TrackerRow = { ...goodIlacs, lastEngagementMeeting: civil('2025-06-01') };
    const values = computedValues(
      { row, schedule: computeSchedule(row, today), forecast },
      [],
      today,
    );
    expect(values.status).toBe(
      'Expected Jan-May 2027 (framework window opens Dec 2026); engagement meeting overdue; self-evaluation overdue (as of 2026-11-22)',
    );
  });

  test('the Explanation says where the forecast comes from, and how often Ofsted chose another type', () => {
    const values = computedValues(
      { row: goodIlacs, schedule: computeSchedule(goodIlacs, today), forecast },
      [],
      today,
    );
    const text = String(values.explanation);
    expect(text).toContain('14th of 153 in the national order');
    expect(text).toContain('national rate of 47 full inspections a year');
    expect(text).toContain('2027-01-11 to 2027-05-20');
    expect(text).toContain('12% of the time ahead');
    expect(text).toContain(
      'authorities judged good overall with a judgement below good got a standard inspection next 7 times in 17',
    );
  });

  test('without a forecast, the framework status and the reason', () => {
    const values = computedValues(
      {
        row: goodIlacs,
        schedule: computeSchedule(goodIlacs, today),
        noForecast: 'No forecast: why.',
      },
      [],
      today,
    );
    expect(values.expectedFrom).toBe('');
    expect(values.status).toBe('Window opens in 18 days (as of 2026-11-22)');
    expect(String(values.explanation)).toMatch(/No forecast: why\.$/);
  });
});
