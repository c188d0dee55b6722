/**
 * Reminders on time, exactly once: the daily job of build/Code.js run day after day in the
 * emulator, checked against an expectation worked out here from the rules' own words.
 */
import { exampleTracker, openSheet, type Session } from './support';

const LONDON = 'Europe/London';
const DAY_MS = 86_400_000;

// --- civil dates as day numbers, written here independently of src/ -------------------------

/** Day number (days since 1970-01-01) of an ISO date. */
const dayOf = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** Same day of the month `months` later, clamped to the month's end. */
function plusMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  return (
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date.getUTCDate(), lastDay)) /
    DAY_MS
  );
}
const londonDay = (value: unknown) =>
  dayOf(new Intl.DateTimeFormat('en-CA', { timeZone: LONDON }).format(value as Date));
const weekday = (day: number) => new Date(day * DAY_MS).getUTCDay();

// --- a tracker of authorities with engagement data -------------------------------------------

const EXTRA = [
  'Last engagement meeting',
  'Planned engagement meeting',
  'Self-evaluation submitted',
  'DCS name',
  'DCS email',
  'Other recipients',
  'Reminders',
];
const COORDINATOR = 'coordinator@example.org';

interface Authority {
  readonly index: number;
  readonly name: string;
  readonly start: number;
  readonly to: string;
  readonly cc: string[];
  lastMeeting: number;
  planned?: number;
  submitted?: number;
  paused: boolean;
  moved: boolean;
}

/** Authority `index` last met `firstMeeting + step * index`. */
function authorities(
  count: number,
  firstMeeting: number,
  step = 9,
): { rows: string[][]; model: Authority[] } {
  const example = exampleTracker();
  const header = [...(example[0] ?? []), ...EXTRA];
  const model: Authority[] = [];
  const rows = Array.from({ length: count }, (_, index) => {
    const base = example[index + 1] ?? [];
    const name = base[0] ?? '';
    const authority: Authority = {
      index,
      name,
      start: dayOf(base[3] ?? ''),
      to: `dcs${index}@la${index}.example.org`,
      cc: index % 4 === 0 ? [`pa${index}@la${index}.example.org`] : [],
      lastMeeting: firstMeeting + step * index,
      paused: index % 11 === 2,
      moved: false,
    };
    model.push(authority);
    return [
      ...base,
      isoOf(authority.lastMeeting),
      '',
      '',
      `DCS ${index}`,
      authority.to,
      authority.cc.join(', '),
      authority.paused ? 'Paused' : 'On',
    ];
  });
  return { rows: [header, ...rows], model };
}

function setUp(rows: string[][], now: number, settings: Record<string, string> = {}): Session {
  const session = openSheet({
    timeZone: LONDON,
    now: new Date(now * DAY_MS + 7 * 3_600_000),
    mailQuota: 100_000,
    sheets: { Tracker: rows },
  });
  session.run('setUpTracker');
  // A new tracker starts in Test; these coordinators have chosen Live.
  setSettings(session, { 'Coordinator emails': COORDINATOR, 'Send mode': 'Live', ...settings });
  session.emulator.setUiAvailable(false);
  return session;
}

function setSettings(session: Session, settings: Record<string, string>): void {
  const sheet = session.emulator.sheet('Settings');
  const names = session.emulator.values('Settings').map((row) => row[0]);
  for (const [name, value] of Object.entries(settings))
    sheet.getRange(names.indexOf(name) + 1, 2).setValue(value);
}

function setCell(session: Session, authority: string, header: string, value: string): void {
  const values = session.emulator.values('Tracker');
  const row = values.findIndex((cells) => cells[0] === authority) + 1;
  session.emulator
    .sheet('Tracker')
    .getRange(row, (values[0] ?? []).indexOf(header) + 1)
    .setValue(value);
}

/** The daily trigger firing at 07:00 on a day. */
function runDay(session: Session, day: number): void {
  session.emulator.setNow(new Date(day * DAY_MS + 7 * 3_600_000));
  session.fireDailyTrigger();
}

interface LogRow {
  readonly day: number;
  readonly authority: string;
  readonly kind: string;
  readonly outcome: string;
  readonly recipients: string;
  readonly detail: string;
  readonly key: string;
}

function logRows(session: Session): LogRow[] {
  const [header = [], ...rows] = session.emulator.values('Reminder log');
  const at = (row: unknown[], name: string) => row[header.indexOf(name)];
  return rows.map((row) => ({
    day: londonDay(at(row, 'Time')),
    authority: String(at(row, 'Authority')),
    kind: String(at(row, 'Kind')),
    outcome: String(at(row, 'Outcome')),
    recipients: String(at(row, 'Recipients')),
    detail: String(at(row, 'Detail')),
    key: String(at(row, 'Key')),
  }));
}

const sentRows = (session: Session) => logRows(session).filter((row) => row.outcome === 'Sent');

// --- the expectation, from the rules' words ------------------------------------------------

const MEETING_LEADS = [60, 30, 7];
const SELF_EVALUATION_LEADS = [28, 7];
const WINDOW_LEADS = [30];

/**
 * The smallest lead whose day has come, while the event is today or later; one whose day has
 * passed (a late first run) is not caught up when the next lead is a week away or less.
 */
function leadDue(event: number, today: number, leads: number[]): number | undefined {
  const reached = leads.filter((lead) => today >= event - lead && today <= event);
  if (reached.length === 0) return undefined;
  const lead = Math.min(...reached);
  const next = Math.max(...leads.filter((each) => event - each > today));
  return today > event - lead && event - next - today <= 7 ? undefined : lead;
}

/**
 * Chased 7 days after the date, then 14 days after the last chase that went, at most 3 times: a
 * first chase that goes late (a paused row, a tracker started after the event) keeps the interval.
 */
const GRACE_DAYS = 7;
interface Chase {
  readonly chase: number;
  readonly day: number;
}
function chaseDue(event: number, today: number, last: Chase | undefined): number | undefined {
  if (today - event < GRACE_DAYS) return undefined;
  if (!last) return 1;
  return last.chase < 3 && today - last.day >= 14 ? last.chase + 1 : undefined;
}

const key = (authority: string, kind: string, event: number, lead: string) =>
  [authority.toLowerCase(), kind, isoOf(event), lead].join('|');

/** What is due today for one authority, as keys with their recipients; chases as they go. */
function dueToday(
  authority: Authority,
  today: number,
  chases: Map<string, Chase>,
): { key: string; to: string[]; cc: string[] }[] {
  const meeting =
    authority.planned !== undefined && authority.planned > authority.lastMeeting
      ? authority.planned
      : plusMonths(authority.lastMeeting, 12);
  const selfEvaluation = meeting - 28;
  const done = authority.submitted !== undefined && authority.submitted >= authority.lastMeeting;
  const own = { to: [authority.to], cc: authority.cc };
  // A chase copies the coordinators.
  const chased = { to: own.to, cc: [...own.cc, COORDINATOR] };
  const due: { key: string; to: string[]; cc: string[] }[] = [];
  const meetingLead = leadDue(meeting, today, MEETING_LEADS);
  if (meetingLead !== undefined)
    due.push({
      key: key(authority.name, 'Engagement meeting', meeting, String(meetingLead)),
      ...own,
    });
  const selfLead = done ? undefined : leadDue(selfEvaluation, today, SELF_EVALUATION_LEADS);
  if (selfLead !== undefined)
    due.push({
      key: key(authority.name, 'Self-evaluation due', selfEvaluation, String(selfLead)),
      ...own,
    });
  const chase = (kind: string, event: number) => {
    const of = `${authority.name}|${kind}|${event}`;
    const number = chaseDue(event, today, chases.get(of));
    if (number === undefined) return;
    chases.set(of, { chase: number, day: today });
    due.push({ key: key(authority.name, kind, event, `overdue ${number}`), ...chased });
  };
  chase('Engagement meeting overdue', meeting);
  if (!done) chase('Self-evaluation overdue', selfEvaluation);
  return due;
}

/**
 * The coordinators' inspection reminder, from the forecast the Tracker shows that day (the forecast
 * itself is tested in test/domain/forecast): due once per cycle, keyed by the last inspection's
 * start, on the first day Expected from is within its 30-day lead.
 */
function inspectionDueToday(
  authority: Authority,
  today: number,
  expectedFrom: number | undefined,
): { key: string; to: string[]; cc: string[] } | undefined {
  const lead = expectedFrom === undefined ? undefined : leadDue(expectedFrom, today, WINDOW_LEADS);
  if (lead === undefined) return undefined;
  return {
    key: key(authority.name, 'Inspection window opening', authority.start, String(lead)),
    to: [COORDINATOR],
    cc: [],
  };
}

/** Expected from, by authority, as the Tracker shows it now. */
function expectedFromByName(session: Session): Map<string, number> {
  const values = session.emulator.values('Tracker');
  const header = values[0] ?? [];
  const [name, from] = ['Authority', 'Expected from'].map((title) => header.indexOf(title));
  return new Map(
    values
      .slice(1)
      .filter((row) => row[from!] instanceof Date)
      .map((row) => [String(row[name!]), londonDay(row[from!])]),
  );
}

describe('a simulated year', () => {
  test('400 days over 40 authorities: every due reminder goes out once, on its day, to its people, and nothing else', () => {
    const first = dayOf('2026-11-23');
    const { rows, model } = authorities(40, dayOf('2025-12-01'));
    const session = setUp(rows, first);
    const expected = new Map<string, { day: number; to: string[]; cc: string[] }>();
    const chases = new Map<string, Chase>();

    for (let day = first; day < first + 400; day += 1) {
      // What coordinators record, day by day: meetings held, submissions, moves, a pause lifted.
      for (const authority of model) {
        const meeting =
          authority.planned !== undefined && authority.planned > authority.lastMeeting
            ? authority.planned
            : plusMonths(authority.lastMeeting, 12);
        if (authority.index % 7 === 1 && !authority.moved && day === meeting - 40) {
          authority.planned = meeting + 14;
          authority.moved = true;
          setCell(session, authority.name, 'Planned engagement meeting', isoOf(authority.planned));
        }
        if (authority.index % 3 === 0 && day === meeting - 28 - 2) {
          authority.submitted = day;
          setCell(session, authority.name, 'Self-evaluation submitted', isoOf(day));
        }
        if (authority.index % 5 !== 0 && day === meeting) {
          authority.lastMeeting = day;
          setCell(session, authority.name, 'Last engagement meeting', isoOf(day));
        }
        if (authority.paused && day === first + 120) {
          authority.paused = false;
          setCell(session, authority.name, 'Reminders', 'On');
        }
      }
      for (const authority of model) {
        if (authority.paused) continue;
        for (const due of dueToday(authority, day, chases)) {
          if (!expected.has(due.key)) expected.set(due.key, { day, to: due.to, cc: due.cc });
        }
      }
      if (weekday(day) === 1)
        expected.set(`|Weekly digest|${isoOf(day)}|week`, { day, to: [COORDINATOR], cc: [] });
      session.emulator.setMailQuota(100_000);
      runDay(session, day);
      const expectedFrom = expectedFromByName(session);
      for (const authority of model) {
        const due = authority.paused
          ? undefined
          : inspectionDueToday(authority, day, expectedFrom.get(authority.name));
        if (due && !expected.has(due.key)) expected.set(due.key, { day, to: due.to, cc: due.cc });
      }
    }

    const sent = sentRows(session);
    const sentKeys = sent.map((row) => row.key);
    expect(new Set(sentKeys).size).toBe(sentKeys.length);
    expect([...sentKeys].sort()).toEqual([...expected.keys()].sort());
    for (const row of sent)
      expect({ key: row.key, day: isoOf(row.day) }).toEqual({
        key: row.key,
        day: isoOf(expected.get(row.key)?.day ?? 0),
      });
    // Each reminder went to the row's DCS with its other recipients in copy.
    for (const row of sent) {
      const wanted = expected.get(row.key);
      // Everyone it was for, in whichever letters (a chase goes in the DCS's and the coordinators').
      const everyone = (list: string) => list.split(/[,;] /).sort();
      expect({ key: row.key, to: everyone(row.recipients) }).toEqual({
        key: row.key,
        to: everyone([...(wanted?.to ?? []), ...(wanted?.cc ?? [])].join(', ')),
      });
    }
    // One email a person a day: each day, people with the same reminders share one letter.
    const keysOf = new Map<number, Map<string, string[]>>();
    for (const row of sent) {
      const wanted = expected.get(row.key);
      const people = keysOf.get(row.day) ?? new Map<string, string[]>();
      for (const person of [...(wanted?.to ?? []), ...(wanted?.cc ?? [])])
        people.set(person, [...(people.get(person) ?? []), row.key]);
      keysOf.set(row.day, people);
    }
    const letterOf = (keys: readonly string[] | undefined) => [...(keys ?? [])].sort().join('|');
    const letters = [...keysOf.values()].reduce(
      (sum, people) => sum + new Set([...people.values()].map(letterOf)).size,
      0,
    );
    const mail = session.emulator.mail;
    expect(mail).toHaveLength(letters);
    for (const message of mail) {
      const people = keysOf.get(londonDay(message.sentAt));
      const sets = [...message.to, ...message.cc].map((person) => letterOf(people?.get(person)));
      expect(new Set(sets).size).toBe(1);
    }
    // A paused row was skipped, logged once per event, and sent once the pause was lifted.
    const paused = model.find((authority) => authority.index % 11 === 2);
    const skipped = logRows(session).filter(
      (row) => row.outcome === 'Skipped' && row.authority === paused?.name,
    );
    expect(skipped.length).toBeGreaterThan(0);
    expect(new Set(skipped.map((row) => row.key)).size).toBe(skipped.length);
    expect(sent.some((row) => row.authority === paused?.name)).toBe(true);
    expect(sent.length).toBeGreaterThan(200);
    // The forecast brought some inspections within their lead, each sent once for its cycle.
    expect(
      sentKeys.filter((sentKey) => sentKey.includes('|Inspection window opening|')).length,
    ).toBeGreaterThan(3);
  });
});

describe('faults', () => {
  const first = dayOf('2027-01-09');
  /** Six authorities whose meetings all reach their 60-day lead on `first`. */
  function smallTracker() {
    return authorities(6, dayOf('2026-03-10'), -1);
  }

  test('the lock held by another run: nothing sent yet, a follow-up run set and said on the Settings sheet; the follow-up sends the same day, once', () => {
    const session = setUp(smallTracker().rows, first);
    session.emulator.holdLock('document');
    runDay(session, first);
    expect(session.emulator.mail).toHaveLength(0);
    const lastRan = () =>
      String(
        session.emulator
          .values('Settings')
          .find((row) => row[0] === 'Daily reminders last ran')?.[1],
      );
    expect(lastRan()).toBe(
      '2027-01-09: The tracker was busy with another run, so nothing was sent yet; the reminders go in a follow-up run in 5 minutes.',
    );
    expect(session.emulator.logs.map((line) => line.message).join('\n')).toContain(
      'The tracker was busy with another run',
    );
    const followUps = () =>
      session.emulator.triggers.filter(
        (trigger) => trigger.functionName === 'continueRemindersFromTrigger',
      );
    expect(followUps()).toHaveLength(1);
    // Still busy when the follow-up fires: it leaves the work to one more, not to tomorrow.
    session.emulator.advance(5 * 60 * 1000);
    session.emulator.runDueTriggers(session.context);
    expect(session.emulator.mail).toHaveLength(0);
    expect(followUps()).toHaveLength(1);
    session.emulator.releaseLock('document');
    session.emulator.advance(5 * 60 * 1000);
    session.emulator.runDueTriggers(session.context);
    const count = session.emulator.mail.length;
    expect(count).toBeGreaterThan(0);
    expect(londonDay(session.emulator.now)).toBe(first);
    expect(lastRan()).toMatch(/^2027-01-09: \d+ sent/);
    runDay(session, first);
    expect(session.emulator.mail).toHaveLength(count);
  });

  test('a second run the same day (after the first released the lock) sends nothing twice', () => {
    const session = setUp(smallTracker().rows, first);
    runDay(session, first);
    const once = session.emulator.mail.length;
    const reminders = sentRows(session).length;
    runDay(session, first);
    expect(session.emulator.mail).toHaveLength(once);
    expect(sentRows(session)).toHaveLength(reminders);
  });

  test('the quota running out mid-run: the rest is deferred and arrives on later days, none twice', () => {
    const session = setUp(smallTracker().rows, first);
    session.emulator.setMailQuota(3);
    runDay(session, first);
    const deferred = logRows(session).filter((row) => row.outcome === 'Deferred');
    expect(deferred.length).toBeGreaterThan(0);
    expect(deferred[0]?.detail).toContain('goes first on the next run');
    session.emulator.setMailQuota(100);
    runDay(session, first + 1);
    const sent = sentRows(session);
    const keys = sent.map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of deferred) expect(keys).toContain(row.key);
    const firstOfSecondDay = sent.findIndex((row) => row.day === first + 1);
    expect(sent[firstOfSecondDay]?.key).toBe(deferred[0]?.key);
  });

  test('MailApp refusing one message before sending it: logged Failed, the run goes on, and it is sent on the next run', () => {
    const session = setUp(smallTracker().rows, first);
    session.emulator.failOn('MailApp.sendEmail', 2, 'Invalid email: dcs@la1');
    runDay(session, first);
    // The second email failed: every reminder in it is logged Failed, the others went.
    const failed = logRows(session).filter((row) => row.outcome === 'Failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(new Set(failed.map((row) => row.recipients)).size).toBe(1);
    for (const row of failed) expect(row.detail).toContain('Invalid email');
    expect(sentRows(session).length).toBeGreaterThan(1);
    runDay(session, first + 1);
    for (const row of failed)
      expect(sentRows(session).filter((sent) => sent.key === row.key)).toHaveLength(1);
  });

  test('MailApp throwing in a way that may come after the message left (a service error, a timeout): logged Unknown, never sent again, the coordinators told once', () => {
    const session = setUp(smallTracker().rows, first);
    session.emulator.failOn('MailApp.sendEmail', 2, 'Service error: Mail');
    runDay(session, first);
    const unknown = logRows(session).filter((row) => row.outcome === 'Unknown');
    expect(unknown.length).toBeGreaterThan(0);
    for (const row of unknown) expect(row.detail).toContain('Service error: Mail');
    const notices = () =>
      session.emulator.mail.filter((mail) => /may not have gone out/.test(mail.subject));
    expect(notices()).toHaveLength(1);
    expect(notices()[0]?.to).toEqual([COORDINATOR]);
    for (const day of [first + 1, first + 2]) runDay(session, day);
    for (const row of unknown)
      expect(sentRows(session).filter((sent) => sent.key === row.key)).toHaveLength(0);
    expect(notices()).toHaveLength(1);
  });

  test('the notice of an unconfirmed send waits through a failed send of its own, Paused and a blank mode, then reaches the coordinators once', () => {
    const notices = (session: Session) =>
      session.emulator.mail.filter((mail) => /may not have gone out/.test(mail.subject));
    // The day's sends as a reference run makes them: the notice is the last.
    const reference = setUp(smallTracker().rows, first);
    reference.emulator.failOn('MailApp.sendEmail', 1, 'Service error: Mail');
    runDay(reference, first);
    expect(notices(reference)).toHaveLength(1);
    const calls = reference.emulator.calls.count('MailApp.sendEmail');

    const session = setUp(smallTracker().rows, first);
    session.emulator.failOn('MailApp.sendEmail', 1, 'Service error: Mail');
    session.emulator.failOn('MailApp.sendEmail', calls, 'Service error: Mail');
    runDay(session, first);
    expect(notices(session)).toHaveLength(0);
    setSettings(session, { 'Send mode': 'Paused' });
    runDay(session, first + 1);
    setSettings(session, { 'Send mode': '' });
    runDay(session, first + 2);
    expect(notices(session)).toHaveLength(0);
    setSettings(session, { 'Send mode': 'Live' });
    runDay(session, first + 3);
    runDay(session, first + 4);
    expect(notices(session)).toHaveLength(1);
    expect(notices(session)[0]?.to).toEqual([COORDINATOR]);
  });

  test('a run cut off after any send: the next run completes it, never sending anything twice', () => {
    const reference = setUp(smallTracker().rows, first);
    runDay(reference, first);
    const total = reference.emulator.mail.length;
    const reminders = sentRows(reference).length;
    expect(total).toBeGreaterThan(2);
    for (let sends = 1; sends <= total; sends += 1) {
      const session = setUp(smallTracker().rows, first);
      // The journal write before the next email fails like a run stopped by the time limit;
      // after the last email, the log write fails instead.
      if (sends < total)
        session.emulator.failOn(
          'Properties.setProperties',
          sends + 1,
          'Exceeded maximum execution time',
        );
      else session.emulator.failOn('Range.setValues', 2, 'Exceeded maximum execution time');
      expect(() => runDay(session, first)).toThrow('Exceeded maximum execution time');
      expect(session.emulator.mail).toHaveLength(sends);
      runDay(session, first);
      const rows = logRows(session).filter((row) => ['Sent', 'Unknown'].includes(row.outcome));
      const keys = rows.map((row) => row.key);
      // Every reminder once, whether confirmed or not: none sent twice, none lost from the log.
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toHaveLength(reminders);
      const notices = session.emulator.mail.filter((mail) =>
        /may not have gone out/.test(mail.subject),
      );
      if (sends < total) {
        // The last email before the stop was recorded but never confirmed: its reminders are
        // Unknown, not sent again, and the coordinators are told, by one notice.
        const unknown = rows.filter((row) => row.outcome === 'Unknown');
        expect(unknown.length).toBeGreaterThan(0);
        expect(new Set(unknown.map((row) => row.recipients)).size).toBe(1);
        expect(notices).toHaveLength(1);
        expect(notices[0]?.to).toEqual([COORDINATOR]);
        expect(session.emulator.mail).toHaveLength(total + 1);
      } else {
        // Every email was confirmed before the log write failed: all logged Sent, none again.
        expect(rows.every((row) => row.outcome === 'Sent')).toBe(true);
        expect(notices).toHaveLength(0);
        expect(session.emulator.mail).toHaveLength(total);
      }
    }
  });

  test('skipped days: only the most recent lead reached goes, never a burst', () => {
    const session = setUp(smallTracker().rows, first - 70);
    runDay(session, first - 70);
    runDay(session, first + 40);
    const meetingKeys = sentRows(session)
      .filter(
        (row) => row.kind === 'Engagement meeting' && row.authority === 'Barking and Dagenham',
      )
      .map((row) => row.key.split('|')[3]);
    expect(meetingKeys).toEqual(['30']);
  });

  test('the time limit: a run stops starting emails before 6 minutes, the next run sends the rest', () => {
    const session = setUp(authorities(20, dayOf('2026-03-10'), -1).rows, first);
    session.emulator.advanceOn('MailApp.sendEmail', 60_000);
    runDay(session, first);
    const firstRun = session.emulator.mail.length;
    expect(firstRun).toBeLessThanOrEqual(5);
    expect(session.emulator.values('Settings').flat().join(' ')).toContain('left for the next run');
    runDay(session, first);
    runDay(session, first);
    runDay(session, first);
    const keys = sentRows(session).map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(firstRun);
  });
});

describe('what the emails say', () => {
  test('a sheet value holding <script> or {{ arrives escaped and inert', () => {
    const { rows } = authorities(2, dayOf('2026-03-10'));
    (rows[1] as string[])[0] = '<script>alert(1)</script>';
    (rows[1] as string[])[rows[0]!.indexOf('DCS name')] = '{{Authority}} & {{DCS email}}';
    const session = setUp(rows, dayOf('2027-01-09'));
    runDay(session, dayOf('2027-01-09'));
    const message = session.emulator.mail.find((mail) => mail.subject.includes('script'));
    expect(message?.htmlBody).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(message?.htmlBody).not.toContain('<script>');
    expect(message?.htmlBody).toContain('Dear {{Authority}} &amp; {{DCS email}},');
    expect(message?.body).toContain('Dear {{Authority}} & {{DCS email}},');
    expect(message?.body).toContain(
      'What are your plans for the next 12 months to maintain or improve practice?',
    );
  });

  test('a bad template placeholder is reported when settings are read, and the default used', () => {
    const session = setUp(authorities(2, dayOf('2026-03-10')).rows, dayOf('2027-01-09'), {
      'Email subject: Engagement meeting': 'Meeting {{Athority}}',
    });
    session.emulator.setUiAvailable(true);
    session.run('checkForProblems');
    expect(session.emulator.ui.dialogs.at(-1)?.html).toContain('unknown placeholder {{Athority}}');
    session.emulator.setUiAvailable(false);
    runDay(session, dayOf('2027-01-09'));
    expect(session.emulator.mail[0]?.subject).toContain('annual engagement meeting with Ofsted on');
  });

  test('more than 50 recipients are split into messages of at most 50', () => {
    const { rows } = authorities(1, dayOf('2026-03-10'));
    const cc = Array.from({ length: 60 }, (_, index) => `cc${index}@example.org`).join(', ');
    (rows[1] as string[])[rows[0]!.indexOf('Other recipients')] = cc;
    const session = setUp(rows, dayOf('2027-01-09'));
    runDay(session, dayOf('2027-01-09'));
    const meetingMail = session.emulator.mail.filter((mail) =>
      mail.subject.includes('engagement meeting'),
    );
    expect(meetingMail.map((mail) => mail.to.length + mail.cc.length)).toEqual([50, 11]);
  });
});

describe('send modes, preview and the test reminder', () => {
  const day = dayOf('2027-01-09');

  test('Test mode: every email goes to the person running it, subject marked, logged Test', () => {
    const session = setUp(authorities(3, dayOf('2026-03-10'), -1).rows, day, {
      'Send mode': 'Test',
    });
    runDay(session, day);
    expect(session.emulator.mail.length).toBeGreaterThan(0);
    for (const mail of session.emulator.mail) {
      expect(mail.to).toEqual(['user@example.com']);
      expect(mail.subject.startsWith('[TEST] ')).toBe(true);
    }
    const outcomes = logRows(session).map((row) => row.outcome);
    // One email for each set of intended recipients, each reminder in it logged Test.
    expect(outcomes.filter((outcome) => outcome === 'Test').length).toBeGreaterThanOrEqual(
      session.emulator.mail.length,
    );
    expect(outcomes.filter((outcome) => outcome !== 'Test' && outcome !== 'Skipped')).toEqual([]);
  });

  test('Paused mode sends nothing and logs nothing', () => {
    const session = setUp(authorities(3, dayOf('2026-03-10'), -1).rows, day, {
      'Send mode': 'Paused',
    });
    runDay(session, day);
    expect(session.emulator.mail).toHaveLength(0);
    expect(logRows(session)).toHaveLength(0);
  });

  test("Preview today's reminders shows what, to whom and why, and sends nothing", () => {
    const session = setUp(authorities(3, dayOf('2026-03-10'), -1).rows, day);
    session.emulator.setUiAvailable(true);
    session.run('previewTodaysReminders');
    const dialog = session.emulator.ui.dialogs.at(-1);
    expect(dialog?.html).toContain('dcs0@la0.example.org');
    expect(dialog?.html).toContain('Engagement meeting');
    expect(dialog?.html).toContain('Skip: Reminders are Paused for this authority.');
    // Each email as it will look: its subject and its rendered letter, dates in UK words.
    expect(dialog?.html).toMatch(/annual engagement meeting with Ofsted on \w+day \d+ \w+ \d{4}/);
    expect(dialog?.html).toContain('<p>Dear DCS 0,</p>');
    expect(dialog?.title).toMatch(/on Saturday 9 January 2027$/);
    expect(session.emulator.mail).toHaveLength(0);
    expect(logRows(session)).toHaveLength(0);
  });

  test('Send a test reminder to me: one sample, to me', () => {
    const session = setUp(authorities(3, dayOf('2026-03-10'), -1).rows, day);
    session.emulator.setUiAvailable(true);
    session.run('sendTestReminderToMe');
    expect(session.emulator.mail).toHaveLength(1);
    expect(session.emulator.mail[0]?.to).toEqual(['user@example.com']);
    expect(session.emulator.mail[0]?.body).toContain(
      '(Test: this would go to dcs0@la0.example.org, pa0@la0.example.org)',
    );
  });

  test('Send due reminders now runs the daily job at once', () => {
    const session = setUp(authorities(3, dayOf('2026-03-10'), -1).rows, day);
    session.emulator.setUiAvailable(true);
    session.run('sendDueRemindersNow');
    expect(session.emulator.mail.length).toBeGreaterThan(0);
    expect(session.emulator.ui.toasts.at(-1)?.message).toMatch(/^Reminders: \d+ sent/);
  });
});

describe('the daily trigger', () => {
  test('turning it on twice leaves one, at the hour in Settings; turning it off leaves none; Settings shows it', () => {
    const session = setUp(authorities(2, dayOf('2026-03-10')).rows, dayOf('2027-01-09'), {
      'Daily run hour': '6',
    });
    session.emulator.setUiAvailable(true);
    session.run('turnOnDailyReminders');
    session.run('turnOnDailyReminders');
    expect(session.emulator.triggers).toHaveLength(1);
    expect(session.emulator.triggers[0]).toMatchObject({
      functionName: 'runDailyRemindersFromTrigger',
      hour: 6,
      everyDays: 1,
    });
    const settings = () =>
      session.emulator.values('Settings').find((row) => row[0] === 'Daily reminders')?.[1];
    expect(settings()).toBe('On, daily at 06:00 (Europe/London), by user@example.com');
    session.run('turnOffDailyReminders');
    expect(session.emulator.triggers).toHaveLength(0);
    expect(settings()).toBe('Off');
    session.run('sendDueRemindersNow');
    expect(
      String(
        session.emulator
          .values('Settings')
          .find((row) => row[0] === 'Daily reminders last ran')?.[1],
      ),
    ).toMatch(/^2027-01-09: \d+ sent/);
  });

  test('the daily run reads and writes each sheet once, plus the mail and journal calls per email', () => {
    const calls = [6, 30].map((count) => {
      const session = setUp(authorities(count, dayOf('2026-03-10')).rows, dayOf('2027-01-09'));
      session.emulator.calls.reset();
      runDay(session, dayOf('2027-01-09'));
      const sent = session.emulator.mail.length;
      const snapshot = session.emulator.calls.snapshot();
      return { snapshot, sent };
    });
    for (const { snapshot, sent } of calls) {
      // Settings, Tracker, National data, the Tracker's header again before writing, Reminder log.
      expect(snapshot['Range.getValues']).toBe(5);
      expect(snapshot['Range.setValues']).toBe(3);
      expect(snapshot['MailApp.sendEmail']).toBe(sent);
      // One journal write before each email, and the ledger once at the end.
      expect(snapshot['Properties.setProperties']).toBe(sent + 1);
    }
    const withoutPerEmail = calls.map(({ snapshot }) =>
      Object.fromEntries(
        Object.entries(snapshot).filter(
          ([name]) => !['MailApp.sendEmail', 'Properties.setProperties'].includes(name),
        ),
      ),
    );
    expect(withoutPerEmail[1]).toEqual(withoutPerEmail[0]);
  });
});

describe('fixed after review', () => {
  const day = dayOf('2027-01-09');

  test('the quota error thrown by MailApp mid-run defers that one and the rest; all arrive next day, once', () => {
    const session = setUp(authorities(6, dayOf('2026-03-10'), -1).rows, day);
    session.emulator.failOn(
      'MailApp.sendEmail',
      2,
      'Service invoked too many times for one day: email.',
    );
    runDay(session, day);
    const deferred = logRows(session).filter((row) => row.outcome === 'Deferred');
    expect(deferred.length).toBeGreaterThan(1);
    expect(deferred[0]?.detail).toContain('Service invoked too many times');
    runDay(session, day + 1);
    const keys = sentRows(session).map((row) => row.key);
    for (const row of deferred) expect(keys.filter((key) => key === row.key)).toHaveLength(1);
  });

  test('the log shows its times and event dates one way, as any reader reads them (9 Jan 2027 07:00, 4 Jan 2027), a log a run starts anew too', () => {
    const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
    const inWords = (iso: string) =>
      `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
    /** Each row's Time and Event date as shown, and the dates they hold, in words. */
    const shown = (session: Session) => {
      const range = session.emulator.sheet('Reminder log').getDataRange();
      const [header = [], ...rows] = range.getDisplayValues();
      const [, ...values] = range.getValues();
      const at = (row: unknown[] | undefined, name: string) => row?.[header.indexOf(name)];
      return rows.map((row, index) => {
        const eventDate = at(values[index], 'Event date');
        return {
          time: at(row, 'Time'),
          eventDate: at(row, 'Event date'),
          holds: {
            time: `${inWords(isoOf(londonDay(at(values[index], 'Time'))))} 07:00`,
            eventDate: eventDate === '' ? '' : inWords(isoOf(londonDay(eventDate))),
          },
        };
      });
    };
    const session = setUp(authorities(6, dayOf('2026-03-10'), -1).rows, day);
    runDay(session, day);
    const first = shown(session);
    expect(first.length).toBeGreaterThan(1);
    expect(first).toEqual(first.map(({ holds }) => ({ ...holds, holds })));
    expect(first.map(({ time }) => time)).toContain('9 Jan 2027 07:00');
    // A day of one digit shows as one: 4 Jan 2027, never 04 Jan.
    expect(first.map(({ eventDate }) => eventDate)).toContain('4 Jan 2027');
    // Someone deletes the log: the next run starts a new one, its dates shown the same way.
    session.emulator.spreadsheet.deleteSheet(session.emulator.sheet('Reminder log'));
    runDay(session, day + 1);
    const anew = shown(session);
    expect(anew.length).toBeGreaterThan(0);
    expect(anew).toEqual(anew.map(({ holds }) => ({ ...holds, holds })));
    expect(anew.map(({ time }) => time)).toContain('10 Jan 2027 07:00');
  });

  test('a column added to the Reminder log, or its columns moved, sends nothing twice', () => {
    const session = setUp(authorities(6, dayOf('2026-03-10'), -1).rows, day);
    const log = session.emulator.sheet('Reminder log');
    log.insertColumnsBefore(1, 1);
    log.getRange(1, 1).setValue('My notes');
    runDay(session, day);
    const once = session.emulator.mail.length;
    expect(once).toBeGreaterThan(0);
    runDay(session, day);
    expect(session.emulator.mail).toHaveLength(once);
    expect(session.emulator.values('Reminder log')[1]?.[0]).toBe('');
  });

  test('a mistyped send mode sends nothing until it is fixed, and says so', () => {
    const session = setUp(authorities(3, dayOf('2026-03-10'), -1).rows, day, {
      'Send mode': 'Pause',
    });
    runDay(session, day);
    expect(session.emulator.mail).toHaveLength(0);
    session.emulator.setUiAvailable(true);
    session.run('checkForProblems');
    expect(session.emulator.ui.dialogs.at(-1)?.html).toContain(
      'Send mode: expected Live, Test or Paused, found &#39;Pause&#39;; nothing is sent until it is fixed.',
    );
  });

  test('Test mode when the script cannot see who runs it sends nothing', () => {
    const session = setUp(authorities(3, dayOf('2026-03-10'), -1).rows, day, {
      'Send mode': 'Test',
    });
    session.emulator.setActiveUserEmail('');
    session.emulator.setEffectiveUserEmail('');
    runDay(session, day);
    expect(session.emulator.mail).toHaveLength(0);
    expect(
      String(
        session.emulator
          .values('Settings')
          .find((row) => row[0] === 'Daily reminders last ran')?.[1],
      ),
    ).toContain('cannot see who runs it');
  });

  test("turned off by someone else, the owner's trigger removes itself when it fires and sends nothing", () => {
    const session = setUp(authorities(3, dayOf('2026-03-10'), -1).rows, day);
    session.emulator.setUiAvailable(true);
    session.run('turnOnDailyReminders');
    session.emulator.setActiveUserEmail('colleague@example.com');
    session.run('turnOnDailyReminders');
    expect(session.emulator.ui.toasts.at(-1)?.message).toContain(
      'already on: user@example.com turned them on',
    );
    session.run('turnOffDailyReminders');
    expect(session.emulator.ui.toasts.at(-1)?.message).toContain(
      'The trigger user@example.com made removes itself',
    );
    session.emulator.setActiveUserEmail('user@example.com');
    session.emulator.setUiAvailable(false);
    runDay(session, day);
    expect(session.emulator.mail).toHaveLength(0);
    expect(session.emulator.triggers).toHaveLength(0);
  });

  test('when a later message of a split reminder fails, it is logged sent with why, and not sent again', () => {
    const { rows } = authorities(1, dayOf('2026-03-10'), -1);
    const cc = Array.from({ length: 60 }, (_, index) => `cc${index}@example.org`).join(', ');
    (rows[1] as string[])[rows[0]!.indexOf('Other recipients')] = cc;
    const session = setUp(rows, day);
    session.emulator.failOn('MailApp.sendEmail', 2, 'Mail service error');
    runDay(session, day);
    const meeting = logRows(session).find((row) => row.kind === 'Engagement meeting');
    expect(meeting?.outcome).toBe('Sent');
    expect(meeting?.detail).toContain('Message 2 of 2');
    expect(meeting?.detail).toContain('Mail service error');
    const mails = session.emulator.mail.length;
    runDay(session, day + 1);
    expect(
      session.emulator.mail.filter((mail) => mail.subject.includes('annual engagement meeting')),
    ).toHaveLength(1);
    expect(session.emulator.mail.length).toBeGreaterThanOrEqual(mails);
  });
});
