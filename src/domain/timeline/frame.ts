import type { CivilDate } from '../rules/civil-date';
import { monthAndYear } from '../rules/date-words';
import { COLOURS } from './page';
import { type TimeScale, DAY_WIDTH, monthTicks, xOf } from './scale';
import {
  FORECAST_Y,
  FRAMEWORK_Y,
  MARK_CLASS,
  MID,
  type MarkKind,
  chevron,
  round,
  shapePath,
} from './shapes';

/** What frames the rows: the months across the top, the grid and today's line, the legend. */

/** The months across the top: years over months, what is earlier, and today. */
export function axisHtml(scale: TimeScale, today: CivilDate): string {
  const now = xOf(scale, today) + DAY_WIDTH / 2;
  // "Today" sits over its line in the row of years; a year that would fall under it moves right.
  const todayFrom = now - 20;
  const todayTo = now + 20;
  const labels = monthTicks(scale).flatMap(({ x, month, middle }, index) => {
    const name = monthAndYear(month).slice(0, 3);
    const yearX = x + 2 > todayFrom - 28 && x + 2 < todayTo ? todayTo + 3 : x + 2;
    const year =
      month.month === 1 || (index === 0 && month.month <= 11)
        ? [`<text class="year-label" x="${round(yearX)}" y="12">${month.year}</text>`]
        : [];
    return [
      ...year,
      `<text class="month-label" x="${round(middle)}" y="27" text-anchor="middle">${name}</text>`,
    ];
  });
  return (
    `<div id="axis" aria-hidden="true"><div class="label"><b>Authority</b></div>` +
    `<svg width="${scale.width}" height="32"><text class="month-label" x="${scale.left / 2}" y="27" text-anchor="middle">Earlier</text>${labels.join('')}` +
    `<line class="now" x1="${now}" x2="${now}" y1="16" y2="32"/>` +
    `<rect x="${todayFrom}" y="1" width="40" height="14" rx="2"/><text class="today-label" x="${now}" y="12" text-anchor="middle">Today</text></svg></div>`
  );
}

/** The month lines and the shaded past behind the rows, and the line for today over them. */
export function gridHtml(scale: TimeScale, today: CivilDate): { under: string; over: string } {
  const lines = monthTicks(scale)
    .map(
      ({ x, month }) =>
        `<line${month.month === 1 ? ' class="new-year"' : ''} x1="${x}" x2="${x}" y1="0" y2="100%"/>`,
    )
    .join('');
  const now = xOf(scale, today) + DAY_WIDTH / 2;
  return {
    under:
      `<svg class="grid" width="${scale.width}" aria-hidden="true"><rect class="earlier" x="0" y="0" width="${scale.left}" height="100%"/>` +
      `<rect x="${scale.left}" y="0" width="${now - scale.left}" height="100%"/>${lines}</svg>`,
    over: `<svg class="today-line" width="${scale.width}" aria-hidden="true"><line x1="${now}" x2="${now}" y1="0" y2="100%"/></svg>`,
  };
}

/** One legend entry: the marks as they appear on a row, and their words. */
function legendItem(svg: string, text: string, width = 26): string {
  return `<span><svg width="${width}" height="22" aria-hidden="true">${svg}</svg>${text}</span>`;
}

export function legendHtml(): string {
  const mark = (kind: MarkKind, x = 13, extra = '') =>
    `<path class="mark ${MARK_CLASS[kind]}${extra}" d="${shapePath(kind, x)}"/>`;
  const done = (['monitoring', 'meeting', 'selfEvaluation', 'inspection'] as const)
    .map((kind, index) => mark(kind, 7 + index * 14, ' done'))
    .join('');
  return `<div class="legend" aria-hidden="true">${[
    legendItem(
      `<rect class="forecast" x="1" ${FORECAST_Y} width="24" rx="2"/>`,
      'Next inspection expected (forecast)',
    ),
    legendItem(
      `<rect class="framework" x="1" ${FRAMEWORK_Y} width="24"/><rect class="due" x="12" ${FRAMEWORK_Y} width="2"/>`,
      'Framework window (the line: its due date)',
    ),
    legendItem(
      `<line class="focused" x1="1" x2="25" y1="${MID}" y2="${MID}"/>`,
      'Focused visit, indicative window',
    ),
    legendItem(mark('monitoring'), 'Monitoring visit'),
    legendItem(mark('meeting'), 'Engagement meeting'),
    legendItem(mark('selfEvaluation'), 'Self-evaluation due'),
    legendItem(done, 'Hollow: done (the square: last inspection)', 56),
    legendItem(
      mark('meeting', 13, ' overdue'),
      'Black outline, and <span class="badge">!</span> by the name: overdue',
    ),
    legendItem(chevron(9, COLOURS.blue), 'Later than the timeline'),
  ].join('')}</div>`;
}
