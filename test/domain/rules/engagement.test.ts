import { type CivilDate, civil, formatIso } from '../../../src/domain/rules/civil-date';
import {
  eventStatus,
  isSelfEvaluationDone,
  nextEngagementMeeting,
  selfEvaluationDueDate,
} from '../../../src/domain/rules/engagement';
import { DEFAULT_RULE_SETTINGS } from '../../../src/domain/rules/rule-settings';

const d = civil;

function meeting(record: {
  lastMeeting?: CivilDate;
  plannedMeeting?: CivilDate;
  lastOnSiteDay?: CivilDate;
}) {
  const result = nextEngagementMeeting(record, DEFAULT_RULE_SETTINGS);
  return result && { ...result, date: formatIso(result.date) };
}

describe('R5a: the next annual engagement meeting', () => {
  test('the planned date when one is recorded', () => {
    expect(
      meeting({ lastMeeting: d('2025-10-01'), plannedMeeting: d('2026-09-15') }),
    ).toMatchObject({
      date: '2026-09-15',
      basis: 'planned',
    });
  });

  test('otherwise 12 months after the last meeting', () => {
    const result = meeting({ lastMeeting: d('2025-10-01'), lastOnSiteDay: d('2024-06-14') });
    expect(result).toMatchObject({ date: '2026-10-01', basis: 'last meeting' });
    expect(result?.explanation).toContain('12 months after the last one on 2025-10-01 (R5a)');
  });

  test('a planned date not after the last meeting is the meeting that happened: not used', () => {
    const result = meeting({ lastMeeting: d('2025-10-01'), plannedMeeting: d('2025-10-01') });
    expect(result).toMatchObject({ date: '2026-10-01', basis: 'last meeting' });
    expect(result?.explanation).toContain('is not after the last meeting, so it is not used');
  });

  test('with no meeting ever recorded, 12 months after the last on-site day', () => {
    expect(meeting({ lastOnSiteDay: d('2024-02-29') })).toMatchObject({
      date: '2025-02-28',
      basis: 'last inspection',
    });
  });

  test('nothing to count from: undefined', () => {
    expect(meeting({})).toBeUndefined();
  });
});

describe('R5c: the self-evaluation', () => {
  test('is due 28 days before the meeting', () => {
    expect(formatIso(selfEvaluationDueDate(d('2026-03-10'), DEFAULT_RULE_SETTINGS))).toBe(
      '2026-02-10',
    );
    expect(formatIso(selfEvaluationDueDate(d('2024-03-20'), DEFAULT_RULE_SETTINGS))).toBe(
      '2024-02-21',
    );
  });

  test('counts as done when submitted on or after the previous meeting', () => {
    expect(isSelfEvaluationDone(d('2025-10-01'), d('2025-10-01'), d('2024-06-14'))).toBe(true);
    expect(isSelfEvaluationDone(d('2025-09-30'), d('2025-10-01'), d('2024-06-14'))).toBe(false);
    expect(isSelfEvaluationDone(undefined, d('2025-10-01'), d('2024-06-14'))).toBe(false);
  });

  test("with no meeting, when submitted on or after the last inspection's last on-site day", () => {
    expect(isSelfEvaluationDone(d('2024-06-15'), undefined, d('2024-06-14'))).toBe(true);
    expect(isSelfEvaluationDone(d('2024-06-13'), undefined, d('2024-06-14'))).toBe(false);
    expect(isSelfEvaluationDone(d('2024-06-15'), undefined, undefined)).toBe(false);
  });

  test('the R5c reading: "on or after" at both boundaries, the previous meeting and, with none, the last on-site day', () => {
    // The spec: a submission on or after the previous meeting or, with none, on or after the last
    // inspection's last on-site day. The day itself counts in both cases.
    expect(isSelfEvaluationDone(d('2025-10-01'), d('2025-10-01'), undefined)).toBe(true);
    expect(isSelfEvaluationDone(d('2024-06-14'), undefined, d('2024-06-14'))).toBe(true);
    // With a meeting recorded, the last on-site day no longer matters.
    expect(isSelfEvaluationDone(d('2025-09-30'), d('2025-10-01'), d('2024-06-14'))).toBe(false);
  });
});

describe('R5d: status', () => {
  test.each([
    ['2026-02-09', false, 'Due in 1 day'],
    ['2026-01-01', false, 'Due in 40 days'],
    ['2026-02-10', false, 'Due today'],
    ['2026-02-11', false, 'Overdue'],
    ['2026-02-11', true, 'Done'],
  ] as const)('on %s (done: %s): %s', (today, done, text) => {
    expect(eventStatus(d('2026-02-10'), d(today), done).text).toBe(text);
  });
});
