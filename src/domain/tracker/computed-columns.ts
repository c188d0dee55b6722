import type { CivilDate } from '../rules/civil-date';
import type { Pathway } from '../rules/pathway';
import type { Schedule } from '../rules/schedule';
import {
  forecastExplanation,
  forecastStatus,
  lessReliableSentence,
  trackRecordSentence,
} from '../forecast/describe';
import type { Forecast } from '../forecast/queue';
import type { ForecastReliability } from '../forecast/track-record';
import { typeHistoryNote } from '../forecast/type-history';
import type { ComputedColumnKey } from './columns';
import type { TrackerRow } from './row';
import { frameworkInspectionWords, statusLine } from './status-line';

/** A computed cell: text, a date, or blank (`''`). */
export type ComputedValue = string | CivilDate;

export const PATHWAY_NAMES: Record<Pathway, string> = {
  short: 'Short',
  standard: 'Standard',
  inadequate: 'Inadequate',
};

/** One row's rules, and its forecast where the national picture gives one. */
export interface RowOutcome {
  readonly row: TrackerRow;
  readonly schedule: Schedule;
  readonly forecast?: Forecast | undefined;
  /** Why there is no forecast, when the rules give a next inspection but the forecast does not. */
  readonly noForecast?: string | undefined;
  /** How far to trust the forecast, measured on the day (F5). */
  readonly reliability?: ForecastReliability | undefined;
}

/** Status from the forecast where there is one: Ofsted running late is not "Overdue" (F2). */
function status({ schedule, forecast, reliability }: RowOutcome, today: CivilDate): string {
  const inspection = forecast
    ? forecastStatus(
        forecast,
        schedule.nextInspection?.window,
        today,
        reliability?.lessReliable ?? false,
      )
    : frameworkInspectionWords(schedule);
  return statusLine(inspection, schedule, today);
}

function explanation({ row, schedule, forecast, noForecast, reliability }: RowOutcome): string {
  const typeNote = schedule.pathway === 'short' ? typeHistoryNote(row) : undefined;
  const forecastWords = forecast
    ? [
        forecastExplanation(forecast),
        reliability && trackRecordSentence(reliability),
        reliability && lessReliableSentence(reliability),
      ]
    : [schedule.nextInspection && noForecast];
  return [schedule.explanation, typeNote, ...forecastWords].filter(Boolean).join(' ');
}

/** The values of the columns the tool writes, for one row. */
export function computedValues(
  outcome: RowOutcome,
  cellProblems: readonly string[],
  today: CivilDate,
): Record<ComputedColumnKey, ComputedValue> {
  const { schedule, forecast } = outcome;
  return {
    pathway: schedule.pathway ? PATHWAY_NAMES[schedule.pathway] : '',
    nextInspection: schedule.nextInspection?.kind ?? '',
    due: schedule.nextInspection?.due ?? '',
    windowOpens: schedule.nextInspection?.window.opens ?? '',
    windowCloses: schedule.nextInspection?.window.closes ?? '',
    expectedFrom: forecast?.expectedFrom ?? '',
    expectedBy: forecast?.expectedBy ?? '',
    focusedVisits: schedule.focusedVisits?.summary ?? '',
    nextMonitoringVisit: schedule.monitoringVisit?.date ?? '',
    nextEngagementMeeting: schedule.meeting?.date ?? '',
    selfEvaluationDue: schedule.selfEvaluationDue ?? '',
    status: status(outcome, today),
    explanation: explanation(outcome),
    problems: [...cellProblems, ...schedule.problems].join('\n'),
  };
}
