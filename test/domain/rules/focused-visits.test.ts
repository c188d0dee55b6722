import { civil, formatIso } from '../../../src/domain/rules/civil-date';
import {
  type FocusedVisitRecord,
  PRIORITY_ACTION_FLAG,
  indicativeWindowOf,
  planFocusedVisits,
} from '../../../src/domain/rules/focused-visits';
import type { Pathway } from '../../../src/domain/rules/pathway';
import { DEFAULT_RULE_SETTINGS } from '../../../src/domain/rules/rule-settings';

function plan(pathway: Pathway, record: Partial<FocusedVisitRecord> & { start: string }) {
  const { start, ...rest } = record;
  const result = planFocusedVisits(
    { lastStart: civil(start), ...rest },
    pathway,
    DEFAULT_RULE_SETTINGS,
  );
  return {
    ...result,
    next: result.next && `${formatIso(result.next.opens)} to ${formatIso(result.next.closes)}`,
  };
}

describe('R3a, R3c: expected visits and the next indicative window', () => {
  test('short pathway, none done: months 6-30', () => {
    const result = plan('short', { start: '2024-06-10', focusedVisitsSince: 0 });
    expect(result).toMatchObject({ expected: 1, done: 0, next: '2024-12-10 to 2026-12-10' });
    expect(result.summary).toBe('0 of 1 done; next indicative 2024-12-10 to 2026-12-10');
    expect(result.explanation).toContain('at least 1 expected on the short pathway (R3a)');
    expect(result.explanation).toContain(
      '(R3c: months 6-30 after the last start; Ofsted publishes no timing)',
    );
    expect(result.explanation).toContain(
      'about 5 working days for a focused visit, 10 for a JTAI (R3e)',
    );
  });

  test('short pathway, one done: none more expected', () => {
    const result = plan('short', { start: '2024-06-10', focusedVisitsSince: 1 });
    expect(result.next).toBeUndefined();
    expect(result.summary).toBe('1 of 1 done; none more expected');
  });

  test('standard pathway: first visit months 6-18, second 18-30', () => {
    expect(plan('standard', { start: '2023-07-10' }).summary).toBe(
      '0 of 2 done; next indicative 2024-01-10 to 2025-01-10',
    );
    expect(plan('standard', { start: '2023-07-10', focusedVisitsSince: 1 }).summary).toBe(
      '1 of 2 done; next indicative 2025-01-10 to 2026-01-10',
    );
    expect(plan('standard', { start: '2023-07-10', focusedVisitsSince: 2 }).summary).toBe(
      '2 of 2 done; none more expected',
    );
  });

  test('inadequate pathway: none expected, monitoring visits instead', () => {
    const result = plan('inadequate', { start: '2023-07-10', focusedVisitsSince: 1 });
    expect(result).toMatchObject({ expected: 0, done: 0, next: undefined });
    expect(result.summary).toBe('None expected: monitoring visits instead');
    expect(result.explanation).toContain('(R3a)');
  });

  test('pauses shift the indicative windows too (R2e)', () => {
    const result = plan('standard', { start: '2019-01-07' });
    expect(result.next).toBe('2020-10-17 to 2021-10-18');
    expect(result.explanation).toContain('moved 468 days later');
    expect(plan('short', { start: '2017-06-05' }).next).toBe('2017-12-05 to 2019-12-05');
  });
});

describe('R3b: visits done so far', () => {
  test('a JTAI replaces one visit on the standard pathway, at most one', () => {
    const result = plan('standard', {
      start: '2023-07-10',
      focusedVisitsSince: 1,
      jtaiSince: true,
    });
    expect(result.done).toBe(2);
    expect(result.explanation).toContain('a JTAI counts as one visit on the standard pathway');
  });

  test('a JTAI does not count on the short pathway', () => {
    expect(plan('short', { start: '2024-06-10', jtaiSince: true }).done).toBe(0);
  });

  test('with no count, a focused visit dated after the inspection counts as one', () => {
    expect(
      plan('standard', { start: '2023-07-10', lastFocusedVisit: civil('2024-06-21') }).done,
    ).toBe(1);
    expect(
      plan('standard', { start: '2023-07-10', lastFocusedVisit: civil('2022-06-21') }).done,
    ).toBe(0);
  });

  test('the recorded count wins over the last visit date', () => {
    expect(
      plan('standard', {
        start: '2023-07-10',
        focusedVisitsSince: 0,
        lastFocusedVisit: civil('2024-06-21'),
      }).done,
    ).toBe(0);
  });

  test('more visits than expected are reported as they are', () => {
    expect(plan('short', { start: '2021-07-05', focusedVisitsSince: 2 }).summary).toBe(
      '2 of 1 done; none more expected',
    );
  });
});

describe('R3d: priority action', () => {
  test('raises the flag without moving dates', () => {
    const flagged = plan('standard', { start: '2023-07-10', priorityAction: true });
    const plain = plan('standard', { start: '2023-07-10' });
    expect(flagged.priorityAction).toBe(true);
    expect(flagged.next).toBe(plain.next);
    expect(flagged.summary).toBe(`${plain.summary}; ${PRIORITY_ACTION_FLAG} (R3d)`);
    expect(flagged.explanation).toContain('dates do not move (R3d)');
  });

  test.each(['short', 'standard', 'inadequate'] as const)(
    'the Focused visits column and the Explanation agree on the %s pathway',
    (pathway) => {
      const flagged = plan(pathway, { start: '2023-07-10', priorityAction: true });
      expect(flagged.summary).toContain(PRIORITY_ACTION_FLAG);
      expect(flagged.explanation).toContain(PRIORITY_ACTION_FLAG);
      expect(flagged.explanation).toContain('dates do not move (R3d)');
      const plain = plan(pathway, { start: '2023-07-10', priorityAction: false });
      expect(plain.summary).not.toContain(PRIORITY_ACTION_FLAG);
      expect(plain.explanation).not.toContain(PRIORITY_ACTION_FLAG);
    },
  );

  test('a priority action from a visit before the last inspection is not flagged, and says why', () => {
    const stale = plan('standard', {
      start: '2023-07-10',
      priorityAction: true,
      lastFocusedVisit: civil('2022-11-02'),
    });
    expect(stale.priorityAction).toBe(false);
    expect(stale.summary).not.toContain('priority action');
    expect(stale.explanation).toContain(
      'was before the last inspection, so it is not flagged (R3d)',
    );
  });
});

describe('indicativeWindowOf: the window read back from the Focused visits cell', () => {
  test.each<[Pathway, Partial<FocusedVisitRecord>]>([
    ['short', { focusedVisitsSince: 0 }],
    ['standard', { focusedVisitsSince: 1 }],
    [
      'standard',
      { focusedVisitsSince: 0, priorityAction: true, lastFocusedVisit: civil('2024-09-01') },
    ],
    ['standard', { focusedVisitsSince: 2 }],
    ['inadequate', {}],
  ])('gives back the window planFocusedVisits wrote (%s, %o)', (pathway, record) => {
    const result = planFocusedVisits(
      { lastStart: civil('2024-06-10'), ...record },
      pathway,
      DEFAULT_RULE_SETTINGS,
    );
    expect(indicativeWindowOf(result.summary)).toEqual(result.next);
  });

  test("text that is not the tool's gives no window", () => {
    expect(indicativeWindowOf('')).toBeUndefined();
    expect(indicativeWindowOf('next indicative soon to later')).toBeUndefined();
    expect(indicativeWindowOf('next indicative 2027-07-10 to 2027-01-10')).toBeUndefined();
  });
});
