import { type Cell, type DateOfCell, isBlank } from './cells';
import { type Forecast, type QueueForecast, forecastQueue } from '../forecast/queue';
import {
  type NationalData,
  nationalHistories,
  nationalPicture,
  unknownLaCodeCheck,
} from './national-data';
import { type CivilDate, type SlashOrder, isBefore } from '../rules/civil-date';
import { type ForecastReliability, forecastReliability } from '../forecast/track-record';
import { type ComputedValue, computedValues } from './computed-columns';
import { type Schedule, computeSchedule } from '../rules/schedule';
import { isScheduleFactKey } from '../rules/schedule-facts';
import type { RuleSettings } from '../rules/rule-settings';
import {
  COMPUTED_COLUMNS,
  type ColumnLayout,
  type ComputedColumnKey,
  type InputColumnKey,
  INPUT_COLUMNS,
  isToolNote,
  locateColumns,
} from './columns';
import { type TrackerRow, duplicateAuthorityProblems, parseTrackerRow } from './row';

/** One authority's row of the Tracker, computed. */
export interface TrackerRowResult {
  /** 1-based row number on the sheet. */
  readonly rowNumber: number;
  readonly row: TrackerRow;
  readonly schedule: Schedule;
  /** When the next full inspection is really likely (not a framework rule), where known. */
  readonly forecast?: Forecast | undefined;
  /** Cell problems, a duplicated authority, and what stopped a rule: the Problems column. */
  readonly problems: readonly string[];
  readonly computed: Readonly<Record<ComputedColumnKey, ComputedValue>>;
}

export interface ComputedTracker {
  readonly layout: ColumnLayout;
  readonly results: readonly TrackerRowResult[];
  /** Computed columns the header row lacks (Set up adds them). */
  readonly missingComputed: readonly ComputedColumnKey[];
  /** The national picture the forecast rests on. */
  readonly national: Pick<NationalData, 'asOf' | 'problems'>;
  /** How far to trust the forecast, measured from the national data on the day (F5). */
  readonly reliability: ForecastReliability;
}

/**
 * The whole Tracker, computed from its values as read (header row first, as on the sheet from A1).
 * Rows without an Authority are left out; every other row computes, whatever is wrong with the
 * rest.
 */
export function computeTracker(
  values: readonly (readonly Cell[])[],
  today: CivilDate,
  settings: RuleSettings,
  dateOfCell: DateOfCell,
  headerNotes: readonly string[] = [],
  national: NationalData = { rows: [], problems: [] },
  slashOrder: SlashOrder = 'dayFirst',
): ComputedTracker {
  const [, ...body] = values;
  const layout = trackerLayout(values, headerNotes);
  const parsed = body.flatMap((cells, index) => {
    const rowCells: Partial<Record<InputColumnKey, Cell>> = {};
    for (const [key, column] of Object.entries(layout.input) as [InputColumnKey, number][]) {
      rowCells[key] = cells[column];
    }
    const row = parseTrackerRow(rowCells, dateOfCell, today, slashOrder);
    // The cell as typed, for duplicates: trimming would drop an invisible U+FEFF at either end.
    const authority = String(rowCells.authority);
    return row ? [{ ...row, rowNumber: index + 2, authority }] : [];
  });
  const duplicates = duplicateAuthorityProblems(
    parsed.map(({ authority, rowNumber }) => ({ authority, rowNumber })),
  );
  const unknownLaCode = unknownLaCodeCheck(national);
  const scheduled = parsed.map(({ row, problems, unreadable, rowNumber }) => ({
    row,
    rowNumber,
    cellProblems: [
      ...problems,
      ...(duplicates.has(rowNumber) ? [duplicates.get(rowNumber) as string] : []),
      ...[unknownLaCode(row.laCode)].filter((problem): problem is string => problem !== undefined),
    ],
    // A bad cell's message is its one problem: the rules are told not to call it blank as well.
    schedule: computeSchedule(
      { ...row, unreadable: unreadable.filter(isScheduleFactKey) },
      today,
      settings,
    ),
  }));
  const { picture, idOfRow } = nationalPicture(scheduled, national, today);
  const queue = forecastQueue(picture, today, settings.pauses);
  const reliability = nationalReliability(national, today, settings.pauses);
  const results = scheduled.map(({ row, rowNumber, cellProblems, schedule }) => {
    const id = idOfRow.get(rowNumber);
    const forecast = id === undefined ? undefined : queue.byId.get(id);
    const outcome = { row, schedule, forecast, noForecast: noForecastReason(queue), reliability };
    return {
      rowNumber,
      row,
      schedule,
      forecast,
      problems: [...cellProblems, ...schedule.problems],
      computed: computedValues(outcome, cellProblems, today),
    };
  });
  const missingComputed = (Object.keys(COMPUTED_COLUMNS) as ComputedColumnKey[]).filter(
    (key) => layout.computed[key] === undefined,
  );
  return {
    layout,
    results,
    missingComputed,
    national: { asOf: national.asOf, problems: national.problems },
    reliability,
  };
}

/**
 * How far to trust the forecast (F5), from the national data as of `today`: judged up to its
 * latest start, since the inspections it knows all began by then (later ones may not be
 * published yet), as the forecast assumes too.
 */
export function nationalReliability(
  national: NationalData,
  today: CivilDate,
  pauses: RuleSettings['pauses'],
): ForecastReliability {
  const histories = nationalHistories(national, today);
  const dataEnd = histories.reduce<CivilDate | undefined>(
    (latest, { latest: start }) => (!latest || isBefore(latest, start) ? start : latest),
    undefined,
  );
  return forecastReliability(histories, dataEnd, pauses);
}

/**
 * Why a row with a next inspection has no forecast. (A last inspection after today is not used at
 * all: it is one of the row's problems.)
 */
function noForecastReason(queue: QueueForecast): string | undefined {
  if (!queue.rate) {
    return 'No forecast: neither the Tracker nor the National data sheet has a full inspection that started in the last year of routine inspection, so there is no national rate to measure.';
  }
  return undefined;
}

/**
 * Which columns the tool may write: those whose header note is the tool's, or that hold nothing
 * below the header.
 */
export function toolColumns(
  values: readonly (readonly Cell[])[],
  headerNotes: readonly string[],
): (index: number) => boolean {
  return (index) =>
    isToolNote(headerNotes[index] ?? '') || values.slice(1).every((row) => isBlank(row[index]));
}

/**
 * The Tracker's columns as every reader of it finds them: input columns by header or alias, the
 * tool's computed columns where its note (or an empty column) allows.
 */
export function trackerLayout(
  values: readonly (readonly Cell[])[],
  headerNotes: readonly string[],
): ColumnLayout {
  return locateColumns(
    (values[0] ?? []).map((cell) => String(cell ?? '')),
    toolColumns(values, headerNotes),
  );
}

let headersLongestFirst: string[] | undefined;

/** The column a problem message is about, when it starts with a column's header. */
export function problemColumn(message: string): string {
  headersLongestFirst ??= [
    ...Object.values(INPUT_COLUMNS).map((column) => column.header),
    ...Object.values(COMPUTED_COLUMNS).map((column) => column.header),
  ].sort((a, b) => b.length - a.length);
  return (
    headersLongestFirst.find(
      (header) => message.startsWith(`${header}:`) || message.startsWith(`${header} `),
    ) ?? ''
  );
}
