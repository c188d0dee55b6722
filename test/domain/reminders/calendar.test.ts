import ICAL from 'ical.js';
import { civil } from '../../../src/domain/rules/civil-date';
import {
  calendarFile,
  eventUid,
  foldLine,
  reminderCalendarAttachment,
  reminderCalendarEvent,
} from '../../../src/domain/reminders/calendar';
import { Ledger } from '../../../src/domain/reminders/ledger';
import { planReminders } from '../../../src/domain/reminders/plan';
import { DEFAULT_TRACKER_SETTINGS } from '../../../src/domain/reminders/settings';
import { computeTracker } from '../../../src/domain/tracker/compute-tracker';
import { utf8Bytes } from '../../../src/domain/text/utf8';

const event = {
  identity: 'kent|Engagement meeting|after 2025-12-10',
  date: civil('2026-12-10'),
  summary: 'Kent: annual engagement meeting with Ofsted',
  description:
    'The annual engagement meeting between Ofsted and Kent; the self-evaluation is due Thursday 12 November 2026.\nTo prepare: the self-evaluation, actions from earlier inspections, and the timing of the next meeting — the scope of a focused visit, too.',
  stamp: '20261201T070000Z',
  sequence: 2526,
};

/** Parsed by ical.js (Mozilla's maintained iCalendar library), not by this project. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

test('a standard library reads it: one all-day event on the date, published, in plain words', () => {
  const { calendar, vevent, event: parsed } = parse(calendarFile(event));
  expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(parsed.startDate.isDate).toBe(true);
  expect(parsed.startDate.toString()).toBe('2026-12-10');
  expect(parsed.endDate.toString()).toBe('2026-12-11');
  expect(parsed.summary).toBe(event.summary);
  expect(parsed.description).toBe(event.description);
  expect(parsed.uid).toBe(eventUid(event.identity));
  expect(vevent.getFirstPropertyValue('sequence')).toBe(2526);
  expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2026-12-01T07:00:00Z');
});

test('a moved meeting keeps its UID and its SEQUENCE rises', () => {
  const first = parse(calendarFile(event)).event;
  const moved = parse(
    calendarFile({ ...event, date: civil('2026-12-24'), sequence: event.sequence + 14 }),
  );
  expect(moved.event.uid).toBe(first.uid);
  expect(moved.vevent.getFirstPropertyValue('sequence')).toBeGreaterThan(event.sequence);
  expect(moved.event.startDate.toString()).toBe('2026-12-24');
  expect(eventUid('another|Engagement meeting|after 2025-12-10')).not.toBe(first.uid);
});

test('lines end CRLF, are folded at 75 octets, and never split a character', () => {
  const text = calendarFile({ ...event, description: 'é'.repeat(200) });
  expect(text.endsWith('\r\n')).toBe(true);
  for (const line of text.split('\r\n')) expect(utf8Bytes(line)).toBeLessThanOrEqual(75);
  expect(parse(text).event.description).toBe('é'.repeat(200));
  expect(foldLine('x'.repeat(80))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(5)}`);
});

test('commas, semicolons, backslashes and line breaks survive', () => {
  const summary = 'Bristol, City of; A\\B\nnext';
  expect(parse(calendarFile({ ...event, summary })).event.summary).toBe(summary);
});

test('a meeting or self-evaluation reminder carries its event as a file named for it; others none', () => {
  const today = civil('2027-01-09');
  const rows = computeTracker(
    [
      ['Authority', 'Last inspection', 'Overall', 'Last engagement meeting', 'DCS email'],
      ['Leeds', '2024-06-10', 'good', '2026-03-10', 'dcs@leeds.example.org'],
    ],
    today,
    DEFAULT_TRACKER_SETTINGS,
    () => {
      throw new Error('no date cells');
    },
  ).results;
  const plan = planReminders({
    today,
    rows,
    settings: DEFAULT_TRACKER_SETTINGS,
    log: [],
    sent: new Ledger(),
  });
  const stamp = '20270109T070000Z';
  const meeting = plan.find((each) => each.kind === 'Engagement meeting');
  expect(meeting).toBeDefined();
  expect(reminderCalendarAttachment(meeting!, today, stamp)).toEqual({
    name: 'engagement-meeting.ics',
    content: calendarFile(reminderCalendarEvent(meeting!, today, stamp)!),
  });
  const selfEvaluation = { ...meeting!, kind: 'Self-evaluation due' as const };
  expect(reminderCalendarAttachment(selfEvaluation, today, stamp)?.name).toBe(
    'self-evaluation.ics',
  );
  const chase = { ...meeting!, kind: 'Engagement meeting overdue' as const };
  expect(reminderCalendarAttachment(chase, today, stamp)).toBeUndefined();
});
