/**
 * The timeline (issue 14): every authority's next two years at a glance, as one HTML page of
 * inline SVG drawn from what Recalculate computed. Pure: today is given, nothing is read.
 */
import { type CivilDate, type DateWindow, isBefore, addDays } from '../rules/civil-date';
import { longDate, monthAndYear, shortDate } from '../rules/date-words';
import { escapeHtml } from '../text/html';
import { COLOURS, DEFS, LABEL_WIDTH, ROW_HEIGHT, STYLE, pageScript } from './page';
import { type TimelineRow, byExpectedInspection } from './rows';
import { type TimeScale, DAY_WIDTH, barOf, monthTicks, placeOf, timeScale, xOf } from './scale';

export interface TimelineInput {
  readonly rows: readonly TimelineRow[];
  /** The day the line for today is drawn on, and the months are counted from. */
  readonly today: CivilDate;
  /** How far to trust the forecast's windows, as the Settings sheet says it (F5). */
  readonly trackRecord?: string | undefined;
}

/** The marks on a row, each a shape as well as a colour: a class of the page's style and a path. */
type MarkKind = 'monitoring' | 'meeting' | 'selfEvaluation' | 'inspection';

const MARK_CLASS: Record<MarkKind, string> = {
  monitoring: 'm',
  meeting: 'e',
  selfEvaluation: 's',
  inspection: 'i',
};

/**
 * Where things sit in a row (page.ts, ROW_HEIGHT): the framework's window behind, the forecast in
 * front of it, the marks on the middle line, and the focused visit's window below them.
 */
const MID = 11;
const FRAMEWORK_Y = 'y="2" height="16"';
const FORECAST_Y = 'y="6" height="10"';
const FOCUSED_Y = 19;

/** The shape of each kind of mark, centred on x: a triangle, a circle, a diamond, a square. */
function shapePath(kind: MarkKind, x: number): string {
  switch (kind) {
    case 'monitoring':
      return `M${x} ${MID - 6}l6 11h-12z`;
    case 'meeting':
      return `M${x} ${MID}m-5 0a5 5 0 1 0 10 0a5 5 0 1 0-10 0z`;
    case 'selfEvaluation':
      return `M${x} ${MID - 6}l6 6l-6 6l-6-6z`;
    case 'inspection':
      return `M${x - 4.5} ${MID - 4.5}h9v9h-9z`;
  }
}

const title = (text: string) => `<title>${escapeHtml(text)}</title>`;
const span = (window: DateWindow) => `${shortDate(window.opens)} to ${shortDate(window.closes)}`;
const round = (value: number) => Math.round(value * 10) / 10;

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
    'k',
    MARK_CLASS[mark.kind],
    ...(mark.done ? ['d'] : []),
    ...(mark.overdue ? ['o'] : []),
  ];
  return `<path class="${classes.join(' ')}" d="${shapePath(mark.kind, round(x))}">${title(mark.text)}</path>`;
}

/** A chevron at the right edge, for a window that opens after the timeline ends, in its colour. */
const chevron = (x: number, colour: string, tip = '') =>
  `<path class="ch" stroke="${colour}" d="M${x} ${MID - 6}l6 6l-6 6">${tip}</path>`;

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
  if (framework) {
    const text =
      `Framework window ${span(framework)}${due ? `, due ${shortDate(due)}` : ''}` +
      (row.status.inspection ? ': closed, overdue' : '');
    parts.push(
      windowSvg(
        scale,
        framework,
        COLOURS.blue,
        text,
        (x, width, tip) =>
          `<rect class="fw${row.status.inspection ? ' o' : ''}" x="${x}" ${FRAMEWORK_Y} width="${width}">${tip}</rect>`,
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
          `<rect class="fc" x="${x}" ${FORECAST_Y} width="${width}" rx="2">${tip}</rect>`,
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
  return `${passed ? `<line class="ob" ${line}/>` : ''}<line class="fv" ${line}>${tip}</line>`;
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
    ['selfEvaluation', row.selfEvaluationDue, 'Self-evaluation due', row.status.selfEvaluation],
    ['meeting', row.meeting, 'Next engagement meeting', row.status.meeting],
  ] as const) {
    add(kind, date, text, { overdue, note: overdue ? 'overdue' : undefined });
  }
  return marks.map(({ note, ...mark }) => ({
    ...mark,
    text: `${mark.text} ${shortDate(mark.date)}${note ? `: ${note}` : ''}`,
  }));
}

/**
 * Overdue exactly when the row's Status says so, so that the timeline, the Status column, its
 * colours and npm start's summary agree: a focused visit's indicative window passing (R3c) or a
 * monitoring visit's indicative date is not overdue.
 */
function isOverdue(row: TimelineRow): boolean {
  const { status } = row;
  return status.inspection || status.meeting || status.selfEvaluation;
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

function rowHtml(
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
    shapes.push(`<text class="nd" x="6" y="${MID + 4}">No dates to show: ${why}</text>`);
  }
  const badge = isOverdue(row)
    ? '<span class="b" title="Something is overdue">!<span class="sr"> (overdue)</span></span>'
    : '<span class="b x"></span>';
  return (
    `<div class="r" data-i="${index}" data-g="${filters.region}" data-p="${filters.pathway}">` +
    `<div class="l">${badge}<button type="button" class="n" data-row="${row.rowNumber}" title="${escapeHtml(row.authority)}: select row ${row.rowNumber} of the Tracker">${escapeHtml(row.authority)}</button></div>` +
    `<svg width="${scale.width}" height="${ROW_HEIGHT}" aria-hidden="true">${shapes.join('')}</svg></div>`
  );
}

/** The months across the top: years over months, what is earlier, and today. */
function axisHtml(scale: TimeScale, today: CivilDate): string {
  const now = xOf(scale, today) + DAY_WIDTH / 2;
  // "Today" sits over its line in the row of years; a year that would fall under it moves right.
  const todayFrom = now - 20;
  const todayTo = now + 20;
  const labels = monthTicks(scale).flatMap(({ x, month, middle }, index) => {
    const name = monthAndYear(month).slice(0, 3);
    const yearX = x + 2 > todayFrom - 28 && x + 2 < todayTo ? todayTo + 3 : x + 2;
    const year =
      month.month === 1 || (index === 0 && month.month <= 11)
        ? [`<text class="ay" x="${round(yearX)}" y="12">${month.year}</text>`]
        : [];
    return [
      ...year,
      `<text class="ax" x="${round(middle)}" y="27" text-anchor="middle">${name}</text>`,
    ];
  });
  return (
    `<div id="axis" aria-hidden="true"><div class="l"><b>Authority</b></div>` +
    `<svg width="${scale.width}" height="32"><text class="ax" x="${scale.left / 2}" y="27" text-anchor="middle">Earlier</text>${labels.join('')}` +
    `<line class="now" x1="${now}" x2="${now}" y1="16" y2="32"/>` +
    `<rect x="${todayFrom}" y="1" width="40" height="14" rx="2"/><text class="at" x="${now}" y="12" text-anchor="middle">Today</text></svg></div>`
  );
}

/** The month lines and the shaded past behind the rows, and the line for today over them. */
function gridHtml(scale: TimeScale, today: CivilDate): { under: string; over: string } {
  const lines = monthTicks(scale)
    .map(
      ({ x, month }) =>
        `<line${month.month === 1 ? ' class="y"' : ''} x1="${x}" x2="${x}" y1="0" y2="100%"/>`,
    )
    .join('');
  const now = xOf(scale, today) + DAY_WIDTH / 2;
  return {
    under:
      `<svg class="g" width="${scale.width}" aria-hidden="true"><rect class="e" x="0" y="0" width="${scale.left}" height="100%"/>` +
      `<rect x="${scale.left}" y="0" width="${now - scale.left}" height="100%"/>${lines}</svg>`,
    over: `<svg class="t" width="${scale.width}" aria-hidden="true"><line x1="${now}" x2="${now}" y1="0" y2="100%"/></svg>`,
  };
}

/** One legend entry: the marks as they appear on a row, and their words. */
function legendItem(svg: string, text: string, width = 26): string {
  return `<span><svg width="${width}" height="22" aria-hidden="true">${svg}</svg>${text}</span>`;
}

function legendHtml(): string {
  const mark = (kind: MarkKind, x = 13, extra = '') =>
    `<path class="k ${MARK_CLASS[kind]}${extra}" d="${shapePath(kind, x)}"/>`;
  const done = (['monitoring', 'meeting', 'selfEvaluation', 'inspection'] as const)
    .map((kind, index) => mark(kind, 7 + index * 14, ' d'))
    .join('');
  return `<div class="lg" aria-hidden="true">${[
    legendItem(
      `<rect class="fc" x="1" ${FORECAST_Y} width="24" rx="2"/>`,
      'Next inspection expected (forecast)',
    ),
    legendItem(
      `<rect class="fw" x="1" ${FRAMEWORK_Y} width="24"/><rect class="due" x="12" ${FRAMEWORK_Y} width="2"/>`,
      'Framework window (the line: its due date)',
    ),
    legendItem(
      `<line class="fv" x1="1" x2="25" y1="${MID}" y2="${MID}"/>`,
      'Focused visit, indicative window',
    ),
    legendItem(mark('monitoring'), 'Monitoring visit'),
    legendItem(mark('meeting'), 'Engagement meeting'),
    legendItem(mark('selfEvaluation'), 'Self-evaluation due'),
    legendItem(done, 'Hollow: done (the square: last inspection)', 56),
    legendItem(
      mark('meeting', 13, ' o'),
      'Black outline, and <span class="b">!</span> by the name: overdue',
    ),
    legendItem(chevron(9, COLOURS.blue), 'Later than the timeline'),
  ].join('')}</div>`;
}

/** The facts of every row as a table, for screen readers (and the tooltip's name and status). */
const FACT_HEADERS = [
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

function factsHtml(rows: readonly TimelineRow[]): string {
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
      row.status.words,
    ];
    return `<tr>${cells.map((cell, index) => (index === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`;
  });
  return (
    `<div class="sr"><table id="facts"><caption>The timeline's facts, one row per authority, in the same order</caption>` +
    `<thead><tr>${FACT_HEADERS.map((header) => `<th scope="col">${header}</th>`).join('')}</tr></thead>` +
    `<tbody>${body.join('')}</tbody></table></div>`
  );
}

/** The latest day a row's Status speaks for: the last Recalculate. */
function computedOn(rows: readonly TimelineRow[]): CivilDate | undefined {
  let latest: CivilDate | undefined;
  for (const { status } of rows) {
    if (status.asOf && (!latest || isBefore(latest, status.asOf))) latest = status.asOf;
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
