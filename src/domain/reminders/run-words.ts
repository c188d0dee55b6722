import { type CivilDate, formatIso } from '../rules/civil-date';
import type { Outcome } from './log';

/**
 * The daily run's own words: the Detail of each Reminder log row it writes, and its line on the
 * Settings sheet (`Daily reminders last ran`). The adapter decides; these say it.
 */

/** A run's outcome counts, and the reminders its time budget left for the next run. */
export interface RunCounts {
  readonly counts: Partial<Record<Outcome, number>>;
  readonly leftForNextRun: number;
}

/** `3 sent, 0 test, 1 deferred, 0 failed, 2 skipped, 0 unknown, 4 left for the next run` */
export function runText(summary: RunCounts): string {
  const parts = (['Sent', 'Test', 'Deferred', 'Failed', 'Skipped', 'Unknown'] as const).map(
    (outcome) => `${summary.counts[outcome] ?? 0} ${outcome.toLowerCase()}`,
  );
  const left =
    summary.leftForNextRun > 0 ? `, ${summary.leftForNextRun} left for the next run` : '';
  return `${parts.join(', ')}${left}`;
}

export interface LastRun extends RunCounts {
  readonly today: CivilDate;
  /** Why nothing was sent, when nothing might be. */
  readonly blocked?: string | undefined;
  /** Where the reminders left for the next run go (a follow-up run), when some were left. */
  readonly followUp?: string | undefined;
  /** Why the notice of unconfirmed sends still waits, if it does. */
  readonly noticeWaits?: string | undefined;
}

/** The Settings sheet's `Daily reminders last ran`, for a run that ran. */
export function lastRunText(run: LastRun): string {
  const note = run.blocked ? ` (nothing sent: ${run.blocked})` : '';
  const followUp = run.followUp === undefined ? '' : `; ${run.followUp}`;
  const waits = run.noticeWaits ? ` ${run.noticeWaits}` : '';
  return `${formatIso(run.today)}: ${runText(run)}${note}${followUp}${waits}`;
}

/** Why a run that could not get the document lock sent nothing yet, and where the work went. */
export function busyText(followUp: string): string {
  return `The tracker was busy with another run, so nothing was sent yet; ${followUp}.`;
}

/** The Settings sheet's `Daily reminders last ran`, for a run that found the tracker busy. */
export function busyRunText(today: CivilDate, busy: string): string {
  return `${formatIso(today)}: ${busy}`;
}

/** The log's note of reminders due on a day nothing may be sent. */
export function notSentTodayNote(due: number, blocked: string): string {
  return `${due} reminder${due === 1 ? '' : 's'} due today not sent: ${blocked}`;
}

/** A send that a stopped run recorded but could not confirm (logged Unknown). */
export const STOPPED_WHILE_SENDING =
  'A run stopped while sending this: it may or may not have gone out, so it is not sent again. ' +
  'The coordinators were told; check with the recipients.';

/** A send that a stopped run confirmed but did not log. */
export const SENT_BEFORE_STOP =
  'Sent by a run that stopped before logging it; logged now, and not sent again.';

/** A send the daily quota cannot take today (logged Deferred). */
export function quotaShortDetail(left: number, needed: number): string {
  return `The daily mail quota has ${left} recipients left; this needs ${needed}. It goes first on the next run.`;
}

/**
 * A reminder that went: with how many others it shared its email, why a later message of it did
 * not go (if one did not), or in Test mode to whom it went instead.
 */
export function sentDetail(
  others: number,
  notSent: string | undefined,
  testTo: string | undefined,
): string {
  const together =
    others > 0 ? `In one email with ${others} other reminder${others > 1 ? 's' : ''}.` : '';
  const detail = notSent ?? (testTo ? `Test mode: sent to ${testTo} instead.` : '');
  return [together, detail].filter(Boolean).join(' ');
}

/** Why a later message of several did not go, the earlier ones having gone. */
export function messageNotSentNote(
  index: number,
  total: number,
  to: string,
  cc: string,
  why: string,
): string {
  return `Message ${index + 1} of ${total} (${to}, ${cc}) was not sent: ${why}`;
}

/** MailApp refused the send for the quota (logged Deferred). */
export function quotaGoneDetail(error: string): string {
  return `${error} It goes first on the next run.`;
}

/** MailApp refused the send before sending it (logged Failed). */
export function refusedDetail(error: string): string {
  return `${error} It is tried again on the next run.`;
}

/** MailApp threw without saying it refused the message (logged Unknown). */
export function unconfirmedDetail(error: string): string {
  return (
    `MailApp said "${error}": it may have gone out all the same, so it is not sent again, to be sure no one gets it twice; ` +
    'the coordinators are told, to check with the recipients.'
  );
}

/** The store refused the journal entry, so nothing was sent (logged Failed). */
export function notRecordedDetail(error: string): string {
  return `It could not be recorded before sending (${error}), so it was not sent; it is tried again on the next run.`;
}

/** Gmail refused a single reminder's email as too large (logged Failed, not tried again). */
export function tooLargeDetail(error: string): string {
  return `${error} Gmail refused this email as too large, so it is not tried again: shorten the row's long cells, or send it by hand.`;
}
