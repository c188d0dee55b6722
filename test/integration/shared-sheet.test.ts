/**
 * Issue 11 through build/Code.js: what people do to a shared Sheet, and the limits Google enforces,
 * never make a reminder go twice, go missing, or land on the wrong cell.
 */
import { openSheet, type Session } from './support';

const LONDON = 'Europe/London';
const COORDINATOR = 'coordinator@example.org';
const TODAY = '2027-01-09';
const HEADER = [
  'Authority',
  'Last inspection',
  'Last inspection end',
  'Overall effectiveness',
  'Last engagement meeting',
  'DCS email',
  'Other recipients',
];

/** Authorities whose meetings fall due 60 days after TODAY: each has a reminder due on TODAY. */
function rows(count: number, name = (index: number) => `Authority ${index}`): string[][] {
  return [
    HEADER,
    ...Array.from({ length: count }, (_, index) => [
      name(index),
      '2024-06-10',
      '2024-06-14',
      'good',
      '2026-03-10',
      `dcs${index}@la${index}.example.org`,
      index === 0 ? `pa0@la0.example.org, DCS0@la0.example.org` : '',
    ]),
  ];
}

function tracker(
  body: string[][],
  settings: Record<string, string> = { 'Send mode': 'Live' },
): Session {
  const session = openSheet({
    timeZone: LONDON,
    now: new Date(`${TODAY}T07:00:00Z`),
    mailQuota: 100_000,
    sheets: { Tracker: body },
  });
  session.run('setUpTracker');
  setSettings(session, { 'Coordinator emails': COORDINATOR, ...settings });
  session.emulator.setUiAvailable(false);
  return session;
}

function setSettings(session: Session, settings: Record<string, string>): void {
  const sheet = session.emulator.sheet('Settings');
  const names = session.emulator.values('Settings').map((row) => row[0]);
  for (const [name, value] of Object.entries(settings)) {
    const row = names.indexOf(name);
    if (row >= 0) sheet.getRange(row + 1, 2).setValue(value);
  }
}

const run = (session: Session) => session.fireDailyTrigger();
const meetingMail = (session: Session) =>
  session.emulator.mail.filter((mail) => /engagement meeting/i.test(mail.subject));
const log = (session: Session) => {
  const [header = [], ...body] = session.emulator.values('Reminder log');
  return body.map((row) =>
    Object.fromEntries(header.map((name, index) => [String(name), row[index]])),
  );
};

describe('1. the memory of what was sent is not a sheet people edit', () => {
  test.each([
    [
      'the log cleared',
      (session: Session) => {
        const sheet = session.emulator.sheet('Reminder log');
        sheet.getRange(2, 1, sheet.getMaxRows() - 1, sheet.getMaxColumns()).clearContent();
      },
    ],
    [
      'the log deleted and Set up run',
      (session: Session) => {
        const book = session.emulator.globals.SpreadsheetApp.getActive();
        book.deleteSheet(book.getSheetByName('Reminder log')!);
        session.emulator.setUiAvailable(true);
        session.run('setUpTracker');
        session.emulator.setUiAvailable(false);
      },
    ],
    [
      'the log sorted by authority',
      (session: Session) => {
        const sheet = session.emulator.sheet('Reminder log');
        const [header, ...body] = sheet.getDataRange().getValues();
        sheet
          .getRange(1, 1, body.length + 1, header!.length)
          .setValues([header!, ...body.reverse()]);
      },
    ],
  ])('%s: nothing goes again', (_, edit) => {
    const session = tracker(rows(5));
    run(session);
    const first = meetingMail(session).length;
    expect(first).toBe(5);
    edit(session);
    run(session);
    expect(meetingMail(session)).toHaveLength(first);
  });

  test('the Reminder log has a warning-only protection: people are warned, the tool still writes', () => {
    const session = tracker(rows(1));
    const protections = session.emulator
      .sheet('Reminder log')
      .getProtections(session.emulator.globals.SpreadsheetApp.ProtectionType.SHEET);
    expect(protections.length).toBe(1);
    expect(protections[0]?.isWarningOnly()).toBe(true);
    run(session);
    expect(log(session).length).toBeGreaterThan(0);
  });
});

describe('2. a blank or unknown Send mode sends nothing', () => {
  test('a new tracker starts in Test', () => {
    const session = tracker(rows(1), {});
    const mode = session.emulator.values('Settings').find((row) => row[0] === 'Send mode');
    expect(mode?.[1]).toBe('Test');
  });

  test.each([
    ['blank', ''],
    ['unknown', 'Sometimes'],
  ])('%s: nothing sent, and the log and Settings say so', (_, mode) => {
    const session = tracker(rows(3), { 'Send mode': mode });
    run(session);
    expect(session.emulator.mail).toHaveLength(0);
    const note = log(session).find((row) => row.Key === '');
    expect(String(note?.Detail)).toMatch(/reminders due today not sent: Send mode/);
    const lastRun = session.emulator
      .values('Settings')
      .find((row) => row[0] === 'Daily reminders last ran');
    expect(String(lastRun?.[1])).toMatch(/nothing sent: Send mode/);
  });
});

describe('3. every cell the tool writes fits, and one row never stops the others', () => {
  test('a 49,990-character cell: its row says so briefly, the write goes through, the others get their email', () => {
    const body = rows(3);
    body[2]![3] = 'x'.repeat(49_990);
    const session = tracker(body);
    run(session);
    const values = session.emulator.values('Tracker');
    const problems = values[2]?.[values[0]!.indexOf('Problems')];
    expect(String(problems).length).toBeLessThan(1000);
    expect(meetingMail(session).map((mail) => mail.to[0])).toEqual([
      'dcs0@la0.example.org',
      'dcs2@la2.example.org',
    ]);
  });
});

describe('4. no write undoes another', () => {
  test('reminders turned off during a run stay off; properties the run did not write stay', () => {
    const session: Session = openSheet({
      timeZone: LONDON,
      now: new Date(`${TODAY}T07:00:00Z`),
      mailQuota: 100_000,
      sheets: { Tracker: rows(3) },
      // Someone turns reminders off while the run is sending.
      deliverMail: () =>
        session.emulator.globals.PropertiesService.getDocumentProperties().setProperty(
          'ilacs.dailyReminders',
          '{"on":false,"by":"someone@example.org"}',
        ),
    });
    session.run('setUpTracker');
    setSettings(session, { 'Send mode': 'Live' });
    session.emulator.globals.PropertiesService.getDocumentProperties().setProperty(
      'theirs',
      'kept',
    );
    session.emulator.setUiAvailable(false);
    run(session);
    const stored = session.emulator.properties();
    expect(stored['ilacs.dailyReminders']).toBe('{"on":false,"by":"someone@example.org"}');
    expect(stored.theirs).toBe('kept');
  });

  test('a Settings edit made during a run survives it', () => {
    const session: Session = openSheet({
      timeZone: LONDON,
      now: new Date(`${TODAY}T07:00:00Z`),
      mailQuota: 100_000,
      sheets: { Tracker: rows(2) },
      // A coordinator changes the run hour while the run is sending.
      deliverMail: () => setSettings(session, { 'Daily run hour': '9' }),
    });
    session.run('setUpTracker');
    setSettings(session, { 'Send mode': 'Live' });
    session.emulator.setUiAvailable(false);
    run(session);
    expect(session.emulator.mail.length).toBeGreaterThan(0);
    const hour = session.emulator.values('Settings').find((row) => row[0] === 'Daily run hour');
    expect(String(hour?.[1])).toBe('9');
  });

  test.each([
    ['recalculateNow'],
    ['setUpTracker'],
    ['turnOnDailyReminders'],
    ['turnOffDailyReminders'],
  ])(
    '%s takes the document lock: while another run holds it, it waits, then says so and writes nothing',
    (entry) => {
      const session = tracker(rows(2));
      session.emulator.setUiAvailable(true);
      const before = JSON.stringify(session.emulator.values('Tracker'));
      session.emulator.holdLock('document');
      session.run(entry);
      expect(
        session.emulator.ui.alerts.at(-1)?.prompt ??
          JSON.stringify(session.emulator.ui.alerts.at(-1)),
      ).toMatch(/busy/);
      expect(JSON.stringify(session.emulator.values('Tracker'))).toBe(before);
    },
  );
});

describe('5. writes land where they were meant', () => {
  test('a column a coordinator inserts while Recalculate reads is not written over: nothing is written, and it says so', () => {
    const session = tracker(rows(2));
    session.emulator.setUiAvailable(true);
    const sheet = session.emulator.sheet('Tracker');
    // The insert lands between Recalculate's read and its write: just before the header is read again.
    session.emulator.onCall?.('Range.getValues', 4, () => sheet.insertColumnBefore(10));
    session.run('recalculateNow');
    const header = session.emulator.values('Tracker')[0] ?? [];
    expect(header[9]).toBe('');
    expect(
      session.emulator
        .values('Tracker')
        .slice(1)
        .every((row) => row[9] === ''),
    ).toBe(true);
  });

  test("the tool's columns are marked with developer metadata: an edited header note does not make one a coordinator's", () => {
    const session = tracker(rows(2));
    const sheet = session.emulator.sheet('Tracker');
    const status = (session.emulator.values('Tracker')[0] ?? []).indexOf('Status') + 1;
    sheet.getRange(1, status).setNote('my own notes');
    session.emulator.setUiAvailable(true);
    session.run('recalculateNow');
    const values = session.emulator.values('Tracker');
    expect(String(values[1]?.[status - 1])).toMatch(/^Expected/);
    expect((values[0] ?? []).filter((header) => header === 'Status')).toHaveLength(1);
  });

  test('text typed in a computed column on a row without an Authority stays exactly as typed', () => {
    const body = rows(2);
    const session = tracker(body);
    const sheet = session.emulator.sheet('Tracker');
    const explanation = (session.emulator.values('Tracker')[0] ?? []).indexOf('Explanation') + 1;
    sheet.getRange(4, explanation).setValue("'TRUE");
    sheet.getRange(5, explanation).setValue("'0301");
    session.emulator.setUiAvailable(true);
    session.run('recalculateNow');
    expect(sheet.getRange(4, explanation).getValue()).toBe('TRUE');
    expect(sheet.getRange(5, explanation).getValue()).toBe('0301');
  });

  test('an authority starting with = or - is written as text in the log, and its key still matches', () => {
    // Typed with Sheets' text mark, as a coordinator must to keep '=' as text.
    const session = tracker(rows(2, (index) => (index === 0 ? "'=Kent" : "'-Surrey")));
    run(session);
    const sheet = session.emulator.sheet('Reminder log');
    expect(
      sheet
        .getDataRange()
        .getFormulas()
        .flat()
        .every((formula) => formula === ''),
    ).toBe(true);
    expect(log(session).map((row) => row.Authority)).toEqual(
      expect.arrayContaining(['=Kent', '-Surrey']),
    );
    const sent = meetingMail(session).length;
    run(session);
    expect(meetingMail(session)).toHaveLength(sent);
  });
});

describe('6. say what is known', () => {
  test("a send recorded but not confirmed is Unknown, with the authority's own spelling and every recipient", () => {
    const session = tracker(rows(3, (index) => `Authority Nº ${index}`));
    // The journal write before the second send fails: the run stops after the first send.
    session.emulator.failOn('Properties.setProperties', 2, 'Exceeded maximum execution time');
    expect(() => run(session)).toThrow('Exceeded maximum execution time');
    run(session);
    const unknown = log(session).filter((row) => row.Outcome === 'Unknown');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.Authority).toBe('Authority Nº 0');
    expect(unknown[0]?.Recipients).toBe('dcs0@la0.example.org, pa0@la0.example.org');
    expect(
      session.emulator.mail.filter(
        (mail) => mail.to.includes(COORDINATOR) && /may not have gone out/.test(mail.subject),
      ),
    ).toHaveLength(1);
  });
});

describe('7. the 6-minute limit', () => {
  test('sends left when a run stops early go in a one-off follow-up minutes later, once', () => {
    const session = openSheet({
      timeZone: LONDON,
      now: new Date(`${TODAY}T07:00:00Z`),
      mailQuota: 100_000,
      sheets: { Tracker: rows(20) },
      // Each email takes a minute: the run stops starting new ones at 4.5 minutes.
      advanceOn: { 'MailApp.sendEmail': 60_000 },
    });
    session.run('setUpTracker');
    setSettings(session, { 'Send mode': 'Live', 'Coordinator emails': COORDINATOR });
    session.emulator.setUiAvailable(false);
    run(session);
    const first = meetingMail(session).length;
    expect(first).toBeLessThan(20);
    const followUps = session.emulator.triggers.filter(
      (trigger) => trigger.functionName === 'continueRemindersFromTrigger',
    );
    expect(followUps).toHaveLength(1);
    // Nothing due yet; then the follow-up's time comes, it runs, sends more and removes itself.
    session.emulator.advance(5 * 60_000);
    for (let round = 0; round < 10 && session.emulator.dueTriggers().length > 0; round += 1) {
      session.emulator.runDueTriggers(session.context);
      session.emulator.advance(5 * 60_000);
    }
    expect(meetingMail(session)).toHaveLength(20);
    const keys = log(session)
      .filter((row) => row.Outcome === 'Sent')
      .map((row) => row.Key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(
      session.emulator.triggers.filter(
        (trigger) => trigger.functionName === 'continueRemindersFromTrigger' && !trigger.fired,
      ),
    ).toHaveLength(0);
  });
});

describe('9. recipients', () => {
  test('a DCS also listed in Other recipients gets one copy and costs one quota unit', () => {
    const session = tracker(rows(1));
    const before = session.emulator.remainingMailQuota;
    run(session);
    const [mail] = meetingMail(session);
    expect(mail?.to).toEqual(['dcs0@la0.example.org']);
    expect(mail?.cc).toEqual(['pa0@la0.example.org']);
    expect(before - session.emulator.remainingMailQuota).toBeLessThanOrEqual(3);
  });
});

describe('8. a Tracker with no Authority column', () => {
  test('says so, instead of "0 rows computed"', () => {
    const session = openSheet({
      timeZone: LONDON,
      now: new Date(`${TODAY}T07:00:00Z`),
      sheets: {
        Tracker: [
          ['Council', 'Last inspection'],
          ['Kent', '2024-06-10'],
        ],
      },
    });
    session.run('setUpTracker');
    // Set up adds an Authority column; a coordinator then renames it to something else.
    const header = session.emulator.values('Tracker')[0] ?? [];
    session.emulator
      .sheet('Tracker')
      .getRange(1, header.indexOf('Authority') + 1)
      .setValue('Name');
    session.run('recalculateNow');
    expect(String(session.emulator.ui.alerts.at(-1)?.prompt)).toContain(
      'The Tracker has no Authority column',
    );
  });
});
