import { problemColumn } from '../domain/tracker/compute-tracker';
import { localeWarning } from '../domain/tracker/locale';
import { staleNationalData } from '../domain/tracker/national-update';
import type { TrackerState } from './recalculate';
import { tableHtml } from './table-dialog';
import { SHEET_NAMES } from './workbook';

export interface ListedProblem {
  readonly sheet: string;
  /** Blank for a problem of the whole spreadsheet (its locale). */
  readonly row: number | '';
  readonly authority: string;
  readonly column: string;
  readonly message: string;
}

/** Every problem on the Settings, Tracker and National data sheets, in sheet and row order. */
export function listProblems(state: TrackerState): ListedProblem[] {
  const order = state.codec.slashOrder ?? 'dayFirst';
  const stale = staleNationalData(state.tracker.national.asOf, state.today);
  return [
    ...(order === 'dayFirst'
      ? []
      : [
          {
            sheet: 'File > Settings',
            row: '' as const,
            authority: '',
            column: 'Locale',
            message: `${localeWarning(state.locale, order)} Set the locale to United Kingdom.`,
          },
        ]),
    ...state.settingsProblems.map((problem) => ({
      sheet: SHEET_NAMES.settings,
      row: problem.row,
      authority: '',
      column: 'Value',
      message: problem.message,
    })),
    ...state.tracker.results.flatMap((result) =>
      result.problems.map((message) => ({
        sheet: SHEET_NAMES.tracker,
        row: result.rowNumber,
        authority: result.row.authority,
        column: problemColumn(message),
        message,
      })),
    ),
    ...(stale
      ? [{ sheet: SHEET_NAMES.nationalData, row: 1, authority: '', column: '', message: stale }]
      : []),
    ...state.tracker.national.problems.map((problem) => ({
      sheet: SHEET_NAMES.nationalData,
      row: problem.row,
      authority: '',
      column: problem.column,
      message: problem.message,
    })),
  ];
}

/** The dialog's page: a table of problems. */
export function problemsHtml(problems: readonly ListedProblem[]): string {
  return tableHtml(
    `${problems.length} problem${problems.length === 1 ? '' : 's'}. Fix the cells named, then run Recalculate now.`,
    ['Sheet', 'Row', 'Authority', 'Column', 'Problem'],
    problems.map((problem) => [
      problem.sheet,
      problem.row,
      problem.authority,
      problem.column,
      problem.message,
    ]),
  );
}
