import {
  type CivilDate,
  type DateWindow,
  formatIso,
  isBefore,
  monthWindow,
  parseIsoDate,
  shiftWindow,
} from './civil-date';
import type { Pathway } from './pathway';
import { describePauseShift, pauseShift } from './pauses';
import type { MonthRange, RuleSettings } from './rule-settings';

export interface FocusedVisitRecord {
  readonly lastStart: CivilDate;
  /** Focused visits since the last full inspection, as the coordinator counted them. */
  readonly focusedVisitsSince?: number | undefined;
  readonly lastFocusedVisit?: CivilDate | undefined;
  readonly jtaiSince?: boolean | undefined;
  readonly priorityAction?: boolean | undefined;
}

export interface FocusedVisitPlan {
  readonly expected: number;
  readonly done: number;
  /** Indicative window for the next expected visit; undefined when none is expected. */
  readonly next?: DateWindow | undefined;
  readonly priorityAction: boolean;
  /** For the Focused visits column, e.g. `1 of 2 done; next indicative 2027-01-10 to 2027-07-10`. */
  readonly summary: string;
  readonly explanation: string;
}

/** R3a */
export const EXPECTED_FOCUSED_VISITS: Record<Pathway, number> = {
  short: 1,
  standard: 2,
  inadequate: 0,
};

export const PRIORITY_ACTION_FLAG = 'priority action - the next inspection may be brought forward';

const NEXT_INDICATIVE = 'next indicative';

/**
 * The next indicative window read back from a Focused visits cell as {@link planFocusedVisits}
 * writes it (`1 of 2 done; next indicative 2027-01-10 to 2027-07-10`); undefined when it has none.
 */
export function indicativeWindowOf(summary: string): DateWindow | undefined {
  const match = new RegExp(`${NEXT_INDICATIVE} (\\S+) to (\\S+?)(;|$)`).exec(summary);
  const opens = parseIsoDate(match?.[1] ?? '');
  const closes = parseIsoDate(match?.[2] ?? '');
  return opens && closes && !isBefore(closes, opens) ? { opens, closes } : undefined;
}

const NOTICE = 'Notice: about 5 working days for a focused visit, 10 for a JTAI (R3e).';

function visitBeforeInspection(record: FocusedVisitRecord): boolean {
  return (
    record.lastFocusedVisit !== undefined && isBefore(record.lastFocusedVisit, record.lastStart)
  );
}

/** R3b: focused visits since the last full inspection, plus one JTAI on the standard pathway. */
export function focusedVisitsDone(
  record: FocusedVisitRecord,
  pathway: Pathway,
): { done: number; reason: string } {
  const reasons: string[] = [];
  let visits = record.focusedVisitsSince;
  if (visits === undefined) {
    const visitSinceInspection =
      record.lastFocusedVisit !== undefined && !visitBeforeInspection(record);
    visits = visitSinceInspection ? 1 : 0;
    if (visitSinceInspection)
      reasons.push('a focused visit is dated on or after the last inspection, so at least 1');
  }
  const countsJtai = pathway === 'standard' && record.jtaiSince === true;
  if (countsJtai) reasons.push('a JTAI counts as one visit on the standard pathway');
  return { done: visits + (countsJtai ? 1 : 0), reason: reasons.join('; ') };
}

/** R3c, with pauses (R2e) applied to the window on its own. */
function indicativeWindow(lastStart: CivilDate, months: MonthRange, settings: RuleSettings) {
  const unshifted = monthWindow(lastStart, months.from, months.to);
  const shift = pauseShift(lastStart, unshifted, settings.pauses);
  return { window: shiftWindow(unshifted, shift.days), shift, months };
}

/**
 * R3d: the flag belongs to a focused visit since the last inspection; a priority action named by
 * a visit before it was answered by that inspection.
 */
function priorityActionStands(record: FocusedVisitRecord): boolean {
  return record.priorityAction === true && !visitBeforeInspection(record);
}

/** R3: focused visits expected between full inspections, done so far, and the next one's window. */
export function planFocusedVisits(
  record: FocusedVisitRecord,
  pathway: Pathway,
  settings: RuleSettings,
): FocusedVisitPlan {
  const expected = EXPECTED_FOCUSED_VISITS[pathway];
  const priorityAction = priorityActionStands(record);
  const flag = priorityAction ? `; ${PRIORITY_ACTION_FLAG} (R3d)` : '';
  const sentences: string[] = [];
  if (record.priorityAction === true && !priorityAction) {
    sentences.push(
      'Priority action is recorded, but the last focused visit was before the last inspection, so it is not flagged (R3d).',
    );
  }
  // R3d: the flag is in the explanation wherever it is in the summary, on every pathway.
  const prioritySentence = priorityAction
    ? [
        `The last focused visit named areas for priority action: ${PRIORITY_ACTION_FLAG}; dates do not move (R3d).`,
      ]
    : [];
  if (pathway === 'inadequate') {
    return {
      expected,
      done: 0,
      priorityAction,
      summary: `None expected: monitoring visits instead${flag}`,
      explanation: [
        'No focused visits are expected on the inadequate pathway: monitoring visits instead (R3a).',
        ...sentences,
        ...prioritySentence,
      ].join(' '),
    };
  }
  const { done, reason } = focusedVisitsDone(record, pathway);
  const ranges =
    pathway === 'short' ? [settings.shortFocusedVisitWindow] : settings.standardFocusedVisitWindows;
  const nextRange = done < expected ? ranges[done] : undefined;
  const next = nextRange && indicativeWindow(record.lastStart, nextRange, settings);

  sentences.unshift(
    `Focused visits: ${expected === 1 ? 'at least 1' : expected} expected on the ${pathway} pathway` +
      (pathway === 'standard' ? ', one of which may be a JTAI' : '') +
      ` (R3a); ${done} done (R3b${reason ? `: ${reason}` : ''}).`,
  );
  if (next) {
    sentences.push(
      `Next indicative window ${formatIso(next.window.opens)} to ${formatIso(next.window.closes)} ` +
        `(R3c: months ${next.months.from}-${next.months.to} after the last start; Ofsted publishes no timing)` +
        (next.shift.days > 0 ? `, ${describePauseShift(next.shift)}` : '') +
        '.',
      NOTICE,
    );
  }
  sentences.push(...prioritySentence);
  const nextText = next
    ? `${NEXT_INDICATIVE} ${formatIso(next.window.opens)} to ${formatIso(next.window.closes)}`
    : 'none more expected';
  return {
    expected,
    done,
    next: next?.window,
    priorityAction,
    summary: `${done} of ${expected} done; ${nextText}${flag}`,
    explanation: sentences.join(' '),
  };
}
