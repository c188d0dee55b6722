/**
 * The timeline (issue 14): every authority's next two years at a glance, as one HTML page of
 * inline SVG drawn from what Recalculate computed. Pure: today is given, nothing is read. The
 * page's parts: row-chart.ts (one authority's row), frame.ts (axis, grid, legend), facts.ts (the
 * table for screen readers), page.ts (style and script).
 */
import { type CivilDate, isBefore, addDays } from '../rules/civil-date';
import { longDate, monthAndYear } from '../rules/date-words';
import { escapeHtml } from '../text/html';
import { FACT_HEADERS, factsHtml } from './facts';
import { axisHtml, gridHtml, legendHtml } from './frame';
import { DEFS, LABEL_WIDTH, STYLE, pageScript } from './page';
import { rowHtml } from './row-chart';
import { type TimelineRow, byExpectedInspection } from './rows';
import { timeScale } from './scale';

export interface TimelineInput {
  readonly rows: readonly TimelineRow[];
  /** The day the line for today is drawn on, and the months are counted from. */
  readonly today: CivilDate;
  /** How far to trust the forecast's windows, as the Settings sheet says it (F5). */
  readonly trackRecord?: string | undefined;
}

/** Every distinct value, sorted, and each row's index into them (the filters' option values). */
function choices(values: readonly string[]): { list: string[]; index: Map<string, number> } {
  const list = [...new Set(values)].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : a.toLowerCase() < b.toLowerCase() ? -1 : 1,
  );
  return { list, index: new Map(list.map((value, position) => [value, position])) };
}

function options(all: string, list: readonly string[], none: string): string {
  return [
    `<option value="">${all}</option>`,
    ...list.map(
      (value, index) =>
        `<option value="${index}">${value === '' ? none : escapeHtml(value)}</option>`,
    ),
  ].join('');
}

/** The latest day a row was computed on: the last Recalculate. */
function computedOn(rows: readonly TimelineRow[]): CivilDate | undefined {
  let latest: CivilDate | undefined;
  for (const { computedOn: day } of rows) {
    if (day && (!latest || isBefore(latest, day))) latest = day;
  }
  return latest;
}

function page(body: string, script = ''): string {
  return (
    `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">` +
    `<title>ILACS tracker: timeline</title><style>${STYLE}</style></head><body>${body}` +
    `${script ? `<script>${script}</script>` : ''}</body></html>`
  );
}

/**
 * The timeline as a complete HTML page: one row per authority, sorted by expected inspection,
 * months from 6 back to 24 ahead, a line for today; a filter by region and by pathway, a tooltip
 * with the dates and the Status in plain words, a click on a name selecting its row, a legend,
 * and a table of the same facts for screen readers. Every value from the sheet is escaped.
 */
export function renderTimeline({ rows, today, trackRecord }: TimelineInput): string {
  if (rows.length === 0) {
    return page(
      `<p>There are no authorities on the Tracker yet: fill in a row's Authority and Last inspection, then run <b>ILACS tracker &gt; Recalculate now</b>.</p>`,
    );
  }
  const scale = timeScale(today);
  const sorted = [...rows].sort(byExpectedInspection);
  const regions = choices(sorted.map((row) => row.region));
  const pathways = choices(sorted.map((row) => row.pathway));
  const asOf = computedOn(sorted);
  const stale =
    asOf && isBefore(asOf, today)
      ? ` The dates were computed on ${longDate(asOf)}: run <b>Recalculate now</b> to bring them up to today.`
      : '';
  const last = addDays(scale.end, -1);
  const { under, over } = gridHtml(scale, today);
  const body = [
    `<p>Today is <b>${longDate(today)}</b>. ${monthAndYear(scale.start)} to ${monthAndYear(last)}, sorted by expected inspection; hover over a bar or a mark for its dates, click a name to select its row in the Tracker.${stale}</p>`,
    ...(trackRecord ? [`<p id="track">${escapeHtml(trackRecord)}</p>`] : []),
    `<p><label>Region <select id="fg">${options('All regions', regions.list, '(no region)')}</select></label> ` +
      `<label>Pathway <select id="fp">${options('All pathways', pathways.list, '(no pathway)')}</select></label> ` +
      `<span id="shown" aria-live="polite">${sorted.length} of ${sorted.length} ${sorted.length === 1 ? 'authority' : 'authorities'}</span> ` +
      `<span id="msg" role="status"></span></p>`,
    legendHtml(),
    DEFS,
    axisHtml(scale, today),
    `<div id="rows" style="min-width:${LABEL_WIDTH + scale.width}px">${under}`,
    ...sorted.map((row, index) =>
      rowHtml(scale, row, index, today, {
        region: regions.index.get(row.region) ?? 0,
        pathway: pathways.index.get(row.pathway) ?? 0,
      }),
    ),
    `${over}</div><div id="tip" role="tooltip"></div>`,
    factsHtml(sorted),
  ];
  return page(body.join(''), pageScript(FACT_HEADERS.indexOf('Status')));
}
