import {
  type Cell,
  type CellValueOfKind,
  EXPECTED,
  isBlank,
  parseCell,
} from '../domain/tracker/cells';
import type { CivilDate } from '../domain/rules/civil-date';
import { nextEngagementMeeting, selfEvaluationDueDate } from '../domain/rules/engagement';
import type { LastInspection } from '../domain/rules/inspection';
import { nextMonitoringVisit } from '../domain/rules/monitoring';
import { type NextInspection, nextInspection } from '../domain/rules/next-inspection';
import { decidePathway } from '../domain/rules/pathway';
import { DEFAULT_RULE_SETTINGS } from '../domain/rules/rule-settings';
import type { CellKind } from '../domain/tracker/columns';
import type { DateCodec } from './dates';

/**
 * The custom functions' shared shape: each argument is a single cell or a one-column range; all
 * ranges have the same height; one output row per input row. A bad row gets its message as text
 * in its own cell, a row blank in every range gets blank cells, and the other rows still compute. Custom
 * functions cannot see the Settings sheet, so they use the rules' default settings.
 */

export type Argument = Cell | Cell[][];
export type OutputCell = string | number | Date;

/** A message for the row's cell, or the row's output cells. */
type RowOutput = string | readonly OutputCell[];

function rangeHeight(name: string, range: Cell[][]): number {
  if (range.some((row) => row.length !== 1)) {
    throw new Error(`${name} must be a single cell or a single column.`);
  }
  return range.length;
}

export function mapRows(
  names: readonly string[],
  args: readonly Argument[],
  width: number,
  compute: (cells: readonly Cell[]) => RowOutput,
): OutputCell | OutputCell[][] {
  const heights = args.flatMap((arg, index) =>
    Array.isArray(arg)
      ? [
          {
            name: names[index] ?? `argument ${index + 1}`,
            rows: rangeHeight(names[index] ?? '', arg),
          },
        ]
      : [],
  );
  const first = heights[0];
  const mismatch = first && heights.find(({ rows }) => rows !== first.rows);
  if (first && mismatch) {
    throw new Error(
      `The ranges must have the same number of rows: ${first.name} has ${first.rows}, ${mismatch.name} has ${mismatch.rows}.`,
    );
  }
  const blankRow = (): OutputCell[] => new Array<OutputCell>(width).fill('');
  const output: OutputCell[][] = [];
  for (let rowIndex = 0; rowIndex < (first?.rows ?? 1); rowIndex += 1) {
    const cells = args.map((arg) => (Array.isArray(arg) ? arg[rowIndex]?.[0] : arg));
    // A single cell repeats down the ranges, so it does not make an empty row of the ranges count.
    const rowCells = first
      ? args.flatMap((arg, index) => (Array.isArray(arg) ? [cells[index]] : []))
      : cells;
    if (rowCells.every(isBlank)) {
      output.push(blankRow());
      continue;
    }
    const result = compute(cells);
    output.push(typeof result === 'string' ? [result, ...blankRow().slice(1)] : [...result]);
  }
  return first || width > 1 ? output : (output[0]?.[0] ?? '');
}

class ArgumentError extends Error {}

function read<K extends CellKind>(
  kind: K,
  cell: Cell,
  name: string,
  codec: DateCodec,
): CellValueOfKind[K] | undefined {
  const result = parseCell(kind, cell, name, codec.dateOfCell, codec.slashOrder);
  if (!result.ok) throw new ArgumentError(result.message);
  return result.value;
}

function required<K extends CellKind>(
  kind: K,
  cell: Cell,
  name: string,
  codec: DateCodec,
): CellValueOfKind[K] {
  const value = read(kind, cell, name, codec);
  if (value === undefined)
    throw new ArgumentError(`${name}: expected ${EXPECTED[kind]}, but it is blank.`);
  return value;
}

/** Runs one row, turning a bad argument into the row's message. */
function guarded(compute: () => readonly OutputCell[]): RowOutput {
  try {
    return compute();
  } catch (error) {
    if (error instanceof ArgumentError) return error.message;
    throw error;
  }
}

export const INSPECTION_ARGUMENTS = [
  'last_start',
  'overall',
  'leaders',
  'help_protection',
  'in_care',
  'care_leavers',
] as const;

function nextInspectionOfRow(cells: readonly Cell[], codec: DateCodec): NextInspection {
  const [start, overall, leaders, helpAndProtection, childrenInCare, careLeavers] = cells;
  const [startName, overallName, leadersName, helpName, careName, leaversName] =
    INSPECTION_ARGUMENTS;
  const inspection: LastInspection = {
    start: required('date', start, startName, codec),
    overall: read('grade', overall, overallName, codec),
    leaders: read('grade', leaders, leadersName, codec),
    helpAndProtection: read('grade', helpAndProtection, helpName, codec),
    childrenInCare: read('grade', childrenInCare, careName, codec),
    careLeavers: read('grade', careLeavers, leaversName, codec),
  };
  const decision = decidePathway(inspection);
  if (!decision.pathway) throw new ArgumentError(decision.reason);
  return nextInspection(inspection, decision.pathway, DEFAULT_RULE_SETTINGS);
}

function inspectionFunction(
  args: readonly Argument[],
  codec: DateCodec,
  width: number,
  cellsOf: (next: NextInspection) => readonly OutputCell[],
) {
  return mapRows(INSPECTION_ARGUMENTS, args, width, (cells) =>
    guarded(() => cellsOf(nextInspectionOfRow(cells, codec))),
  );
}

/** R1, R2c-R2e */
export function nextInspectionDue(args: readonly Argument[], codec: DateCodec) {
  return inspectionFunction(args, codec, 1, (next) => [codec.toSheetDate(next.due)]);
}

/** R1, R2a, R2b */
export function nextInspectionType(args: readonly Argument[], codec: DateCodec) {
  return inspectionFunction(args, codec, 1, (next) => [next.kind]);
}

/** R1, R2c-R2e */
export function nextInspectionWindow(args: readonly Argument[], codec: DateCodec) {
  return inspectionFunction(args, codec, 2, (next) => [
    codec.toSheetDate(next.window.opens),
    codec.toSheetDate(next.window.closes),
  ]);
}

const MONITORING_ARGUMENTS = ['last_end', 'last_monitoring_visit'] as const;

/**
 * R4a, R4b: the first visit counts from the last on-site day (R4a); a later one needs only the
 * previous visit (R4b), so last_end may then be blank.
 */
export function nextMonitoringVisitDate(args: readonly Argument[], codec: DateCodec) {
  return mapRows(MONITORING_ARGUMENTS, args, 1, ([lastEnd, lastVisit]) =>
    guarded(() => {
      const visit = nextMonitoringVisit(
        {
          lastOnSiteDay: read('date', lastEnd, MONITORING_ARGUMENTS[0], codec),
          lastMonitoringVisit: read('date', lastVisit, MONITORING_ARGUMENTS[1], codec),
        },
        DEFAULT_RULE_SETTINGS,
      );
      // Only a row blank in both arguments has neither, and mapRows leaves such a row blank.
      if (!visit) {
        throw new ArgumentError(
          `${MONITORING_ARGUMENTS[0]}: expected ${EXPECTED.date}, but it is blank (the first monitoring visit counts from it, R4a).`,
        );
      }
      return [codec.toSheetDate(visit.date)];
    }),
  );
}

const MEETING_ARGUMENTS = ['last_meeting', 'last_inspection_end', 'planned'] as const;

/** R5a */
export function nextEngagementMeetingDate(args: readonly Argument[], codec: DateCodec) {
  return mapRows(MEETING_ARGUMENTS, args, 1, ([lastMeeting, lastInspectionEnd, planned]) =>
    guarded(() => {
      const meeting = nextEngagementMeeting(
        {
          lastMeeting: read('date', lastMeeting, MEETING_ARGUMENTS[0], codec),
          lastOnSiteDay: read('date', lastInspectionEnd, MEETING_ARGUMENTS[1], codec),
          plannedMeeting: read('date', planned, MEETING_ARGUMENTS[2], codec),
        },
        DEFAULT_RULE_SETTINGS,
      );
      return [meeting ? codec.toSheetDate(meeting.date) : ''];
    }),
  );
}

const SELF_EVALUATION_ARGUMENTS = ['meeting_date'] as const;

/** R5c */
export function selfEvaluationDue(args: readonly Argument[], codec: DateCodec) {
  return mapRows(SELF_EVALUATION_ARGUMENTS, args, 1, ([meeting]) =>
    guarded(() => {
      const date: CivilDate = required('date', meeting, SELF_EVALUATION_ARGUMENTS[0], codec);
      return [codec.toSheetDate(selfEvaluationDueDate(date, DEFAULT_RULE_SETTINGS))];
    }),
  );
}

/**
 * Every custom function's parameters, by the name Sheets knows it by: the one list that the
 * declarations in src/main.ts, their JSDoc and the build are held to (test/build/bundle.test.ts).
 */
export const CUSTOM_FUNCTION_PARAMETERS = {
  NEXT_INSPECTION: INSPECTION_ARGUMENTS,
  NEXT_INSPECTION_TYPE: INSPECTION_ARGUMENTS,
  NEXT_INSPECTION_WINDOW: INSPECTION_ARGUMENTS,
  NEXT_MONITORING_VISIT: MONITORING_ARGUMENTS,
  NEXT_ENGAGEMENT_MEETING: MEETING_ARGUMENTS,
  SELF_EVALUATION_DUE: SELF_EVALUATION_ARGUMENTS,
} as const;
