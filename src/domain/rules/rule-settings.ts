import { type CivilDate, civil, daysBetween } from './civil-date';

/** A date range in which Ofsted suspended routine inspection (R2e), both ends included. */
export interface Pause {
  readonly first: CivilDate;
  readonly last: CivilDate;
}

export function pauseLengthDays(pause: Pause): number {
  return daysBetween(pause.first, pause.last) + 1;
}

/** Months after the last full inspection's start (R3c). */
export interface MonthRange {
  readonly from: number;
  readonly to: number;
}

/**
 * Every number the rules leave to a setting, with the defaults of `ilacs-rules.md`
 * (section "Settings and their defaults").
 */
export interface RuleSettings {
  /** R2c */
  readonly inspectionCycleMonths: number;
  readonly windowBeforeMonths: number;
  readonly windowAfterMonths: number;
  /** R2e, in date order */
  readonly pauses: readonly Pause[];
  /** R3c */
  readonly shortFocusedVisitWindow: MonthRange;
  readonly standardFocusedVisitWindows: readonly [MonthRange, MonthRange];
  /** R4a, months after the last on-site day */
  readonly firstMonitoringVisitMonths: number;
  readonly firstMonitoringVisitWindow: MonthRange;
  /** R4b */
  readonly monitoringIntervalMonths: number;
  readonly monitoringWindowMonths: number;
  /** R5a */
  readonly engagementMeetingIntervalMonths: number;
  /** R5c */
  readonly selfEvaluationLeadDays: number;
}

export const COVID_PAUSE: Pause = { first: civil('2020-03-17'), last: civil('2021-06-27') };

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  inspectionCycleMonths: 36,
  windowBeforeMonths: 6,
  windowAfterMonths: 6,
  pauses: [COVID_PAUSE],
  shortFocusedVisitWindow: { from: 6, to: 30 },
  standardFocusedVisitWindows: [
    { from: 6, to: 18 },
    { from: 18, to: 30 },
  ],
  firstMonitoringVisitMonths: 6,
  firstMonitoringVisitWindow: { from: 4, to: 7 },
  monitoringIntervalMonths: 3,
  monitoringWindowMonths: 1,
  engagementMeetingIntervalMonths: 12,
  selfEvaluationLeadDays: 28,
};
