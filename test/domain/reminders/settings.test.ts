import { civil } from '../../../src/domain/rules/civil-date';
import {
  DEFAULT_TRACKER_SETTINGS,
  settingDefinitions,
  namedSettings,
  parseSettings,
} from '../../../src/domain/reminders/settings';
import type { Cell } from '../../../src/domain/tracker/cells';

const noDates = () => civil('2000-01-01');
const sheet = (rows: Cell[][]) => parseSettings([['Setting', 'Value'], ...rows], noDates);
/** A sheet whose Send mode is chosen (last), unless the rows say otherwise. */
const parse = (rows: Cell[][]) =>
  sheet(rows.some(([name]) => name === 'Send mode') ? rows : [...rows, ['Send mode', 'Live']]);

describe('parseSettings', () => {
  test('an empty sheet gives the defaults of the rules spec and tracker.md, and sends nothing', () => {
    const { settings, problems } = sheet([]);
    expect(problems).toEqual([
      { row: 0, message: 'Send mode is not set; nothing is sent until you choose Live or Test.' },
    ]);
    expect(settings).toEqual({
      ...DEFAULT_TRACKER_SETTINGS,
      sendModeNote: 'Send mode is not set; nothing is sent until you choose Live or Test.',
    });
    expect(settings.sendMode).toBe('Paused');
    expect(settings).toMatchObject({
      inspectionCycleMonths: 36,
      windowBeforeMonths: 6,
      windowAfterMonths: 6,
      pauses: [{ first: civil('2020-03-17'), last: civil('2021-06-27') }],
      selfEvaluationLeadDays: 28,
      dailyRunHour: 7,
      meetingReminderDays: [60, 30, 7],
      selfEvaluationReminderDays: [28, 7],
      inspectionWindowReminderDays: [30],
      overdueRepeatDays: 14,
      overdueRepeatTimes: 3,
    });
  });

  test('the written defaults read back as the defaults', () => {
    const rows = settingDefinitions().map(
      (definition) => [definition.name, definition.defaultValue] as Cell[],
    );
    const { settings, problems } = parse(rows);
    expect(problems).toEqual([]);
    // A new tracker starts in Test until a coordinator chooses Live.
    expect(settings).toEqual({ ...DEFAULT_TRACKER_SETTINGS, sendMode: 'Test' });
  });

  test.each([
    [
      'blank',
      [['Send mode', '']],
      2,
      'Send mode is not set; nothing is sent until you choose Live or Test.',
    ],
    [
      'missing',
      [['Daily run hour', '7']],
      0,
      'Send mode is not set; nothing is sent until you choose Live or Test.',
    ],
    [
      'mistyped',
      [['Send mode', 'Lvie']],
      2,
      "Send mode: expected Live, Test or Paused, found 'Lvie'; nothing is sent until it is fixed.",
    ],
  ])('a %s send mode sends nothing, and says why', (_, rows, row, message) => {
    const { settings, problems } = sheet(rows as Cell[][]);
    expect(settings.sendMode).toBe('Paused');
    expect(settings.sendModeNote).toBe(message);
    expect(problems).toContainEqual({ row, message });
  });

  test('values are read whatever the case and spacing of the name', () => {
    const { settings } = parse([
      ['inspection CYCLE (months)', 48],
      ['Inspection pauses', '2020-03-17 to 2021-06-27; 01/01/2022 to 10/01/2022'],
      ['Focused visit windows, standard pathway (months)', '3-12, 12-24'],
      ['Coordinator emails', 'a@example.org; b@example.org'],
      ['Send mode', 'test'],
      ['Engagement meeting reminders (days before)', '90, 14'],
    ]);
    expect(settings.inspectionCycleMonths).toBe(48);
    expect(settings.pauses).toEqual([
      { first: civil('2020-03-17'), last: civil('2021-06-27') },
      { first: civil('2022-01-01'), last: civil('2022-01-10') },
    ]);
    expect(settings.standardFocusedVisitWindows).toEqual([
      { from: 3, to: 12 },
      { from: 12, to: 24 },
    ]);
    expect(settings.coordinatorEmails).toEqual(['a@example.org', 'b@example.org']);
    expect(settings.sendMode).toBe('Test');
    expect(settings.meetingReminderDays).toEqual([90, 14]);
  });

  test('"none" clears the pauses', () => {
    expect(parse([['Inspection pauses', 'none']]).settings.pauses).toEqual([]);
  });

  test('a bad value is reported with its row and the default is used', () => {
    const { settings, problems } = parse([
      ['Inspection cycle (months)', 'three years'],
      ['Daily run hour', 25],
      ['Inspection pauses', '2021-06-27 to 2020-03-17'],
      ['Coordinator emails', 'a@example.org, not-an-email'],
    ]);
    expect(settings.inspectionCycleMonths).toBe(36);
    expect(settings.dailyRunHour).toBe(7);
    expect(settings.pauses).toEqual(DEFAULT_TRACKER_SETTINGS.pauses);
    expect(settings.coordinatorEmails).toEqual([]);
    expect(problems).toEqual([
      {
        row: 2,
        message:
          "Inspection cycle (months): expected a whole number from 1 to 120, found 'three years'; using the default, 36.",
      },
      {
        row: 3,
        message:
          "Daily run hour: expected a whole number from 0 to 23, found '25'; using the default, 7.",
      },
      { row: 4, message: expect.stringContaining('Inspection pauses: expected date ranges') },
      { row: 5, message: expect.stringContaining('using the default, blank.') },
    ]);
  });

  test('unknown names and repeated settings are reported; blank values mean the default', () => {
    const { settings, problems } = parse([
      ['Inspection cycel (months)', 40],
      ['Daily run hour', 6],
      ['Daily run hour', 9],
      ['Window after due (months)', ''],
      ['', 'stray'],
    ]);
    expect(settings.dailyRunHour).toBe(6);
    expect(settings.windowAfterMonths).toBe(6);
    expect(problems).toEqual([
      {
        row: 2,
        message: "'Inspection cycel (months)' is not a setting of this tool, so it is ignored.",
      },
      { row: 4, message: 'Daily run hour is already set in row 3; this row is ignored.' },
    ]);
  });

  test('every setting, and each template part, has a row with a distinct name', () => {
    const definitions = settingDefinitions();
    const names = definitions.map((definition) => definition.name.toLowerCase());
    const settingKeys = Object.keys(DEFAULT_TRACKER_SETTINGS).filter((key) => key !== 'templates');
    expect(definitions.map((definition) => definition.id)).toEqual(
      expect.arrayContaining(settingKeys),
    );
    expect(names.length).toBe(settingKeys.length + 12);
    expect(new Set(names).size).toBe(names.length);
  });

  test('namedSettings finds which settings a sheet already has', () => {
    const named = namedSettings([
      ['Setting', 'Value'],
      ['Send mode', 'Live'],
      ['daily run hour', ''],
    ]);
    expect([...named].sort()).toEqual(['dailyRunHour', 'sendMode']);
  });

  test('an email template with an unknown placeholder is reported when settings are read, and the default used', () => {
    const { settings, problems } = parse([
      ['Email subject: Engagement meeting', 'Meeting for {{Athority}} on {{Event date}}'],
      ['Email body: Self-evaluation due', 'Dear {{DCS name}}, due {{ event DATE }}'],
    ]);
    expect(problems).toEqual([
      {
        row: 2,
        message: expect.stringContaining(
          'Email subject: Engagement meeting: unknown placeholder {{Athority}}',
        ),
      },
    ]);
    expect(settings.templates['Engagement meeting'].subject).toBe(
      DEFAULT_TRACKER_SETTINGS.templates['Engagement meeting'].subject,
    );
    expect(settings.templates['Self-evaluation due'].body).toBe(
      'Dear {{DCS name}}, due {{ event DATE }}',
    );
  });

  test("the tool's own status rows are not reported as unknown settings", () => {
    expect(
      parse([
        ['Daily reminders', 'On at 07:00'],
        ['Daily reminders last ran', '2026-11-22 07:00'],
      ]).problems,
    ).toEqual([]);
  });
});
