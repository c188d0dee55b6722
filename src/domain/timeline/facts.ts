import type { CivilDate } from '../rules/civil-date';
import { shortDate } from '../rules/date-words';
import { escapeHtml } from '../text/html';
import type { TimelineRow } from './rows';
import { span } from './shapes';

/** The facts of every row as a table, for screen readers (and the tooltip's name and status). */
export const FACT_HEADERS = [
  'Authority',
  'Region',
  'Pathway',
  'Next inspection',
  'Expected (forecast)',
  'Framework window',
  'Focused visits',
  'Next monitoring visit',
  'Next engagement meeting',
  'Self-evaluation due',
  'Status',
] as const;

export function factsHtml(rows: readonly TimelineRow[]): string {
  const date = (value: CivilDate | undefined) => (value ? shortDate(value) : '');
  const body = rows.map((row) => {
    const cells = [
      row.authority,
      row.region,
      row.pathway,
      row.nextInspection,
      row.expected ? span(row.expected) : '',
      row.framework ? `${span(row.framework)}${row.due ? `, due ${shortDate(row.due)}` : ''}` : '',
      row.focusedVisits,
      date(row.monitoringVisit),
      date(row.meeting),
      date(row.selfEvaluationDue),
      row.status,
    ];
    return `<tr>${cells.map((cell, index) => (index === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`;
  });
  return (
    `<div class="sr-only"><table id="facts"><caption>The timeline's facts, one row per authority, in the same order</caption>` +
    `<thead><tr>${FACT_HEADERS.map((header) => `<th scope="col">${header}</th>`).join('')}</tr></thead>` +
    `<tbody>${body.join('')}</tbody></table></div>`
  );
}
