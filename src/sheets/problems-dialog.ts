import { escapeHtml } from '../domain/html';
import { problemColumn } from '../domain/tracker';
import type { TrackerState } from './recalculate';
import { SHEET_NAMES } from './workbook';

export interface ListedProblem {
  readonly sheet: string;
  readonly row: number;
  readonly authority: string;
  readonly column: string;
  readonly message: string;
}

/** Every problem on the Settings and Tracker sheets, in sheet and row order. */
export function listProblems(state: TrackerState): ListedProblem[] {
  return [
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
  ];
}

/** The dialog's page: a table of problems, every sheet value escaped. */
export function problemsHtml(problems: readonly ListedProblem[]): string {
  const rows = problems
    .map(
      (problem) =>
        `<tr><td>${escapeHtml(problem.sheet)}</td><td>${problem.row}</td><td>${escapeHtml(problem.authority)}</td><td>${escapeHtml(problem.column)}</td><td>${escapeHtml(problem.message)}</td></tr>`,
    )
    .join('');
  return (
    '<style>body{font-family:Arial,sans-serif;font-size:13px}table{border-collapse:collapse;width:100%}' +
    'th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}th{background:#eee}</style>' +
    `<p>${problems.length} problem${problems.length === 1 ? '' : 's'}. Fix the cells named, then run Recalculate now.</p>` +
    `<table><thead><tr><th>Sheet</th><th>Row</th><th>Authority</th><th>Column</th><th>Problem</th></tr></thead><tbody>${rows}</tbody></table>`
  );
}
