import {
  type CivilDate,
  type DateWindow,
  addMonths,
  formatIso,
  isBefore,
  monthWindow,
} from './civil-date';
import type { RuleSettings } from './rule-settings';

export interface MonitoringVisit {
  readonly date: CivilDate;
  readonly window: DateWindow;
  readonly rule: 'R4a' | 'R4b';
  readonly explanation: string;
}

/** What R4 counts from; any may be unknown. */
export interface MonitoringRecord {
  /** Last on-site day of the inspection that judged the authority inadequate. */
  readonly lastOnSiteDay?: CivilDate | undefined;
  /**
   * Its first on-site day: with the last one unknown, a monitoring visit before the start still
   * belongs to an earlier cycle.
   */
  readonly inspectionStart?: CivilDate | undefined;
  readonly lastMonitoringVisit?: CivilDate | undefined;
}

/**
 * Whether the recorded monitoring visit belongs to this inspection's cycle: on or after its last
 * on-site day, or, with that unknown, on or after its start. A visit before it belongs to an
 * earlier cycle and is ignored.
 */
export function countsMonitoringVisit(record: MonitoringRecord): boolean {
  const { lastMonitoringVisit } = record;
  const cycleFrom = record.lastOnSiteDay ?? record.inspectionStart;
  return (
    lastMonitoringVisit !== undefined &&
    (cycleFrom === undefined || !isBefore(lastMonitoringVisit, cycleFrom))
  );
}

/**
 * R4a, R4b: the next monitoring visit for an authority on the inadequate pathway. R4b needs only
 * the previous visit, so a recorded one gives the next date even with the last on-site day
 * unknown; R4a needs the last on-site day. Undefined when neither is known.
 */
export function nextMonitoringVisit(
  record: MonitoringRecord,
  settings: RuleSettings,
): MonitoringVisit | undefined {
  const { lastOnSiteDay, lastMonitoringVisit } = record;
  if (lastMonitoringVisit && countsMonitoringVisit(record)) {
    const date = addMonths(lastMonitoringVisit, settings.monitoringIntervalMonths);
    const window = monthWindow(
      date,
      -settings.monitoringWindowMonths,
      settings.monitoringWindowMonths,
    );
    return {
      date,
      window,
      rule: 'R4b',
      explanation:
        `Next monitoring visit about ${formatIso(date)}, ${settings.monitoringIntervalMonths} months after the last one on ` +
        `${formatIso(lastMonitoringVisit)} (window ${formatIso(window.opens)} to ${formatIso(window.closes)}, R4b).`,
    };
  }
  if (!lastOnSiteDay) return undefined;
  const date = addMonths(lastOnSiteDay, settings.firstMonitoringVisitMonths);
  const { from, to } = settings.firstMonitoringVisitWindow;
  const window = monthWindow(lastOnSiteDay, from, to);
  const ignored = lastMonitoringVisit
    ? ` The monitoring visit recorded on ${formatIso(lastMonitoringVisit)} is before the inspection, so it is not counted.`
    : '';
  return {
    date,
    window,
    rule: 'R4a',
    explanation:
      `First monitoring visit about ${formatIso(date)}, ${settings.firstMonitoringVisitMonths} months after the last on-site day ` +
      `${formatIso(lastOnSiteDay)} (window ${formatIso(window.opens)} to ${formatIso(window.closes)}, R4a).${ignored}`,
  };
}
