/**
 * `npm run backtest`'s figures, held: the forecast and the two anchors on the history before
 * July 2024. A change to the forecast that moves them must be run through `npm run backtest`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { coverage, resultsTable, runBacktest } from '../backtest/backtest';
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
  const table = resultsTable(results);
  expect(readFileSync(path.join(root, 'backtest', 'results.md'), 'utf8')).toContain(table);
  expect(readmeSection(readFileSync(path.join(root, 'README.md'), 'utf8'), 'backtest')).toBe(
    table.replace(/^## /gm, '### '),
  );
});
