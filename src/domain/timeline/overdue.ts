import { type CivilDate, isBefore } from '../rules/civil-date';

/** What is overdue on a row (R2f, R5d), as its Status says. */
export interface Overdue {
  /** The framework's window closed, with no forecast to speak for the inspection instead. */
  readonly inspection: boolean;
  readonly meeting: boolean;
  readonly selfEvaluation: boolean;
}

export const NOTHING_OVERDUE: Overdue = {
  inspection: false,
  meeting: false,
  selfEvaluation: false,
};

/** The dates Recalculate wrote in a row that say whether something is overdue. */
export interface WrittenDates {
  readonly windowCloses?: CivilDate | undefined;
  /** Whether the row has a forecast (Expected from written); undefined when the Tracker has no such column. */
  readonly hasForecast: boolean | undefined;
  readonly meeting?: CivilDate | undefined;
  readonly selfEvaluationDue?: CivilDate | undefined;
}

/**
 * What is overdue on a row as of the day Recalculate computed it, from the dates it wrote, as its
 * Status says it, never from the Status's words:
 *
 * - the inspection (R2f) when Window closes is before that day and the row has no forecast: where
 *   there is one it speaks for the inspection, and Ofsted running late is not overdue (F2). A
 *   Tracker without the Expected from column cannot say, and nothing is marked;
 * - the engagement meeting (R5d) when Next engagement meeting is before that day: that date already
 *   counts from the latest meeting recorded (R5a), so a past one has not been held;
 * - the self-evaluation (R5d) when Self-evaluation due is before that day and no submission
 *   recorded counts for the coming meeting (R5c: `submitted`, asked only then).
 */
export function overdueOn(
  computedOn: CivilDate | undefined,
  written: WrittenDates,
  submitted: () => boolean,
): Overdue {
  if (!computedOn) return NOTHING_OVERDUE;
  const passed = (date: CivilDate | undefined) => date !== undefined && isBefore(date, computedOn);
  return {
    inspection: written.hasForecast === false && passed(written.windowCloses),
    meeting: passed(written.meeting),
    selfEvaluation: passed(written.selfEvaluationDue) && !submitted(),
  };
}

export function isAnythingOverdue(overdue: Overdue): boolean {
  return overdue.inspection || overdue.meeting || overdue.selfEvaluation;
}
