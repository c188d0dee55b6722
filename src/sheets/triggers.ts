import type { EntryPoint } from './menu';

/** The daily trigger calls this top-level function of Code.js. */
export const DAILY_HANDLER: EntryPoint = 'runDailyRemindersFromTrigger';
/** A one-off trigger calls this to finish what a run left when it stopped at its time budget. */
export const FOLLOW_UP_HANDLER: EntryPoint = 'continueRemindersFromTrigger';
/** How soon the follow-up runs: minutes, not the next day. */
export const FOLLOW_UP_AFTER_MS = 5 * 60 * 1000;

/**
 * Whether daily reminders are on, and who turned them on, for the whole document. A trigger
 * belongs to the user who made it and only they can see or delete it, so the switch is kept here:
 * a trigger finding it off removes itself, whoever turned it off.
 */
const SWITCH = 'ilacs.dailyReminders';

interface Switch {
  readonly on: boolean;
  readonly by: string;
}

function readSwitch(): Switch | undefined {
  const stored = PropertiesService.getDocumentProperties().getProperty(SWITCH);
  return stored ? (JSON.parse(stored) as Switch) : undefined;
}

function writeSwitch(value: Switch): void {
  PropertiesService.getDocumentProperties().setProperty(SWITCH, JSON.stringify(value));
}

/** This user's triggers calling `handler` (Apps Script shows each user only their own). */
function ownTriggers(handler: EntryPoint = DAILY_HANDLER): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter(
    (trigger) => trigger.getHandlerFunction() === handler,
  );
}

/** Removes this user's daily triggers; returns how many there were. */
export function removeOwnDailyTriggers(): number {
  const triggers = ownTriggers();
  for (const trigger of triggers) ScriptApp.deleteTrigger(trigger);
  return triggers.length;
}

/** What became of a follow-up run asked for: set, one already waiting, or none possible. */
export type FollowUp =
  | { readonly kind: 'set' }
  | { readonly kind: 'waiting' }
  | { readonly kind: 'failed'; readonly why: string };

/**
 * A run stopped early with sends left, or could not start: one follow-up minutes later, unless
 * one is already waiting (a user may have 20 triggers).
 */
export function scheduleFollowUp(): FollowUp {
  if (ownTriggers(FOLLOW_UP_HANDLER).length > 0) return { kind: 'waiting' };
  try {
    ScriptApp.newTrigger(FOLLOW_UP_HANDLER).timeBased().after(FOLLOW_UP_AFTER_MS).create();
    return { kind: 'set' };
  } catch (error) {
    return { kind: 'failed', why: error instanceof Error ? error.message : String(error) };
  }
}

/** `the rest go in a follow-up run in 5 minutes`, for the Settings sheet's status. */
export function followUpWords(followUp: FollowUp, what: string): string {
  switch (followUp.kind) {
    case 'set':
      return `${what} go in a follow-up run in ${FOLLOW_UP_AFTER_MS / 60_000} minutes`;
    case 'waiting':
      return `${what} go in the follow-up run already waiting`;
    case 'failed':
      return `${what} go on the next daily run (no follow-up run could be set: ${followUp.why})`;
  }
}

/** A follow-up trigger that has fired is removed, so that it neither lingers nor counts. */
export function removeOwnFollowUps(): void {
  for (const trigger of ownTriggers(FOLLOW_UP_HANDLER)) ScriptApp.deleteTrigger(trigger);
}

/**
 * One daily trigger at the hour, in the spreadsheet's time zone, replacing this user's earlier
 * one. When someone else's trigger already runs them, nothing is added: returns their address.
 */
export function turnOnDaily(hour: number, timeZone: string, me: string): { runBy: string } {
  const current = readSwitch();
  if (current?.on && current.by && current.by !== me) return { runBy: current.by };
  removeOwnDailyTriggers();
  ScriptApp.newTrigger(DAILY_HANDLER)
    .timeBased()
    .atHour(hour)
    .everyDays(1)
    .inTimezone(timeZone)
    .create();
  writeSwitch({ on: true, by: me });
  return { runBy: me };
}

/** Turns daily reminders off for everyone; another user's trigger removes itself when it next fires. */
export function turnOffDaily(me: string): { wasOn: boolean; runBy: string } {
  const current = readSwitch();
  const removed = removeOwnDailyTriggers();
  writeSwitch({ on: false, by: me });
  return { wasOn: removed > 0 || current?.on === true, runBy: current?.by ?? '' };
}

/** Whether a firing trigger should run; a trigger made before the switch existed runs. */
export function dailyIsOn(): boolean {
  return readSwitch()?.on ?? true;
}
