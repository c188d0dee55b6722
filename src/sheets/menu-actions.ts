import { longDate, shortDate } from '../domain/rules/date-words';
import { composeEmail } from '../domain/reminders/email';
import { digestLines } from '../domain/reminders/digest';
import { escapeHtml } from '../domain/text/html';
import { countOf } from '../domain/text/words';
import { parseSettings } from '../domain/reminders/settings';
import { spreadsheetDateCodec } from './dates';
import { tableHtml } from './table-dialog';
import type { PlannedReminder } from '../domain/reminders/plan';
import { runText } from '../domain/reminders/run-words';
import { previewReminders, runDailyReminders, whoRuns } from './daily-reminders';
import { addressReminder, sendMessages } from './reminder-mail';
import { listProblems, problemsHtml } from './problems-dialog';
import { type TrackerState, readTracker, recalculate, summaryText } from './recalculate';
import { readSettingsSheet, writeStatus } from './settings-sheet';
import { setUpSummaryText, setUpTracker } from './setup';
import {
  dailyIsOn,
  removeOwnDailyTriggers,
  removeOwnFollowUps,
  turnOffDaily,
  turnOnDaily,
} from './triggers';
import { withDocumentLock } from './lock';
import { timelinePage } from './timeline-dialog';
import { MENU_TITLE } from './menu';
import { runInstallationCheck } from './installation-check';
import { installationHtml } from './installation-dialog';
import { nationalDialogHtml } from './national-data-dialog';
import { currentNationalWords } from './national-import';
import { UK_LOCALE, spreadsheetLocale } from './locale';
import { localeWarning } from '../domain/tracker/locale';
import { UserError } from './workbook';

type Ui = GoogleAppsScript.Base.Ui;

/** A menu item's work; a problem the user can fix is shown to them instead of failing the script. */
function fromMenu(
  action: (spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, ui: Ui) => void,
): void {
  const ui = SpreadsheetApp.getUi();
  try {
    action(SpreadsheetApp.getActive(), ui);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    ui.alert(MENU_TITLE, error.message, ui.ButtonSet.OK);
  }
}

/**
 * A Sheet whose locale does not read dates day first: the coordinator is told what that does to
 * UK dates and offered United Kingdom. Returns whether the locale was changed.
 */
function offerUkLocale(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, ui: Ui): boolean {
  const { locale, slashOrder } = spreadsheetLocale(spreadsheet);
  if (slashOrder === 'dayFirst') return false;
  const answer = ui.alert(
    `${MENU_TITLE}: the Sheet's locale`,
    `${localeWarning(locale, slashOrder)}\n\nSet the Sheet's locale to United Kingdom (${UK_LOCALE}) now? ` +
      'Dates typed before keep the day the Sheet gave them: check them afterwards.',
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES) return false;
  spreadsheet.setSpreadsheetLocale(UK_LOCALE);
  return true;
}

export function setUpFromMenu(): void {
  fromMenu((spreadsheet, ui) => {
    const summary = withDocumentLock('Set up', () => setUpTracker(spreadsheet, new Date()));
    // A toast fades in seconds: what the coordinator still has to do stays until they close it.
    if (summary.nationalData === 'noSnapshotFile')
      ui.alert(MENU_TITLE, setUpSummaryText(summary), ui.ButtonSet.OK);
    else spreadsheet.toast(setUpSummaryText(summary), MENU_TITLE);
    offerUkLocale(spreadsheet, ui);
  });
}

export function recalculateFromMenu(): void {
  fromMenu((spreadsheet) => {
    const summary = withDocumentLock('Recalculate', () => recalculate(spreadsheet, new Date()));
    spreadsheet.toast(summaryText(summary), MENU_TITLE);
  });
}

export function checkForProblemsFromMenu(): void {
  fromMenu((spreadsheet, ui) => {
    offerUkLocale(spreadsheet, ui);
    const state = readTracker(spreadsheet, new Date());
    const problems = listProblems(state);
    if (problems.length === 0) {
      ui.alert(
        MENU_TITLE,
        `No problems found in ${state.tracker.results.length} rows or the Settings.`,
        ui.ButtonSet.OK,
      );
      return;
    }
    const page = HtmlService.createHtmlOutput(problemsHtml(problems)).setWidth(960).setHeight(540);
    ui.showModalDialog(
      page,
      `${MENU_TITLE}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
    );
  });
}

export function checkInstallationFromMenu(): void {
  fromMenu((spreadsheet, ui) => {
    const record = runInstallationCheck(spreadsheet);
    const page = HtmlService.createHtmlOutput(installationHtml(record))
      .setWidth(960)
      .setHeight(600);
    ui.showModalDialog(page, `${MENU_TITLE}: installation check`);
  });
}

export function showTimelineFromMenu(): void {
  fromMenu((spreadsheet, ui) => {
    const { html, authorities } = timelinePage(spreadsheet, new Date());
    const page = HtmlService.createHtmlOutput(html).setWidth(1240).setHeight(720);
    ui.showModalDialog(
      page,
      `${MENU_TITLE}: timeline of ${countOf(authorities, 'authority', 'authorities')}`,
    );
  });
}

/** Update national data: the dialog where the coordinator chooses a downloaded file. */
export function updateNationalDataFromMenu(): void {
  fromMenu((spreadsheet, ui) => {
    const page = HtmlService.createHtmlOutput(nationalDialogHtml(currentNationalWords(spreadsheet)))
      .setWidth(960)
      .setHeight(600);
    ui.showModalDialog(page, `${MENU_TITLE}: update national data`);
  });
}

/** The preview: a table of what the run would do, then each email as it will look. */
function previewHtml(state: TrackerState, plan: readonly PlannedReminder[]): string {
  const table = tableHtml(
    `Send mode: ${state.settings.sendMode}. Nothing has been sent.`,
    ['Kind', 'Authority', 'Event date', 'Lead', 'To', 'Cc', 'Today'],
    plan.map((reminder) => [
      reminder.kind,
      reminder.authority || 'All',
      shortDate(reminder.eventDate),
      reminder.lead,
      reminder.recipients.to.join(', '),
      reminder.recipients.cc.join(', '),
      reminder.skip ? `Skip: ${reminder.skip}` : reminder.retry ? 'Send (retry)' : 'Send',
    ]),
  );
  const emails = plan
    .filter((reminder) => !reminder.skip)
    .map((reminder) => {
      const email = composeEmail(
        reminder,
        state.settings.templates[reminder.kind],
        state.today,
        state.settings.senderName,
        reminder.kind === 'Weekly digest' ? digestLines(state.tracker.results, state.today) : [],
      );
      // The email's HTML as the recipient's mail client shows it: every sheet value in it is escaped.
      return (
        `<div style="border:1px solid #ccc;margin:16px 0;padding:8px 12px">` +
        `<p style="color:#555;margin:0 0 8px">To ${escapeHtml(reminder.recipients.to.join(', '))}` +
        `${reminder.recipients.cc.length > 0 ? `, cc ${escapeHtml(reminder.recipients.cc.join(', '))}` : ''}</p>` +
        `<p style="font-weight:bold;margin:0 0 8px">${escapeHtml(email.subject)}</p>${email.html}</div>`
      );
    });
  return `${table}${emails.join('')}`;
}

export function previewFromMenu(): void {
  fromMenu((spreadsheet, ui) => {
    const { state, plan } = previewReminders(spreadsheet, new Date());
    if (plan.length === 0) {
      ui.alert(MENU_TITLE, `No reminders are due on ${longDate(state.today)}.`, ui.ButtonSet.OK);
      return;
    }
    const page = HtmlService.createHtmlOutput(previewHtml(state, plan))
      .setWidth(1000)
      .setHeight(560);
    ui.showModalDialog(
      page,
      `${MENU_TITLE}: ${plan.length} reminder${plan.length === 1 ? '' : 's'} on ${longDate(state.today)}`,
    );
  });
}

export function sendTestFromMenu(): void {
  fromMenu((spreadsheet) => {
    const state = readTracker(spreadsheet, new Date());
    const row = state.tracker.results.find((result) => result.schedule.meeting);
    const meeting = row?.schedule.meeting;
    if (!row || !meeting) {
      throw new UserError(
        'No authority on the Tracker has an engagement meeting to make a sample reminder from.',
      );
    }
    const to = whoRuns();
    if (!to)
      throw new UserError(
        'The script cannot see your email address, so it has nowhere to send the test.',
      );
    const reminder: PlannedReminder = {
      key: 'test',
      kind: 'Engagement meeting',
      authority: row.row.authority,
      eventDate: meeting.date,
      lead: 'test',
      recipients: {
        to: row.row.dcsEmail ? [row.row.dcsEmail] : [],
        cc: row.row.otherRecipients ?? [],
      },
      row,
      retry: false,
    };
    sendMessages(addressReminder({ state, testTo: to }, reminder));
    spreadsheet.toast(`A sample reminder for ${row.row.authority} was sent to ${to}.`, MENU_TITLE);
  });
}

export function sendDueFromMenu(): void {
  fromMenu((spreadsheet) => {
    const summary = runDailyReminders(spreadsheet, new Date());
    spreadsheet.toast(summary.gaveUp ?? `Reminders: ${runText(summary)}.`, MENU_TITLE);
  });
}

export function turnOnFromMenu(): void {
  fromMenu((spreadsheet) => {
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const settingsSheet = readSettingsSheet(spreadsheet);
    const { settings } = parseSettings(
      settingsSheet.values,
      spreadsheetDateCodec(timeZone).dateOfCell,
    );
    const me = whoRuns();
    const { runBy } = withDocumentLock('turning reminders on', () =>
      turnOnDaily(settings.dailyRunHour, timeZone, me),
    );
    if (runBy !== me) {
      spreadsheet.toast(
        `Daily reminders are already on: ${runBy} turned them on, and their trigger runs them.`,
        MENU_TITLE,
      );
      return;
    }
    const text = `On, daily at ${String(settings.dailyRunHour).padStart(2, '0')}:00 (${timeZone})${me ? `, by ${me}` : ''}`;
    writeStatus(settingsSheet, { dailyReminders: text });
    spreadsheet.toast(`Daily reminders: ${text}. Send mode: ${settings.sendMode}.`, MENU_TITLE);
  });
}

export function turnOffFromMenu(): void {
  fromMenu((spreadsheet) => {
    const me = whoRuns();
    const { wasOn, runBy } = withDocumentLock('turning reminders off', () => turnOffDaily(me));
    writeStatus(readSettingsSheet(spreadsheet), { dailyReminders: 'Off' });
    const theirs =
      runBy && runBy !== me ? ` The trigger ${runBy} made removes itself when it next fires.` : '';
    spreadsheet.toast(
      wasOn ? `Daily reminders are off.${theirs}` : 'Daily reminders were already off.',
      MENU_TITLE,
    );
  });
}

/** The daily trigger's work: no one is at the Sheet, so nothing is shown. */
export function runFromTrigger(): void {
  if (!dailyIsOn()) {
    removeOwnDailyTriggers();
    return;
  }
  runDailyReminders(SpreadsheetApp.getActive(), new Date());
}

/** A follow-up run: the sends an earlier run left when it stopped at its time budget. */
export function continueFromTrigger(): void {
  removeOwnFollowUps();
  if (dailyIsOn()) runDailyReminders(SpreadsheetApp.getActive(), new Date());
}
