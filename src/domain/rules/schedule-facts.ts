import type { CivilDate } from './civil-date';
import { isSelfEvaluationDone } from './engagement';
import type { Grade } from './grades';
import {
  type InspectionType,
  type LastInspection,
  type OnSiteDay,
  type UnreadableInspectionField,
  lastOnSiteDay,
} from './inspection';

/**
 * What the rules know of one authority, fact by fact with the Tracker column it comes from, and
 * what follows from the facts directly: the last inspection, its last on-site day, and whether
 * the self-evaluation recorded counts for the coming meeting (R5c).
 */

/** What the rules need to know of one authority: what has happened so far, blank where unknown. */
export interface ScheduleFacts {
  readonly lastInspection?: CivilDate | undefined;
  readonly lastInspectionEnd?: CivilDate | undefined;
  readonly inspectionType?: InspectionType | undefined;
  readonly overall?: Grade | undefined;
  readonly leaders?: Grade | undefined;
  readonly helpAndProtection?: Grade | undefined;
  readonly childrenInCare?: Grade | undefined;
  readonly careLeavers?: Grade | undefined;
  readonly focusedVisitsSince?: number | undefined;
  readonly lastFocusedVisit?: CivilDate | undefined;
  readonly priorityAction?: boolean | undefined;
  readonly jtaiSince?: boolean | undefined;
  readonly lastMonitoringVisit?: CivilDate | undefined;
  readonly lastEngagementMeeting?: CivilDate | undefined;
  readonly plannedEngagementMeeting?: CivilDate | undefined;
  readonly selfEvaluationSubmitted?: CivilDate | undefined;
}

export type ScheduleFactKey = keyof ScheduleFacts;

export interface ScheduleInput extends ScheduleFacts {
  /**
   * Facts whose cells were filled but could not be read (a date not on the calendar, a misspelt
   * grade) or cannot be right (a date before 2013, a visit after today, an inspection that ends
   * before it starts). They are not used, and the rules never report them as blank or missing:
   * the cell's own message, naming the column and what was expected, is the one problem.
   */
  readonly unreadable?: readonly ScheduleFactKey[] | undefined;
}

/** Each fact by the name of its Tracker column, as the explanation and the problems say it. */
export const SCHEDULE_FACT_NAMES: Readonly<Record<ScheduleFactKey, string>> = {
  lastInspection: 'Last inspection',
  lastInspectionEnd: 'Last inspection end',
  inspectionType: 'Inspection type',
  overall: 'Overall effectiveness',
  leaders: 'Impact of leaders',
  helpAndProtection: 'Help and protection',
  childrenInCare: 'Children in care',
  careLeavers: 'Care leavers',
  focusedVisitsSince: 'Focused visits since',
  lastFocusedVisit: 'Last focused visit',
  priorityAction: 'Priority action',
  jtaiSince: 'JTAI since',
  lastMonitoringVisit: 'Last monitoring visit',
  lastEngagementMeeting: 'Last engagement meeting',
  plannedEngagementMeeting: 'Planned engagement meeting',
  selfEvaluationSubmitted: 'Self-evaluation submitted',
};

export function isScheduleFactKey(key: string): key is ScheduleFactKey {
  return Object.prototype.hasOwnProperty.call(SCHEDULE_FACT_NAMES, key);
}

/** Whether a fact's cell was filled but could not be used. */
export function isUnreadable(input: ScheduleInput, key: ScheduleFactKey): boolean {
  return input.unreadable?.includes(key) ?? false;
}

/** The inspection's fields, by the facts they come from. */
const INSPECTION_FIELDS = [
  ['lastInspectionEnd', 'end'],
  ['inspectionType', 'type'],
  ['overall', 'overall'],
  ['leaders', 'leaders'],
  ['helpAndProtection', 'helpAndProtection'],
  ['childrenInCare', 'childrenInCare'],
  ['careLeavers', 'careLeavers'],
] as const satisfies readonly (readonly [ScheduleFactKey, UnreadableInspectionField])[];

/** The last full inspection, as the facts record it. */
export function lastInspectionOf(input: ScheduleInput, start: CivilDate): LastInspection {
  return {
    start,
    end: input.lastInspectionEnd,
    type: input.inspectionType,
    overall: input.overall,
    leaders: input.leaders,
    helpAndProtection: input.helpAndProtection,
    childrenInCare: input.childrenInCare,
    careLeavers: input.careLeavers,
    unreadable: INSPECTION_FIELDS.filter(([key]) => isUnreadable(input, key)).map(
      ([, field]) => field,
    ),
  };
}

/** The last on-site day as recorded, or estimated from the inspection's length. */
export function onSiteDayOf(
  input: ScheduleInput,
  inspection: LastInspection | undefined,
): OnSiteDay | undefined {
  if (inspection) return lastOnSiteDay(inspection);
  return input.lastInspectionEnd && { date: input.lastInspectionEnd, estimated: false };
}

/**
 * R5c: whether the self-evaluation recorded counts as done for the coming meeting, from the facts
 * alone: what computeSchedule (schedule.ts) decides, for a reader of the facts without a schedule.
 */
export function isSelfEvaluationDoneFor(input: ScheduleInput): boolean {
  const inspection = input.lastInspection && lastInspectionOf(input, input.lastInspection);
  return selfEvaluationDone(input, onSiteDayOf(input, inspection));
}

/** R5c, given the last on-site day already worked out. */
export function selfEvaluationDone(input: ScheduleInput, onSite: OnSiteDay | undefined): boolean {
  const { selfEvaluationSubmitted, lastEngagementMeeting } = input;
  return isSelfEvaluationDone(selfEvaluationSubmitted, lastEngagementMeeting, onSite?.date);
}
