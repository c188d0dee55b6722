import { listProblems, problemsHtml } from './problems-dialog';
import { readTracker, recalculate, summaryText } from './recalculate';
import { setUpSummaryText, setUpTracker } from './setup';
import { MENU_TITLE } from './menu';
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

export function setUpFromMenu(): void {
  fromMenu((spreadsheet) => {
    const summary = setUpTracker(spreadsheet);
    spreadsheet.toast(setUpSummaryText(summary), MENU_TITLE);
  });
}

export function recalculateFromMenu(): void {
  fromMenu((spreadsheet) => {
    spreadsheet.toast(summaryText(recalculate(spreadsheet, new Date())), MENU_TITLE);
  });
}

export function checkForProblemsFromMenu(): void {
  fromMenu((spreadsheet, ui) => {
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
