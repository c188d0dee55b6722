import type { CivilDate } from '../rules/civil-date';
import type { Pathway } from '../rules/pathway';
import type { Schedule } from '../rules/schedule';
import type { ComputedColumnKey } from './columns';

/** A computed cell: text, a date, or blank (`''`). */
export type ComputedValue = string | CivilDate;

export const PATHWAY_NAMES: Record<Pathway, string> = {
  short: 'Short',
  standard: 'Standard',
  inadequate: 'Inadequate',
};

/** The values of the columns the tool writes, for one row. */
export function computedValues(
  schedule: Schedule,
  cellProblems: readonly string[],
): Record<ComputedColumnKey, ComputedValue> {
  return {
    pathway: schedule.pathway ? PATHWAY_NAMES[schedule.pathway] : '',
    nextInspection: schedule.nextInspection?.kind ?? '',
    due: schedule.nextInspection?.due ?? '',
    windowOpens: schedule.nextInspection?.window.opens ?? '',
    windowCloses: schedule.nextInspection?.window.closes ?? '',
    focusedVisits: schedule.focusedVisits?.summary ?? '',
    nextMonitoringVisit: schedule.monitoringVisit?.date ?? '',
    nextEngagementMeeting: schedule.meeting?.date ?? '',
    selfEvaluationDue: schedule.selfEvaluationDue ?? '',
    status: schedule.status,
    explanation: schedule.explanation,
    problems: [...cellProblems, ...schedule.problems].join('\n'),
  };
}
