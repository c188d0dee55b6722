import { civil } from '../../../src/domain/rules/civil-date';
import { digestLines } from '../../../src/domain/reminders/digest';
import { authorityLetter } from '../../../src/domain/reminders/email';
import { EMAIL_BYTE_LIMIT, emailBytes } from '../../../src/domain/reminders/email-size';
import { Ledger } from '../../../src/domain/reminders/ledger';
import {
  type LetterContext,
  letterEmail,
  letterEmails,
  lettersWithinSize,
} from '../../../src/domain/reminders/letter-email';
import type { Letter } from '../../../src/domain/reminders/letters';
import { type PlannedReminder, planReminders } from '../../../src/domain/reminders/plan';
import { DEFAULT_TRACKER_SETTINGS } from '../../../src/domain/reminders/settings';
import { computeTracker } from '../../../src/domain/tracker/compute-tracker';

const today = civil('2027-01-09');
const noDates = () => {
  throw new Error('no date cells');
};
const COORDINATORS = 'coordinators@example.org';

/** `count` authorities (named at `nameLength` characters), each with a meeting 60 days on. */
function tracker(count: number, nameLength = 5) {
  const header = [
    'Authority',
    'Last inspection',
    'Overall',
    'Last engagement meeting',
    'DCS email',
  ];
  const rows = Array.from({ length: count }, (_, index) => [
    `Authority ${index}`.padEnd(nameLength, 'x'),
    '2024-06-10',
    'good',
    '2026-03-10',
    `dcs${index}@example.org`,
  ]);
  return computeTracker([header, ...rows], today, DEFAULT_TRACKER_SETTINGS, noDates).results;
}

function contextOf(rows: LetterContext['rows'], extra: Partial<LetterContext> = {}): LetterContext {
  return { settings: DEFAULT_TRACKER_SETTINGS, today, rows, ...extra };
}

const planFor = (rows: LetterContext['rows']) =>
  planReminders({ today, rows, settings: DEFAULT_TRACKER_SETTINGS, log: [], sent: new Ledger() });

const digest: PlannedReminder = {
  key: '|Weekly digest|2027-01-09|week',
  kind: 'Weekly digest',
  authority: '',
  eventDate: today,
  lead: 'week',
  recipients: { to: [COORDINATORS], cc: [] },
  retry: false,
};

const letterOf = (reminders: readonly PlannedReminder[], to = ['dcs0@example.org']): Letter => ({
  to,
  cc: [],
  reminders,
});

describe('letterEmail', () => {
  test("one authority's own reminders read as its letter, from the templates", () => {
    const rows = tracker(1);
    const reminders = planFor(rows).filter((each) => each.authority !== '');
    expect(reminders.length).toBeGreaterThan(0);
    const email = letterEmail(contextOf(rows), letterOf(reminders));
    expect(email).toEqual(
      authorityLetter(reminders, DEFAULT_TRACKER_SETTINGS.templates, today, 'ILACS tracker'),
    );
  });

  test("the coordinators' day is the summary, with the digest as of the day; Test mode says so", () => {
    const rows = tracker(3);
    const letter = letterOf([digest], [COORDINATORS]);
    const email = letterEmail(contextOf(rows, { sheetUrl: 'https://example.org/sheet' }), letter);
    expect(email.subject).toMatch(/^ILACS tracker: /);
    expect(email.text).toContain('https://example.org/sheet');
    for (const line of digestLines(rows, today)) expect(email.text).toContain(line.authority);
    const test = letterEmail(
      contextOf(rows, { sheetUrl: 'https://example.org/sheet', testTo: 'me@example.org' }),
      letter,
    );
    expect(test.subject).toBe(`[TEST] ${email.subject}`);
    expect(test.text).toBe(`(Test: this would go to ${COORDINATORS})\n\n${email.text}`);
  });
});

describe('to size', () => {
  test('a weekly digest too large for one email goes in parts, every line in one of them', () => {
    const rows = tracker(60, 2_000);
    const context = contextOf(rows);
    const letter = letterOf([digest], [COORDINATORS]);
    expect(emailBytes(letterEmail(context, letter))).toBeGreaterThan(EMAIL_BYTE_LIMIT);
    const emails = letterEmails(context, letter);
    expect(emails.length).toBeGreaterThan(1);
    emails.forEach((email, index) => {
      expect(email.subject).toMatch(new RegExp(` \\(part ${index + 1} of ${emails.length}\\)$`));
      expect(emailBytes(email)).toBeLessThanOrEqual(EMAIL_BYTE_LIMIT);
    });
    const lines = digestLines(rows, today);
    expect(lines.length).toBeGreaterThan(rows.length);
    for (const line of lines) {
      const words = `${line.authority}: ${line.what}`;
      expect(emails.filter((email) => email.text.includes(words))).toHaveLength(1);
    }
  });

  test('a letter that fits is one email, one letter', () => {
    const rows = tracker(2);
    const letter = letterOf([digest], [COORDINATORS]);
    expect(letterEmails(contextOf(rows), letter)).toHaveLength(1);
    expect(lettersWithinSize(contextOf(rows), letter)).toEqual([letter]);
  });

  test('reminders too many for one email go as whole letters to the same people, each once', () => {
    const rows = tracker(60, 3_000);
    const reminders = planFor(rows).filter((each) => each.authority !== '');
    const letter = letterOf(reminders, [COORDINATORS]);
    const context = contextOf(rows);
    const parts = lettersWithinSize(context, letter);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap((part) => part.reminders)).toEqual(reminders);
    for (const part of parts) {
      expect(part.to).toEqual(letter.to);
      expect(emailBytes(letterEmail(context, part))).toBeLessThanOrEqual(EMAIL_BYTE_LIMIT);
    }
  });
});
