import { type CivilDate, compareDates, formatIso, isAfter, isBefore } from '../rules/civil-date';
import type { KnownInspection, NationalPicture } from '../forecast/queue';
import type { InspectionHistory } from '../forecast/track-record';
import { laCodeKey } from './authorities';
import { type Cell, type DateOfCell, isBlank, parseCell } from './cells';
import { normalizeHeader } from './columns';
import type { TrackerRow } from './row';

/**
 * The `National data` sheet (tracker.md): every authority's latest full inspection, in the columns
 * of the snapshot that ships with the tool, so that the forecast sees the whole national queue and
 * not only the Tracker's rows. A coordinator may paste a newer copy of the same columns over it.
 */
export const NATIONAL_COLUMNS = [
  'la_name',
  'dfe_la_code',
  'ons_code',
  'region',
  'framework',
  'inspection_type',
  'start_date',
  'end_date',
  'publication_date',
  'overall_effectiveness',
  'impact_of_leaders',
  'help_and_protection',
  'children_in_care',
  'care_leavers',
  'report_link',
] as const;

/** The columns the forecast needs; the others are kept for the coordinator. */
const REQUIRED = ['la_name', 'start_date'] as const;
const DATED = ['start_date', 'end_date', 'publication_date'] as const;

export interface NationalRow {
  /** 1-based row on the sheet. */
  readonly rowNumber: number;
  readonly authority: string;
  readonly laCode: string;
  readonly start: CivilDate;
  /** The start of the full inspection before it, where the data gives it (for the track record). */
  readonly previous?: CivilDate | undefined;
  /** The latest date in the row: start, end or publication. */
  readonly latestDate: CivilDate;
}

/** A row of the sheet that cannot be used (row 0: the sheet as a whole). */
export interface NationalProblem {
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

export interface NationalData {
  readonly rows: readonly NationalRow[];
  /** The latest date anywhere in it: the day the snapshot describes. */
  readonly asOf?: CivilDate | undefined;
  readonly problems: readonly NationalProblem[];
}

/** The header row wherever it is: the first row naming every required column. */
function findHeader(values: readonly (readonly Cell[])[]): number {
  return values.findIndex((row) => {
    const names = new Set(row.map((cell) => normalizeHeader(String(cell ?? ''))));
    return REQUIRED.every((column) => names.has(normalizeHeader(column)));
  });
}

function latest(dates: readonly (CivilDate | undefined)[]): CivilDate | undefined {
  return dates.reduce<CivilDate | undefined>(
    (found, date) => (date && (!found || isAfter(date, found)) ? date : found),
    undefined,
  );
}

/** Reads the sheet's values; a row that cannot be used is reported with its row and left out. */
export function parseNationalData(
  values: readonly (readonly Cell[])[],
  dateOfCell: DateOfCell,
): NationalData {
  const headerIndex = findHeader(values);
  if (headerIndex < 0) {
    return values.length === 0
      ? { rows: [], problems: [] }
      : {
          rows: [],
          problems: [
            {
              row: 0,
              column: '',
              message: `No header row with ${REQUIRED.join(' and ')}; the forecast uses the Tracker's rows only.`,
            },
          ],
        };
  }
  const header = (values[headerIndex] ?? []).map((cell) => normalizeHeader(String(cell ?? '')));
  const column = (name: string) => header.indexOf(normalizeHeader(name));
  const rows: NationalRow[] = [];
  const problems: NationalProblem[] = [];
  values.slice(headerIndex + 1).forEach((cells, index) => {
    const rowNumber = headerIndex + index + 2;
    const authority = String(cells[column('la_name')] ?? '').trim();
    if (authority === '') return;
    const dates = DATED.map((name) => {
      const result = parseCell('date', cells[column(name)], name, dateOfCell);
      if (!result.ok) problems.push({ row: rowNumber, column: name, message: result.message });
      return result.ok ? result.value : undefined;
    });
    const [start] = dates;
    if (!start) {
      if (isBlank(cells[column('start_date')])) {
        const message = 'start_date is blank; the row is not used.';
        problems.push({ row: rowNumber, column: 'start_date', message });
      }
      return;
    }
    const laCode = String(cells[column('dfe_la_code')] ?? '').trim();
    const previousAt = column('previous_start_date');
    const previous =
      previousAt < 0
        ? undefined
        : parseCell('date', cells[previousAt], 'previous_start_date', dateOfCell);
    if (previous && !previous.ok)
      problems.push({ row: rowNumber, column: 'previous_start_date', message: previous.message });
    const before =
      previous?.ok && previous.value && isBefore(previous.value, start)
        ? previous.value
        : undefined;
    rows.push({
      rowNumber,
      authority,
      laCode,
      start,
      previous: before,
      latestDate: latest(dates) ?? start,
    });
  });
  problems.push(...duplicateProblems(rows));
  return { rows, asOf: latest(rows.map((row) => row.latestDate)), problems };
}

/** The same authority (by LA code, else name) listed more than once: each older row is reported. */
function duplicateProblems(rows: readonly NationalRow[]): NationalProblem[] {
  const byAuthority = new Map<string, NationalRow[]>();
  for (const row of rows) {
    const identity = identityOf(row);
    byAuthority.set(identity, [...(byAuthority.get(identity) ?? []), row]);
  }
  return [...byAuthority.values()].flatMap((listed) => {
    if (listed.length < 2) return [];
    const newest = listed.reduce((found, row) => (isAfter(row.start, found.start) ? row : found));
    return listed
      .filter((row) => row !== newest)
      .map((row) => ({
        row: row.rowNumber,
        column: 'la_name',
        message: `${row.authority} is listed again in row ${newest.rowNumber}, with a later inspection (${formatIso(newest.start)}): that row is used, this one is not.`,
      }));
  });
}

/** Names match with case, spaces, punctuation and `&`/`and` ignored. */
function nameKey(name: string): string {
  return normalizeHeader(name.replace(/&/g, ' and '));
}

/** Which authority a row is: its LA code where it has one, else its name. */
function identityOf(row: NationalRow): string {
  return row.laCode ? `code:${laCodeKey(row.laCode)}` : `name:${nameKey(row.authority)}`;
}

/**
 * A row as it stood on `today`: as it is when its inspection started by then; otherwise (a past
 * day asked about) at the inspection before, where the data gives one, with none known before
 * that; undefined when the data knows nothing of the authority by then.
 */
function standingOn(row: NationalRow, today: CivilDate): NationalRow | undefined {
  if (!isAfter(row.start, today)) return row;
  return row.previous && !isAfter(row.previous, today)
    ? { ...row, start: row.previous, previous: undefined }
    : undefined;
}

/**
 * The check of an LA code against the National data's own list (none when there is no list): a
 * code that is no English authority's is a typing slip that would make it a stranger to the queue.
 */
export function unknownLaCodeCheck(
  national: NationalData,
): (laCode: string | undefined) => string | undefined {
  const known = new Set(national.rows.map((row) => laCodeKey(row.laCode)));
  return (laCode) =>
    !laCode || known.size === 0 || known.has(laCodeKey(laCode))
      ? undefined
      : `LA code: expected the DfE code of an English local authority (as on the National data sheet), found ${laCode}.`;
}

/**
 * What the national data knows of each authority's full inspections, up to `today`: the latest and
 * the one before (for the forecast's track record, F5). An authority listed twice speaks once,
 * through its latest row.
 */
export function nationalHistories(national: NationalData, today: CivilDate): InspectionHistory[] {
  const byAuthority = new Map<string, NationalRow>();
  for (const listed of national.rows) {
    const row = standingOn(listed, today);
    if (!row) continue;
    const identity = identityOf(row);
    const known = byAuthority.get(identity);
    if (!known || isAfter(row.start, known.start)) byAuthority.set(identity, row);
  }
  return [...byAuthority].map(([id, row]) => ({
    id,
    authority: row.authority,
    latest: row.start,
    previous: row.previous,
  }));
}

/** The national picture, and which of its inspections speaks for each Tracker row. */
export interface TrackerPicture {
  readonly picture: NationalPicture;
  /** The forecast id for each Tracker row number that has one. */
  readonly idOfRow: ReadonlyMap<number, string>;
}

type TrackerEntry = { readonly row: TrackerRow; readonly rowNumber: number };

/**
 * Every authority's latest full inspection as of `today` (F1): the Tracker's row where it has a
 * usable one (on or before today), matched on LA code, then name; the national data for the rest,
 * which also speaks for a Tracker row without a usable date. Nothing dated after today is used.
 */
export function nationalPicture(
  results: readonly TrackerEntry[],
  national: NationalData,
  today: CivilDate,
): TrackerPicture {
  const inspections: KnownInspection[] = [];
  const idOfRow = new Map<number, string>();
  const byCode = new Map<string, string>();
  const byName = new Map<string, string>();
  const register = (laCode: string | undefined, authority: string, id: string) => {
    if (laCode) byCode.set(laCodeKey(laCode), id);
    byName.set(nameKey(authority), id);
  };
  const find = (laCode: string | undefined, authority: string) =>
    (laCode ? byCode.get(laCodeKey(laCode)) : undefined) ?? byName.get(nameKey(authority));
  const undated: TrackerEntry[] = [];
  for (const entry of results) {
    const { row, rowNumber } = entry;
    const start = row.lastInspection;
    if (!start || isAfter(start, today)) {
      undated.push(entry);
      continue;
    }
    const id = `tracker:${rowNumber}`;
    register(row.laCode, row.authority, id);
    idOfRow.set(rowNumber, id);
    inspections.push({ id, authority: row.authority, start, fromSnapshot: false });
  }
  // An authority listed twice speaks through its latest inspection on or before today; one
  // inspected after today (a past day asked about) through the inspection before, where known.
  const usable = national.rows
    .flatMap((row) => standingOn(row, today) ?? [])
    .sort((a, b) => compareDates(b.start, a.start));
  for (const row of usable) {
    if (find(row.laCode, row.authority)) continue;
    const id = `national:${row.rowNumber}`;
    register(row.laCode, row.authority, id);
    inspections.push({ id, authority: row.authority, start: row.start, fromSnapshot: true });
  }
  for (const { row, rowNumber } of undated) {
    const id = find(row.laCode, row.authority);
    if (id?.startsWith('national:')) idOfRow.set(rowNumber, id);
  }
  // The snapshot knows every inspection that started up to its latest start (later ones are not yet
  // published); from then to today the queue is rolled forward.
  const asOf = latest(usable.map((row) => row.start));
  return {
    picture: {
      inspections,
      snapshotAsOf: asOf && compareDates(asOf, today) < 0 ? asOf : undefined,
    },
    idOfRow,
  };
}
