import { type CivilDate, addDays, isAfter, isBefore, toDayNumber } from '../rules/civil-date';
import type { TrackerRowResult } from '../tracker/compute-tracker';

/** The weekly digest lists everything in this many days. */
export const DIGEST_DAYS = 90;

/** One dated item of the weekly digest: overdue, or coming in the next `DIGEST_DAYS` days. */
export interface DigestLine {
  readonly date: CivilDate;
  readonly authority: string;
  readonly what: string;
  readonly overdue?: true;
}

/** What is overdue, then everything in the coming `DIGEST_DAYS` days, each in date order. */
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
    const meeting = schedule.meeting?.date;
    if (meeting && schedule.meetingStatus?.state === 'overdue')
      lines.push({
        date: meeting,
        authority: row.authority,
        what: 'Annual engagement meeting overdue',
        overdue: true,
      });
    const due = schedule.selfEvaluationDue;
    if (due && schedule.selfEvaluationStatus?.state === 'overdue')
      lines.push({
        date: due,
        authority: row.authority,
        what: 'Self-evaluation overdue',
        overdue: true,
      });
  }
  return lines.sort(
    (a, b) =>
      Number(Boolean(b.overdue)) - Number(Boolean(a.overdue)) ||
      toDayNumber(a.date) - toDayNumber(b.date) ||
      a.authority.localeCompare(b.authority),
  );
}
