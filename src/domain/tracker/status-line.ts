import { type CivilDate, formatIso, parseIsoDate } from '../rules/civil-date';
import type { Schedule } from '../rules/schedule';

/**
 * The Status cell, from the facts the rules and the forecast give: what is said of the next
 * inspection, then any meeting or self-evaluation overdue (R5d), stamped with the day it speaks
 * for: `Expected Jan-May 2027 (framework window opens Dec 2026); self-evaluation overdue (as of
 * 2026-11-22)`. Its words are for people; only its stamp is read back.
 */

/** What the rules say of the engagement meeting and self-evaluation: their states. */
export type EngagementStates = Pick<Schedule, 'meetingStatus' | 'selfEvaluationStatus'>;

/** Said of the inspection when the rules give no next inspection. */
export const NO_NEXT_INSPECTION = 'No next inspection (see Problems)';

export function statusLine(
  inspection: string,
  engagement: EngagementStates,
  today: CivilDate,
): string {
  const parts = [inspection];
  if (engagement.meetingStatus?.state === 'overdue') parts.push('engagement meeting overdue');
  if (engagement.selfEvaluationStatus?.state === 'overdue') parts.push('self-evaluation overdue');
  return `${parts.join('; ')} (as of ${formatIso(today)})`;
}

/** What the Status says of the inspection by the framework's dates alone (R2f): no forecast. */
export function frameworkInspectionWords(schedule: Pick<Schedule, 'inspectionStatus'>): string {
  return schedule.inspectionStatus?.text ?? NO_NEXT_INSPECTION;
}

/** The stamp at the end of a Status the tool wrote: ` (as of 2026-11-22)`. */
const STAMP = / \(as of (\d{4}-\d{2}-\d{2})\)$/;

/** The day a Status cell was computed on, by its stamp; none for a cell the tool did not write. */
export function statusComputedOn(status: string): CivilDate | undefined {
  const stamp = STAMP.exec(status)?.[1];
  return stamp === undefined ? undefined : parseIsoDate(stamp);
}

/** A Status cell without its stamp: its words, as a reader is shown them. */
export function statusWords(status: string): string {
  return status.replace(STAMP, '');
}
