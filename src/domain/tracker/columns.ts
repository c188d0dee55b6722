/**
 * The Tracker sheet's columns (tracker.md, "Tracker - columns ..."). Columns are found by header
 * text with case, spaces and punctuation ignored, or by an alias, so coordinators may reorder,
 * rename (to an alias), insert and hide columns freely.
 */

export type CellKind =
  | 'text'
  | 'date'
  | 'grade'
  | 'inspectionType'
  | 'count'
  | 'yesNo'
  | 'email'
  | 'emails'
  | 'reminders'
  | 'notes';

export interface InputColumn {
  readonly header: string;
  readonly aliases: readonly string[];
  readonly kind: CellKind;
}

export const INPUT_COLUMNS = {
  authority: { header: 'Authority', aliases: ['Local authority', 'LA'], kind: 'text' },
  laCode: { header: 'LA code', aliases: ['DfE code'], kind: 'text' },
  region: { header: 'Region', aliases: [], kind: 'text' },
  lastInspection: {
    header: 'Last inspection',
    aliases: ['Last inspection start', 'Inspection start'],
    kind: 'date',
  },
  lastInspectionEnd: { header: 'Last inspection end', aliases: ['Inspection end'], kind: 'date' },
  inspectionType: { header: 'Inspection type', aliases: ['Framework'], kind: 'inspectionType' },
  overall: { header: 'Overall effectiveness', aliases: ['Overall'], kind: 'grade' },
  leaders: { header: 'Impact of leaders', aliases: ['Leaders'], kind: 'grade' },
  helpAndProtection: { header: 'Help and protection', aliases: [], kind: 'grade' },
  childrenInCare: { header: 'Children in care', aliases: ['In care'], kind: 'grade' },
  careLeavers: { header: 'Care leavers', aliases: [], kind: 'grade' },
  focusedVisitsSince: {
    header: 'Focused visits since',
    aliases: ['Focused visits'],
    kind: 'count',
  },
  lastFocusedVisit: { header: 'Last focused visit', aliases: [], kind: 'date' },
  priorityAction: { header: 'Priority action', aliases: [], kind: 'yesNo' },
  jtaiSince: { header: 'JTAI since', aliases: ['JTAI'], kind: 'yesNo' },
  lastMonitoringVisit: { header: 'Last monitoring visit', aliases: [], kind: 'date' },
  lastEngagementMeeting: {
    header: 'Last engagement meeting',
    aliases: ['Last annual engagement meeting'],
    kind: 'date',
  },
  plannedEngagementMeeting: {
    header: 'Planned engagement meeting',
    aliases: ['Next engagement meeting (planned)'],
    kind: 'date',
  },
  selfEvaluationSubmitted: { header: 'Self-evaluation submitted', aliases: [], kind: 'date' },
  dcsName: { header: 'DCS name', aliases: [], kind: 'text' },
  dcsEmail: { header: 'DCS email', aliases: [], kind: 'email' },
  otherRecipients: { header: 'Other recipients', aliases: ['CC'], kind: 'emails' },
  reminders: { header: 'Reminders', aliases: [], kind: 'reminders' },
  notes: { header: 'Notes', aliases: [], kind: 'notes' },
} as const satisfies Record<string, InputColumn>;

export type InputColumnKey = keyof typeof INPUT_COLUMNS;

export interface ComputedColumn {
  readonly header: string;
  /** Shown as the header's note, so that coordinators know the tool owns the column. */
  readonly note: string;
}

const COMPUTED_NOTE = 'Computed by ilacs-tracker on Recalculate: edits here are overwritten.';

/** Whether a header's note is the one Set up puts on the tool's own columns. */
export function isToolNote(note: string): boolean {
  return note.startsWith(COMPUTED_NOTE);
}

export const COMPUTED_COLUMNS = {
  pathway: { header: 'Pathway', note: `${COMPUTED_NOTE} Short, standard or inadequate (R1).` },
  nextInspection: {
    header: 'Next inspection',
    note: `${COMPUTED_NOTE} Type of the next full inspection (R2a, R2b).`,
  },
  due: {
    header: 'Due',
    note: `${COMPUTED_NOTE} The framework's due date for the next full inspection (R2c-R2e).`,
  },
  windowOpens: {
    header: 'Window opens',
    note: `${COMPUTED_NOTE} The framework's window (R2c-R2e); Ofsted has run later since 2021: see Expected from.`,
  },
  windowCloses: {
    header: 'Window closes',
    note: `${COMPUTED_NOTE} The framework's window (R2c-R2e).`,
  },
  expectedFrom: {
    header: 'Expected from',
    note: `${COMPUTED_NOTE} Forecast, not a framework rule: when the next full inspection is really likely, from the national queue and rate (see Explanation).`,
  },
  expectedBy: {
    header: 'Expected by',
    note: `${COMPUTED_NOTE} Forecast, not a framework rule: the end of the likely window.`,
  },
  focusedVisits: {
    header: 'Focused visits',
    note: `${COMPUTED_NOTE} Done, expected and the next indicative window (R3).`,
  },
  nextMonitoringVisit: {
    header: 'Next monitoring visit',
    note: `${COMPUTED_NOTE} Inadequate pathway only (R4).`,
  },
  nextEngagementMeeting: { header: 'Next engagement meeting', note: `${COMPUTED_NOTE} (R5a)` },
  selfEvaluationDue: { header: 'Self-evaluation due', note: `${COMPUTED_NOTE} (R5c)` },
  status: {
    header: 'Status',
    note: `${COMPUTED_NOTE} As of the date shown: the next inspection from the forecast, meetings and self-evaluations (R5d).`,
  },
  explanation: {
    header: 'Explanation',
    note: `${COMPUTED_NOTE} How each date was worked out, citing the rules.`,
  },
  problems: {
    header: 'Problems',
    note: `${COMPUTED_NOTE} What is wrong with this row's cells, if anything.`,
  },
} as const satisfies Record<string, ComputedColumn>;

export type ComputedColumnKey = keyof typeof COMPUTED_COLUMNS;

/** Case, spaces and punctuation ignored: `Self-evaluation submitted` = `self evaluation SUBMITTED`. */
export function normalizeHeader(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export interface ColumnLayout {
  /** Zero-based column index of each input column found. */
  readonly input: Readonly<Partial<Record<InputColumnKey, number>>>;
  readonly computed: Readonly<Partial<Record<ComputedColumnKey, number>>>;
}

/** One row's cells under the layout's columns, undefined where the Tracker has no such column. */
export function rowCells<T>(
  layout: ColumnLayout,
  cells: readonly T[],
): {
  input(key: InputColumnKey): T | undefined;
  computed(key: ComputedColumnKey): T | undefined;
} {
  const at = (column: number | undefined) => (column === undefined ? undefined : cells[column]);
  return {
    input: (key) => at(layout.input[key]),
    computed: (key) => at(layout.computed[key]),
  };
}

/**
 * Finds the columns in a header row: first the input columns by their headers, then by their
 * aliases, then the computed columns; the first of two equal headers wins. Coordinators' columns
 * come first so that the tool never takes one of them for its own: a hand-kept `Focused visits`
 * column of counts stays the coordinator's (an alias of `Focused visits since`), and Set up then
 * adds the computed `Focused visits` after it. Likewise a column is taken as computed only where
 * `mayCompute` allows (the tool's header note, or nothing in it): a coordinator's own `Status`
 * column keeps its data, and Set up adds the tool's beside it.
 */
export function locateColumns(
  headers: readonly string[],
  mayCompute: (index: number) => boolean = () => true,
): ColumnLayout {
  const normalized = headers.map((header) => normalizeHeader(String(header)));
  const claimed = new Set<number>();
  const claim = (
    names: readonly string[],
    allowed: (index: number) => boolean = () => true,
  ): number | undefined => {
    const wanted = new Set(names.map(normalizeHeader));
    const index = normalized.findIndex(
      (header, position) =>
        header !== '' && wanted.has(header) && !claimed.has(position) && allowed(position),
    );
    if (index < 0) return undefined;
    claimed.add(index);
    return index;
  };
  const input: Partial<Record<InputColumnKey, number>> = {};
  const computed: Partial<Record<ComputedColumnKey, number>> = {};
  const inputKeys = Object.keys(INPUT_COLUMNS) as InputColumnKey[];
  for (const names of [
    (key: InputColumnKey) => [INPUT_COLUMNS[key].header],
    (key: InputColumnKey) => INPUT_COLUMNS[key].aliases,
  ]) {
    for (const key of inputKeys) {
      const index = input[key] === undefined ? claim(names(key)) : undefined;
      if (index !== undefined) input[key] = index;
    }
  }
  for (const key of Object.keys(COMPUTED_COLUMNS) as ComputedColumnKey[]) {
    const index = claim([COMPUTED_COLUMNS[key].header], mayCompute);
    if (index !== undefined) computed[key] = index;
  }
  return { input, computed };
}
