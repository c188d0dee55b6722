/**
 * Calendar files on dated reminders, through build/Code.js (issue 12): each engagement meeting and
 * self-evaluation reminder carries an .ics that a maintained iCalendar library (ical.js) reads,
 * with a UID that stays when the meeting moves and a SEQUENCE that rises.
 */
import ICAL from 'ical.js';
import { openSheet, type Session } from './support';

const HEADER = [
  'Authority',
  'Last inspection',
  'Last inspection end',
  'Overall effectiveness',
  'Last engagement meeting',
  'Planned engagement meeting',
  'DCS email',
];

function tracker(): Session {
  const session = openSheet({
    timeZone: 'Europe/London',
    now: new Date('2027-01-09T07:00:00Z'),
    mailQuota: 1000,
    // The meeting falls due on 2027-03-10: its 60-day lead is reached on 2027-01-09.
    sheets: {
      Tracker: [
        HEADER,
        ['Kent', '2024-06-10', '2024-06-14', 'good', '2026-03-10', '', 'dcs@kent.example.org'],
      ],
    },
  });
  session.run('setUpTracker');
  const settings = session.emulator.sheet('Settings');
  const names = session.emulator.values('Settings').map((row) => row[0]);
  settings.getRange(names.indexOf('Send mode') + 1, 2).setValue('Live');
  session.emulator.setUiAvailable(false);
  return session;
}

function runOn(session: Session, iso: string): void {
  session.emulator.setNow(new Date(`${iso}T07:00:00Z`));
  session.fireDailyTrigger();
}

function meetingEvents(session: Session) {
  return session.emulator.mail
    .filter((mail) => /engagement meeting/.test(mail.subject))
    .map((mail) => {
      expect(mail.attachments).toHaveLength(1);
      const [attachment] = mail.attachments;
      expect(attachment?.contentType).toBe('text/calendar');
      expect(attachment?.name).toBe('engagement-meeting.ics');
      const calendar = new ICAL.Component(ICAL.parse(attachment!.content));
      expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
      const vevent = calendar.getFirstSubcomponent('vevent')!;
      return { event: new ICAL.Event(vevent), vevent };
    });
}

test('a meeting reminder carries the meeting as an all-day event, stamped by the run', () => {
  const session = tracker();
  runOn(session, '2027-01-09');
  const [first] = meetingEvents(session);
  expect(first?.event.startDate.toString()).toBe('2027-03-10');
  expect(first?.event.startDate.isDate).toBe(true);
  expect(first?.event.summary).toBe('Kent: annual engagement meeting with Ofsted');
  expect(String(first?.vevent.getFirstPropertyValue('dtstamp'))).toBe('2027-01-09T07:00:00Z');
});

test('the same UID across runs; a moved meeting updates it, with a higher SEQUENCE', () => {
  const session = tracker();
  runOn(session, '2027-01-09');
  // The meeting moves a fortnight later: its own leads start again, the calendar entry is the same.
  const header = session.emulator.values('Tracker')[0] ?? [];
  session.emulator
    .sheet('Tracker')
    .getRange(2, header.indexOf('Planned engagement meeting') + 1)
    .setValue('2027-03-24');
  runOn(session, '2027-01-23');
  const [first, moved] = meetingEvents(session);
  expect(moved?.event.startDate.toString()).toBe('2027-03-24');
  expect(moved?.event.uid).toBe(first?.event.uid);
  expect(Number(moved?.vevent.getFirstPropertyValue('sequence'))).toBeGreaterThan(
    Number(first?.vevent.getFirstPropertyValue('sequence')),
  );
});

test("coordinators' reminders carry no calendar file", () => {
  const session = tracker();
  runOn(session, '2027-01-09');
  for (const mail of session.emulator.mail.filter(
    (each) => !/engagement meeting|self-evaluation/i.test(each.subject),
  ))
    expect(mail.attachments).toEqual([]);
});

test("the coordinators' digest links to the Sheet, in sections, with UK dates", () => {
  const session = tracker();
  const settings = session.emulator.sheet('Settings');
  const names = session.emulator.values('Settings').map((row) => row[0]);
  settings.getRange(names.indexOf('Coordinator emails') + 1, 2).setValue('coord@example.org');
  runOn(session, '2027-01-11');
  const digest = session.emulator.mail.find((mail) =>
    mail.subject.startsWith('ILACS tracker: the next'),
  );
  expect(digest?.to).toEqual(['coord@example.org']);
  expect(digest?.body).toContain(`The tracker: ${session.emulator.spreadsheet.getUrl()}`);
  expect(digest?.body).toContain(
    'Overdue\nNothing.\n\nIn the next 90 days\n10 Feb 2027  Kent: Self-evaluation due\n10 Mar 2027  Kent: Annual engagement meeting',
  );
  expect(digest?.subject).toBe('ILACS tracker: the next 90 days, as of Monday 11 January 2027');
});
