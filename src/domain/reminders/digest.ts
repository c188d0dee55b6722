import { type CivilDate, addDays, isAfter, isBefore, toDayNumber } from '../rules/civil-date';
import type { TrackerRowResult } from '../tracker/compute-tracker';

/** The weekly digest lists everything in this many days. */
export const DIGEST_DAYS = 90;

/** One dated item of the weekly digest. */
export interface DigestLine {
  readonly date: CivilDate;
  readonly authority: string;
  readonly what: string;
}

/** Everything in the coming `DIGEST_DAYS` days, for the weekly digest, in date order. */
export function digestLines(rows: readonly TrackerRowResult[], today: CivilDate): DigestLine[] {
  const until = addDays(today, DIGEST_DAYS);
  const lines: DigestLine[] = [];
  const add = (authority: string, date: CivilDate | undefined, what: string) => {
    if (date && !isBefore(date, today) && !isAfter(date, until))
      lines.push({ date, authority, what });
  };
  for (const { row, schedule, forecast } of rows) {
    const inspection = schedule.nextInspection?.kind ?? 'Full inspection';
    if (forecast) {
      add(row.authority, forecast.expectedFrom, `${inspection} expected from (forecast)`);
      add(row.authority, forecast.expectedBy, `${inspection} expected by (forecast)`);
    } else {
      add(row.authority, schedule.nextInspection?.window.opens, `${inspection} window opens`);
      add(row.authority, schedule.nextInspection?.window.closes, `${inspection} window closes`);
    }
    add(row.authority, schedule.monitoringVisit?.date, 'Monitoring visit (about)');
    add(row.authority, schedule.meeting?.date, 'Annual engagement meeting');
    if (schedule.selfEvaluationStatus?.state !== 'done')
      add(row.authority, schedule.selfEvaluationDue, 'Self-evaluation due');
  }
  return lines.sort(
    (a, b) => toDayNumber(a.date) - toDayNumber(b.date) || a.authority.localeCompare(b.authority),
  );
}
