/**
 * build/Code.js keeps to what each kind of execution may do in Apps Script (the emulator refuses
 * the rest as Google does, see emulator/execution.ts): the custom functions only read, as nobody;
 * onOpen, a simple trigger, calls nothing that needs authorization; the daily trigger runs with
 * nobody at the keyboard; and the menu needs every scope of appsscript.json, and no other.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MENU_ITEMS } from '../../src/sheets/menu';
import { column, exampleTracker, OAUTH_SCOPES, openSheet, type Session } from './support';

const COORDINATOR = 'user@example.com';
const NATIONAL_CSV = path.join(__dirname, '..', '..', 'data', 'english-la-latest-inspections.csv');

/**
 * The example tracker's first authorities, each with a DCS to remind and an engagement meeting
 * planned for 13 December 2026 (reminders from 30 days before).
 */
function trackerRows(): string[][] {
  const [header = [], ...rows] = exampleTracker().slice(0, 12);
  return [
    [...header, 'Planned engagement meeting', 'DCS email'],
    ...rows.map((row, index) => [...row, '2026-12-13', `dcs${index}@la${index}.example.org`]),
  ];
}

/** The tracker set up and computed from the menu. */
function computedSheet(options: Parameters<typeof openSheet>[0] = {}): Session {
  const session = openSheet({ sheets: { Tracker: trackerRows() }, ...options });
  session.run('setUpTracker');
  session.run('recalculateNow');
  return session;
}

describe('the custom functions, run as a formula runs them: reading only, as nobody', () => {
  test('each, over whole columns of the Tracker, gives one row per row and writes nothing', () => {
    const session = computedSheet();
    const values = session.emulator.values('Tracker');
    const before = session.emulator.storedSheet('Tracker');
    const range = (header: string) => column(values, header).map((cell) => [cell]);
    const inspection = [
      'Last inspection',
      'Overall effectiveness',
      'Impact of leaders',
      'Help and protection',
      'Children in care',
      'Care leavers',
    ].map(range);
    const calls: [string, unknown[][][]][] = [
      ['NEXT_INSPECTION', inspection],
      ['NEXT_INSPECTION_TYPE', inspection],
      ['NEXT_INSPECTION_WINDOW', inspection],
      ['NEXT_MONITORING_VISIT', [range('Last inspection end'), range('Last monitoring visit')]],
      [
        'NEXT_ENGAGEMENT_MEETING',
        [
          range('Last engagement meeting'),
          range('Last inspection end'),
          range('Planned engagement meeting'),
        ],
      ],
      ['SELF_EVALUATION_DUE', [range('Next engagement meeting')]],
    ];
    for (const [name, args] of calls) {
      const result = session.customFunction(name, ...args) as unknown[][];
      expect(result).toHaveLength(values.length - 1);
      // Each row: a date (a type, for NEXT_INSPECTION_TYPE), or its problem as text.
      expect(result.every(([cell]) => cell instanceof Date || typeof cell === 'string')).toBe(true);
      const answers = result.filter(([cell]) =>
        name === 'NEXT_INSPECTION_TYPE' ? /inspection$/.test(String(cell)) : cell instanceof Date,
      );
      expect(answers.length).toBeGreaterThan(values.length / 2);
    }
    expect(session.emulator.storedSheet('Tracker')).toEqual(before);
  });

  test('they need none of the manifest: a formula may read the sheet without authorization', () => {
    const session = computedSheet();
    const granting = openSheet({
      oauthScopes: [],
      sheets: { Tracker: session.emulator.values('Tracker') as string[][] },
    });
    expect(granting.customFunction('SELF_EVALUATION_DUE', '2026-03-10')).toBeInstanceOf(Date);
  });
});

describe('onOpen, run as the simple trigger it is', () => {
  test('adds the menu, for anyone opening the Sheet, whatever they have authorized', () => {
    for (const oauthScopes of [OAUTH_SCOPES, []]) {
      const session = openSheet({ oauthScopes, userEmail: 'colleague@example.com' });
      session.open();
      expect(session.emulator.ui.menus.map((menu) => menu.caption)).toEqual(['ILACS tracker']);
    }
  });
});

describe('the daily trigger, run as an installable trigger: its owner, nobody at the keyboard', () => {
  function dailyOn(sendMode: 'Live' | 'Test'): Session {
    const session = computedSheet({ now: new Date('2026-11-23T07:00:00Z') });
    const settings = session.emulator.sheet('Settings');
    const names = session.emulator.values('Settings').map((row) => row[0]);
    settings.getRange(names.indexOf('Send mode') + 1, 2).setValue(sendMode);
    session.run('turnOnDailyReminders');
    // Someone else has the Sheet open when the coordinator's trigger fires.
    session.emulator.actAs('colleague@example.com');
    return session;
  }

  test("Live: it sends the day's reminders to their recipients and says so on the Settings sheet", () => {
    const session = dailyOn('Live');
    session.fireDailyTrigger();
    expect(session.emulator.mail.length).toBeGreaterThan(0);
    expect(session.emulator.mail.every((mail) => !mail.to.includes(COORDINATOR))).toBe(true);
    const lastRan = session.emulator
      .values('Settings')
      .find((row) => row[0] === 'Daily reminders last ran');
    expect(String(lastRan?.[1])).toMatch(/^2026-11-23: [1-9]\d* sent/);
  });

  test("Test: it sends them to the trigger's owner, found without the (blank) active user", () => {
    const session = dailyOn('Test');
    session.fireDailyTrigger();
    expect(session.emulator.mail.length).toBeGreaterThan(0);
    expect(session.emulator.mail.every((mail) => mail.to.join() === COORDINATOR)).toBe(true);
  });
});

interface Step {
  readonly name: string;
  readonly run: (session: Session) => unknown;
}

/**
 * Everything the tool does from its menu, in a coordinator's order, with the timeline's page
 * selecting a row and the daily trigger firing while it is on.
 */
const STEPS: readonly Step[] = MENU_ITEMS.flatMap((item): Step[] => {
  if (!item) return [];
  const menuItem = { name: item.caption, run: (session: Session) => session.run(item.handler) };
  if (item.handler === 'showTimeline')
    return [
      menuItem,
      { name: 'the timeline selects a row', run: (session) => session.run('selectTrackerRow', 2) },
    ];
  if (item.handler === 'updateNationalData')
    return [
      menuItem,
      {
        name: "the dialog's page previews a file, then replaces the National data with it",
        run: (session) => {
          const text = readFileSync(NATIONAL_CSV, 'utf8').replace(
            'Barnet,302,E09000003,London,ILACS,short,2024-06-10,2024-06-14,2024-07-23,',
            'Barnet,302,E09000003,London,ILACS,short,2026-09-07,2026-09-11,2026-10-20,',
          );
          expect(session.run('previewNationalData', text)).toMatchObject({ ok: true });
          expect(session.run('replaceNationalData', text)).toMatchObject({ ok: true });
        },
      },
    ];
  if (item.handler === 'turnOnDailyReminders')
    return [
      menuItem,
      { name: 'the daily trigger fires', run: (session) => session.fireDailyTrigger() },
    ];
  return [menuItem];
});

/** Each step's error, or undefined where it worked; every step runs whatever the last did. */
function runEveryStep(session: Session): Map<string, Error | undefined> {
  const outcomes = new Map<string, Error | undefined>();
  for (const step of STEPS) {
    try {
      step.run(session);
      outcomes.set(step.name, undefined);
    } catch (error) {
      outcomes.set(step.name, error as Error);
    }
  }
  return outcomes;
}

describe("the manifest's oauthScopes are what the tool needs", () => {
  test('with exactly them, every menu item works and shows its user what it did', () => {
    const session = openSheet({ sheets: { Tracker: trackerRows() } });
    const { ui } = session.emulator;
    const shown = () => ui.toasts.length + ui.alerts.length + ui.dialogs.length;
    for (const step of STEPS) {
      const before = shown();
      expect(() => step.run(session)).not.toThrow();
      if (MENU_ITEMS.some((item) => item?.caption === step.name))
        expect(shown()).toBeGreaterThan(before);
    }
    expect(session.emulator.mail.length).toBeGreaterThan(0);
  });

  test.each(OAUTH_SCOPES.map((scope) => [scope]))(
    "without %s, something the tool needs fails with Google's permission error",
    (missing) => {
      const session = openSheet({
        sheets: { Tracker: trackerRows() },
        oauthScopes: OAUTH_SCOPES.filter((scope) => scope !== missing),
      });
      const failures = [...runEveryStep(session)].flatMap(([name, error]) =>
        error ? [`${name}: ${error.message}`] : [],
      );
      expect(failures).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            new RegExp(
              `You do not have permission to call [\\w.]+\\. Required permissions: .*${missing.replace(/\./g, '\\.')}`,
            ),
          ),
        ]),
      );
    },
  );
});
