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

/**
 * R4a, R4b: the next monitoring visit for an authority on the inadequate pathway. A monitoring
 * visit recorded before the inspection's last on-site day belongs to an earlier cycle and is ignored.
 */
export function nextMonitoringVisit(
  lastOnSiteDay: CivilDate,
  lastMonitoringVisit: CivilDate | undefined,
  settings: RuleSettings,
): MonitoringVisit {
  if (lastMonitoringVisit && !isBefore(lastMonitoringVisit, lastOnSiteDay)) {
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
