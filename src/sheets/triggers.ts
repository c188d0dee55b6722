import type { EntryPoint } from './menu';

/** The daily trigger calls this top-level function of Code.js. */
export const DAILY_HANDLER: EntryPoint = 'runDailyRemindersFromTrigger';

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

function ownTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter(
    (trigger) => trigger.getHandlerFunction() === DAILY_HANDLER,
  );
}

/** Removes this user's daily triggers; returns how many there were. */
export function removeOwnDailyTriggers(): number {
  const triggers = ownTriggers();
  for (const trigger of triggers) ScriptApp.deleteTrigger(trigger);
  return triggers.length;
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
