import {
  type CivilDate,
  type DateWindow,
  type SlashOrder,
  compareDates,
  isBefore,
  parseDateText,
} from '../rules/civil-date';
import { indicativeWindowOf } from '../rules/focused-visits';
import { isSelfEvaluationDoneFor } from '../rules/schedule-facts';
import { type Cell, type DateOfCell, isBlank, isDateValue } from '../tracker/cells';
import {
  COMPUTED_COLUMNS,
  type ComputedColumnKey,
  type InputColumnKey,
  rowCells,
} from '../tracker/columns';
import { trackerLayout } from '../tracker/compute-tracker';
import { type RowCells, parseTrackerRow } from '../tracker/row';
import { statusComputedOn, statusWords } from '../tracker/status-line';
import { type Overdue, overdueOn } from './overdue';

/** One authority on the timeline: what Recalculate wrote in its row, and what the row records. */
export interface TimelineRow {
  /** 1-based row number on the Tracker, to select it. */
  readonly rowNumber: number;
  readonly authority: string;
  readonly region: string;
  readonly pathway: string;
  /** The type of the next full inspection, e.g. `Standard inspection`. */
  readonly nextInspection: string;
  /** The forecast: Expected from to Expected by. */
  readonly expected?: DateWindow | undefined;
  /** The framework's window (Window opens to Window closes) and its due date. */
  readonly framework?: DateWindow | undefined;
  readonly due?: CivilDate | undefined;
  /** The Focused visits cell, and the next indicative window in it. */
  readonly focusedVisits: string;
  readonly focusedVisit?: DateWindow | undefined;
  readonly monitoringVisit?: CivilDate | undefined;
  readonly meeting?: CivilDate | undefined;
  readonly selfEvaluationDue?: CivilDate | undefined;
  /** What has happened, as the coordinator recorded it. */
  readonly done: {
    readonly lastInspection?: CivilDate | undefined;
    readonly monitoringVisit?: CivilDate | undefined;
    readonly meeting?: CivilDate | undefined;
    readonly selfEvaluation?: CivilDate | undefined;
  };
  /** The Status cell's words, without its stamp. */
  readonly status: string;
  /** The day Recalculate computed the row on: the Status's stamp. */
  readonly computedOn?: CivilDate | undefined;
  /** What is overdue as of that day, as the Status says, from the row's dates (see overdue.ts). */
  readonly overdue: Overdue;
  readonly hasProblems: boolean;
}

export interface TimelineTracker {
  readonly rows: readonly TimelineRow[];
  /** The computed columns the Tracker lacks (Set up adds them). */
  readonly missingComputed: readonly ComputedColumnKey[];
}

/** A date cell as Sheets hands it over, or a date typed as text (a .csv); anything else is no date. */
function dateIn(cell: Cell, dateOfCell: DateOfCell): CivilDate | undefined {
  if (isDateValue(cell)) return Number.isNaN(cell.getTime()) ? undefined : dateOfCell(cell);
  return typeof cell === 'string' ? parseDateText(cell) : undefined;
}

function windowOf(
  opens: CivilDate | undefined,
  closes: CivilDate | undefined,
): DateWindow | undefined {
  return opens && closes && !isBefore(closes, opens) ? { opens, closes } : undefined;
}

const textOf = (cell: Cell) => (isBlank(cell) ? '' : String(cell).trim());

/** The input columns R5c reads to say whether a self-evaluation counts for the coming meeting. */
const SELF_EVALUATION_FACTS = [
  'authority',
  'lastInspection',
  'lastInspectionEnd',
  'inspectionType',
  'lastEngagementMeeting',
  'selfEvaluationSubmitted',
] as const satisfies readonly InputColumnKey[];

/**
 * The Tracker's values (header row first, as read from A1) as timeline rows, one per row with an
 * Authority. Columns are found as Recalculate finds them (the tool's own by their notes), so the
 * timeline reads exactly what Recalculate wrote; dates typed as text are read in `slashOrder`.
 */
export function timelineRows(
  values: readonly (readonly Cell[])[],
  dateOfCell: DateOfCell,
  headerNotes: readonly string[] = [],
  slashOrder: SlashOrder = 'dayFirst',
): TimelineTracker {
  const [, ...body] = values;
  const layout = trackerLayout(values, headerNotes);
  const rows = body.flatMap((cells, index): TimelineRow[] => {
    const { input, computed } = rowCells(layout, cells);
    const inputDate = (key: InputColumnKey) => dateIn(input(key), dateOfCell);
    const computedDate = (key: ComputedColumnKey) => dateIn(computed(key), dateOfCell);
    const authority = textOf(input('authority'));
    if (authority === '') return [];
    const focusedVisits = textOf(computed('focusedVisits'));
    const status = textOf(computed('status'));
    // The one thing read of the Status: its stamp, the day Recalculate computed the row on.
    const computedOn = statusComputedOn(status);
    // R5c asked of the input cells read as Recalculate read them that day: a date it could not
    // use (unreadable, or after that day) is not used here either.
    const submitted = () => {
      const facts: RowCells = Object.fromEntries(
        SELF_EVALUATION_FACTS.map((key) => [key, input(key)]),
      );
      const parsed = computedOn && parseTrackerRow(facts, dateOfCell, computedOn, slashOrder);
      return parsed ? isSelfEvaluationDoneFor(parsed.row) : false;
    };
    const overdue = overdueOn(
      computedOn,
      {
        windowCloses: computedDate('windowCloses'),
        hasForecast:
          layout.computed.expectedFrom === undefined
            ? undefined
            : !isBlank(computed('expectedFrom')),
        meeting: computedDate('nextEngagementMeeting'),
        selfEvaluationDue: computedDate('selfEvaluationDue'),
      },
      submitted,
    );
    return [
      {
        rowNumber: index + 2,
        authority,
        region: textOf(input('region')),
        pathway: textOf(computed('pathway')),
        nextInspection: textOf(computed('nextInspection')),
        expected: windowOf(computedDate('expectedFrom'), computedDate('expectedBy')),
        framework: windowOf(computedDate('windowOpens'), computedDate('windowCloses')),
        due: computedDate('due'),
        focusedVisits,
        focusedVisit: indicativeWindowOf(focusedVisits),
        monitoringVisit: computedDate('nextMonitoringVisit'),
        meeting: computedDate('nextEngagementMeeting'),
        selfEvaluationDue: computedDate('selfEvaluationDue'),
        done: {
          lastInspection: inputDate('lastInspection'),
          monitoringVisit: inputDate('lastMonitoringVisit'),
          meeting: inputDate('lastEngagementMeeting'),
          selfEvaluation: inputDate('selfEvaluationSubmitted'),
        },
        status: statusWords(status),
        computedOn,
        overdue,
        hasProblems: textOf(computed('problems')) !== '',
      },
    ];
  });
  const missingComputed = (Object.keys(COMPUTED_COLUMNS) as ComputedColumnKey[]).filter(
    (key) => layout.computed[key] === undefined,
  );
  return { rows, missingComputed };
}

/** When the next full inspection is expected: the forecast, else the framework's window. */
function expectedStart(row: TimelineRow): CivilDate | undefined {
  return row.expected?.opens ?? row.framework?.opens ?? row.due;
}

/**
 * Sorted by expected inspection: the forecast's Expected from (else the framework's window), then
 * Expected by, then the authority's name; rows with neither last.
 */
export function byExpectedInspection(a: TimelineRow, b: TimelineRow): number {
  const startA = expectedStart(a);
  const startB = expectedStart(b);
  if (startA && startB) {
    const byStart = compareDates(startA, startB);
    if (byStart !== 0) return byStart;
    const byEnd = compareDates(a.expected?.closes ?? startA, b.expected?.closes ?? startB);
    if (byEnd !== 0) return byEnd;
  } else if (startA || startB) {
    return startA ? -1 : 1;
  }
  const nameA = a.authority.toLowerCase();
  const nameB = b.authority.toLowerCase();
  return nameA < nameB ? -1 : nameA > nameB ? 1 : a.rowNumber - b.rowNumber;
}
