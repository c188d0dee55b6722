/**
 * The reminder engine's reliability simulation (test/support/soak.ts), short enough for CI: 200
 * simulated days of 25 authorities, things going wrong three times as often as in the five-year
 * bench (bench/soak.ts), beside the clean control run of the same Tracker. Every email MailApp
 * recorded is held to the Reminder log's rows, person by person, and the meeting and
 * self-evaluation reminders are also read from their calendar files; what is due comes from the
 * README's rules, not from src/.
 */
import { exampleTracker, openSheet } from './support';
import { type SoakReport, dayOf, describeFinding, isoOf, soak } from '../support/soak';

const OPTIONS = { seed: 7, days: 200, authorities: 25, faultRate: 3 };

describe('200 days of daily runs with cut-offs, service faults, log edits and Send mode changes', () => {
  let disturbed: SoakReport;
  let clean: SoakReport;

  beforeAll(() => {
    disturbed = soak(OPTIONS);
    clean = soak({ ...OPTIONS, disturbed: false });
  }, 150_000);

  test('the disturbances happened: runs stopped part-way, faults, a low quota, log edits, other modes', () => {
    expect(disturbed.stoppedRuns).toBeGreaterThan(5);
    expect(disturbed.runs).toBeGreaterThan(OPTIONS.days);
    const kinds = [
      'run cut off',
      'transient mail error',
      'quota error from MailApp',
      'mail quota low',
      'slow mail (time budget)',
      'lock busy',
      'second run the same day',
      'log: clear',
      'log: sort',
      'log: delete rows',
      'log: delete sheet',
      'log edited during a run',
      "Send mode 'Paused'",
      "Send mode 'Test'",
    ];
    expect(kinds.filter((kind) => (disturbed.disturbances[kind] ?? 0) === 0)).toEqual([]);
    expect(disturbed.testEmails).toBeGreaterThan(0);
    expect(disturbed.notices).toBeGreaterThan(0);
  });

  test('0 duplicates: no one got the same reminder twice', () => {
    expect(disturbed.duplicates.map(describeFinding)).toEqual([]);
    expect(clean.duplicates.map(describeFinding)).toEqual([]);
  });

  test('0 silent losses: every reminder due was delivered, or the record says why', () => {
    expect(disturbed.silentLosses.map(describeFinding)).toEqual([]);
    expect(disturbed.sends).toBeGreaterThan(100);
  });

  test('no late send, unlogged send, misaddressed or unreadable email, or error nobody injected', () => {
    expect(disturbed.otherProblems.map(describeFinding)).toEqual([]);
    expect(clean.otherProblems.map(describeFinding)).toEqual([]);
  });

  test('the clean run sends every reminder due, and everything the disturbed run sent', () => {
    expect(clean.silentLosses.map(describeFinding)).toEqual([]);
    expect(clean.stoppedRuns).toBe(0);
    // Undelivered only where a row was Paused or has problems: the oracle's rules are the tool's.
    for (const reason of Object.keys(clean.accounted)) expect(reason).toMatch(/^Skipped: /);
    expect([...disturbed.delivered].filter((identity) => !clean.delivered.has(identity))).toEqual(
      [],
    );
    expect(clean.sends).toBeGreaterThanOrEqual(disturbed.sends);
  });
});

/**
 * Problems the simulation found, each reduced to a minimal reproduction, and fixed: a chase is not
 * sent once its event is overdue longer than the ledger remembers chases (plan.ts), and a stopped
 * run's confirmed live send is logged Sent even where the log has a Test row of the same key
 * (reconcileStoppedRuns in src/sheets/run-log.ts).
 */
describe('problems found by the simulation', () => {
  const DAY_MS = 86_400_000;
  const START = dayOf('2026-11-23');
  const at7 = (day: number) => new Date((START + day) * DAY_MS + 7 * 3_600_000);

  /** Example authorities with these last meetings and a DCS each, in Send mode `mode`. */
  function tracker(lastMeetings: readonly number[], mode: string) {
    const example = exampleTracker();
    const session = openSheet({
      timeZone: 'Europe/London',
      now: at7(0),
      mailQuota: 1500,
      sheets: {
        Tracker: [
          [...(example[0] ?? []), 'Last engagement meeting', 'DCS email'],
          ...lastMeetings.map((last, index) => [
            ...(example[index + 1] ?? []),
            isoOf(START + last),
            `dcs${index}@la${index}.example.org`,
          ]),
        ],
      },
    });
    session.run('setUpTracker');
    session.emulator.setUiAvailable(false);
    const names = session.emulator.values('Settings').map((row) => row[0]);
    const setting = (name: string, value: string) =>
      session.emulator
        .sheet('Settings')
        .getRange(names.indexOf(name) + 1, 2)
        .setValue(value);
    setting('Coordinator emails', 'coordinator@example.org');
    setting('Send mode', mode);
    const day = (offset: number) => session.emulator.setNow(at7(offset));
    return { session, setting, day };
  }

  /**
   * Was a problem: a duplicate (bench/soak.ts: every seed, clean runs too, each row nobody keeps up,
   * from about day 430): a meeting left overdue is chased three times, 14 days apart; the ledger
   * forgets each chase 400 days after it went (keepDays in src/domain/reminders/ledger.ts), yet
   * the meeting is still overdue, so the chases start again with the same keys, "overdue 1",
   * "overdue 2", "overdue 3", every 400 days or so. The README promises every 14 days, at most 3
   * times, and each key once. Reproduction: one authority whose last meeting was 400 days ago,
   * never recorded again, Send mode Live, the daily run on days 0, 14, 28, 430, 444 and 458:
   * the DCS is chased on days 0, 14, 28, 444 and 458.
   */
  test('a meeting left overdue for over 400 days is chased at most 3 times', () => {
    const { session, day } = tracker([-400], 'Live');
    for (const offset of [0, 14, 28, 430, 444, 458]) {
      day(offset);
      session.fireDailyTrigger();
    }
    const chases = session.emulator.mail.filter(
      (mail) =>
        mail.to.includes('dcs0@la0.example.org') && /meeting overdue since/.test(mail.subject),
    );
    expect(chases.length).toBeGreaterThan(0);
    expect(chases.map((mail) => isoOf(Math.floor(mail.sentAt.getTime() / DAY_MS)))).toEqual([
      '2026-11-23',
      '2026-12-07',
      '2026-12-21',
    ]);
  });

  /**
   * Was a problem: a send never logged (bench/soak.ts seed 4, 2028-10-04, Doncaster's 60-day meeting
   * reminder; Send mode back to Live that morning after three days of Test, the run cut off at
   * its third journal write): a run that sent an email and confirmed it in its journal, then
   * stopped before writing the Reminder log, leaves the next run to log it Sent ("logged now, and
   * not sent again"), but that run takes a Test row of the same key for the live send
   * (reconcileStoppedRuns's inLog counted Sent and Test alike), so the log never shows that the DCS got it.
   * Nothing goes twice (the ledger has it), and the DCS did get it; the coordinators' record
   * does not say so. Reproduction: one authority whose meeting is 60 days off; day 0 in Test;
   * day 1 Live, the run stopped at its third Properties.setProperties (the commit, after the
   * DCS's letter was confirmed and the coordinators' was recorded); day 2 the daily run.
   */
  test('a send confirmed by a run that stopped is logged Sent, after a Test send of it', () => {
    const { session, setting, day } = tracker([60 - 365], 'Test');
    session.fireDailyTrigger();
    setting('Send mode', 'Live');
    day(1);
    session.emulator.failOn('Properties.setProperties', 3, 'Exceeded maximum execution time');
    expect(() => session.fireDailyTrigger()).toThrow('Exceeded maximum execution time');
    const meeting = session.emulator.mail.filter(
      (mail) => mail.to.includes('dcs0@la0.example.org') && /engagement meeting/.test(mail.subject),
    );
    expect(meeting).toHaveLength(1);
    day(2);
    session.fireDailyTrigger();
    const [header = [], ...rows] = session.emulator.values('Reminder log');
    const outcomes = rows
      .filter(
        (row) =>
          row[header.indexOf('Key')] === 'barking and dagenham|Engagement meeting|2027-01-22|60',
      )
      .map((row) => row[header.indexOf('Outcome')]);
    expect(outcomes).toEqual(['Test', 'Sent']);
  });
});
