import { type CivilDate, daysBetween } from '../rules/civil-date';
import { longDate } from '../rules/date-words';
import type { TrackerRowResult } from '../tracker/compute-tracker';

/**
 * `was submitted on Tuesday 27 October 2026`, `is due Tuesday 3 November 2026`, or for a day that
 * has passed `was due Tuesday 24 November 2026 and is not recorded as submitted`: the words
 * follow the date.
 */
export function selfEvaluationWords(row: TrackerRowResult | undefined, today: CivilDate): string {
  const submitted = row?.row.selfEvaluationSubmitted;
  if (submitted && row.schedule.selfEvaluationStatus?.state === 'done')
    return `was submitted on ${longDate(submitted)}`;
  const due = row?.schedule.selfEvaluationDue;
  if (!due) return 'is not yet recorded';
  return daysBetween(today, due) < 0
    ? `was due ${longDate(due)} and is not recorded as submitted`
    : `is due ${longDate(due)}`;
}
