/**
 * The Sheet's locale, through build/Code.js. In a Sheet set to the United States, Sheets turns a
 * typed 11/03/2024 into 3 November 2024 and leaves 13/03/2024 as text: the whole tracker must run
 * there, read text dates the locale's way or flag them, and Set up and Check for problems must name
 * the locale and offer United Kingdom.
 */
import { column, exampleTracker, openSheet } from './support';

const LONDON = 'Europe/London';

/** The example tracker, with Kent's last inspection typed in UK order both ways. */
function usSheet() {
  const rows = exampleTracker();
  const header = rows[0] ?? [];
  const at = (name: string) => header.indexOf(name);
  const typed = (authority: string, start: string, end: string) => {
    const row = rows.find((cells) => cells[0] === authority);
    if (!row) throw new Error(`no ${authority}`);
    row[at('Last inspection')] = start;
    row[at('Last inspection end')] = end;
  };
  // Kent's start becomes 3 November 2024 as typed here; Surrey's stays text.
  typed('Kent', '11/03/2024', '2024-11-15');
  typed('Surrey', '13/03/2024', '2024-03-22');
  const session = openSheet({
    timeZone: LONDON,
    locale: 'en_US',
    now: new Date('2026-12-01T09:00:00Z'),
    sheets: { Tracker: rows },
  });
  session.emulator.setUiAvailable(true);
  return session;
}

function rowOf(session: ReturnType<typeof usSheet>, authority: string) {
  const values = session.emulator.values('Tracker');
  const row = values.find((cells) => cells[0] === authority) ?? [];
  return (header: string) => row[(values[0] ?? []).indexOf(header)];
}

test('an en_US Sheet: Set up names the locale and offers United Kingdom; declined, the whole tracker still runs; a slash date the locale cannot read is a Problem naming it', () => {
  const session = usSheet();
  session.emulator.ui.replyToAlerts('NO');
  session.run('setUpTracker');
  const offer = session.emulator.ui.alerts.at(-1);
  expect(offer?.prompt).toContain("This Sheet's locale is en_US, which reads dates month first");
  expect(offer?.prompt).toContain("Set the Sheet's locale to United Kingdom (en_GB) now?");
  expect(offer?.reply).toBe('NO');
  expect(session.emulator.spreadsheet.getSpreadsheetLocale()).toBe('en_US');

  session.run('recalculateNow');
  const values = session.emulator.values('Tracker');
  const problems = column(values, 'Problems');
  const authorities = column(values, 'Authority');
  // Surrey's 13/03/2024 is not a date month first: flagged, not read day first behind the Sheet's back.
  const surrey = String(problems[authorities.indexOf('Surrey')]);
  expect(surrey).toContain("Last inspection: expected a date, found '13/03/2024'");
  expect(surrey).toContain("this Sheet's locale reads dates month first");
  // Every other row computes as usual.
  const others = problems.filter((_, index) => authorities[index] !== 'Surrey');
  expect(others.filter((cell) => cell !== '')).toEqual([]);
  expect(column(values, 'Due').filter((cell) => cell instanceof Date).length).toBe(152);

  // The daily run works in this locale too.
  session.emulator.setUiAvailable(false);
  session.fireDailyTrigger();
  expect(
    String(
      session.emulator.values('Settings').find((row) => row[0] === 'Daily reminders last ran')?.[1],
    ),
  ).toMatch(/^2026-12-01: \d+ sent/);
});

test('Check for problems lists the locale first and, accepted, sets United Kingdom: text dates are then read day first', () => {
  const session = usSheet();
  session.emulator.ui.replyToAlerts('NO');
  session.run('setUpTracker');
  session.emulator.ui.replyToAlerts('NO');
  session.run('checkForProblems');
  const dialog = session.emulator.ui.dialogs.at(-1);
  expect(dialog?.html).toContain('Locale');
  expect(dialog?.html).toContain('en_US');

  session.emulator.ui.replyToAlerts('YES');
  session.run('checkForProblems');
  expect(session.emulator.spreadsheet.getSpreadsheetLocale()).toBe('en_GB');
  session.run('recalculateNow');
  expect(rowOf(session, 'Surrey')('Problems')).toBe('');
  // Kent was typed while the Sheet read month first: it keeps 3 November 2024, as Sheets keeps it.
  const kent = rowOf(session, 'Kent')('Last inspection') as Date;
  expect(new Intl.DateTimeFormat('en-CA', { timeZone: LONDON }).format(kent)).toBe('2024-11-03');
});

test('an en_GB Sheet is not asked about its locale', () => {
  const session = openSheet({ locale: 'en_GB', sheets: { Tracker: exampleTracker() } });
  session.emulator.setUiAvailable(true);
  session.run('setUpTracker');
  expect(session.emulator.ui.alerts).toHaveLength(0);
});
