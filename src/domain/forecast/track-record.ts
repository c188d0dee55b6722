import { type CivilDate, addDays, isAfter, isBefore } from '../rules/civil-date';
import type { Pause } from '../rules/rule-settings';
import { type KnownInspection, forecastQueue } from './queue';

/**
 * The forecast's track record (ilacs-rules.md F5): how often the windows it would have given some
 * months ago have held, scored as the backtest scores (F4), from nothing but what it knows on the
 * day: each authority's latest full inspection and the one before it. Going back `horizon` days,
 * an authority inspected since is put back at its previous inspection; the forecast of that day is
 * then compared with what happened up to the data's last day.
 */

/** What the tool knows of an authority's full inspections: the latest, and the one before it. */
export interface InspectionHistory {
  readonly id: string;
  readonly authority: string;
  readonly latest: CivilDate;
  readonly previous?: CivilDate | undefined;
}

/**
 * How far back the track record looks: the windows the forecast would have given six months ago.
 * Chosen on the backtest of both periods (backtest/results.md, Track record: of 6, 9 and 12
 * months, the smallest gap between the figure stated and what happened, summed over both).
 */
export const TRACK_RECORD_HORIZON_DAYS = 182;

/** The recent picks whose depth in the queue is measured: the last year's. */
export const RECENT_PICKS_DAYS = 365;

export interface TrackRecord {
  /** The day the windows are given as of: `horizon` days before the data's last day. */
  readonly givenOn: CivilDate;
  /** The data's last day: what happened up to it is known. */
  readonly dataEnd: CivilDate;
  /** Windows that held the real start. */
  readonly held: number;
  /** Windows scored: the authority was inspected by the data's end, or its window had closed. */
  readonly scored: number;
}

/** An authority as it stood on a day: its last inspection before it, and the next, if known. */
interface StandingThen {
  readonly inspection: KnownInspection;
  readonly next?: CivilDate | undefined;
}

/**
 * Each authority as it stood on `day`, from its latest and previous inspections (all the tool
 * knows, so none after the data's end); one inspected since whose previous inspection is not known
 * cannot be placed, so it is left out.
 */
function standingOn(histories: readonly InspectionHistory[], day: CivilDate): StandingThen[] {
  return histories.flatMap(({ id, authority, latest, previous }) => {
    if (isBefore(latest, day))
      return [{ inspection: { id, authority, start: latest, fromSnapshot: false } }];
    if (!previous || !isBefore(previous, day)) return [];
    return [{ inspection: { id, authority, start: previous, fromSnapshot: false }, next: latest }];
  });
}

/**
 * The track record as of `dataEnd`: the windows given `horizonDays` earlier, scored (F4) on what
 * happened up to `dataEnd`. Undefined when there is nothing to score (no forecast could be made).
 */
export function trackRecord(
  histories: readonly InspectionHistory[],
  dataEnd: CivilDate,
  pauses: readonly Pause[],
  horizonDays = TRACK_RECORD_HORIZON_DAYS,
): TrackRecord | undefined {
  const givenOn = addDays(dataEnd, -horizonDays);
  const standing = standingOn(histories, givenOn);
  const { byId } = forecastQueue(
    { inspections: standing.map(({ inspection }) => inspection) },
    givenOn,
    pauses,
  );
  let held = 0;
  let scored = 0;
  for (const { inspection, next } of standing) {
    const forecast = byId.get(inspection.id);
    if (!forecast) continue;
    const from = isBefore(forecast.expectedFrom, givenOn) ? givenOn : forecast.expectedFrom;
    const by = isBefore(forecast.expectedBy, from) ? from : forecast.expectedBy;
    if (!next && !isBefore(by, dataEnd)) continue;
    scored += 1;
    if (next && !isBefore(next, from) && !isAfter(next, by)) held += 1;
  }
  return scored === 0 ? undefined : { givenOn, dataEnd, held, scored };
}

/**
 * How far from the front of the queue Ofsted's recent picks were (F5): for each full inspection
 * in the `daysBack` days to `dataEnd`, the share of the queue that had waited longer than the
 * authority it took, on the day it started (0: the front, as in turn; near 1: out of turn). The
 * mean of those, or undefined with fewer than `minimum` picks to go on.
 */
export function recentPickDepth(
  histories: readonly InspectionHistory[],
  dataEnd: CivilDate,
  daysBack = RECENT_PICKS_DAYS,
  minimum = 10,
): number | undefined {
  const since = addDays(dataEnd, -daysBack);
  const picks = histories.filter(
    (history) =>
      history.previous !== undefined &&
      isAfter(history.latest, since) &&
      !isAfter(history.latest, dataEnd),
  );
  if (picks.length < minimum) return undefined;
  const depths = picks.map((pick) => {
    const waited = pick.previous as CivilDate;
    // Everyone's last inspection before that day; an authority unknown then is left out.
    const queue = standingOn(histories, pick.latest).map(({ inspection }) => inspection.start);
    const longer = queue.filter((start) => isBefore(start, waited)).length;
    return queue.length <= 1 ? 0 : longer / (queue.length - 1);
  });
  return depths.reduce((sum, depth) => sum + depth, 0) / depths.length;
}

/**
 * Recent picks deeper than this (their mean share of the queue that had waited longer) mean Ofsted
 * has left its queue: the forecast says it is less reliable now. In the backtest it marks 2018 (as
 * ILACS replaced SIF), early 2019 and from mid-2023 (weaker authorities taken out of turn); in-turn
 * years stay below it (backtest/results.md, Track record). It changes the words, not the window
 * (see the README's forecast section for what widening on it would do).
 */
export const LESS_RELIABLE_DEPTH = 0.15;

/** How far to trust the forecast, as measured on the day (F5). */
export interface ForecastReliability {
  readonly record?: TrackRecord | undefined;
  /** The recent picks' mean depth in the queue, where there were enough to measure. */
  readonly depth?: number | undefined;
  readonly lessReliable: boolean;
}

export function forecastReliability(
  histories: readonly InspectionHistory[],
  dataEnd: CivilDate | undefined,
  pauses: readonly Pause[],
): ForecastReliability {
  if (!dataEnd) return { lessReliable: false };
  const depth = recentPickDepth(histories, dataEnd);
  return {
    record: trackRecord(histories, dataEnd, pauses),
    depth,
    lessReliable: depth !== undefined && depth > LESS_RELIABLE_DEPTH,
  };
}
