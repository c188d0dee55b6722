import {
  type CivilDate,
  type DateWindow,
  addDays,
  compareDates,
  formatIso,
  isAfter,
  isBefore,
} from './civil-date';
import { type Pause, pauseLengthDays } from './settings';

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
  const pauses = shift.applied.map(
    (pause) =>
      `${formatIso(pause.first)} to ${formatIso(pause.last)} (${pauseLengthDays(pause)} days)`,
  );
  return `moved ${shift.days} days later for the inspection pause${pauses.length > 1 ? 's' : ''} ${pauses.join(', ')} (R2e)`;
}
