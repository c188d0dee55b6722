/**
 * `npm run backtest`'s figures, held: the forecast and the two anchors on the history before
 * July 2024. A change to the forecast that moves them must be run through `npm run backtest`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_END, backtestTables, coverage, runBacktest } from '../backtest/backtest';
import { readHistory } from '../backtest/history';
import {
  HORIZONS_TRIED,
  TRACK_RECORD_CUT_OFFS,
  checkTrackRecord,
  periodGaps,
  wideningWhereFlagged,
} from '../backtest/track-record';
import { formatIso } from '../src/domain/rules/civil-date';
import { TRACK_RECORD_HORIZON_DAYS } from '../src/domain/forecast/track-record';
import { median } from '../backtest/score';
import { readmeSection } from '../scripts/readme-section';

const root = path.join(__dirname, '..');
const results = runBacktest();
const [forecast, framework, plainQueue] = results;

test('the anchors come out as measured on the history to June 2024: framework 0.45 at 12.0, plain queue 0.27 at 8.0', () => {
  expect(coverage(framework!.overall).toFixed(2)).toBe('0.45');
  expect(median(framework!.overall.widths).toFixed(1)).toBe('12.0');
  expect(coverage(plainQueue!.overall).toFixed(2)).toBe('0.27');
  expect(median(plainQueue!.overall.widths).toFixed(1)).toBe('8.0');
});

test('the forecast holds more real next inspections than either anchor, in a narrower window than the framework', () => {
  expect(coverage(forecast!.overall)).toBeGreaterThan(coverage(framework!.overall));
  expect(coverage(forecast!.overall)).toBeGreaterThan(coverage(plainQueue!.overall));
  expect(median(forecast!.overall.widths)).toBeLessThan(median(framework!.overall.widths));
});

test('backtest/results.md and the README hold the figures the backtest gives now', () => {
  const table = backtestTables();
  expect(readFileSync(path.join(root, 'backtest', 'results.md'), 'utf8')).toContain(table);
  expect(readmeSection(readFileSync(path.join(root, 'README.md'), 'utf8'), 'backtest')).toBe(
    table.replace(/^## /gm, '### '),
  );
});

test('where it would say "less reliable now", a widening would have raised coverage at every such cut-off, in both periods (the README says so)', () => {
  const checks = wideningWhereFlagged(readHistory(), DATA_END);
  const years = checks.map((check) => check.cutOff.year);
  expect(years.some((year) => year < 2022)).toBe(true);
  expect(years.some((year) => year >= 2022)).toBe(true);
  for (const { as, widened } of checks)
    expect(widened.hits / widened.scored).toBeGreaterThan(as.hits / as.scored);
});

describe('the track record (F5) beside what happened, at every cut-off from 2018 to mid-2024', () => {
  const checks = checkTrackRecord(readHistory(), DATA_END);

  test('every half-year has a real coverage to set the stated figure against, in both periods', () => {
    expect(checks.map((check) => formatIso(check.cutOff))).toEqual(
      TRACK_RECORD_CUT_OFFS.map(formatIso),
    );
    expect(formatIso(checks[0]!.cutOff)).toBe('2018-01-01');
    expect(formatIso(checks.at(-1)!.cutOff)).toBe('2024-01-01');
    for (const check of checks) expect(check.real.scored).toBeGreaterThan(20);
    const stated = checks.filter((check) => check.stated !== undefined);
    expect(stated.length).toBeGreaterThanOrEqual(12);
  });

  test('each period reports its gap, and the horizon the tool uses is the one with the smallest gap over both', () => {
    const gaps = periodGaps(checks);
    expect(gaps.map((gap) => gap.name)).toEqual(['2018 to 2021', '2022 to mid-2024']);
    for (const gap of gaps) expect(Number.isFinite(gap.absolute)).toBe(true);
    const both = (days: number) =>
      periodGaps(checkTrackRecord(readHistory(), DATA_END, days)).reduce(
        (sum, gap) => sum + gap.absolute,
        0,
      );
    const chosen = both(TRACK_RECORD_HORIZON_DAYS);
    for (const days of HORIZONS_TRIED) expect(chosen).toBeLessThanOrEqual(both(days));
  });
});
