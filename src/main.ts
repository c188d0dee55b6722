/**
 * The global surface Apps Script sees. The build turns every function exported here into a
 * top-level `function` declaration of Code.js with the same name, parameters and JSDoc, which is
 * how Sheets finds custom functions, menu items and triggers. Keep logic out of this file.
 */
import { activeSpreadsheetDateCodec } from './sheets/dates';
import { addMenu } from './sheets/menu';
import { selectRow } from './sheets/timeline-dialog';
import { previewNationalFile, replaceNationalFile } from './sheets/national-import';
import {
  checkForProblemsFromMenu,
  checkInstallationFromMenu,
  continueFromTrigger,
  previewFromMenu,
  recalculateFromMenu,
  runFromTrigger,
  sendDueFromMenu,
  sendTestFromMenu,
  setUpFromMenu,
  showTimelineFromMenu,
  turnOffFromMenu,
  turnOnFromMenu,
  updateNationalDataFromMenu,
} from './sheets/menu-actions';
import {
  type Argument,
  nextEngagementMeetingDate,
  nextInspectionDue,
  nextInspectionType,
  nextInspectionWindow,
  nextMonitoringVisitDate,
  selfEvaluationDue,
} from './sheets/custom-functions';

/** Adds the ILACS tracker menu when the Sheet opens (a simple trigger). */
export function onOpen() {
  addMenu(SpreadsheetApp.getUi());
}

/** Menu: creates or repairs the Tracker, Settings and Reminder log without changing their data. */
export function setUpTracker() {
  setUpFromMenu();
}

/** Menu: computes every authority's row and writes the computed columns. */
export function recalculateNow() {
  recalculateFromMenu();
}

/** Menu: lists the rows and settings with problems. */
export function checkForProblems() {
  checkForProblemsFromMenu();
}

/** Menu: every authority's next two years at a glance, from what Recalculate computed. */
export function showTimeline() {
  showTimelineFromMenu();
}

/**
 * The timeline dialog's page calls this (google.script.run) when a name is clicked: selects that
 * authority's row of the Tracker.
 *
 * @param {number} row The row's number on the Tracker, 2 or more.
 */
export function selectTrackerRow(row: unknown) {
  selectRow(SpreadsheetApp.getActive(), row);
}

/** Menu: a dialog to replace the National data with a downloaded file, showing what changes first. */
export function updateNationalData() {
  updateNationalDataFromMenu();
}

/**
 * The Update national data dialog's page calls this (google.script.run) with the chosen file's
 * text: what replacing the National data with it would change. Changes nothing.
 *
 * @param {string} text The file's text, as the browser read it.
 */
export function previewNationalData(text: unknown) {
  return previewNationalFile(SpreadsheetApp.getActive(), text);
}

/**
 * The same page calls this when Replace is pressed: checks the text again and, only if the whole
 * file is read, replaces the National data and recalculates. A bad file changes nothing.
 *
 * @param {string} text The file's text, as the browser read it.
 */
export function replaceNationalData(text: unknown) {
  return replaceNationalFile(SpreadsheetApp.getActive(), text, new Date());
}

/** Menu: what the daily run would send today, to whom and why, sending nothing. */
export function previewTodaysReminders() {
  previewFromMenu();
}

/** Menu: one sample reminder to the person running it. */
export function sendTestReminderToMe() {
  sendTestFromMenu();
}

/** Menu: the daily run, now. */
export function sendDueRemindersNow() {
  sendDueFromMenu();
}

/** Menu: one daily trigger at the hour in Settings (turning it on twice leaves one). */
export function turnOnDailyReminders() {
  turnOnFromMenu();
}

/** Menu: removes the daily trigger. */
export function turnOffDailyReminders() {
  turnOffFromMenu();
}

/** Menu: tries in this Sheet what the tool relies on, and shows what holds and what to fix. */
export function checkInstallation() {
  checkInstallationFromMenu();
}

/** The daily time-driven trigger's handler. */
export function runDailyRemindersFromTrigger() {
  runFromTrigger();
}

/** A one-off trigger's handler: finishes the sends a run left when it stopped at its time budget. */
export function continueRemindersFromTrigger() {
  continueFromTrigger();
}

/**
 * Due date of the next full ILACS inspection: 36 months after the last one started, moved for
 * inspection pauses (rules R1, R2c-R2e). Works on single cells or whole columns.
 *
 * @param {Date} last_start First on-site day of the last full inspection.
 * @param {string} overall Overall effectiveness grade; leave blank for inspections from 1 April 2026.
 * @param {string} leaders [optional] Impact of leaders grade.
 * @param {string} help_protection [optional] Help and protection grade.
 * @param {string} in_care [optional] Children in care grade.
 * @param {string} care_leavers [optional] Care leavers grade.
 * @return {Date} The due date, one per row.
 * @customfunction
 */
export function NEXT_INSPECTION(
  last_start: Argument,
  overall: Argument,
  leaders?: Argument,
  help_protection?: Argument,
  in_care?: Argument,
  care_leavers?: Argument,
) {
  return nextInspectionDue(
    [last_start, overall, leaders, help_protection, in_care, care_leavers],
    activeSpreadsheetDateCodec(),
  );
}

/**
 * Type of the next full ILACS inspection, e.g. Short inspection, Standard inspection or SIF
 * re-inspection (rules R1, R2a, R2b).
 *
 * @param {Date} last_start First on-site day of the last full inspection.
 * @param {string} overall Overall effectiveness grade; leave blank for inspections from 1 April 2026.
 * @param {string} leaders [optional] Impact of leaders grade.
 * @param {string} help_protection [optional] Help and protection grade.
 * @param {string} in_care [optional] Children in care grade.
 * @param {string} care_leavers [optional] Care leavers grade.
 * @return {string} The inspection type, one per row.
 * @customfunction
 */
export function NEXT_INSPECTION_TYPE(
  last_start: Argument,
  overall: Argument,
  leaders?: Argument,
  help_protection?: Argument,
  in_care?: Argument,
  care_leavers?: Argument,
) {
  return nextInspectionType(
    [last_start, overall, leaders, help_protection, in_care, care_leavers],
    activeSpreadsheetDateCodec(),
  );
}

/**
 * Window of the next full ILACS inspection: two cells per row, the day it opens and the day it
 * closes, 6 months either side of the due date (rules R1, R2c-R2e).
 *
 * @param {Date} last_start First on-site day of the last full inspection.
 * @param {string} overall Overall effectiveness grade; leave blank for inspections from 1 April 2026.
 * @param {string} leaders [optional] Impact of leaders grade.
 * @param {string} help_protection [optional] Help and protection grade.
 * @param {string} in_care [optional] Children in care grade.
 * @param {string} care_leavers [optional] Care leavers grade.
 * @return {Date[]} Window opens, window closes; one row per input row.
 * @customfunction
 */
export function NEXT_INSPECTION_WINDOW(
  last_start: Argument,
  overall: Argument,
  leaders?: Argument,
  help_protection?: Argument,
  in_care?: Argument,
  care_leavers?: Argument,
) {
  return nextInspectionWindow(
    [last_start, overall, leaders, help_protection, in_care, care_leavers],
    activeSpreadsheetDateCodec(),
  );
}

/**
 * Next quarterly monitoring visit for an authority judged inadequate: 6 months after the last
 * on-site day, then 3 months after each visit (rules R4a, R4b).
 *
 * @param {Date} last_end Last on-site day of the inspection that judged the authority inadequate; may be blank when a monitoring visit is given.
 * @param {Date} last_monitoring_visit [optional] Date of the last monitoring visit since then.
 * @return {Date} The next monitoring visit, one per row.
 * @customfunction
 */
export function NEXT_MONITORING_VISIT(last_end: Argument, last_monitoring_visit?: Argument) {
  return nextMonitoringVisitDate([last_end, last_monitoring_visit], activeSpreadsheetDateCodec());
}

/**
 * Next annual engagement meeting: the planned date if given, else 12 months after the last
 * meeting, else 12 months after the last inspection's last on-site day (rule R5a).
 *
 * @param {Date} last_meeting Date of the last engagement meeting, or blank if none.
 * @param {Date} last_inspection_end [optional] Last on-site day of the last full inspection.
 * @param {Date} planned [optional] Planned date of the next meeting.
 * @return {Date} The next meeting, one per row.
 * @customfunction
 */
export function NEXT_ENGAGEMENT_MEETING(
  last_meeting: Argument,
  last_inspection_end?: Argument,
  planned?: Argument,
) {
  return nextEngagementMeetingDate(
    [last_meeting, last_inspection_end, planned],
    activeSpreadsheetDateCodec(),
  );
}

/**
 * Day the self-evaluation is due: 28 days before the engagement meeting (rule R5c).
 *
 * @param {Date} meeting_date Date of the engagement meeting.
 * @return {Date} The due date, one per row.
 * @customfunction
 */
export function SELF_EVALUATION_DUE(meeting_date: Argument) {
  return selfEvaluationDue([meeting_date], activeSpreadsheetDateCodec());
}
