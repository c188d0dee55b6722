import type { EntryPoint } from './menu';

/** The daily trigger calls this top-level function of Code.js. */
export const DAILY_HANDLER: EntryPoint = 'runDailyRemindersFromTrigger';

function ownTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter(
    (trigger) => trigger.getHandlerFunction() === DAILY_HANDLER,
  );
}

/** Removes the tool's daily triggers; returns how many there were. */
export function removeDailyTrigger(): number {
  const triggers = ownTriggers();
  for (const trigger of triggers) ScriptApp.deleteTrigger(trigger);
  return triggers.length;
}

/** One daily trigger at the hour, in the spreadsheet's time zone, replacing any made before. */
export function installDailyTrigger(hour: number, timeZone: string): void {
  removeDailyTrigger();
  ScriptApp.newTrigger(DAILY_HANDLER)
    .timeBased()
    .atHour(hour)
    .everyDays(1)
    .inTimezone(timeZone)
    .create();
}
