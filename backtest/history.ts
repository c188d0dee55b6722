/**
 * The history the backtest replays: every full inspection that started before July 2024
 * (data/inspections-2013-2024-06.csv), and the national state it gives on a cut-off day.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { type CivilDate, civil, compareDates, isBefore } from '../src/domain/rules/civil-date';

export const HISTORY_FILE = path.join(__dirname, '..', 'data', 'inspections-2013-2024-06.csv');

export interface PastInspection {
  readonly laCode: string;
  readonly authority: string;
  readonly framework: string;
  readonly start: CivilDate;
  readonly overall: string;
}

export function readHistory(file = HISTORY_FILE): PastInspection[] {
  const records = parse(readFileSync(file, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  return records.map((record) => ({
    laCode: record.dfe_la_code ?? '',
    authority: record.la_name ?? '',
    framework: record.framework ?? '',
    start: civil(record.start_date ?? ''),
    overall: record.overall ?? '',
  }));
}

/** One authority on a cut-off day: its latest inspection before it, and what really came next. */
export interface AuthorityAtCutOff {
  readonly latest: PastInspection;
  /** The first full inspection on or after the cut-off, up to the data's end; none if not yet. */
  readonly next?: CivilDate | undefined;
}

/** The national state on `cutOff`: each authority's latest inspection that started before it. */
/** Each authority's inspections (by LA code), oldest first. */
export function inspectionsByAuthority(history: readonly PastInspection[]): PastInspection[][] {
  const byAuthority = new Map<string, PastInspection[]>();
  for (const inspection of history) {
    byAuthority.set(inspection.laCode, [...(byAuthority.get(inspection.laCode) ?? []), inspection]);
  }
  return [...byAuthority.values()].map((inspections) =>
    [...inspections].sort((a, b) => compareDates(a.start, b.start)),
  );
}

export function stateAt(
  history: readonly PastInspection[],
  cutOff: CivilDate,
  dataEnd: CivilDate,
): AuthorityAtCutOff[] {
  return inspectionsByAuthority(history).flatMap((sorted) => {
    const before = sorted.filter((inspection) => isBefore(inspection.start, cutOff));
    const latest = before[before.length - 1];
    if (!latest) return [];
    const next = sorted.find(
      (inspection) => !isBefore(inspection.start, cutOff) && !isBefore(dataEnd, inspection.start),
    );
    return [{ latest, next: next?.start }];
  });
}
