import { escapeHtml } from '../domain/text/html';

const STYLE =
  '<style>body{font-family:Arial,sans-serif;font-size:13px}table{border-collapse:collapse;width:100%}' +
  'th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}th{background:#eee}</style>';

/** A dialog's page: a line of text, then a table; every cell is escaped, as it comes from the sheet. */
export function tableHtml(
  intro: string,
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cells = (row: readonly (string | number)[], tag: 'th' | 'td') =>
    row.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join('');
  return (
    `${STYLE}<p>${escapeHtml(intro)}</p>` +
    `<table><thead><tr>${cells(headers, 'th')}</tr></thead><tbody>${rows.map((row) => `<tr>${cells(row, 'td')}</tr>`).join('')}</tbody></table>`
  );
}
