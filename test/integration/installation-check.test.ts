/**
 * Check installation through build/Code.js: it tries what the tool relies on in the Sheet, shows
 * what holds and what to fix, changes nothing a coordinator owns, and records what Apps Script
 * answered in the shape of test/fixtures/installation/*.json, which the emulator is tested against.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { HTML_FILES, checksum, exampleTracker, openSheet } from './support';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'installation');
/** Session.getScriptTimeZone() is the project's own zone, the manifest's, not the Sheet's. */
const SCRIPT_TIME_ZONE = (
  JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'appsscript.json'), 'utf8')) as {
    timeZone: string;
  }
).timeZone;

interface Probe {
  readonly id: string;
  readonly holds: boolean;
  readonly observed: Record<string, unknown>;
  readonly account?: Record<string, unknown>;
}
interface InstallationRecord {
  readonly record: string;
  readonly version: number;
  readonly environment: { readonly locale: string; readonly timeZone: string };
  readonly probes: readonly Probe[];
}

const unescapeHtml = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Set up as the README says, answering its alerts with `replies`, then Check installation. */
function checked(options: Parameters<typeof openSheet>[0] = {}, replies: ('OK' | 'NO')[] = []) {
  const session = openSheet({
    sheets: { Tracker: exampleTracker() },
    scriptTimeZone: SCRIPT_TIME_ZONE,
    ...options,
  });
  session.emulator.setUiAvailable(true);
  session.emulator.ui.replyToAlerts(...replies);
  session.run('setUpTracker');
  session.emulator.ui.clear();
  const before = {
    sheets: session.emulator.spreadsheet.getSheets().map((sheet) => sheet.getName()),
    active: session.emulator.spreadsheet.getActiveSheet().getName(),
    values: session.emulator.spreadsheet
      .getSheets()
      .map((sheet) => checksum(session.emulator.values(sheet.getName()))),
    properties: JSON.stringify(
      session.emulator.globals.PropertiesService.getDocumentProperties().getProperties(),
    ),
    triggers: session.emulator.triggers.length,
  };
  session.run('checkInstallation');
  const dialog = session.emulator.ui.dialogs.at(-1);
  const json = /<pre id="installation-record">([\s\S]*?)<\/pre>/.exec(dialog?.html ?? '')?.[1];
  const record = JSON.parse(unescapeHtml(json ?? '{}')) as InstallationRecord;
  return { session, dialog, record, before };
}

const probe = (record: InstallationRecord, id: string) =>
  record.probes.find((each) => each.id === id);

test('in a Sheet set up as the README says, every check holds, and the dialog says so', () => {
  const { dialog, record } = checked({ timeZone: 'Europe/London', locale: 'en_GB' });
  expect(dialog?.title).toBe('ILACS tracker: installation check');
  expect(record.probes.map((each) => each.id)).toEqual([
    'locale',
    'timeZone',
    'dateCell',
    'columnMetadata',
    'documentProperties',
    'documentLock',
    'mailQuota',
    'triggers',
    'userEmail',
    'nationalData',
  ]);
  expect(record.probes.filter((each) => !each.holds)).toEqual([]);
  expect(dialog?.html).toContain('10 of 10 checks hold in this Sheet');
});

test('running it changes nothing the coordinator owns: sheets, values, the active sheet, properties, triggers', () => {
  const { session, before } = checked();
  expect(session.emulator.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(
    before.sheets,
  );
  expect(session.emulator.spreadsheet.getActiveSheet().getName()).toBe(before.active);
  expect(
    session.emulator.spreadsheet
      .getSheets()
      .map((sheet) => checksum(session.emulator.values(sheet.getName()))),
  ).toEqual(before.values);
  expect(
    JSON.stringify(
      session.emulator.globals.PropertiesService.getDocumentProperties().getProperties(),
    ),
  ).toBe(before.properties);
  expect(session.emulator.triggers).toHaveLength(before.triggers);
});

test('what does not hold is marked with what to do: an en_US locale, no national-data file', () => {
  // Set up's alerts: National data not filled, then the locale offer, declined.
  const { dialog, record } = checked({ locale: 'en_US', htmlFiles: {} }, ['OK', 'NO']);
  expect(probe(record, 'locale')).toMatchObject({
    holds: false,
    observed: { locale: 'en_US', slashOrder: 'monthFirst' },
  });
  expect(probe(record, 'dateCell')?.observed.typedSlash).toBe('2024-11-03');
  expect(probe(record, 'nationalData')).toMatchObject({ holds: false, observed: { file: false } });
  expect(dialog?.html).toContain('8 of 10 checks hold');
  expect(dialog?.html).toContain('File &gt; Settings &gt; Locale: United Kingdom');
  expect(dialog?.html).toContain('add an HTML file named national-data');
});

describe('the emulator against recorded checks (test/fixtures/installation)', () => {
  const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.json'));

  test('there is at least one', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  test.each(fixtures)('%s: the emulator answers as the record says', (name) => {
    const recorded = JSON.parse(
      readFileSync(path.join(FIXTURES, name), 'utf8'),
    ) as InstallationRecord;
    expect(recorded.record).toBe('ilacs-tracker installation check');
    const { record } = checked(
      {
        locale: recorded.environment.locale,
        timeZone: recorded.environment.timeZone,
        htmlFiles: HTML_FILES,
      },
      ['NO'],
    );
    expect(record.environment).toEqual(recorded.environment);
    // What depends on the account (quota left, triggers of one's own) is not compared.
    const portable = (probes: readonly Probe[]) =>
      probes.map(({ id, holds, observed }) => ({ id, holds, observed }));
    expect(portable(record.probes)).toEqual(portable(recorded.probes));
  });
});
