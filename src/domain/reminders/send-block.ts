import type { PlannedReminder } from './plan';
import { notSentTodayNote } from './run-words';
import type { TrackerSettings } from './settings';

/**
 * Why nothing is sent today, if nothing may be: a mode that is not Live or Test, or Test with no
 * one to send to (`testTo` is `''` when the script cannot see who runs it).
 */
export function blockedReason(
  settings: Pick<TrackerSettings, 'sendMode' | 'sendModeNote'>,
  testTo: string | undefined,
): string | undefined {
  if (settings.sendMode === 'Paused') return settings.sendModeNote ?? 'Send mode is Paused';
  if (testTo === '')
    return 'Send mode is Test, but the script cannot see who runs it, so there is nowhere safe to send.';
  return undefined;
}

/**
 * The Reminder log's note of a blocked day, if it gets one: Paused by choice sends nothing
 * quietly; a mode nobody chose, or Test with nowhere to send, says how many were due.
 */
export function blockedNote(
  settings: Pick<TrackerSettings, 'sendMode' | 'sendModeNote'>,
  blocked: string,
  plan: readonly PlannedReminder[],
): string | undefined {
  const chosenPause = settings.sendMode === 'Paused' && settings.sendModeNote === undefined;
  const due = plan.filter((reminder) => !reminder.skip).length;
  return !chosenPause && due > 0 ? notSentTodayNote(due, blocked) : undefined;
}
