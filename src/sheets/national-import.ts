import { shortDate } from '../domain/rules/date-words';
import { countOf } from '../domain/text/words';
import { parseNationalFile } from '../domain/tracker/national-file';
import { nationalTable } from '../domain/tracker/national-record';
import { nationalSheetRows } from '../domain/tracker/national-sheet';
import {
  FORMAT_WORDS,
  type NationalPreview,
  changeCounts,
  fileTextProblem,
  nationalPreview,
  recordsAsOf,
} from '../domain/tracker/national-update';
import { nationalChanges } from '../domain/tracker/national-changes';
import { spreadsheetDateCodec } from './dates';
import { withDocumentLock } from './lock';
import { readHeldNationalData, writeNationalSheet } from './national-data-sheet';
import { recalculate, summaryText } from './recalculate';
import { UserError } from './workbook';

/**
 * Update national data: the dialog's page reads the chosen file in the browser and
 * hands its text here (google.script.run), so the script needs no Drive or UrlFetch permission.
 * The text is checked against the National data sheet; only a file that is read whole replaces it.
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What replacing gave the page: the file's problems (nothing changed), or what was done. */
export interface NationalReplaced {
  readonly ok: boolean;
  readonly problems: string[];
  readonly message: string;
}

function heldNow(spreadsheet: Spreadsheet) {
  const codec = spreadsheetDateCodec(spreadsheet.getSpreadsheetTimeZone());
  return readHeldNationalData(spreadsheet, codec.dateOfCell);
}

/** The dialog's first line: what the National data holds now. */
export function currentNationalWords(spreadsheet: Spreadsheet): string {
  const { sheet, records } = heldNow(spreadsheet);
  const asOf = recordsAsOf(records);
  if (!sheet || !asOf) {
    return "The National data sheet has no inspections the tool can read yet, so the forecast's national queue has only the Tracker's rows.";
  }
  return `The National data now holds ${countOf(records.length, 'authority', 'authorities')}, as of ${shortDate(asOf)} (its latest date).`;
}

/**
 * The page's preview of a file: read against the National data held now (one read of the sheet,
 * whatever the file's size), changing nothing.
 */
export function previewNationalFile(spreadsheet: Spreadsheet, text: unknown): NationalPreview {
  const problem = fileTextProblem(text);
  const held = heldNow(spreadsheet).records;
  if (problem !== undefined) return nationalPreview({ ok: false, problems: [problem] }, held);
  return nationalPreview(parseNationalFile(text as string, held), held);
}

/**
 * Replaces the National data with the file, holding the document lock: the text is read again
 * (the page is not trusted), and only a file read whole is written, as the banner and table in one
 * write over exactly their range; then the Tracker is recalculated, as Recalculate now does, so
 * that the forecast speaks from the new data. A file that is refused changes nothing.
 */
export function replaceNationalFile(
  spreadsheet: Spreadsheet,
  text: unknown,
  now: Date,
): NationalReplaced {
  return withDocumentLock('National data update', () => {
    const problem = fileTextProblem(text);
    if (problem !== undefined) return { ok: false, problems: [problem], message: '' };
    const held = heldNow(spreadsheet);
    const result = parseNationalFile(text as string, held.records);
    if (!result.ok) return { ok: false, problems: [...result.problems], message: '' };
    const changes = nationalChanges(held.records, result.rows);
    writeNationalSheet(
      spreadsheet,
      held.sheet,
      nationalSheetRows(nationalTable(result.rows), result.asOf),
    );
    let recalculated: string;
    try {
      recalculated = `Recalculated: ${summaryText(recalculate(spreadsheet, now))}`;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      recalculated = `Not recalculated: ${error.message}`;
    }
    const changed =
      changes.length === 0
        ? 'no row changed'
        : `${countOf(changes.length, 'row')} changed (${changeCounts(changes)})`;
    return {
      ok: true,
      problems: [],
      message:
        `The National data now holds ${countOf(result.rows.length, 'authority', 'authorities')} from ` +
        `${FORMAT_WORDS[result.format]}, as of ${shortDate(result.asOf)}: ${changed}. ${recalculated}`,
    };
  });
}
