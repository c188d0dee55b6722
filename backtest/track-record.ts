/**
 * Is the track record honest (ilacs-rules.md F5)? At every cut-off from 2018 to mid-2024, the
 * figure the tool would have stated that day (src/domain/forecast/track-record.ts, from each
 * authority's latest and previous inspection known then) beside the coverage the windows it gave
 * that day really had (F4, outcomes up to the data's end), and the gap, in both periods.
 */
import { type CivilDate, addDays, civil, formatIso, isAfter } from '../src/domain/rules/civil-date';
import {
  type InspectionHistory,
  LESS_RELIABLE_DEPTH,
  TRACK_RECORD_HORIZON_DAYS,
  recentPickDepth,
  trackRecord,
} from '../src/domain/forecast/track-record';

import { DEFAULT_RULE_SETTINGS } from '../src/domain/rules/rule-settings';
import { type PastInspection, inspectionsByAuthority, stateAt } from './history';
import { forecastModel } from './models';
import { type Score, median, scoreWindows } from './score';

/** Every six months from the start of ILACS to the last cut-off with outcomes to score. */
export const TRACK_RECORD_CUT_OFFS = Array.from({ length: 13 }, (_, index) =>
  civil(`${2018 + Math.floor(index / 2)}-${index % 2 === 0 ? '01' : '07'}-01`),
);

/** Two periods: before Ofsted took weaker authorities out of turn (2022-23), and since. */
export const PERIODS: readonly { readonly name: string; readonly until: CivilDate }[] = [
  { name: '2018 to 2021', until: civil('2021-12-31') },
  { name: '2022 to mid-2024', until: civil('2024-06-30') },
];

/** What the tool would know on `day`: each authority's latest full inspection and the one before. */
export function historiesOn(
  history: readonly PastInspection[],
  day: CivilDate,
): InspectionHistory[] {
  return inspectionsByAuthority(history).flatMap((inspections) => {
    const known = inspections.filter((inspection) => !isAfter(inspection.start, day));
    const latest = known[known.length - 1];
    if (!latest) return [];
    return [
      {
        id: latest.laCode,
        authority: latest.authority,
        latest: latest.start,
        previous: known[known.length - 2]?.start,
      },
    ];
  });
}

export interface TrackRecordCheck {
  readonly cutOff: CivilDate;
  readonly stated?: { readonly held: number; readonly scored: number } | undefined;
  readonly real: { readonly hits: number; readonly scored: number };
  /** The recent picks' mean depth in the queue, as the tool measures it on the day. */
  readonly depth?: number | undefined;
}

export function checkTrackRecord(
  history: readonly PastInspection[],
  dataEnd: CivilDate,
  horizonDays = TRACK_RECORD_HORIZON_DAYS,
  cutOffs: readonly CivilDate[] = TRACK_RECORD_CUT_OFFS,
): TrackRecordCheck[] {
  return cutOffs.map((cutOff) => {
    // The day before the cut-off: the forecast made on the cut-off knows nothing dated on it.
    const known = historiesOn(history, addDays(cutOff, -1));
    const stated = trackRecord(
      known,
      addDays(cutOff, -1),
      DEFAULT_RULE_SETTINGS.pauses,
      horizonDays,
    );
    const state = stateAt(history, cutOff, dataEnd);
    const real = scoreWindows(state, forecastModel(state, cutOff), cutOff, dataEnd);
    return {
      cutOff,
      stated,
      real: { hits: real.hits, scored: real.scored },
      depth: recentPickDepth(known, addDays(cutOff, -1)),
    };
  });
}

const share = (part: number, whole: number) => (whole === 0 ? Number.NaN : part / whole);

function gapOf(check: TrackRecordCheck): number | undefined {
  if (!check.stated || check.real.scored === 0) return undefined;
  return share(check.stated.held, check.stated.scored) - share(check.real.hits, check.real.scored);
}

function meanOf(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** How far either side the windows would widen where the recent picks say "less reliable". */
export const WIDENING_TRIED_DAYS = 61;

export interface WideningCheck {
  readonly cutOff: CivilDate;
  readonly as: Score;
  readonly widened: Score;
}

/**
 * At each cut-off where the tool would say "less reliable now", the coverage and width its
 * windows had, and what they would have had widened by `days` either side: the measure a widening
 * would be chosen on, in both periods.
 */
export function wideningWhereFlagged(
  history: readonly PastInspection[],
  dataEnd: CivilDate,
  days = WIDENING_TRIED_DAYS,
  cutOffs: readonly CivilDate[] = TRACK_RECORD_CUT_OFFS,
): WideningCheck[] {
  return cutOffs.flatMap((cutOff) => {
    const known = historiesOn(history, addDays(cutOff, -1));
    const depth = recentPickDepth(known, addDays(cutOff, -1));
    if (depth === undefined || depth <= LESS_RELIABLE_DEPTH) return [];
    const state = stateAt(history, cutOff, dataEnd);
    const windows = forecastModel(state, cutOff);
    const widened = new Map(
      [...windows].map(([id, window]) => [
        id,
        { from: addDays(window.from, -days), by: addDays(window.by, days) },
      ]),
    );
    return [
      {
        cutOff,
        as: scoreWindows(state, windows, cutOff, dataEnd),
        widened: scoreWindows(state, widened, cutOff, dataEnd),
      },
    ];
  });
}

/** Each period's mean gap either way, and stated minus real, over the cut-offs with both. */
export function periodGaps(
  checks: readonly TrackRecordCheck[],
): { name: string; count: number; absolute: number; signed: number }[] {
  let from = civil('2000-01-01');
  return PERIODS.map(({ name, until }) => {
    const inPeriod = checks.filter(
      (check) => !isAfter(from, check.cutOff) && !isAfter(check.cutOff, until),
    );
    from = addDays(until, 1);
    const gaps = inPeriod.flatMap((check) => {
      const gap = gapOf(check);
      return gap === undefined ? [] : [gap];
    });
    return { name, count: gaps.length, absolute: meanOf(gaps.map(Math.abs)), signed: meanOf(gaps) };
  });
}

/** The horizons tried, the tool's among them. */
export const HORIZONS_TRIED = [182, 273, 365];

export function trackRecordTable(
  checks: readonly TrackRecordCheck[],
  byHorizon: ReadonlyMap<number, readonly TrackRecordCheck[]>,
  widening: readonly WideningCheck[],
): string {
  const scored = (score: Score) =>
    `${share(score.hits, score.scored).toFixed(2)} at ${median(score.widths).toFixed(1)} (${score.hits}/${score.scored})`;
  const rows = checks.map((check) => {
    const gap = gapOf(check);
    const stated = check.stated
      ? `${check.stated.held} of ${check.stated.scored} (${share(check.stated.held, check.stated.scored).toFixed(2)})`
      : 'none';
    const flagged = check.depth !== undefined && check.depth > LESS_RELIABLE_DEPTH;
    return `| ${formatIso(check.cutOff)} | ${stated} | ${check.real.hits} of ${check.real.scored} (${share(check.real.hits, check.real.scored).toFixed(2)}) | ${gap === undefined ? '-' : gap.toFixed(2)} | ${check.depth === undefined ? '-' : check.depth.toFixed(2)}${flagged ? ' (less reliable)' : ''} |`;
  });
  const periods = periodGaps(checks).map(
    (gap) =>
      `| ${gap.name} | ${gap.count} | ${gap.absolute.toFixed(2)} | ${gap.signed.toFixed(2)} |`,
  );
  const horizons = [...byHorizon].map(([days, each]) => {
    const gaps = periodGaps(each);
    const sum = gaps.reduce((total, gap) => total + gap.absolute, 0);
    return `| ${Math.round(days / 30.44)} months${days === TRACK_RECORD_HORIZON_DAYS ? " (the tool's)" : ''} | ${gaps.map((gap) => gap.absolute.toFixed(2)).join(' | ')} | ${sum.toFixed(2)} |`;
  });
  return [
    '## Track record: the figure stated against what happened',
    '',
    'At each cut-off, the track record the tool would have stated that day (the windows it would ' +
      `have given ${Math.round(TRACK_RECORD_HORIZON_DAYS / 30.44)} months before, scored on what it knew by the day before the cut-off, as F4 scores) ` +
      'beside the coverage its windows given that day really had (outcomes up to the end of the ' +
      'data), the gap (stated minus real), and how far from the front of the queue the last ' +
      "year's picks were (their mean share of the queue that had waited longer).",
    '',
    '| cut-off | stated | real | gap | recent picks |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '| period | cut-offs | mean gap, either way | mean gap (stated minus real) |',
    '| --- | --- | --- | --- |',
    ...periods,
    '',
    'The horizon, chosen on both periods: the mean gap either way in each, and their sum.',
    '',
    `| horizon | ${PERIODS.map((period) => period.name).join(' | ')} | both |`,
    `| --- | ${PERIODS.map(() => '---').join(' | ')} | --- |`,
    ...horizons,
    '',
    `Where it would say "less reliable now": the windows' coverage at their median width in months, as given and widened by ${WIDENING_TRIED_DAYS} days either side (not adopted: the windows stay as given).`,
    '',
    '| cut-off | as given | widened |',
    '| --- | --- | --- |',
    ...widening.map(
      (check) => `| ${formatIso(check.cutOff)} | ${scored(check.as)} | ${scored(check.widened)} |`,
    ),
  ].join('\n');
}
