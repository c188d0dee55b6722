/**
 * How a forecast is scored (ilacs-rules.md F4): on a cut-off day, a window is clipped to
 * start no earlier than the cut-off; a hit is a real next start inside it; an authority not
 * re-inspected by the data's end is a miss if its window closed before then, and is not scored
 * otherwise. Coverage is hits / scored; widths are in months of 30.44 days.
 */
import { type CivilDate, daysBetween, isAfter, isBefore } from '../src/domain/rules/civil-date';
import type { AuthorityAtCutOff } from './history';

export interface Window {
  readonly from: CivilDate;
  readonly by: CivilDate;
}

export interface Score {
  readonly hits: number;
  readonly scored: number;
  /** Width in months of every scored window, clipped. */
  readonly widths: readonly number[];
}

export const DAYS_PER_MONTH = 30.44;

export function scoreWindows(
  state: readonly AuthorityAtCutOff[],
  windows: ReadonlyMap<string, Window>,
  cutOff: CivilDate,
  dataEnd: CivilDate,
): Score {
  let hits = 0;
  const widths: number[] = [];
  for (const { latest, next } of state) {
    const window = windows.get(latest.laCode);
    if (!window) continue;
    const from = isBefore(window.from, cutOff) ? cutOff : window.from;
    const by = isBefore(window.by, from) ? from : window.by;
    if (!next && !isBefore(by, dataEnd)) continue;
    widths.push(daysBetween(from, by) / DAYS_PER_MONTH);
    if (next && !isBefore(next, from) && !isAfter(next, by)) hits += 1;
  }
  return { hits, scored: widths.length, widths };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

export function combine(scores: readonly Score[]): Score {
  return {
    hits: scores.reduce((sum, score) => sum + score.hits, 0),
    scored: scores.reduce((sum, score) => sum + score.scored, 0),
    widths: scores.flatMap((score) => score.widths),
  };
}
