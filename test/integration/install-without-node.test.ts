/**
 * The README's "Install without Node", step by step on the committed release/ files alone: what a
 * coordinator pastes into the Apps Script editor of their own Sheet is loaded into the emulator as
 * the project's files, and must set up and run a tracker.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppsScriptEmulator, oauthScopesIn } from '../../emulator';
import { COMPUTED_COLUMNS } from '../../src/domain/tracker/columns';
import { FIRST_STEPS, firstStepsText } from '../../src/domain/reminders/first-steps';
import { readmeSection } from '../../scripts/readme-section';
import { column, exampleTracker } from './support';

const root = path.join(__dirname, '..', '..');
const release = (file: string) => readFileSync(path.join(root, 'release', file), 'utf8');
/** Code.gs in the editor, with Code.js pasted in. */
const PASTED_CODE = release('Code.js');
const MANIFEST = JSON.parse(release('appsscript.json')) as { timeZone: string };

/**
 * A coordinator's Sheet, opened with the pasted project's files (HTML files by name, no .html)
 * and the pasted manifest's scopes.
 */
function coordinatorsSheet(htmlFiles: Record<string, string>) {
  const emulator = new AppsScriptEmulator({
    timeZone: MANIFEST.timeZone,
    now: new Date('2026-12-01T09:00:00Z'),
    htmlFiles,
    sheets: { Tracker: exampleTracker() },
    oauthScopes: oauthScopesIn(path.join(root, 'release')),
  });
  emulator.setUiAvailable(true);
  const context = emulator.load(PASTED_CODE);
  return {
    emulator,
    run: (name: string) => emulator.run(context, name),
    open: () => emulator.runSimpleTrigger(context, 'onOpen'),
  };
}

const settingOf = (emulator: AppsScriptEmulator, name: string) =>
  emulator.values('Settings').find((row) => row[0] === name)?.[1];

function expectEveryRowComputed(emulator: AppsScriptEmulator): void {
  const values = emulator.values('Tracker');
  const authorities = column(values, 'Authority').filter((cell) => cell !== '');
  expect(authorities).toHaveLength(153);
  for (const header of [
    COMPUTED_COLUMNS.due.header,
    COMPUTED_COLUMNS.expectedFrom.header,
    COMPUTED_COLUMNS.status.header,
  ]) {
    expect(
      column(values, header)
        .slice(0, 153)
        .every((cell) => cell !== ''),
    ).toBe(true);
  }
  expect(column(values, COMPUTED_COLUMNS.problems.header).slice(0, 153)).toEqual(
    Array(153).fill(''),
  );
}

test('Code.js and national-data pasted: the menu, Set up with the National data and the first steps, every row computed, a test reminder, the daily trigger', () => {
  const { emulator, run, open } = coordinatorsSheet({
    'national-data': release('national-data.html'),
  });
  // Reloading the Sheet runs onOpen, the simple trigger.
  open();
  expect(emulator.ui.menus[0]?.caption).toBe('ILACS tracker');

  run('setUpTracker');
  expect(emulator.ui.toasts.at(-1)?.message).toContain(
    'National data filled from the snapshot that ships with the tool.',
  );
  expect(emulator.values('National data').slice(2)).toHaveLength(153);
  // The first-run checklist: Test until Live is chosen, then the steps on the Settings sheet.
  expect(settingOf(emulator, 'Send mode')).toBe('Test');
  expect(settingOf(emulator, 'First steps')).toBe(firstStepsText());
  expect(String(settingOf(emulator, 'First steps')).split('\n')).toHaveLength(FIRST_STEPS.length);

  run('recalculateNow');
  expectEveryRowComputed(emulator);

  run('sendTestReminderToMe');
  expect(emulator.mail).toHaveLength(1);
  expect(emulator.mail[0]?.to).toEqual(['user@example.com']);

  run('turnOnDailyReminders');
  expect(emulator.triggers).toHaveLength(1);
});

test('Code.js alone: Set up still sets up, says in one line that National data was not filled and how to add it; every row is computed; adding the file later fills it', () => {
  const files: Record<string, string> = {};
  const { emulator, run } = coordinatorsSheet(files);
  run('setUpTracker');
  const alert = emulator.ui.alerts.at(-1);
  expect(alert?.prompt).toMatch(/^Tracker set up\. /);
  expect(alert?.prompt).toContain('National data not filled');
  expect(alert?.prompt).toContain('HTML file named national-data');
  expect(alert?.prompt).not.toContain('\n');
  const sheetNames = () => emulator.spreadsheet.getSheets().map((sheet) => sheet.getName());
  expect(sheetNames()).not.toContain('National data');
  expect(sheetNames()).toEqual(expect.arrayContaining(['Tracker', 'Settings', 'Reminder log']));

  run('recalculateNow');
  expectEveryRowComputed(emulator);

  // The coordinator adds the HTML file and runs Set up again.
  files['national-data'] = release('national-data.html');
  run('setUpTracker');
  expect(emulator.values('National data').slice(2)).toHaveLength(153);
});

test('the README lists the same first steps as the Settings sheet', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  expect(readmeSection(readme, 'first-steps')).toBe(firstStepsText());
});
