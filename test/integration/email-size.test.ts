/**
 * Gmail's limits through build/Code.js: no email over 200 KB or 50 recipients, whatever the Tracker
 * holds. Reminders for the same people are split into whole letters, none lost; a weekly digest too
 * large for one email goes in parts; a size refusal is not retried as if it could pass.
 */
import { BODY_TOO_LARGE, type SentMail } from '../../emulator';
import { exampleTracker, openSheet, type Session } from './support';

const LONDON = 'Europe/London';
const GMAIL_BODY_LIMIT = 200 * 1024;
const REGIONAL_INBOX = 'dcs-inbox@region.example.org';
const COORDINATOR = 'coordinator@example.org';
const EXTRA = ['Last engagement meeting', 'DCS name', 'DCS email'];

const bodyBytes = (mail: SentMail) =>
  Buffer.byteLength(mail.body) + Buffer.byteLength(mail.htmlBody ?? '');

/** `count` authorities, all last met on `lastMeeting`, their DCS emails all one inbox. */
function tracker(
  count: number,
  lastMeeting: (index: number) => string,
  dcsEmail = REGIONAL_INBOX,
): string[][] {
  const example = exampleTracker();
  const header = [...(example[0] ?? []), ...EXTRA];
  const rows = Array.from({ length: count }, (_, index) => {
    const base = [...(example[(index % 153) + 1] ?? [])];
    base[0] = `Authority ${String(index).padStart(4, '0')}`;
    base[1] = '';
    return [...base, lastMeeting(index), `DCS ${index}`, dcsEmail];
  });
  return [header, ...rows];
}

function liveSheet(rows: string[][], now: string, coordinators = COORDINATOR): Session {
  const session = openSheet({
    timeZone: LONDON,
    now: new Date(now),
    mailQuota: 100_000,
    sheets: { Tracker: rows },
  });
  session.run('setUpTracker');
  const sheet = session.emulator.sheet('Settings');
  const names = session.emulator.values('Settings').map((row) => row[0]);
  for (const [name, value] of Object.entries({
    'Coordinator emails': coordinators,
    'Send mode': 'Live',
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

test('1,200 authorities whose DCS is one regional inbox: several whole letters within 200 KB, each meeting in exactly one', () => {
  // Met on 31 December 2025: the next meeting is 31 December 2026, 30 days after 1 December.
  const session = liveSheet(
    tracker(1200, () => '2025-12-31'),
    '2026-12-01T07:00:00Z',
  );
  session.fireDailyTrigger();
  // So many emails pass the run's time budget: follow-up runs send the rest the same morning.
  for (
    let round = 0;
    round < 5 && session.emulator.triggers.some((each) => each.dueAt);
    round += 1
  ) {
    session.emulator.advance(5 * 60 * 1000);
    session.emulator.runDueTriggers(session.context);
  }
  const toInbox = session.emulator.mail.filter((mail) => mail.to.includes(REGIONAL_INBOX));
  expect(toInbox.length).toBeGreaterThan(1);
  for (const mail of toInbox) {
    expect(bodyBytes(mail)).toBeLessThanOrEqual(GMAIL_BODY_LIMIT);
    // Each part is a whole letter: greeting and sign-off.
    expect(mail.body).toMatch(/^Dear /);
    expect(mail.body.trimEnd()).toMatch(/ILACS tracker$/);
  }
  for (let index = 0; index < 1200; index += 1) {
    const name = `Authority ${String(index).padStart(4, '0')}:`;
    expect({ name, in: toInbox.filter((mail) => mail.body.includes(name)).length }).toEqual({
      name,
      in: 1,
    });
  }
  const meetings = logRows(session).filter((row) => row.kind === 'Engagement meeting');
  expect(meetings).toHaveLength(1200);
  expect(meetings.every((row) => row.outcome === 'Sent')).toBe(true);
});

test('a weekly digest too large for one email goes in parts, each a whole letter, every line once', () => {
  // Monday 7 December 2026: the digest's day. 1,200 meetings in the next 90 days, no DCS emails.
  const session = liveSheet(
    tracker(1200, (index) => `2025-12-${String(8 + (index % 20)).padStart(2, '0')}`, ''),
    '2026-12-07T07:00:00Z',
  );
  session.fireDailyTrigger();
  const digests = session.emulator.mail.filter(
    (mail) => mail.to.includes(COORDINATOR) && /the next 90 days/.test(mail.subject),
  );
  expect(digests.length).toBeGreaterThan(1);
  digests.forEach((mail, index) => {
    expect(bodyBytes(mail)).toBeLessThanOrEqual(GMAIL_BODY_LIMIT);
    expect(mail.subject).toContain(`(part ${index + 1} of ${digests.length})`);
  });
  const everyPart = digests.map((mail) => mail.body).join('\n');
  for (let index = 0; index < 1200; index += 1) {
    expect(everyPart).toContain(`Authority ${String(index).padStart(4, '0')}`);
  }
  const digestLog = logRows(session).filter((row) => row.kind === 'Weekly digest');
  expect(digestLog).toEqual([expect.objectContaining({ outcome: 'Sent' })]);
});

test('Gmail refusing an email as too large: several reminders go again in halves; one alone is logged Failed once and not retried', () => {
  // No coordinators: the DCS's email is the only one sent.
  const session = liveSheet(
    tracker(2, () => '2025-12-31'),
    '2026-12-01T07:00:00Z',
    '',
  );
  // The first send (both meetings in one letter) is refused; the halves go.
  session.emulator.failOn('MailApp.sendEmail', 1, BODY_TOO_LARGE);
  session.fireDailyTrigger();
  const toInbox = () => session.emulator.mail.filter((mail) => mail.to.includes(REGIONAL_INBOX));
  expect(toInbox()).toHaveLength(2);
  expect(
    logRows(session)
      .filter((row) => row.kind === 'Engagement meeting')
      .map((row) => row.outcome),
  ).toEqual(['Sent', 'Sent']);

  const alone = liveSheet(
    tracker(1, () => '2026-01-30'),
    '2026-12-01T07:00:00Z',
    '',
  );
  alone.emulator.failOn('MailApp.sendEmail', 1, BODY_TOO_LARGE);
  alone.fireDailyTrigger();
  const failed = logRows(alone).filter((row) => row.kind === 'Engagement meeting');
  expect(failed).toEqual([expect.objectContaining({ outcome: 'Failed' })]);
  expect(failed[0]?.detail).toContain('Limit Exceeded: Email Body Size.');
  expect(failed[0]?.detail).toContain('not tried again');
  alone.emulator.setNow(new Date('2026-12-02T07:00:00Z'));
  alone.fireDailyTrigger();
  expect(logRows(alone).filter((row) => row.kind === 'Engagement meeting')).toHaveLength(1);
});
