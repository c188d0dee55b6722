/**
 * What the backtest compares: the tool's forecast and its two anchors (the framework, a plain
 * queue), each a window per authority as of a cut-off day.
 */
import { type CivilDate, addDays, compareDates, isBefore } from '../src/domain/rules/civil-date';
import { forecastQueue } from '../src/domain/forecast/queue';
import { parseGrade } from '../src/domain/rules/grades';
import { nextInspection } from '../src/domain/rules/next-inspection';
import { DEFAULT_RULE_SETTINGS } from '../src/domain/rules/rule-settings';
import type { AuthorityAtCutOff } from './history';
import { DAYS_PER_MONTH, type Window } from './score';

export type Model = (state: readonly AuthorityAtCutOff[], cutOff: CivilDate) => Map<string, Window>;

/** The tool's forecast: the national queue at the measured national rate (src/domain/forecast). */
export const forecastModel: Model = (state, cutOff) => {
  const inspections = state.map(({ latest }) => ({
    id: latest.laCode,
    authority: latest.authority,
    start: latest.start,
    fromSnapshot: true,
  }));
  // The state is complete up to the day before the cut-off: nothing to roll forward.
  const { byId } = forecastQueue({ inspections }, cutOff, DEFAULT_RULE_SETTINGS.pauses);
  return new Map(
    [...byId].map(([id, forecast]) => [
      id,
      { from: forecast.expectedFrom, by: forecast.expectedBy },
    ]),
  );
};

/** Anchor: the framework's window (R2c-R2e), as the rules engine computes it. */
export const frameworkModel: Model = (state) =>
  new Map(
    state.map(({ latest }) => {
      const { window } = nextInspection(
        { start: latest.start, overall: parseGrade(latest.overall) },
        'standard',
        DEFAULT_RULE_SETTINGS,
      );
      return [latest.laCode, { from: window.opens, by: window.closes }];
    }),
  );

/** Anchor: first in, first out at last year's national rate (365 calendar days), +/-4 months. */
export const plainQueueModel: Model = (state, cutOff) => {
  const yearAgo = addDays(cutOff, -365);
  const rate = state.filter(({ latest }) => !isBefore(latest.start, yearAgo)).length;
  const order = [...state].sort((a, b) => compareDates(a.latest.start, b.latest.start));
  const halfWidth = Math.round(4 * DAYS_PER_MONTH);
  return new Map(
    order.map(({ latest }, index) => {
      const expected = addDays(cutOff, Math.round(((index + 0.5) / rate) * 365.25));
      return [
        latest.laCode,
        { from: addDays(expected, -halfWidth), by: addDays(expected, halfWidth) },
      ];
    }),
  );
};
