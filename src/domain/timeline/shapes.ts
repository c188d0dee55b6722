import type { DateWindow } from '../rules/civil-date';
import { shortDate } from '../rules/date-words';
import { escapeHtml } from '../text/html';

/** The marks on a row, each a shape as well as a colour: a class of the page's style and a path. */
export type MarkKind = 'monitoring' | 'meeting' | 'selfEvaluation' | 'inspection';

export const MARK_CLASS: Record<MarkKind, string> = {
  monitoring: 'monitoring',
  meeting: 'meeting',
  selfEvaluation: 'self-evaluation',
  inspection: 'inspection',
};

/**
 * Where things sit in a row (page.ts, ROW_HEIGHT): the framework's window behind, the forecast in
 * front of it, the marks on the middle line, and the focused visit's window below them.
 */
export const MID = 11;
export const FRAMEWORK_Y = 'y="2" height="16"';
export const FORECAST_Y = 'y="6" height="10"';
export const FOCUSED_Y = 19;

/** The shape of each kind of mark, centred on x: a triangle, a circle, a diamond, a square. */
export function shapePath(kind: MarkKind, x: number): string {
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

/** A chevron at the right edge, for a window that opens after the timeline ends, in its colour. */
export const chevron = (x: number, colour: string, tip = '') =>
  `<path class="chevron" stroke="${colour}" d="M${x} ${MID - 6}l6 6l-6 6">${tip}</path>`;

/** The hover words of a shape. */
export const title = (text: string) => `<title>${escapeHtml(text)}</title>`;
/** `4 Jan 2027 to 28 May 2027` */
export const span = (window: DateWindow) =>
  `${shortDate(window.opens)} to ${shortDate(window.closes)}`;
/** Pixels to a tenth: the page stays small. */
export const round = (value: number) => Math.round(value * 10) / 10;
