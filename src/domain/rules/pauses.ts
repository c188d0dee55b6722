import {
  type CivilDate,
  type DateWindow,
  addDays,
  compareDates,
  formatIso,
  isAfter,
  isBefore,
} from './civil-date';
import { type Pause, pauseLengthDays } from './rule-settings';
import { listInWords } from '../text/words';

export interface PauseShift {
  readonly days: number;
  readonly applied: readonly Pause[];
}

/**
 * R2e: how far routine-inspection pauses push a window anchored on the last full inspection.
 * A pause counts when the inspection started on or before its last day and the window (as the
 * earlier pauses left it) closes on or after its first day. Pauses apply in date order.
 */
export function pauseShift(
  lastStart: CivilDate,
  unshifted: DateWindow,
  pauses: readonly Pause[],
): PauseShift {
  const inDateOrder = [...pauses].sort((a, b) => compareDates(a.first, b.first));
  let days = 0;
  const applied: Pause[] = [];
  for (const pause of inDateOrder) {
    const closes = addDays(unshifted.closes, days);
    if (!isAfter(lastStart, pause.last) && !isBefore(closes, pause.first)) {
      days += pauseLengthDays(pause);
      applied.push(pause);
    }
  }
  return { days, applied };
}

export function describePauseShift(shift: PauseShift): string {
  const span = (pause: Pause) => `${formatIso(pause.first)} to ${formatIso(pause.last)}`;
  const [only] = shift.applied;
  const pauses =
    shift.applied.length === 1 && only
      ? `the pause in routine inspections from ${span(only)}`
      : `the pauses in routine inspections ${listInWords(shift.applied.map((pause) => `${span(pause)} (${pauseLengthDays(pause)} days)`))}`;
  return `moved ${shift.days} days later for ${pauses} (R2e)`;
}
