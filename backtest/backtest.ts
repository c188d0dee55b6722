/**
 * `npm run backtest`: replays the history before July 2024 and scores the forecast against the real next
 * inspections, beside the two anchors, and the track record the tool would have stated beside what
 * happened (backtest/track-record.ts). Writes backtest/results.md and the README's forecast
 * section, and prints the tables.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type CivilDate, civil, formatIso } from '../src/domain/rules/civil-date';
import { withReadmeSection } from '../scripts/readme-section';
import { type PastInspection, readHistory, stateAt } from './history';
import { type Model, forecastModel, frameworkModel, plainQueueModel } from './models';
import { type Score, combine, median, scoreWindows } from './score';
import {
  HORIZONS_TRIED,
  checkTrackRecord,
  trackRecordTable,
  wideningWhereFlagged,
} from './track-record';

export const CUT_OFFS = ['2022-01-01', '2022-07-01', '2023-01-01', '2023-07-01'].map(civil);
export const DATA_END = civil('2024-06-30');

export const MODELS: readonly { readonly name: string; readonly model: Model }[] = [
  { name: 'forecast (this tool)', model: forecastModel },
  { name: 'anchor: framework rule (R2c-R2e)', model: frameworkModel },
  { name: "anchor: first in, first out at last year's rate, +/-4 months", model: plainQueueModel },
];

export interface ModelResult {
  readonly name: string;
  readonly byCutOff: readonly Score[];
  readonly overall: Score;
}

export function runBacktest(history: readonly PastInspection[] = readHistory()): ModelResult[] {
  const states = CUT_OFFS.map((cutOff) => stateAt(history, cutOff, DATA_END));
  return MODELS.map(({ name, model }) => {
    const byCutOff = CUT_OFFS.map((cutOff, index) => {
      const state = states[index] ?? [];
      return scoreWindows(state, model(state, cutOff), cutOff, DATA_END);
    });
    return { name, byCutOff, overall: combine(byCutOff) };
  });
}

export function coverage(score: Score): number {
  return score.scored === 0 ? Number.NaN : score.hits / score.scored;
}

function cell(score: Score): string {
  return `${coverage(score).toFixed(2)} at ${median(score.widths).toFixed(1)} (${score.hits}/${score.scored})`;
}

export function resultsTable(results: readonly ModelResult[]): string {
  const dates = (list: readonly CivilDate[]) => list.map(formatIso);
  return [
    '## Backtest: the forecast against real next inspections',
    '',
    `Cut-offs ${dates(CUT_OFFS).join(', ')}; outcomes up to ${formatIso(DATA_END)} ` +
      '(`data/inspections-2013-2024-06.csv`). Each cell: coverage (hits / scored) at the median ' +
      'window width in months of 30.44 days, then hits/scored.',
    '',
    `| model | all cut-offs | ${dates(CUT_OFFS).join(' | ')} |`,
    `| --- | --- | ${CUT_OFFS.map(() => '---').join(' | ')} |`,
    ...results.map(
      (result) =>
        `| ${result.name} | ${cell(result.overall)} | ${result.byCutOff.map(cell).join(' | ')} |`,
    ),
  ].join('\n');
}

/** Both tables: the forecast beside its anchors, and the track record beside what happened. */
export function backtestTables(history: readonly PastInspection[] = readHistory()): string {
  const byHorizon = new Map(
    HORIZONS_TRIED.map((days) => [days, checkTrackRecord(history, DATA_END, days)]),
  );
  const tracked = trackRecordTable(
    checkTrackRecord(history, DATA_END),
    byHorizon,
    wideningWhereFlagged(history, DATA_END),
  );
  return `${resultsTable(runBacktest(history))}\n\n${tracked}`;
}

function main(): void {
  const table = backtestTables();
  const root = path.join(__dirname, '..');
  writeFileSync(
    path.join(root, 'backtest', 'results.md'),
    `# Backtest results\n\nMade by \`npm run backtest\`; do not edit.\n\n${table}\n`,
  );
  const readme = path.join(root, 'README.md');
  writeFileSync(readme, withReadmeSection(readFileSync(readme, 'utf8'), 'backtest', table));
  console.log(table);
}

if (require.main === module) main();
