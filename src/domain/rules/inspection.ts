import { type CivilDate, addDays, civil, isBefore } from './civil-date';
import type { Grade } from './grades';

export const INSPECTION_TYPES = [
  'ILACS standard',
  'ILACS short',
  'SIF',
  'SIF re-inspection',
] as const;
export type InspectionType = (typeof INSPECTION_TYPES)[number];

/** The judgements of the most recent full inspection; any may be unknown. */
export interface Judgements {
  readonly overall?: Grade | undefined;
  readonly leaders?: Grade | undefined;
  readonly helpAndProtection?: Grade | undefined;
  readonly childrenInCare?: Grade | undefined;
  readonly careLeavers?: Grade | undefined;
}

export interface LastInspection extends Judgements {
  /** First on-site day. */
  readonly start: CivilDate;
  /** Last on-site day, when recorded. */
  readonly end?: CivilDate | undefined;
  readonly type?: InspectionType | undefined;
  /**
   * Fields whose cells were filled but could not be read: they are not used, and the rules say
   * they could not be read rather than that they are blank (the cell's own message says why).
   */
  readonly unreadable?: readonly UnreadableInspectionField[] | undefined;
}

export type UnreadableInspectionField = keyof Judgements | 'end' | 'type';

/** Whether a field of the inspection was filled but could not be read. */
export function isUnreadable(
  inspection: LastInspection,
  field: UnreadableInspectionField,
): boolean {
  return inspection.unreadable?.includes(field) ?? false;
}

/** From this day a full inspection gives no overall effectiveness grade (R1b). */
export const NO_OVERALL_GRADE_FROM = civil('2026-04-01');
/** Inspections that started before this day were SIF inspections for re-inspection purposes (R2b). */
export const ILACS_REINSPECTION_FROM = civil('2018-09-01');
/** ILACS began in January 2018; an inspection of unknown type before it was an SIF one (R2d). */
export const ILACS_FROM = civil('2018-01-01');

export function hasNoOverallGrade(start: CivilDate): boolean {
  return !isBefore(start, NO_OVERALL_GRADE_FROM);
}

export function wasSifInspection(inspection: LastInspection): boolean {
  if (inspection.type) return inspection.type === 'SIF' || inspection.type === 'SIF re-inspection';
  return isBefore(inspection.start, ILACS_FROM);
}

/** Days on site after the first day: a short inspection is Mon-Fri, a standard one Mon - Fri of the next week. */
const ON_SITE_EXTRA_DAYS: Partial<Record<InspectionType, number>> = {
  'ILACS short': 4,
  'ILACS standard': 11,
};

export interface OnSiteDay {
  readonly date: CivilDate;
  readonly estimated: boolean;
}

/**
 * The last on-site day: as recorded, or for an ILACS inspection of known type estimated from its
 * length on site. Undefined when neither is possible.
 */
export function lastOnSiteDay(inspection: LastInspection): OnSiteDay | undefined {
  if (inspection.end) return { date: inspection.end, estimated: false };
  const extraDays = inspection.type && ON_SITE_EXTRA_DAYS[inspection.type];
  return extraDays === undefined
    ? undefined
    : { date: addDays(inspection.start, extraDays), estimated: true };
}
