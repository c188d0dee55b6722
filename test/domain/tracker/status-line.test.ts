import { civil } from '../../../src/domain/rules/civil-date';
import { computeSchedule } from '../../../src/domain/rules/schedule';
import type { ScheduleInput } from '../../../src/domain/rules/schedule-facts';
import {
  frameworkInspectionWords,
  statusComputedOn,
  statusLine,
  statusWords,
} from '../../../src/domain/tracker/status-line';

const today = civil('2026-11-22');

/** A good short-pathway authority (R1a), last inspected June 2024. */
const goodIlacs: ScheduleInput = {
  lastInspection: civil('2024-06-10'),
  lastInspectionEnd: civil('2024-06-14'),
  overall: 'good',
};

/** The Status where there is no forecast: the framework's dates speak for the inspection. */
const statusOf = (input: ScheduleInput) => {
  const schedule = computeSchedule(input, today);
  return statusLine(frameworkInspectionWords(schedule), schedule, today);
};

describe('statusLine: the Status cell from the facts the rules give', () => {
  test('the inspection by the framework (R2f), then what is overdue (R5d), as of the day', () => {
    expect(statusOf({ ...goodIlacs, lastEngagementMeeting: civil('2025-10-01') })).toBe(
      'Window opens in 18 days; engagement meeting overdue; self-evaluation overdue (as of 2026-11-22)',
    );
    expect(
      statusOf({
        ...goodIlacs,
        lastEngagementMeeting: civil('2025-10-01'),
        plannedEngagementMeeting: civil('2026-12-08'),
        selfEvaluationSubmitted: civil('2026-11-01'),
      }),
    ).toBe('Window opens in 18 days (as of 2026-11-22)');
    expect(statusOf({ lastEngagementMeeting: civil('2026-09-01') })).toBe(
      'No next inspection (see Problems) (as of 2026-11-22)',
    );
    expect(statusOf({ lastInspection: civil('2020-01-13'), overall: 'good' })).toMatch(
      /^Overdue \(window closed \d+ days ago\)/,
    );
  });

  test('beside the forecast, a meeting or self-evaluation overdue is still said', () => {
    const overdue = { state: 'overdue', text: 'Overdue' } as const;
    expect(
      statusLine(
        'Expected Jan-May 2027 (framework window closed Aug 2026)',
        { meetingStatus: overdue, selfEvaluationStatus: overdue },
        today,
      ),
    ).toBe(
      'Expected Jan-May 2027 (framework window closed Aug 2026); engagement meeting overdue; self-evaluation overdue (as of 2026-11-22)',
    );
  });
});

describe('the stamp read back: the day, and the words without it', () => {
  test('the day a Status was computed on, and its words', () => {
    const status = statusOf({ ...goodIlacs, lastEngagementMeeting: civil('2025-10-01') });
    expect(statusComputedOn(status)).toEqual(today);
    expect(statusWords(status)).toBe(
      'Window opens in 18 days; engagement meeting overdue; self-evaluation overdue',
    );
  });

  test('a Status not written by the tool has no day, and its words are all of it', () => {
    for (const cell of ['my own note', '', 'Overdue (as of last week)', 'x (as of 2026-02-30)']) {
      expect(statusComputedOn(cell)).toBeUndefined();
    }
    expect(statusWords('my own note')).toBe('my own note');
    expect(statusWords('Overdue (as of last week)')).toBe('Overdue (as of last week)');
  });
});
