import { type CivilDate, daysBetween, isAfter } from '../rules/civil-date';
import type { TrackerRowResult } from '../tracker/compute-tracker';
import type { ReminderKind } from './kinds';
import { type LastChase, leadReached, overdueChaseDue, weekStart } from './leads';
import { type Ledger, type SendKind, keepDays } from './ledger';
import { type LoggedDecision, reminderKey } from './log';
import type { SendMode, TrackerSettings } from './settings';

/**
 * Reminder planning (tracker.md, "Reminders"): which reminders are due today, to whom, and which
 * are skipped and why, given the computed rows, the settings and the Reminder log. Pure: the
 * daily job sends what this returns and logs the outcome.
 */

export interface Recipients {
  readonly to: readonly string[];
  readonly cc: readonly string[];
}

export interface PlannedReminder {
  /** Authority + kind + event date + lead: a reminder goes out once per key. */
  readonly key: string;
  readonly kind: ReminderKind;
  /** Blank for the weekly digest, which covers every authority. */
  readonly authority: string;
  readonly eventDate: CivilDate;
  /** `60` days before, `overdue 2`, or the digest's `week`. */
  readonly lead: string;
  readonly recipients: Recipients;
  /** The row the reminder is about (none for the digest). */
  readonly row?: TrackerRowResult | undefined;
  /** Set when the reminder is not to be sent, with the reason logged once. */
  readonly skip?: string | undefined;
  /** It was deferred or failed before: it goes first. */
  readonly retry: boolean;
}

export interface PlanInput {
  readonly today: CivilDate;
  readonly rows: readonly TrackerRowResult[];
  readonly settings: TrackerSettings;
  /** The Reminder log, the human record: skips logged once, retries first. */
  readonly log: readonly LoggedDecision[];
  /** What has gone out: the ledger, which no edit of the log can change. */
  readonly sent: Ledger;
}

interface Candidate {
  readonly kind: ReminderKind;
  readonly row?: TrackerRowResult;
  readonly eventDate: CivilDate;
  /** What the key is dated by, when not the event date: a forecast moves, the reminder must not. */
  readonly keyDate?: CivilDate | undefined;
  readonly lead: string;
  readonly recipients: Recipients;
  readonly forCoordinators: boolean;
}

/** What every candidate of one authority shares. */
interface RowContext {
  readonly row: TrackerRowResult;
  readonly today: CivilDate;
  readonly settings: TrackerSettings;
  readonly sent: Ledger;
}

/** In Test mode a test send counts as gone out; in Live only a real one. */
export function sendKindOf(mode: SendMode): SendKind {
  return mode === 'Test' ? 'test' : 'live';
}

/** Each address once, whatever its case: a DCS also in Other recipients gets one copy. */
function distinctAddresses(addresses: readonly string[], taken = new Set<string>()): string[] {
  return addresses.filter((address) => {
    const folded = address.trim().toLowerCase();
    if (taken.has(folded)) return false;
    taken.add(folded);
    return true;
  });
}

function authorityRecipients(row: TrackerRowResult): Recipients {
  const taken = new Set<string>();
  const dcs = distinctAddresses(row.row.dcsEmail ? [row.row.dcsEmail] : [], taken);
  const others = distinctAddresses(row.row.otherRecipients ?? [], taken);
  return dcs.length > 0 ? { to: dcs, cc: others } : { to: others, cc: [] };
}

/** A reminder at the most recent lead reached before the event, if one is reached today. */
function upcoming(
  { row, today, settings }: RowContext,
  kind: ReminderKind,
  eventDate: CivilDate | undefined,
  leads: readonly number[],
  forCoordinators = false,
  keyDate?: CivilDate,
): Candidate | undefined {
  const lead = eventDate && leadReached(eventDate, today, leads);
  if (!eventDate || lead === undefined) return undefined;
  const recipients = forCoordinators
    ? { to: settings.coordinatorEmails, cc: [] }
    : authorityRecipients(row);
  return { kind, row, eventDate, keyDate, lead: String(lead), recipients, forCoordinators };
}

/**
 * The coordinators' reminder that the next full inspection is coming: from the forecast's Expected
 * from where there is one (today's, once the authority is at the front), keyed by the last
 * inspection's start so that a forecast moving day by day sends it once; otherwise from the
 * framework's window.
 */
function inspectionComing(context: RowContext): Candidate | undefined {
  const { row, today, settings } = context;
  const leads = settings.inspectionWindowReminderDays;
  const { forecast } = row;
  if (forecast) {
    return upcoming(
      context,
      'Inspection window opening',
      forecast.expectedFrom,
      leads,
      true,
      row.row.lastInspection,
    );
  }
  const window = row.schedule.nextInspection?.window;
  return window && isAfter(window.opens, today)
    ? upcoming(context, 'Inspection window opening', window.opens, leads, true)
    : undefined;
}

/**
 * The overdue chase reached today for an event that has passed without a newer date: it starts
 * after the grace period and copies the coordinators.
 */
function overdue(
  { row, today, settings, sent }: RowContext,
  kind: ReminderKind,
  eventDate: CivilDate | undefined,
  isOverdue: boolean,
): Candidate | undefined {
  if (!eventDate || !isOverdue) return undefined;
  // The ledger remembers a chase for keepDays: past that, a chase sent could be forgotten and sent
  // again, so an event overdue that long is chased no more.
  const remembered = keepDays(settings.overdueRepeatDays, settings.overdueRepeatTimes);
  if (daysBetween(eventDate, today) > remembered) return undefined;
  const repeat = overdueChaseDue(
    eventDate,
    today,
    settings.overdueRepeatDays,
    settings.overdueRepeatTimes,
    settings.overdueGraceDays,
    lastChase(sent, settings, row.row.authority, kind, eventDate),
  );
  if (!repeat) return undefined;
  const own = authorityRecipients(row);
  const taken = new Set([...own.to, ...own.cc].map((address) => address.trim().toLowerCase()));
  const recipients = {
    to: own.to,
    cc: [...own.cc, ...distinctAddresses(settings.coordinatorEmails, taken)],
  };
  return { kind, row, eventDate, lead: `overdue ${repeat}`, recipients, forCoordinators: false };
}

/** The last chase of this event that went, from the ledger (which no edit of the log changes). */
function lastChase(
  sent: Ledger,
  settings: TrackerSettings,
  authority: string,
  kind: ReminderKind,
  eventDate: CivilDate,
): LastChase | undefined {
  let last: LastChase | undefined;
  for (let chase = 1; chase <= settings.overdueRepeatTimes; chase += 1) {
    const key = reminderKey(authority, kind, eventDate, `overdue ${chase}`);
    const sentOn = sent.sentOn(key, sendKindOf(settings.sendMode));
    if (sentOn) last = { chase, sentOn };
  }
  return last;
}

/** Today's reminders for one authority: at most one per kind. */
function candidatesFor(context: RowContext): Candidate[] {
  const { schedule } = context.row;
  const { settings } = context;
  const selfEvaluationDone = schedule.selfEvaluationStatus?.state === 'done';
  return [
    upcoming(context, 'Engagement meeting', schedule.meeting?.date, settings.meetingReminderDays),
    selfEvaluationDone
      ? undefined
      : upcoming(
          context,
          'Self-evaluation due',
          schedule.selfEvaluationDue,
          settings.selfEvaluationReminderDays,
        ),
    overdue(
      context,
      'Engagement meeting overdue',
      schedule.meeting?.date,
      schedule.meetingStatus?.state === 'overdue',
    ),
    overdue(
      context,
      'Self-evaluation overdue',
      schedule.selfEvaluationDue,
      schedule.selfEvaluationStatus?.state === 'overdue',
    ),
    inspectionComing(context),
  ].filter((candidate): candidate is Candidate => candidate !== undefined);
}

/** A row marked Paused, or with problems, sends nothing, its coordinators' reminders included. */
function skipReason(candidate: Candidate): string | undefined {
  const row = candidate.row;
  if (row?.row.reminders === 'Paused') return 'Reminders are Paused for this authority.';
  if (row && row.problems.length > 0) {
    return 'The row has problems: fix them (Check for problems), then it is sent.';
  }
  if (candidate.recipients.to.length > 0) return undefined;
  return candidate.forCoordinators
    ? 'No coordinator emails in Settings.'
    : 'No valid recipient: fill in DCS email or Other recipients.';
}

/** The weekly digest, keyed by the week's Monday: the first run on or after it sends it. */
function digestCandidate(today: CivilDate, settings: TrackerSettings): Candidate {
  return {
    kind: 'Weekly digest',
    eventDate: weekStart(today),
    lead: 'week',
    recipients: { to: settings.coordinatorEmails, cc: [] },
    forCoordinators: true,
  };
}

/**
 * Today's plan: the reminders due, each once per key. A key already delivered is left out; one
 * skipped before for the same reason is left out (it was logged once); one deferred or failed
 * before goes first.
 */
export function planReminders({ today, rows, settings, log, sent }: PlanInput): PlannedReminder[] {
  const lastByKey = new Map<string, LoggedDecision>();
  for (const entry of log) lastByKey.set(entry.key, entry);
  const sendKind = sendKindOf(settings.sendMode);
  const candidates = [
    ...rows.flatMap((row) => candidatesFor({ row, today, settings, sent })),
    digestCandidate(today, settings),
  ];
  const plan: PlannedReminder[] = [];
  for (const candidate of candidates) {
    const authority = candidate.row?.row.authority ?? '';
    const keyDate = candidate.keyDate ?? candidate.eventDate;
    const key = reminderKey(authority, candidate.kind, keyDate, candidate.lead);
    if (sent.has(key, sendKind)) continue;
    const skip = skipReason(candidate);
    const last = lastByKey.get(key);
    if (skip && last?.outcome === 'Skipped' && last.detail === skip) continue;
    plan.push({
      key,
      kind: candidate.kind,
      authority,
      eventDate: candidate.eventDate,
      lead: candidate.lead,
      recipients: candidate.recipients,
      row: candidate.row,
      skip,
      retry: last?.outcome === 'Deferred' || last?.outcome === 'Failed',
    });
  }
  return [
    ...plan.filter((reminder) => reminder.retry),
    ...plan.filter((reminder) => !reminder.retry),
  ];
}
