/**
 * Reliability at the edges, through build/Code.js: no cell a coordinator can type, no crash and no
 * setting stops or doubles a reminder.
 */
import { exampleTracker, openSheet, type Session } from './support';

const LONDON = 'Europe/London';
const COORDINATOR = 'coordinator@example.org';
const EXTRA = ['Last engagement meeting', 'DCS name', 'DCS email'];
const VALUE_LIMIT_BYTES = 9 * 1024;

/** `count` authorities of the example whose engagement meetings are 30 days after 1 December 2026. */
function tracker(count: number, rename: (name: string, index: number) => string = (name) => name) {
  const example = exampleTracker();
  const header = [...(example[0] ?? []), ...EXTRA];
  return [
    header,
    ...example.slice(1, count + 1).map((row, index) => {
      const name = rename(row[0] ?? '', index);
      return [
        name,
        ...row.slice(1),
        '2025-12-31',
        `DCS ${index}`,
        `dcs${index}@la${index}.example.org`,
      ];
    }),
  ];
}

function liveSheet(rows: string[][], settings: Record<string, string> = {}): Session {
  const session = openSheet({
    timeZone: LONDON,
    now: new Date('2026-12-01T07:00:00Z'),
    mailQuota: 10_000,
    sheets: { Tracker: rows },
  });
  session.run('setUpTracker');
  const sheet = session.emulator.sheet('Settings');
  const names = session.emulator.values('Settings').map((row) => row[0]);
  for (const [name, value] of Object.entries({
    'Coordinator emails': COORDINATOR,
    'Send mode': 'Live',
    ...settings,
  }))
    sheet.getRange(names.indexOf(name) + 1, 2).setValue(value);
  session.emulator.setUiAvailable(false);
  return session;
}

function logRows(session: Session) {
  const [header, ...rows] = session.emulator.values('Reminder log');
  const at = (name: string) => (header ?? []).indexOf(name);
  return rows.map((row) => ({
    authority: String(row[at('Authority')]),
    kind: String(row[at('Kind')]),
    outcome: String(row[at('Outcome')]),
    detail: String(row[at('Detail')]),
  }));
}

const documentProperties = (session: Session) =>
  session.emulator.globals.PropertiesService.getDocumentProperties().getProperties();

describe.each([
  ['4,550 ASCII characters', 'A'.repeat(4550)],
  ['1,520 three-byte characters', '€'.repeat(1520)],
  ['49,990 characters', 'Authority '.repeat(4999)],
])('an Authority of %s in the first row', (_, long) => {
  test('stops no one: every DCS gets their meeting reminder, and nothing stored grows past 9 KB', () => {
    const session = liveSheet(tracker(6, (name, index) => (index === 0 ? long : name)));
    expect(() => session.fireDailyTrigger()).not.toThrow();
    const meetings = logRows(session).filter((row) => row.kind === 'Engagement meeting');
    expect(meetings).toHaveLength(6);
    expect(meetings.every((row) => row.outcome === 'Sent')).toBe(true);
    for (let index = 0; index < 6; index += 1) {
      const theirs = session.emulator.mail.filter((mail) =>
        mail.to.includes(`dcs${index}@la${index}.example.org`),
      );
      // One letter, or for a name that long, one a reminder: Gmail takes 200 KB a message.
      expect(theirs.length).toBeGreaterThanOrEqual(1);
      if (index > 0) expect(theirs).toHaveLength(1);
    }
    for (const value of Object.values(documentProperties(session)))
      expect(Buffer.byteLength(value)).toBeLessThanOrEqual(VALUE_LIMIT_BYTES);
    // And the next morning, nothing twice.
    session.emulator.setNow(new Date('2026-12-02T07:00:00Z'));
    const sent = session.emulator.mail.length;
    session.fireDailyTrigger();
    expect(
      session.emulator.mail.slice(sent).filter((mail) => /engagement meeting/.test(mail.subject)),
    ).toEqual([]);
  });
});

test('a lead list of every day of the year is refused with a Problem naming the setting; the default is used and reminders go on', () => {
  const everyDay = Array.from({ length: 366 }, (_, day) => day).join(', ');
  const session = liveSheet(tracker(3), { 'Engagement meeting reminders (days before)': everyDay });
  session.emulator.setUiAvailable(true);
  session.run('checkForProblems');
  const problems = session.emulator.ui.dialogs.at(-1)?.html ?? '';
  expect(problems).toContain('at most 10 whole numbers');
  expect(problems).toContain('Value');
  session.emulator.setUiAvailable(false);
  session.fireDailyTrigger();
  // 30 days ahead is one of the default leads (60, 30, 7).
  expect(
    logRows(session).filter((row) => row.kind === 'Engagement meeting' && row.outcome === 'Sent'),
  ).toHaveLength(3);
});

describe('a Reminder log people broke is repaired by the run itself, which says so, and sends nothing twice', () => {
  /** A morning's run, then the log broken, then the next morning's. */
  function brokenOvernight(breakIt: (session: Session) => void) {
    const session = liveSheet(tracker(4));
    session.fireDailyTrigger();
    const sentFirst = session.emulator.mail.length;
    expect(sentFirst).toBeGreaterThan(0);
    breakIt(session);
    session.emulator.setNow(new Date('2026-12-02T07:00:00Z'));
    expect(() => session.fireDailyTrigger()).not.toThrow();
    expect(session.emulator.mail).toHaveLength(sentFirst);
    return session;
  }
  const header = (session: Session) =>
    session.emulator.values('Reminder log').filter((row) => row.includes('Key'));

  test('deleted: a new one is started', () => {
    const session = brokenOvernight(({ emulator }) =>
      emulator.spreadsheet.deleteSheet(emulator.sheet('Reminder log')),
    );
    expect(session.emulator.values('Reminder log')[0]?.[0]).toBe('Time');
    expect(logRows(session).map((row) => row.detail)).toContain(
      'The Reminder log was missing, so a new one was started.',
    );
  });

  test('sorted with its header in it: read wherever the header is; Set up adds no second header', () => {
    const session = brokenOvernight(({ emulator }) => {
      const sheet = emulator.sheet('Reminder log');
      const values = emulator.values('Reminder log');
      sheet.getRange(1, 1, values.length, values[0]!.length).setValues([...values].reverse());
    });
    session.emulator.setUiAvailable(true);
    session.run('setUpTracker');
    expect(header(session)).toHaveLength(1);
  });

  test('its header row deleted: put back at the top', () => {
    const session = brokenOvernight(({ emulator }) => emulator.sheet('Reminder log').deleteRow(1));
    expect(session.emulator.values('Reminder log')[0]?.[8]).toBe('Key');
    expect(header(session)).toHaveLength(1);
    expect(logRows(session).map((row) => row.detail)).toContain(
      'The Reminder log had lost its header row, so it was put back at the top.',
    );
  });
});
