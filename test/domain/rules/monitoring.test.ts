import { civil, formatIso } from '../../../src/domain/rules/civil-date';
import { nextMonitoringVisit } from '../../../src/domain/rules/monitoring';
import { DEFAULT_RULE_SETTINGS } from '../../../src/domain/rules/rule-settings';

function visit(lastOnSiteDay: string, lastVisit?: string, inspectionStart?: string) {
  const result = nextMonitoringVisit(
    {
      lastOnSiteDay: lastOnSiteDay ? civil(lastOnSiteDay) : undefined,
      lastMonitoringVisit: lastVisit ? civil(lastVisit) : undefined,
      inspectionStart: inspectionStart ? civil(inspectionStart) : undefined,
    },
    DEFAULT_RULE_SETTINGS,
  );
  if (!result) return undefined;
  return {
    ...result,
    date: formatIso(result.date),
    window: `${formatIso(result.window.opens)} to ${formatIso(result.window.closes)}`,
  };
}

describe('R4a: the first monitoring visit', () => {
  test('about 6 months after the last on-site day, window 4 to 7 months', () => {
    expect(visit('2024-03-22')).toMatchObject({
      rule: 'R4a',
      date: '2024-09-22',
      window: '2024-07-22 to 2024-10-22',
    });
  });

  test('clamps at the end of a month', () => {
    expect(visit('2024-08-31')).toMatchObject({
      date: '2025-02-28',
      window: '2024-12-31 to 2025-03-31',
    });
  });

  test('a visit recorded before the inspection belongs to an earlier cycle', () => {
    const result = visit('2024-03-22', '2023-11-14');
    expect(result).toMatchObject({ rule: 'R4a', date: '2024-09-22' });
    expect(result?.explanation).toContain(
      '2023-11-14 is before the inspection, so it is not counted',
    );
  });
});

describe('R4b: later visits are quarterly', () => {
  test('3 months after the last visit, window plus or minus a month', () => {
    const result = visit('2024-03-22', '2024-10-01');
    expect(result).toMatchObject({
      rule: 'R4b',
      date: '2025-01-01',
      window: '2024-12-01 to 2025-02-01',
    });
    expect(result?.explanation).toContain('(window 2024-12-01 to 2025-02-01, R4b)');
  });

  test('the interval is a setting', () => {
    const settings = {
      ...DEFAULT_RULE_SETTINGS,
      monitoringIntervalMonths: 4,
      monitoringWindowMonths: 2,
    };
    const result = nextMonitoringVisit(
      { lastOnSiteDay: civil('2024-03-22'), lastMonitoringVisit: civil('2024-10-01') },
      settings,
    );
    expect(formatIso(result!.date)).toBe('2025-02-01');
    expect(formatIso(result!.window.opens)).toBe('2024-12-01');
  });

  test('needs only the previous visit: with the last on-site day unknown, still 3 months after it', () => {
    const result = visit('', '2024-10-01');
    expect(result).toMatchObject({
      rule: 'R4b',
      date: '2025-01-01',
      window: '2024-12-01 to 2025-02-01',
    });
    expect(result?.explanation).toContain('3 months after the last one on 2024-10-01');
    expect(result?.explanation).not.toContain('First monitoring visit');
  });

  test('with the last on-site day unknown, a visit before the inspection start is an earlier cycle', () => {
    expect(visit('', '2023-11-14', '2024-03-11')).toBeUndefined();
    expect(visit('', '2024-03-11', '2024-03-11')).toMatchObject({
      rule: 'R4b',
      date: '2024-06-11',
    });
  });

  test('with neither the last on-site day nor a visit there is nothing to count from', () => {
    expect(visit('', undefined, '2024-03-11')).toBeUndefined();
  });
});
