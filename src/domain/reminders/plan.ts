import {
  type CivilDate,
  addDays,
  daysBetween,
  formatIso,
  fromDayNumber,
  isAfter,
  isBefore,
  toDayNumber,
} from '../rules/civil-date';
import type { TrackerRowResult } from '../tracker/compute-tracker';
import type { SendMode, TrackerSettings } from '../tracker/settings';

/**
 * Reminder planning (tracker.md, "Reminders"): which reminders are due today, to whom, and which
 * are skipped and why, given the computed rows, the settings and the Reminder log. Pure: the
 * daily job sends what this returns and logs the outcome.
 */

export const REMINDER_KINDS = [
  'Engagement meeting',
  'Self-evaluation due',
  'Engagement meeting overdue',
  'Self-evaluation overdue',
  'Inspection window opening',
  'Weekly digest',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const OUTCOMES = ['Sent', 'Test', 'Skipped', 'Deferred', 'Failed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What the Reminder log says happened to a key. */
export interface LoggedDecision {
  readonly key: string;
  readonly outcome: Outcome;
  readonly detail: string;
}

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

/** The weekly digest lists everything in this many days. */
export const DIGEST_DAYS = 90;
/** The digest goes out on the first run on or after Monday of each week. */
const MONDAY = 1;

export function reminderKey(
  authority: string,
  kind: ReminderKind,
  eventDate: CivilDate,
  lead: string,
): string {
  return [authority.trim().toLowerCase(), kind, formatIso(eventDate), lead].join('|');
}

/**
 * The most recent lead reached: of the leads whose day (event - lead) has come, the smallest, so
 * that after missed days only one reminder goes, never a burst of older ones. None once the event
 * has passed.
 */
export function leadReached(
  eventDate: CivilDate,
  today: CivilDate,
  leads: readonly number[],
): number | undefined {
  const daysToGo = daysBetween(today, eventDate);
  if (daysToGo < 0) return undefined;
  const reached = leads.filter((lead) => lead >= daysToGo);
  return reached.length > 0 ? Math.min(...reached) : undefined;
}

/** The latest overdue repeat reached: the first the day after the event, then every `everyDays`. */
export function overdueRepeatReached(
  eventDate: CivilDate,
  today: CivilDate,
  everyDays: number,
  atMost: number,
): number | undefined {
  const daysLate = daysBetween(eventDate, today);
  if (daysLate < 1 || atMost < 1) return undefined;
  return Math.min(atMost, Math.floor((daysLate - 1) / everyDays) + 1);
}

/** Monday of the week `today` is in. */
export function weekStart(today: CivilDate): CivilDate {
  const dayNumber = toDayNumber(today);
  const weekday = (((dayNumber + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday (4)
  return fromDayNumber(dayNumber - ((weekday - MONDAY + 7) % 7));
}

export interface PlanInput {
  readonly today: CivilDate;
  readonly rows: readonly TrackerRowResult[];
  readonly settings: TrackerSettings;
  readonly log: readonly LoggedDecision[];
}

/** Whether a key's reminder has gone out: in Test mode a test send counts, in Live only a real one. */
function delivered(outcomes: readonly Outcome[], mode: SendMode): boolean {
  return outcomes.includes('Sent') || (mode === 'Test' && outcomes.includes('Test'));
}

function authorityRecipients(row: TrackerRowResult): Recipients {
  const others = row.row.otherRecipients ?? [];
  const dcs = row.row.dcsEmail;
  return dcs ? { to: [dcs], cc: others } : { to: others, cc: [] };
}

interface Candidate {
  readonly kind: ReminderKind;
  readonly row?: TrackerRowResult;
  readonly eventDate: CivilDate;
  readonly lead: string;
  readonly recipients: Recipients;
  readonly forCoordinators: boolean;
}

/** Today's reminders for one authority: at most one per kind. */
function candidatesFor(
  row: TrackerRowResult,
  today: CivilDate,
  settings: TrackerSettings,
): Candidate[] {
  const { schedule } = row;
  const recipients = authorityRecipients(row);
  const coordinators = { to: settings.coordinatorEmails, cc: [] };
  const candidates: Candidate[] = [];
  const upcoming = (
    kind: ReminderKind,
    eventDate: CivilDate | undefined,
    leads: readonly number[],
    forCoordinators = false,
  ) => {
    const lead = eventDate && leadReached(eventDate, today, leads);
    if (eventDate && lead !== undefined) {
      const to = forCoordinators ? coordinators : recipients;
      candidates.push({
        kind,
        row,
        eventDate,
        lead: String(lead),
        recipients: to,
        forCoordinators,
      });
    }
  };
  const overdue = (kind: ReminderKind, eventDate: CivilDate | undefined, isOverdue: boolean) => {
    const repeat =
      eventDate &&
      isOverdue &&
      overdueRepeatReached(
        eventDate,
        today,
        settings.overdueRepeatDays,
        settings.overdueRepeatTimes,
      );
    if (eventDate && repeat) {
      candidates.push({
        kind,
        row,
        eventDate,
        lead: `overdue ${repeat}`,
        recipients,
        forCoordinators: false,
      });
    }
  };
  const selfEvaluationDone = schedule.selfEvaluationStatus?.state === 'done';
  upcoming('Engagement meeting', schedule.meeting?.date, settings.meetingReminderDays);
  if (!selfEvaluationDone) {
    upcoming(
      'Self-evaluation due',
      schedule.selfEvaluationDue,
      settings.selfEvaluationReminderDays,
    );
  }
  overdue(
    'Engagement meeting overdue',
    schedule.meeting?.date,
    schedule.meetingStatus?.state === 'overdue',
  );
  overdue(
    'Self-evaluation overdue',
    schedule.selfEvaluationDue,
    schedule.selfEvaluationStatus?.state === 'overdue',
  );
  const window = schedule.nextInspection?.window;
  if (window && isAfter(window.opens, today)) {
    upcoming(
      'Inspection window opening',
      window.opens,
      settings.inspectionWindowReminderDays,
      true,
    );
  }
  return candidates;
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
export function planReminders({ today, rows, settings, log }: PlanInput): PlannedReminder[] {
  const outcomesByKey = new Map<string, Outcome[]>();
  const lastByKey = new Map<string, LoggedDecision>();
  for (const entry of log) {
    outcomesByKey.set(entry.key, [...(outcomesByKey.get(entry.key) ?? []), entry.outcome]);
    lastByKey.set(entry.key, entry);
  }
  const candidates = [
    ...rows.flatMap((row) => candidatesFor(row, today, settings)),
    digestCandidate(today, settings),
  ];
  const plan: PlannedReminder[] = [];
  for (const candidate of candidates) {
    const authority = candidate.row?.row.authority ?? '';
    const key = reminderKey(authority, candidate.kind, candidate.eventDate, candidate.lead);
    if (delivered(outcomesByKey.get(key) ?? [], settings.sendMode)) continue;
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

/** Everything in the coming `DIGEST_DAYS` days, for the weekly digest: date order. */
export interface DigestLine {
  readonly date: CivilDate;
  readonly authority: string;
  readonly what: string;
}

export function digestLines(rows: readonly TrackerRowResult[], today: CivilDate): DigestLine[] {
  const until = addDays(today, DIGEST_DAYS);
  const lines: DigestLine[] = [];
  const add = (authority: string, date: CivilDate | undefined, what: string) => {
    if (date && !isBefore(date, today) && !isAfter(date, until))
      lines.push({ date, authority, what });
  };
  for (const { row, schedule } of rows) {
    add(
      row.authority,
      schedule.nextInspection?.window.opens,
      `${schedule.nextInspection?.kind ?? 'Inspection'} window opens`,
    );
    add(
      row.authority,
      schedule.nextInspection?.window.closes,
      `${schedule.nextInspection?.kind ?? 'Inspection'} window closes`,
    );
    add(row.authority, schedule.monitoringVisit?.date, 'Monitoring visit (about)');
    add(row.authority, schedule.meeting?.date, 'Annual engagement meeting');
    if (schedule.selfEvaluationStatus?.state !== 'done')
      add(row.authority, schedule.selfEvaluationDue, 'Self-evaluation due');
  }
  return lines.sort(
    (a, b) => toDayNumber(a.date) - toDayNumber(b.date) || a.authority.localeCompare(b.authority),
  );
}
