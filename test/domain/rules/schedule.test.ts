import { civil, formatIso } from '../../../src/domain/rules/civil-date';
import { computeSchedule } from '../../../src/domain/rules/schedule';
import {
  type ScheduleInput,
  isSelfEvaluationDoneFor,
} from '../../../src/domain/rules/schedule-facts';
import { PRIORITY_ACTION_FLAG } from '../../../src/domain/rules/focused-visits';
import { DEFAULT_RULE_SETTINGS } from '../../../src/domain/rules/rule-settings';

const today = civil('2026-11-22');

const goodIlacs: ScheduleInput = {
  lastInspection: civil('2024-06-10'),
  lastInspectionEnd: civil('2024-06-14'),
  inspectionType: 'ILACS short',
  overall: 'good',
  leaders: 'good',
  helpAndProtection: 'good',
  childrenInCare: 'outstanding',
  careLeavers: 'good',
};

describe('computeSchedule', () => {
  test('a good authority: short pathway, dates, states and an explanation citing the rules', () => {
    const schedule = computeSchedule(
      { ...goodIlacs, lastEngagementMeeting: civil('2025-10-01') },
      today,
    );
    expect(schedule.pathway).toBe('short');
    expect(schedule.nextInspection?.kind).toBe('Short inspection');
    expect(formatIso(schedule.nextInspection!.due)).toBe('2027-06-10');
    expect(schedule.inspectionStatus?.text).toBe('Window opens in 18 days');
    expect(schedule.focusedVisits?.summary).toBe(
      '0 of 1 done; next indicative 2024-12-10 to 2026-12-10',
    );
    expect(schedule.monitoringVisit).toBeUndefined();
    expect(formatIso(schedule.meeting!.date)).toBe('2026-10-01');
    expect(formatIso(schedule.selfEvaluationDue!)).toBe('2026-09-03');
    expect(schedule.meetingStatus?.state).toBe('overdue');
    expect(schedule.selfEvaluationStatus?.state).toBe('overdue');
    for (const rule of ['R1a', 'R2a', 'R2c', 'R2f', 'R3a', 'R3b', 'R3c', 'R5a', 'R5c', 'R5d']) {
      expect(schedule.explanation).toContain(rule);
    }
    expect(schedule.problems).toEqual([]);
  });

  test('a submitted self-evaluation and a planned meeting clear the overdue flags', () => {
    const schedule = computeSchedule(
      {
        ...goodIlacs,
        lastEngagementMeeting: civil('2025-10-01'),
        plannedEngagementMeeting: civil('2026-12-08'),
        selfEvaluationSubmitted: civil('2026-11-01'),
      },
      today,
    );
    expect(schedule.meetingStatus?.text).toBe('Due in 16 days');
    expect(schedule.selfEvaluationStatus?.state).toBe('done');
    expect(schedule.inspectionStatus?.state).toBe('upcoming');
    expect(schedule.explanation).toContain('submitted 2026-11-01');
  });

  test('with no meeting recorded, the meeting counts from the last on-site day', () => {
    const schedule = computeSchedule(goodIlacs, today);
    expect(formatIso(schedule.meeting!.date)).toBe('2025-06-14');
    expect(schedule.meeting?.basis).toBe('last inspection');
  });

  test('an estimated last on-site day is said to be estimated', () => {
    const { lastInspectionEnd: _, ...withoutEnd } = goodIlacs;
    const schedule = computeSchedule(withoutEnd, today);
    expect(formatIso(schedule.meeting!.date)).toBe('2025-06-14');
    expect(schedule.explanation).toContain('estimated');
  });

  describe('the inadequate pathway', () => {
    const inadequate: ScheduleInput = {
      lastInspection: civil('2025-03-03'),
      lastInspectionEnd: civil('2025-03-14'),
      inspectionType: 'ILACS standard',
      overall: 'inadequate',
    };

    test('monitoring visits instead of focused visits (R3a, R4)', () => {
      const schedule = computeSchedule(
        { ...inadequate, lastMonitoringVisit: civil('2026-09-30') },
        today,
      );
      expect(schedule.pathway).toBe('inadequate');
      expect(schedule.nextInspection?.kind).toBe('Standard inspection');
      expect(schedule.focusedVisits?.summary).toBe('None expected: monitoring visits instead');
      expect(formatIso(schedule.monitoringVisit!.date)).toBe('2026-12-30');
      expect(schedule.explanation).toContain('R4b');
    });

    test('R4c: no monitoring visit once the re-inspection window has closed', () => {
      const schedule = computeSchedule(inadequate, civil('2028-09-15'));
      expect(schedule.inspectionStatus?.state).toBe('overdue');
      expect(schedule.monitoringVisit).toBeUndefined();
      expect(schedule.explanation).toContain('(R4c)');
    });

    test('a missing last on-site day of an SIF inspection is a problem, not a guess', () => {
      const schedule = computeSchedule(
        { lastInspection: civil('2017-05-08'), inspectionType: 'SIF', overall: 'inadequate' },
        civil('2018-01-01'),
      );
      expect(schedule.nextInspection?.kind).toBe('SIF re-inspection');
      expect(schedule.monitoringVisit).toBeUndefined();
      expect(schedule.problems).toContain(
        'Last inspection end is blank: the first monitoring visit counts from the last on-site day (R4a).',
      );
    });
  });

  describe('inspections from 1 April 2026 on all three pathways (R1b)', () => {
    const april2026 = {
      lastInspection: civil('2026-05-11'),
      lastInspectionEnd: civil('2026-05-22'),
      inspectionType: 'ILACS standard',
    } as const;
    test.each([
      [
        'short',
        {
          leaders: 'good',
          helpAndProtection: 'good',
          childrenInCare: 'requires improvement',
          careLeavers: 'outstanding',
        },
        'Short inspection',
      ],
      [
        'standard',
        {
          leaders: 'requires improvement',
          helpAndProtection: 'good',
          childrenInCare: 'good',
          careLeavers: 'good',
        },
        'Standard inspection',
      ],
      [
        'inadequate',
        {
          leaders: 'good',
          helpAndProtection: 'inadequate',
          childrenInCare: 'good',
          careLeavers: 'good',
        },
        'Standard inspection',
      ],
    ] as const)('%s', (pathway, judgements, kind) => {
      const schedule = computeSchedule({ ...april2026, ...judgements }, today);
      expect(schedule.pathway).toBe(pathway);
      expect(schedule.nextInspection?.kind).toBe(kind);
      expect(formatIso(schedule.nextInspection!.due)).toBe('2029-05-11');
      expect(schedule.explanation).toContain('(R1b');
      expect(schedule.problems).toEqual([]);
    });
  });

  test('R1c: no pathway, the problem says what is missing, and engagement still computes', () => {
    const schedule = computeSchedule(
      {
        lastInspection: civil('2026-05-11'),
        lastInspectionEnd: civil('2026-05-22'),
        leaders: 'good',
        lastEngagementMeeting: civil('2026-09-01'),
      },
      today,
    );
    expect(schedule.pathway).toBeUndefined();
    expect(schedule.nextInspection).toBeUndefined();
    expect(schedule.problems).toEqual([
      'No pathway (R1c): help and protection, children in care and care leavers are missing; from 1 April 2026 the pathway needs all four judgements (R1b).',
    ]);
    expect(formatIso(schedule.meeting!.date)).toBe('2027-09-01');
    expect(schedule.inspectionStatus).toBeUndefined();
  });

  test('a blank row: problems, no crash', () => {
    const schedule = computeSchedule({}, today);
    expect(schedule.problems).toHaveLength(2);
    expect(schedule.problems[0]).toContain('Last inspection is blank');
    expect(schedule.explanation).toBe('');
  });

  test('an SIF inspection before the pause: R2d and R2e in the explanation', () => {
    const schedule = computeSchedule(
      {
        lastInspection: civil('2017-03-06'),
        inspectionType: 'SIF',
        overall: 'requires improvement',
      },
      today,
    );
    expect(formatIso(schedule.nextInspection!.due)).toBe('2021-06-17');
    expect(schedule.explanation).toContain('(R2d)');
    expect(schedule.explanation).toContain('(R2e)');
    expect(schedule.inspectionStatus?.state).toBe('overdue');
  });
});

describe('fixed after review', () => {
  test('R5a: a recorded last on-site day is used even when the start is blank', () => {
    const schedule = computeSchedule({ lastInspectionEnd: civil('2025-03-14') }, today);
    expect(formatIso(schedule.meeting!.date)).toBe('2026-03-14');
    expect(schedule.problems).toEqual([expect.stringContaining('Last inspection is blank')]);
  });

  test('R4c comes before asking for the last on-site day: a closed window needs no monitoring date', () => {
    const schedule = computeSchedule(
      { lastInspection: civil('2015-03-02'), inspectionType: 'SIF', overall: 'inadequate' },
      today,
    );
    expect(schedule.explanation).toContain('(R4c)');
    expect(schedule.problems.join(' ')).not.toContain('first monitoring visit');
  });

  test('a monitoring visit date in the past says to record the visit; an estimated on-site day is said to be', () => {
    const schedule = computeSchedule(
      {
        lastInspection: civil('2025-03-03'),
        inspectionType: 'ILACS standard',
        overall: 'inadequate',
      },
      today,
    );
    expect(formatIso(schedule.monitoringVisit!.date)).toBe('2025-09-14');
    expect(schedule.explanation).toContain('The last on-site day 2025-03-14 is estimated');
    expect(schedule.explanation).toContain(
      'That date has passed: record the visit in Last monitoring visit.',
    );
  });

  test('an indicative focused visit window that has closed says to record the visits', () => {
    const schedule = computeSchedule({ ...goodIlacs, lastInspection: civil('2023-06-12') }, today);
    expect(schedule.focusedVisits?.summary).toBe(
      '0 of 1 done; next indicative 2023-12-12 to 2025-12-12',
    );
    expect(schedule.explanation).toContain(
      'That indicative window has passed: record the visits in Focused visits since.',
    );
    expect(computeSchedule(goodIlacs, today).explanation).not.toContain(
      'That indicative window has passed',
    );
  });

  test('R3e: the explanation gives the notice Ofsted gives', () => {
    const { explanation } = computeSchedule(goodIlacs, today);
    expect(explanation).toContain(
      'inspectors arrive the following Monday, about 5 working days later (R3e)',
    );
    expect(explanation).toContain('about 5 working days for a focused visit, 10 for a JTAI (R3e)');
  });
});

describe('R4b needs only the previous monitoring visit', () => {
  // An SIF inspection: no recorded last on-site day, and none can be estimated.
  const sifInadequate: ScheduleInput = {
    lastInspection: civil('2017-05-08'),
    inspectionType: 'SIF',
    overall: 'inadequate',
  };

  test('with the last on-site day unknown, the next visit is 3 months after the recorded one', () => {
    const schedule = computeSchedule(
      { ...sifInadequate, lastMonitoringVisit: civil('2017-12-04') },
      civil('2018-01-01'),
    );
    expect(schedule.monitoringVisit).toMatchObject({ rule: 'R4b', date: civil('2018-03-04') });
    expect(formatIso(schedule.monitoringVisit!.window.opens)).toBe('2018-02-04');
    expect(formatIso(schedule.monitoringVisit!.window.closes)).toBe('2018-04-04');
    expect(schedule.explanation).toContain('3 months after the last one on 2017-12-04');
    expect(schedule.explanation).toContain('R4b');
    // Nothing about the first visit: a later visit is recorded.
    expect(schedule.problems.join(' ')).not.toContain('first monitoring visit');
    expect(schedule.problems).toEqual([
      'No engagement meeting, planned meeting or last inspection end is recorded: the next engagement meeting counts from one of them (R5a).',
    ]);
  });

  test('the interval is the monitoringIntervalMonths setting', () => {
    const schedule = computeSchedule(
      { ...sifInadequate, lastMonitoringVisit: civil('2017-12-04') },
      civil('2018-01-01'),
      { ...DEFAULT_RULE_SETTINGS, monitoringIntervalMonths: 4 },
    );
    expect(schedule.monitoringVisit?.date).toEqual(civil('2018-04-04'));
  });

  test('a visit before the inspection start is an earlier cycle: the first visit needs the last on-site day (R4a)', () => {
    const schedule = computeSchedule(
      { ...sifInadequate, lastMonitoringVisit: civil('2016-11-14') },
      civil('2018-01-01'),
    );
    expect(schedule.monitoringVisit).toBeUndefined();
    expect(schedule.problems).toContain(
      'Last inspection end is blank: the first monitoring visit counts from the last on-site day (R4a).',
    );
    expect(schedule.explanation).toContain(
      'The monitoring visit recorded on 2016-11-14 is before the inspection, so it is not counted',
    );
  });

  test('R4c still wins: no visit once the re-inspection window has closed', () => {
    const schedule = computeSchedule(
      { ...sifInadequate, lastMonitoringVisit: civil('2017-12-04') },
      today,
    );
    expect(schedule.inspectionStatus?.state).toBe('overdue');
    expect(schedule.monitoringVisit).toBeUndefined();
    expect(schedule.explanation).toContain('(R4c)');
  });

  test('R4a unchanged: the first visit from the last on-site day', () => {
    const schedule = computeSchedule(
      { ...sifInadequate, lastInspectionEnd: civil('2017-05-19') },
      civil('2018-01-01'),
    );
    expect(schedule.monitoringVisit).toMatchObject({ rule: 'R4a', date: civil('2017-11-19') });
  });
});

describe('R3d: the priority action flag is in the Explanation wherever it is in Focused visits', () => {
  test.each([
    ['short', { overall: 'good' }],
    ['standard', { overall: 'requires improvement' }],
    ['inadequate', { overall: 'inadequate' }],
  ] as const)('%s pathway', (pathway, grade) => {
    const schedule = computeSchedule(
      { ...goodIlacs, ...grade, priorityAction: true, lastFocusedVisit: civil('2025-05-20') },
      today,
    );
    expect(schedule.pathway).toBe(pathway);
    expect(schedule.focusedVisits?.summary).toContain(PRIORITY_ACTION_FLAG);
    expect(schedule.explanation).toContain(PRIORITY_ACTION_FLAG);
  });
});

describe('R1c reading in the schedule', () => {
  test('before 1 April 2026, all four judgements and no overall grade: R1b, and the explanation says the overall grade is missing', () => {
    const { overall: _, ...withoutOverall } = goodIlacs;
    const schedule = computeSchedule(withoutOverall, today);
    expect(schedule.pathway).toBe('short');
    expect(schedule.explanation).toContain('overall effectiveness is missing');
    expect(schedule.explanation).toContain('(R1c)');
    expect(schedule.problems).toEqual([]);
  });
});

describe('R5c reading in the schedule', () => {
  test('with no meeting recorded, a submission on the last on-site day counts as done', () => {
    const schedule = computeSchedule(
      { ...goodIlacs, selfEvaluationSubmitted: civil('2024-06-14') },
      today,
    );
    expect(schedule.selfEvaluationStatus?.state).toBe('done');
    expect(schedule.explanation).toContain('submitted 2024-06-14');
  });

  test('with a meeting recorded, a submission on that meeting counts, one before it does not', () => {
    const on = computeSchedule(
      {
        ...goodIlacs,
        lastEngagementMeeting: civil('2025-10-01'),
        selfEvaluationSubmitted: civil('2025-10-01'),
      },
      today,
    );
    expect(on.selfEvaluationStatus?.state).toBe('done');
    const before = computeSchedule(
      {
        ...goodIlacs,
        lastEngagementMeeting: civil('2025-10-01'),
        selfEvaluationSubmitted: civil('2025-09-30'),
      },
      today,
    );
    expect(before.selfEvaluationStatus?.state).toBe('overdue');
  });
});

describe('a cell that could not be read is not also reported as blank or missing', () => {
  test('Last inspection: no "Last inspection is blank" problem; the explanation says it is not used', () => {
    const schedule = computeSchedule({ unreadable: ['lastInspection'] }, today);
    expect(schedule.problems.join(' ')).not.toContain('Last inspection is blank');
    expect(schedule.explanation).toContain(
      'Last inspection could not be read, or holds a value that cannot be right, so it is not used (see Problems).',
    );
    expect(schedule.nextInspection).toBeUndefined();
  });

  test('a grade: R1c names it as unreadable, and adds no problem', () => {
    const schedule = computeSchedule(
      {
        lastInspection: civil('2026-05-11'),
        lastInspectionEnd: civil('2026-05-22'),
        leaders: 'good',
        helpAndProtection: 'good',
        childrenInCare: 'good',
        unreadable: ['careLeavers'],
      },
      today,
    );
    expect(schedule.pathway).toBeUndefined();
    expect(schedule.problems).toEqual([]);
    expect(schedule.explanation).toContain('care leavers could not be read');
    expect(schedule.explanation).not.toContain('missing');
  });

  test('Overall effectiveness before 1 April 2026: not called blank', () => {
    const schedule = computeSchedule(
      { lastInspection: civil('2024-06-10'), unreadable: ['overall'] },
      today,
    );
    expect(schedule.problems.join(' ')).not.toContain('blank');
    expect(schedule.explanation).toContain('overall effectiveness could not be read');
  });

  test('Last inspection end: no R4a "is blank" problem on the inadequate pathway', () => {
    const schedule = computeSchedule(
      {
        lastInspection: civil('2017-05-08'),
        inspectionType: 'SIF',
        overall: 'inadequate',
        lastEngagementMeeting: civil('2017-10-02'),
        unreadable: ['lastInspectionEnd'],
      },
      civil('2018-01-01'),
    );
    expect(schedule.monitoringVisit).toBeUndefined();
    expect(schedule.problems).toEqual([]);
    expect(schedule.explanation).toContain('Last inspection end could not be read');
    expect(schedule.explanation).not.toContain('Last inspection end is blank');
  });

  test('Last inspection end, estimated from the length: the note does not ask to record it', () => {
    const { lastInspectionEnd: _, ...withoutEnd } = goodIlacs;
    const schedule = computeSchedule({ ...withoutEnd, unreadable: ['lastInspectionEnd'] }, today);
    expect(schedule.explanation).toContain(
      "is estimated from the inspection's length, as Last inspection end could not be read.",
    );
    expect(schedule.explanation).not.toContain('record it in Last inspection end');
  });

  test('Last monitoring visit, with the last on-site day unknown: no problem about the first visit', () => {
    const schedule = computeSchedule(
      {
        lastInspection: civil('2017-05-08'),
        inspectionType: 'SIF',
        overall: 'inadequate',
        lastEngagementMeeting: civil('2017-10-02'),
        unreadable: ['lastMonitoringVisit'],
      },
      civil('2018-01-01'),
    );
    expect(schedule.problems).toEqual([]);
    expect(schedule.explanation).toContain('which could not be read');
  });

  test.each(['lastEngagementMeeting', 'plannedEngagementMeeting', 'lastInspectionEnd'] as const)(
    'a meeting date (%s): no R5a "nothing is recorded" problem',
    (key) => {
      const schedule = computeSchedule({ unreadable: [key] }, today);
      expect(schedule.problems.join(' ')).not.toContain('No engagement meeting');
      expect(schedule.explanation).toContain('No next engagement meeting');
      expect(schedule.explanation).toContain('could not be read');
    },
  );

  test('Last engagement meeting, with the last on-site day to fall back on: not "no meeting recorded"', () => {
    const schedule = computeSchedule(
      { ...goodIlacs, unreadable: ['lastEngagementMeeting'] },
      today,
    );
    expect(schedule.meeting?.basis).toBe('last inspection');
    expect(schedule.explanation).not.toContain('No engagement meeting recorded');
    expect(schedule.explanation).toContain('The last engagement meeting could not be read');
  });

  test('Self-evaluation submitted: not "not yet submitted"', () => {
    const schedule = computeSchedule(
      { ...goodIlacs, unreadable: ['selfEvaluationSubmitted'] },
      today,
    );
    expect(schedule.explanation).not.toContain('not yet submitted');
    expect(schedule.explanation).toContain('Self-evaluation submitted could not be read');
  });
});

describe('isSelfEvaluationDoneFor: R5c from the facts alone', () => {
  test('says what computeSchedule decides, for every way a submission counts or not', () => {
    const rows: ScheduleInput[] = [
      // On or after the last meeting: done; before it: not.
      { ...goodIlacs, lastEngagementMeeting: civil('2025-10-01') },
      {
        ...goodIlacs,
        lastEngagementMeeting: civil('2025-10-01'),
        selfEvaluationSubmitted: civil('2025-10-01'),
      },
      {
        ...goodIlacs,
        lastEngagementMeeting: civil('2025-10-01'),
        selfEvaluationSubmitted: civil('2025-09-30'),
      },
      // No meeting: on or after the last on-site day, recorded or estimated from the type.
      { ...goodIlacs, selfEvaluationSubmitted: civil('2024-06-14') },
      { ...goodIlacs, selfEvaluationSubmitted: civil('2024-06-13') },
      ...['2024-06-21', '2024-06-20'].map((submitted) => ({
        ...goodIlacs,
        lastInspectionEnd: undefined,
        inspectionType: 'ILACS standard' as const,
        selfEvaluationSubmitted: civil(submitted),
      })),
      { lastInspectionEnd: civil('2025-03-14'), selfEvaluationSubmitted: civil('2025-03-14') },
      { selfEvaluationSubmitted: civil('2025-03-14') },
    ];
    const decided = rows.map(
      (row) => computeSchedule(row, today).selfEvaluationStatus?.state === 'done',
    );
    expect(decided).toEqual([false, true, false, true, false, true, false, true, false]);
    expect(rows.map(isSelfEvaluationDoneFor)).toEqual(decided);
  });
});
