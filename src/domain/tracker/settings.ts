import * as z from 'zod/mini';
import { type Cell, type DateOfCell, isBlank, isDateValue } from './cells';
import { formatIso, isAfter, parseDateText } from '../rules/civil-date';
import { DEFAULT_RULE_SETTINGS, type MonthRange, type Pause, type RuleSettings } from '../rules/rule-settings';
import {
  DEFAULT_TEMPLATES,
  type EmailTemplate,
  type EmailTemplates,
  unknownPlaceholders,
} from '../reminders/email';
import { REMINDER_KINDS, type ReminderKind } from '../reminders/plan';
import { normalizeHeader } from './columns';

export const SEND_MODES = ['Live', 'Test', 'Paused'] as const;
export type SendMode = (typeof SEND_MODES)[number];

/** Everything on the Settings sheet (tracker.md, "Settings"). */
export interface TrackerSettings extends RuleSettings {
  readonly coordinatorEmails: readonly string[];
  readonly dailyRunHour: number;
  readonly meetingReminderDays: readonly number[];
  readonly selfEvaluationReminderDays: readonly number[];
  readonly inspectionWindowReminderDays: readonly number[];
  readonly overdueRepeatDays: number;
  readonly overdueRepeatTimes: number;
  readonly senderName: string;
  readonly replyTo: string;
  readonly sendMode: SendMode;
  readonly templates: EmailTemplates;
}

export const DEFAULT_TRACKER_SETTINGS: TrackerSettings = {
  ...DEFAULT_RULE_SETTINGS,
  coordinatorEmails: [],
  dailyRunHour: 7,
  meetingReminderDays: [60, 30, 7],
  selfEvaluationReminderDays: [28, 7],
  inspectionWindowReminderDays: [30],
  overdueRepeatDays: 14,
  overdueRepeatTimes: 3,
  senderName: 'ILACS tracker',
  replyTo: '',
  sendMode: 'Live',
  templates: DEFAULT_TEMPLATES,
};

/** How one kind of setting is read from its cell and written as its default. */
interface ValueKind<T> {
  readonly expected: string;
  read(text: string): T | undefined;
  write(value: T): string | number;
  /** What a value that does not fit means, when not the default (a mistyped send mode must not send). */
  readonly whenBad?: { readonly value: T; readonly note: string };
}

/** Reads text with a zod schema built on first use (the bundle builds no schema when it loads). */
function withSchema<T>(build: () => z.ZodMiniType<T>): (text: string) => T | undefined {
  let schema: z.ZodMiniType<T> | undefined;
  return (text) => {
    schema ??= build();
    const parsed = schema.safeParse(text.trim());
    return parsed.success ? parsed.data : undefined;
  };
}

function wholeNumber(min: number, max: number): ValueKind<number> {
  return {
    expected: `a whole number from ${min} to ${max}`,
    read: withSchema(() =>
      z.pipe(
        z.string().check(z.regex(/^\d+$/)),
        z.pipe(z.transform(Number), z.int().check(z.minimum(min), z.maximum(max))),
      ),
    ),
    write: (value) => value,
  };
}

function numberList(min: number, max: number): ValueKind<readonly number[]> {
  const one = wholeNumber(min, max);
  return {
    expected: `whole numbers from ${min} to ${max} separated by commas, such as 60, 30, 7`,
    read: (text) => {
      const numbers = splitList(text).map(one.read);
      return numbers.every((value) => value !== undefined) ? (numbers as number[]) : undefined;
    },
    write: (value) => value.join(', '),
  };
}

function splitList(text: string, separator = /[,;]/): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const MONTH_RANGE = /^(\d+)\s*-\s*(\d+)$/;

function readMonthRange(text: string): MonthRange | undefined {
  const match = MONTH_RANGE.exec(text.trim());
  if (!match) return undefined;
  const range = { from: Number(match[1]), to: Number(match[2]) };
  return range.from < range.to && range.to <= 120 ? range : undefined;
}

const monthRange: ValueKind<MonthRange> = {
  expected: 'two month counts such as 6-30, the first smaller',
  read: readMonthRange,
  write: (range) => `${range.from}-${range.to}`,
};

const twoMonthRanges: ValueKind<readonly [MonthRange, MonthRange]> = {
  expected: 'two month ranges such as 6-18, 18-30',
  read: (text) => {
    const ranges = splitList(text).map(readMonthRange);
    const [first, second] = ranges;
    return ranges.length === 2 && first && second ? [first, second] : undefined;
  },
  write: (ranges) => ranges.map(monthRange.write).join(', '),
};

function readPause(text: string): Pause | undefined {
  const [first, last, ...rest] = text.split(/\s+to\s+/i).map((part) => parseDateText(part));
  if (!first || !last || rest.length > 0 || isAfter(first, last)) return undefined;
  return { first, last };
}

const pauses: ValueKind<readonly Pause[]> = {
  expected: 'date ranges such as 2020-03-17 to 2021-06-27, separated by semicolons (or "none")',
  read: (text) => {
    if (text.trim().toLowerCase() === 'none') return [];
    const list = splitList(text, /;/).map(readPause);
    return list.every((pause) => pause !== undefined) ? (list as Pause[]) : undefined;
  },
  write: (list) =>
    list.length === 0
      ? 'none'
      : list.map((pause) => `${formatIso(pause.first)} to ${formatIso(pause.last)}`).join('; '),
};

let emailSchema: z.ZodMiniString | undefined;

function isEmail(text: string): boolean {
  emailSchema ??= z.email();
  return emailSchema.safeParse(text).success;
}

const emails: ValueKind<readonly string[]> = {
  expected: 'email addresses separated by commas',
  read: (text) => {
    const list = splitList(text);
    return list.every(isEmail) ? list : undefined;
  },
  write: (list) => list.join(', '),
};

const optionalEmail: ValueKind<string> = {
  expected: 'an email address',
  read: (text) => (isEmail(text.trim()) ? text.trim() : undefined),
  write: (value) => value,
};

const text: ValueKind<string> = {
  expected: 'text',
  read: (value) => value.trim(),
  write: (value) => value,
};

const sendMode: ValueKind<SendMode> = {
  expected: 'Live, Test or Paused',
  whenBad: { value: 'Paused', note: 'nothing is sent until it is fixed' },
  read: withSchema(() =>
    z.pipe(
      z.transform((text: string) => text.charAt(0).toUpperCase() + text.slice(1).toLowerCase()),
      z.enum(SEND_MODES),
    ),
  ),
  write: (value) => value,
};

export interface SettingRow<K extends keyof TrackerSettings = keyof TrackerSettings> {
  readonly name: string;
  readonly about: string;
  readonly kind: ValueKind<TrackerSettings[K]>;
}

type SettingRows = { readonly [K in keyof Omit<TrackerSettings, 'templates'>]: SettingRow<K> };

/** The Settings sheet's rows, in the order Set up writes them. */
export const SETTING_ROWS: SettingRows = {
  inspectionCycleMonths: {
    name: 'Inspection cycle (months)',
    about: 'R2c: the next full inspection is due this many months after the last one started.',
    kind: wholeNumber(1, 120),
  },
  windowBeforeMonths: {
    name: 'Window before due (months)',
    about: 'R2c: the window opens this many months before the due date.',
    kind: wholeNumber(0, 36),
  },
  windowAfterMonths: {
    name: 'Window after due (months)',
    about: 'R2c: the window closes this many months after the due date.',
    kind: wholeNumber(0, 36),
  },
  pauses: {
    name: 'Inspection pauses',
    about:
      'R2e: date ranges in which Ofsted suspended routine inspection; schedules move by their length.',
    kind: pauses,
  },
  shortFocusedVisitWindow: {
    name: 'Focused visit window, short pathway (months)',
    about: 'R3c: months after the last inspection started in which the focused visit is expected.',
    kind: monthRange,
  },
  standardFocusedVisitWindows: {
    name: 'Focused visit windows, standard pathway (months)',
    about:
      'R3c: months after the last inspection started for the first and the second focused visit.',
    kind: twoMonthRanges,
  },
  firstMonitoringVisitMonths: {
    name: 'First monitoring visit (months)',
    about: "R4a: months after the inspection's last on-site day.",
    kind: wholeNumber(1, 24),
  },
  firstMonitoringVisitWindow: {
    name: 'First monitoring visit window (months)',
    about: 'R4a: months after the last on-site day.',
    kind: monthRange,
  },
  monitoringIntervalMonths: {
    name: 'Monitoring interval (months)',
    about: 'R4b: months between monitoring visits.',
    kind: wholeNumber(1, 12),
  },
  monitoringWindowMonths: {
    name: 'Monitoring window (months either side)',
    about: 'R4b',
    kind: wholeNumber(0, 6),
  },
  engagementMeetingIntervalMonths: {
    name: 'Engagement meeting interval (months)',
    about: 'R5a',
    kind: wholeNumber(1, 36),
  },
  selfEvaluationLeadDays: {
    name: 'Self-evaluation due (days before the meeting)',
    about: 'R5c',
    kind: wholeNumber(0, 365),
  },
  coordinatorEmails: {
    name: 'Coordinator emails',
    about: 'Who gets the weekly digest and inspection-window reminders.',
    kind: emails,
  },
  dailyRunHour: {
    name: 'Daily run hour',
    about: 'Hour of the day (0-23, spreadsheet time zone) for the daily reminders.',
    kind: wholeNumber(0, 23),
  },
  meetingReminderDays: {
    name: 'Engagement meeting reminders (days before)',
    about: 'One reminder at each lead.',
    kind: numberList(0, 365),
  },
  selfEvaluationReminderDays: {
    name: 'Self-evaluation reminders (days before)',
    about: 'One reminder at each lead.',
    kind: numberList(0, 365),
  },
  inspectionWindowReminderDays: {
    name: 'Inspection window reminders (days before)',
    about: 'To coordinators, before an inspection window opens.',
    kind: numberList(0, 365),
  },
  overdueRepeatDays: {
    name: 'Overdue reminder every (days)',
    about: 'How often an overdue meeting or self-evaluation is repeated.',
    kind: wholeNumber(1, 90),
  },
  overdueRepeatTimes: {
    name: 'Overdue reminders (at most)',
    about: 'How many overdue reminders at most for one event.',
    kind: wholeNumber(0, 20),
  },
  senderName: { name: 'Sender name', about: 'The name reminder emails come from.', kind: text },
  replyTo: {
    name: 'Reply-to',
    about: 'Where replies to reminders go (blank: the sender).',
    kind: optionalEmail,
  },
  sendMode: {
    name: 'Send mode',
    about:
      'Live sends to the recipients; Test sends everything to the person running it; Paused sends nothing.',
    kind: sendMode,
  },
};

export interface SettingsProblem {
  /** Row on the Settings sheet, 1-based. */
  readonly row: number;
  readonly message: string;
}

export interface ParsedSettings {
  readonly settings: TrackerSettings;
  readonly problems: readonly SettingsProblem[];
}

/** One row of the Settings sheet: a scalar setting or one part of an email template. */
interface SettingDefinition {
  readonly id: string;
  readonly name: string;
  readonly about: string;
  readonly defaultValue: string | number;
  /** Reads the text into the settings; returns why it does not fit, and what is used, instead. */
  apply(settings: Record<string, unknown>, text: string): string | undefined;
}

function scalarDefinition(key: keyof SettingRows): SettingDefinition {
  const setting = SETTING_ROWS[key] as SettingRow;
  return {
    id: key,
    name: setting.name,
    about: setting.about,
    defaultValue: setting.kind.write(DEFAULT_TRACKER_SETTINGS[key] as never),
    apply: (settings, text) => {
      const value = setting.kind.read(text);
      if (value !== undefined) {
        settings[key] = value;
        return undefined;
      }
      const bad = setting.kind.whenBad;
      if (bad) settings[key] = bad.value;
      const fallback = bad
        ? bad.note
        : `using the default, ${String(setting.kind.write(DEFAULT_TRACKER_SETTINGS[key] as never)) || 'blank'}`;
      return `expected ${setting.kind.expected}, found '${text}'; ${fallback}.`;
    },
  };
}

function templateDefinition(kind: ReminderKind, part: keyof EmailTemplate): SettingDefinition {
  return {
    id: `${part}:${kind}`,
    name: `Email ${part}: ${kind}`,
    about: `The ${part} of the "${kind}" email. Placeholders such as {{Authority}} or {{Event date}} take the row's values.`,
    defaultValue: DEFAULT_TEMPLATES[kind][part],
    apply: (settings, text) => {
      const unknown = unknownPlaceholders(text);
      if (unknown.length > 0) {
        return `unknown placeholder${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `{{${name}}}`).join(', ')} (use the Tracker's column headers, or Event date, Days to go, Days late, Lead days, Sender name); using the default.`;
      }
      const templates = settings.templates as EmailTemplates;
      settings.templates = { ...templates, [kind]: { ...templates[kind], [part]: text } };
      return undefined;
    },
  };
}

let definitions: SettingDefinition[] | undefined;

/** Every row of the Settings sheet, in the order Set up writes them. */
export function settingDefinitions(): readonly SettingDefinition[] {
  definitions ??= [
    ...(Object.keys(SETTING_ROWS) as (keyof Omit<TrackerSettings, 'templates'>)[]).map(
      scalarDefinition,
    ),
    ...REMINDER_KINDS.flatMap((kind) => [
      templateDefinition(kind, 'subject'),
      templateDefinition(kind, 'body'),
    ]),
  ];
  return definitions;
}

function cellText(cell: Cell, dateOfCell: DateOfCell): string {
  return isDateValue(cell) ? formatIso(dateOfCell(cell)) : String(cell ?? '');
}

/**
 * Reads the Settings sheet's rows (header row first). A value that does not fit is reported with
 * its row and the default is used; a blank value means the default; unknown names are reported.
 */
export function parseSettings(
  rows: readonly (readonly Cell[])[],
  dateOfCell: DateOfCell,
): ParsedSettings {
  const byName = new Map(
    settingDefinitions().map((definition) => [normalizeHeader(definition.name), definition]),
  );
  const settings: Record<string, unknown> = { ...DEFAULT_TRACKER_SETTINGS };
  const problems: SettingsProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach(([nameCell, valueCell], index) => {
    const row = index + 1;
    if (index === 0 || isBlank(nameCell)) return;
    const name = String(nameCell).trim();
    const definition = byName.get(normalizeHeader(name));
    if (!definition) {
      if (!STATUS_ROW_NAMES.has(normalizeHeader(name))) {
        problems.push({
          row,
          message: `'${name}' is not a setting of this tool, so it is ignored.`,
        });
      }
      return;
    }
    const earlier = seen.get(definition.id);
    if (earlier !== undefined) {
      problems.push({
        row,
        message: `${name} is already set in row ${earlier}; this row is ignored.`,
      });
      return;
    }
    seen.set(definition.id, row);
    if (isBlank(valueCell)) return;
    const why = definition.apply(settings, cellText(valueCell, dateOfCell));
    if (why !== undefined) problems.push({ row, message: `${definition.name}: ${why}` });
  });
  return { settings: settings as unknown as TrackerSettings, problems };
}

/** Rows the tool itself keeps on the Settings sheet (status, not settings). */
export const STATUS_ROWS = {
  dailyReminders: 'Daily reminders',
  lastRun: 'Daily reminders last ran',
} as const;
const STATUS_ROW_NAMES = new Set(Object.values(STATUS_ROWS).map(normalizeHeader));

/** Which settings a Settings sheet already names (so Set up adds only the others). */
export function namedSettings(rows: readonly (readonly Cell[])[]): Set<string> {
  const names = new Set(rows.slice(1).map(([name]) => normalizeHeader(String(name ?? ''))));
  return new Set(
    settingDefinitions()
      .filter((definition) => names.has(normalizeHeader(definition.name)))
      .map((definition) => definition.id),
  );
}
