/**
 * A top-level function of Code.js that Apps Script calls by name, for a menu item or a trigger.
 * src/main.ts declares them; the bundle test checks that Code.js has every one named here.
 */
export type EntryPoint =
  | 'setUpTracker'
  | 'recalculateNow'
  | 'checkForProblems'
  | 'showTimeline'
  | 'selectTrackerRow'
  | 'updateNationalData'
  | 'previewNationalData'
  | 'replaceNationalData'
  | 'previewTodaysReminders'
  | 'sendTestReminderToMe'
  | 'sendDueRemindersNow'
  | 'turnOnDailyReminders'
  | 'turnOffDailyReminders'
  | 'checkInstallation'
  | 'runDailyRemindersFromTrigger'
  | 'continueRemindersFromTrigger';

/** Called from a dialog's page (google.script.run), not from the menu. */
export const DIALOG_HANDLERS: readonly EntryPoint[] = [
  'selectTrackerRow',
  'previewNationalData',
  'replaceNationalData',
];

export const MENU_TITLE = 'ILACS tracker';

export interface MenuItem {
  readonly caption: string;
  readonly handler: EntryPoint;
}

/** tracker.md, "Menu"; `null` is a separator. */
export const MENU_ITEMS: readonly (MenuItem | null)[] = [
  { caption: 'Set up tracker', handler: 'setUpTracker' },
  { caption: 'Recalculate now', handler: 'recalculateNow' },
  { caption: 'Check for problems', handler: 'checkForProblems' },
  { caption: 'Show timeline', handler: 'showTimeline' },
  { caption: 'Update national data...', handler: 'updateNationalData' },
  null,
  { caption: "Preview today's reminders", handler: 'previewTodaysReminders' },
  { caption: 'Send a test reminder to me', handler: 'sendTestReminderToMe' },
  { caption: 'Send due reminders now', handler: 'sendDueRemindersNow' },
  null,
  { caption: 'Turn on daily reminders', handler: 'turnOnDailyReminders' },
  { caption: 'Turn off daily reminders', handler: 'turnOffDailyReminders' },
  null,
  { caption: 'Check installation', handler: 'checkInstallation' },
];

export function addMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item.caption, item.handler);
    else menu.addSeparator();
  }
  menu.addToUi();
}
