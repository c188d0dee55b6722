import {
  type CivilDate,
  type DateWindow,
  addDays,
  addMonths,
  daysBetween,
  formatIso,
  isAfter,
  isBefore,
  monthWindow,
  shiftWindow,
} from './civil-date';
import {
  type LastInspection,
  ILACS_REINSPECTION_FROM,
  isUnreadable,
  wasSifInspection,
} from './inspection';
import type { Pathway } from './pathway';
import { type PauseShift, describePauseShift, pauseShift } from './pauses';
import type { RuleSettings } from './rule-settings';
import { countOf } from '../text/words';

export type InspectionKind =
  | 'Short inspection'
  | 'Standard inspection'
  | 'SIF re-inspection'
  | 'Post-monitoring single inspection';

export interface NextInspection {
  readonly kind: InspectionKind;
  readonly due: CivilDate;
  readonly window: DateWindow;
  readonly pauseShift: PauseShift;
  readonly explanation: string;
}

/** R2b: the 3 main judgement areas of an SIF inspection. */
const MAIN_AREAS = ['helpAndProtection', 'childrenInCare', 'leaders'] as const;
const MAIN_AREA_NAMES = 'help and protection, children in care, leaders';

/** R2a, R2b: what kind of full inspection comes next on a pathway. */
export function nextInspectionKind(
  inspection: LastInspection,
  pathway: Pathway,
): { kind: InspectionKind; reason: string } {
  if (pathway === 'short') {
    return {
      kind: 'Short inspection',
      reason: 'usually a short inspection (R2a; Ofsted may choose a standard one)',
    };
  }
  if (pathway === 'standard')
    return { kind: 'Standard inspection', reason: 'usually a standard inspection (R2a)' };
  if (!isBefore(inspection.start, ILACS_REINSPECTION_FROM)) {
    return {
      kind: 'Standard inspection',
      reason: 'monitoring visits, then a standard inspection as re-inspection (R2b)',
    };
  }
  // R2b: SIF rules split on the 3 main judgement areas: at least 2 inadequate, or at least 2 not
  // recorded, is "inadequate across all or most areas".
  const mainAreas = MAIN_AREAS.map((key) => inspection[key]);
  const inadequate = mainAreas.filter((grade) => grade === 'inadequate').length;
  const notRecorded = mainAreas.filter((grade) => grade === undefined).length;
  const sif = 'monitoring visits, then an SIF re-inspection (R2b: started before 1 September 2018';
  if (inadequate >= 2) {
    return {
      kind: 'SIF re-inspection',
      reason: `${sif}, inadequate across all or most areas: ${inadequate} of the 3 main judgement areas (${MAIN_AREA_NAMES}) inadequate)`,
    };
  }
  if (notRecorded >= 2) {
    const unreadable = MAIN_AREAS.some(
      (key) => inspection[key] === undefined && isUnreadable(inspection, key),
    );
    return {
      kind: 'SIF re-inspection',
      reason:
        `${sif}, and ${notRecorded} of the 3 main judgement areas (${MAIN_AREA_NAMES}) ` +
        `${unreadable ? 'not recorded or unreadable' : 'not recorded'}, read as inadequate across all or most areas)`,
    };
  }
  return {
    kind: 'Post-monitoring single inspection',
    reason:
      'monitoring visits, then a post-monitoring single inspection (R2b: started before 1 September 2018, only some areas inadequate)',
  };
}

/** R2c-R2e: the next full inspection's type, due date and window. */
export function nextInspection(
  inspection: LastInspection,
  pathway: Pathway,
  settings: RuleSettings,
): NextInspection {
  const { kind, reason } = nextInspectionKind(inspection, pathway);
  const unshiftedDue = addMonths(inspection.start, settings.inspectionCycleMonths);
  // R2c: the window is counted from the due date (due - 6 months, due + 6 months), each end
  // clamped on its own; "30 to 42 months after the last start" differs by a day when the due date
  // itself was clamped (a start on 29 February).
  const unshiftedWindow = monthWindow(
    unshiftedDue,
    -settings.windowBeforeMonths,
    settings.windowAfterMonths,
  );
  const shift = pauseShift(inspection.start, unshiftedWindow, settings.pauses);
  const due = addDays(unshiftedDue, shift.days);
  const window = shiftWindow(unshiftedWindow, shift.days);

  const sentences = [
    `Next: ${reason}.`,
    `Due ${formatIso(due)}: ${settings.inspectionCycleMonths} months after the last start` +
      (shift.days > 0 ? `, ${describePauseShift(shift)}` : '') +
      `; window ${formatIso(window.opens)} to ${formatIso(window.closes)}, ${settings.windowBeforeMonths} months ` +
      `before to ${settings.windowAfterMonths} months after the due date (R2c).`,
  ];
  const nextIsIlacs = kind === 'Short inspection' || kind === 'Standard inspection';
  if (nextIsIlacs && wasSifInspection(inspection)) {
    sentences.push(
      'The first ILACS inspection after an SIF one keeps the same timing (R2d), though the transition stretched real gaps to a median of about 4 years.',
    );
  }
  sentences.push(
    'Notice: Ofsted calls the DCS and inspectors arrive the following Monday, about 5 working days later (R3e).',
  );
  return { kind, due, window, pauseShift: shift, explanation: sentences.join(' ') };
}

export type InspectionStatus =
  | { readonly state: 'upcoming'; readonly days: number; readonly text: string }
  | { readonly state: 'open'; readonly text: string }
  | { readonly state: 'overdue'; readonly days: number; readonly text: string };

/** R2f: where today stands against the window (a newer inspection would have replaced the row's last one). */
export function inspectionStatus(window: DateWindow, today: CivilDate): InspectionStatus {
  if (isBefore(today, window.opens)) {
    const days = daysBetween(today, window.opens);
    return { state: 'upcoming', days, text: `Window opens in ${countOf(days, 'day')}` };
  }
  if (isAfter(today, window.closes)) {
    const days = daysBetween(window.closes, today);
    return {
      state: 'overdue',
      days,
      text: `Overdue (window closed ${countOf(days, 'day')} ago)`,
    };
  }
  return { state: 'open', text: 'Inspection window open' };
}
