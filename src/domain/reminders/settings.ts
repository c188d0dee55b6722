import type { Cell, DateOfCell } from '../tracker/cells';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../rules/rule-settings';
import { RULE_SETTING_ROWS } from '../tracker/rule-setting-rows';
import {
  choice,
  emails,
  numberList,
  optionalEmail,
  text,
  wholeNumber,
} from '../tracker/setting-kinds';
import {
  type ParsedSettings,
  type SettingDefinition,
  type SettingRows,
  namedSettingIds,
  parseSettingsRows,
  scalarDefinitions,
} from '../tracker/settings-sheet';
import { REMINDER_KINDS, type ReminderKind } from './kinds';
import {
  DEFAULT_TEMPLATES,
  type EmailTemplate,
  type EmailTemplates,
  unknownPlaceholders,
} from './templates';

export const SEND_MODES = ['Live', 'Test', 'Paused'] as const;
export type SendMode = (typeof SEND_MODES)[number];

/** The reminders' settings (tracker.md, "Settings"). */
export interface ReminderSettings {
  readonly coordinatorEmails: readonly string[];
  readonly dailyRunHour: number;
  readonly meetingReminderDays: readonly number[];
  readonly selfEvaluationReminderDays: readonly number[];
  readonly inspectionWindowReminderDays: readonly number[];
  readonly overdueRepeatDays: number;
  readonly overdueRepeatTimes: number;
  /** Days after a meeting or self-evaluation falls due before the first chase. */
  readonly overdueGraceDays: number;
  readonly senderName: string;
  readonly replyTo: string;
  readonly sendMode: SendMode;
  readonly templates: EmailTemplates;
}

/** Everything on the Settings sheet: the rules' settings and the reminders'. */
export interface TrackerSettings extends RuleSettings, ReminderSettings {
  /** Why the send mode is Paused when nobody chose it (blank, missing or mistyped). */
  readonly sendModeNote?: string | undefined;
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
  overdueGraceDays: 7,
  senderName: 'ILACS tracker',
  replyTo: '',
  // Nothing is sent until someone chooses; Set up writes Test for a new tracker.
  sendMode: 'Paused',
  templates: DEFAULT_TEMPLATES,
};

const REMINDER_SETTING_ROWS: SettingRows<Omit<ReminderSettings, 'templates'>> = {
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
  overdueGraceDays: {
    name: 'Overdue chase after (days)',
    about:
      'Days after a meeting or self-evaluation falls due before the first overdue chase, which copies the coordinators.',
    kind: wholeNumber(0, 60),
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
    kind: choice(
      SEND_MODES,
      { value: 'Paused', note: 'nothing is sent until it is fixed' },
      { value: 'Paused', note: 'nothing is sent until you choose Live or Test' },
    ),
    initial: 'Test',
  },
};

function templateDefinition(kind: ReminderKind, part: keyof EmailTemplate): SettingDefinition {
  return {
    id: `${part}:${kind}`,
    name: `Email ${part}: ${kind}`,
    about: `The ${part} of the "${kind}" email. Placeholders such as {{Authority}} or {{Event date}} take the row's values.`,
    defaultValue: DEFAULT_TEMPLATES[kind][part],
    apply: (settings, text) => {
      const unknown = unknownPlaceholders(text);
      if (unknown.length > 0) {
        return `unknown placeholder${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `{{${name}}}`).join(', ')} (use the Tracker's column headers, or Event date, When, Days to go, Days late, Lead days, Sender name); using the default.`;
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
    ...scalarDefinitions(RULE_SETTING_ROWS, DEFAULT_RULE_SETTINGS),
    ...scalarDefinitions(REMINDER_SETTING_ROWS, DEFAULT_TRACKER_SETTINGS),
    ...REMINDER_KINDS.flatMap((kind) => [
      templateDefinition(kind, 'subject'),
      templateDefinition(kind, 'body'),
    ]),
  ];
  return definitions;
}

/** The Settings sheet's rows (header first) read into settings, with a problem per bad row. */
export function parseSettings(
  rows: readonly (readonly Cell[])[],
  dateOfCell: DateOfCell,
): ParsedSettings<TrackerSettings> {
  const parsed = parseSettingsRows(
    settingDefinitions(),
    DEFAULT_TRACKER_SETTINGS,
    rows,
    dateOfCell,
  );
  const modeName = REMINDER_SETTING_ROWS.sendMode.name;
  const modeProblem = parsed.problems.find((problem) => problem.message.startsWith(modeName));
  return modeProblem
    ? { ...parsed, settings: { ...parsed.settings, sendModeNote: modeProblem.message } }
    : parsed;
}

/** Which settings a Settings sheet already names (so Set up adds only the others). */
export function namedSettings(rows: readonly (readonly Cell[])[]): Set<string> {
  return namedSettingIds(settingDefinitions(), rows);
}
