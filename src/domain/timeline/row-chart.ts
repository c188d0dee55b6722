import { type CivilDate, type DateWindow, isBefore } from '../rules/civil-date';
import { shortDate } from '../rules/date-words';
import { escapeHtml } from '../text/html';
import { isAnythingOverdue } from './overdue';
import { COLOURS, ROW_HEIGHT } from './page';
import type { TimelineRow } from './rows';
import { type TimeScale, DAY_WIDTH, barOf, placeOf, xOf } from './scale';
import {
  FOCUSED_Y,
  FORECAST_Y,
  FRAMEWORK_Y,
  MARK_CLASS,
  MID,
  type MarkKind,
  chevron,
  round,
  shapePath,
  span,
  title,
} from './shapes';

/** One authority's row of the chart: its windows as bars and lines, its events as marks. */

interface Mark {
  readonly kind: MarkKind;
  readonly date: CivilDate;
  /** What it is, said before its date; `note` follows the date. */
  readonly text: string;
  readonly note?: string | undefined;
  readonly done?: boolean;
  readonly overdue?: boolean;
}

/**
 * Where each kind goes in the column of what is earlier than the first month. The focused visit's
 * window goes first, where the last inspection would be (it is shown only in the months shown).
 */
const EARLIER_X: Record<MarkKind, number> = {
  inspection: 7,
  monitoring: 20,
  selfEvaluation: 33,
  meeting: 46,
};

/** A mark at its day, or in its place in the column of what is earlier, with its words. */
function markSvg(scale: TimeScale, mark: Mark): string {
  const x =
    placeOf(scale, mark.date) === 'before'
      ? EARLIER_X[mark.kind]
      : Math.min(xOf(scale, mark.date) + DAY_WIDTH / 2, scale.width - 6);
  const classes = [
    'mark',
    MARK_CLASS[mark.kind],
    ...(mark.done ? ['done'] : []),
    ...(mark.overdue ? ['overdue'] : []),
  ];
  return `<path class="${classes.join(' ')}" d="${shapePath(mark.kind, round(x))}">${title(mark.text)}</path>`;
}

/**
 * A window as a bar (drawn by `draw` with its x and width), a chevron at the right edge when it
 * opens after the timeline, or what `earlier` draws when it closed before (nothing by default).
 */
function windowSvg(
  scale: TimeScale,
  window: DateWindow,
  colour: string,
  text: string,
  draw: (x: number, width: number, tip: string) => string,
  earlier: (tip: string) => string = () => '',
): string {
  const bar = barOf(scale, window);
  if (bar === 'after') return chevron(scale.width - 8, colour, title(text));
  if (bar === 'before') return earlier(title(text));
  const cut = placeOf(scale, window.closes) === 'after';
  return (
    draw(round(bar.x), round(bar.width), title(text)) +
    (cut ? chevron(scale.width + 2, colour, title(text)) : '')
  );
}

function inspectionSvg(scale: TimeScale, row: TimelineRow): string[] {
  const parts: string[] = [];
  const { framework, expected, due } = row;
  const overdue = row.overdue.inspection;
  if (framework) {
    const text =
      `Framework window ${span(framework)}${due ? `, due ${shortDate(due)}` : ''}` +
      (overdue ? ': closed, overdue' : '');
    parts.push(
      windowSvg(
        scale,
        framework,
        COLOURS.blue,
        text,
        (x, width, tip) =>
          `<rect class="framework${overdue ? ' overdue' : ''}" x="${x}" ${FRAMEWORK_Y} width="${width}">${tip}</rect>`,
      ),
    );
    const dueX = due && xOf(scale, due);
    if (dueX !== undefined && dueX >= scale.left && dueX < scale.width) {
      parts.push(`<rect class="due" x="${dueX}" ${FRAMEWORK_Y} width="2"/>`);
    }
  }
  if (expected) {
    const kind = row.nextInspection ? ` (${row.nextInspection})` : '';
    parts.push(
      windowSvg(
        scale,
        expected,
        COLOURS.blue,
        `Next inspection expected ${span(expected)}${kind}`,
        (x, width, tip) =>
          `<rect class="forecast" x="${x}" ${FORECAST_Y} width="${width}" rx="2">${tip}</rect>`,
      ),
    );
  }
  return parts;
}

/** The focused visit's window: a dashed line low in the row, outlined in black once it has passed. */
function focusedLine(
  from: number,
  to: number,
  passed: boolean,
  tip: string,
  y = FOCUSED_Y,
): string {
  const line = `x1="${from}" x2="${round(to)}" y1="${y}" y2="${y}"`;
  return `${passed ? `<line class="passed" ${line}/>` : ''}<line class="focused" ${line}>${tip}</line>`;
}

function focusedVisitSvg(scale: TimeScale, row: TimelineRow, today: CivilDate): string[] {
  const window = row.focusedVisit;
  if (!window) return [];
  const passed = isBefore(window.closes, today);
  const text =
    `Next focused visit, indicative ${span(window)}` +
    (passed ? ': passed, record the visits in Focused visits since' : '');
  return [
    windowSvg(
      scale,
      window,
      COLOURS.orange,
      text,
      (x, width, tip) => focusedLine(x, x + width, passed, tip),
      // Earlier than the first month: on the middle line, first in the column of what is earlier.
      (tip) => focusedLine(1, 13, true, tip, MID),
    ),
  ];
}

/** The row's marks: what is due (filled) and what was done in the timeline's months (hollow). */
function marksOf(scale: TimeScale, row: TimelineRow, today: CivilDate): Mark[] {
  const marks: Mark[] = [];
  const add = (kind: MarkKind, date: CivilDate | undefined, text: string, extra = {}) => {
    if (date) marks.push({ kind, date, text, ...extra });
  };
  const { done } = row;
  const recorded = (kind: MarkKind, date: CivilDate | undefined, text: string) => {
    // A date after today cannot be done yet: that cell is one of the row's problems.
    if (date && !isBefore(date, scale.start) && !isBefore(today, date))
      add(kind, date, text, { done: true });
  };
  recorded('inspection', done.lastInspection, 'Last inspection started');
  recorded('monitoring', done.monitoringVisit, 'Monitoring visit done');
  recorded('meeting', done.meeting, 'Engagement meeting held');
  recorded('selfEvaluation', done.selfEvaluation, 'Self-evaluation submitted');
  const passed = row.monitoringVisit !== undefined && isBefore(row.monitoringVisit, today);
  add('monitoring', row.monitoringVisit, 'Next monitoring visit', {
    overdue: passed,
    note: passed ? 'passed, record it in Last monitoring visit' : undefined,
  });
  for (const [kind, date, text, overdue] of [
    ['selfEvaluation', row.selfEvaluationDue, 'Self-evaluation due', row.overdue.selfEvaluation],
    ['meeting', row.meeting, 'Next engagement meeting', row.overdue.meeting],
  ] as const) {
    add(kind, date, text, { overdue, note: overdue ? 'overdue' : undefined });
  }
  return marks.map(({ note, ...mark }) => ({
    ...mark,
    text: `${mark.text} ${shortDate(mark.date)}${note ? `: ${note}` : ''}`,
  }));
}

/**
 * One row of the chart: the name (a button selecting its row of the Tracker) with a mark when
 * anything is overdue as the Status says (a focused visit's indicative window passing, R3c, or a
 * monitoring visit's indicative date is not), then its shapes. `index` is its row of the table
 * of facts; `filters`, its option of each filter.
 */
export function rowHtml(
  scale: TimeScale,
  row: TimelineRow,
  index: number,
  today: CivilDate,
  filters: { region: number; pathway: number },
): string {
  const shapes = [
    ...inspectionSvg(scale, row),
    ...focusedVisitSvg(scale, row, today),
    ...marksOf(scale, row, today).map((mark) => markSvg(scale, mark)),
  ];
  if (shapes.length === 0) {
    const why = row.hasProblems ? 'see its Problems cell' : 'run Recalculate now';
    shapes.push(`<text class="no-dates" x="6" y="${MID + 4}">No dates to show: ${why}</text>`);
  }
  const badge = isAnythingOverdue(row.overdue)
    ? '<span class="badge" title="Something is overdue">!<span class="sr-only"> (overdue)</span></span>'
    : '<span class="badge blank"></span>';
  return (
    `<div class="row" data-i="${index}" data-g="${filters.region}" data-p="${filters.pathway}">` +
    `<div class="label">${badge}<button type="button" class="name" data-row="${row.rowNumber}" title="${escapeHtml(row.authority)}: select row ${row.rowNumber} of the Tracker">${escapeHtml(row.authority)}</button></div>` +
    `<svg width="${scale.width}" height="${ROW_HEIGHT}" aria-hidden="true">${shapes.join('')}</svg></div>`
  );
}
