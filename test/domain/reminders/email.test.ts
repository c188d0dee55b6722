import { civil } from '../../../src/domain/rules/civil-date';
import { DEFAULT_TEMPLATES, unknownPlaceholders } from '../../../src/domain/reminders/templates';
import {
  MEETING_COVERS,
  SELF_EVALUATION_QUESTIONS,
  authorityLetter,
  combineEmails,
  composeEmail,
} from '../../../src/domain/reminders/email';
import { Ledger } from '../../../src/domain/reminders/ledger';
import { planReminders } from '../../../src/domain/reminders/plan';
import { computeTracker } from '../../../src/domain/tracker/compute-tracker';
import { DEFAULT_TRACKER_SETTINGS } from '../../../src/domain/reminders/settings';

const today = civil('2027-01-09');
const noDates = () => {
  throw new Error('no date cells');
};

function reminderFor(authority: string, dcsName: string, submitted = '') {
  const rows = computeTracker(
    [
      [
        'Authority',
        'Last inspection',
        'Last inspection end',
        'Overall',
        'Last engagement meeting',
        'DCS name',
        'DCS email',
        'Self-evaluation submitted',
      ],
      [
        authority,
        '2024-06-10',
        '2024-06-14',
        'good',
        '2026-03-10',
        dcsName,
        'dcs@example.org',
        submitted,
      ],
    ],
    today,
    DEFAULT_TRACKER_SETTINGS,
    noDates,
  ).results;
  const [reminder] = planReminders({
    today,
    rows,
    settings: DEFAULT_TRACKER_SETTINGS,
    log: [],
    sent: new Ledger(),
  });
  if (!reminder) throw new Error('no reminder');
  return reminder;
}

describe('composeEmail', () => {
  test('fills the template with the row in UK dates and words, and lists what to prepare (R5b, R5c) before the sign-off, with no rule ids', () => {
    const email = composeEmail(
      reminderFor('Leeds', 'Ann Smith'),
      DEFAULT_TEMPLATES['Engagement meeting'],
      today,
      'ILACS tracker',
    );
    expect(email.subject).toBe(
      'Leeds: annual engagement meeting with Ofsted on Wednesday 10 March 2027',
    );
    expect(email.text).toContain('Dear Ann Smith,');
    expect(email.text).toContain(
      'is on Wednesday 10 March 2027, in 60 days. The self-evaluation is due Wednesday 10 February 2027.',
    );
    expect(email.text).not.toMatch(/\(R\d/);
    expect(email.html).not.toMatch(/\(R\d/);
    // What to prepare comes before "With best wishes", the letter's last words.
    expect(email.text.indexOf('How do you know it?')).toBeLessThan(
      email.text.indexOf('With best wishes'),
    );
    expect(email.text.trim().endsWith('ILACS tracker')).toBe(true);
    expect(email.html.indexOf('How do you know it?')).toBeLessThan(
      email.html.indexOf('With best wishes'),
    );
    for (const line of [...MEETING_COVERS, ...SELF_EVALUATION_QUESTIONS]) {
      expect(email.text).toContain(`- ${line}`);
    }
    expect(email.html).toContain('<li>How do you know it?</li>');
    expect(email.html).toContain('<p>Dear Ann Smith,</p>');
  });

  test('a submitted self-evaluation is said as submitted, with its date', () => {
    const email = composeEmail(
      reminderFor('Leeds', 'Ann Smith', '2027-01-05'),
      DEFAULT_TEMPLATES['Engagement meeting'],
      today,
      'ILACS tracker',
    );
    expect(email.text).toContain('The self-evaluation was submitted on Tuesday 5 January 2027.');
    expect(email.text).not.toContain('is due');
  });

  test('a small table of key dates, in both parts, in a letter styled inline for any mail client', () => {
    const email = composeEmail(
      reminderFor('Leeds', 'Ann Smith'),
      DEFAULT_TEMPLATES['Engagement meeting'],
      today,
      'ILACS tracker',
    );
    expect(email.text).toContain(
      'Key dates:\n- Annual engagement meeting: Wednesday 10 March 2027\n- Self-evaluation: due Wednesday 10 February 2027',
    );
    expect(email.html).toMatch(/^<div style="font-family:Arial[^"]*max-width:640px">/);
    expect(email.html).toContain('Wednesday 10 March 2027</td>');
    expect(email.html).not.toMatch(/<style|<link|<img|<script|class=/);
  });

  test('sheet values are escaped in HTML and never expanded as placeholders', () => {
    const email = composeEmail(
      reminderFor('<script>alert(1)</script>', '{{Authority}} & co'),
      DEFAULT_TEMPLATES['Engagement meeting'],
      today,
      'ILACS tracker',
    );
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.html).toContain('Dear {{Authority}} &amp; co,');
    expect(email.text).toContain('Dear {{Authority}} & co,');
  });

  test('unknown placeholders are found, any case and spacing of known ones accepted', () => {
    expect(
      unknownPlaceholders('{{Authority}} {{ dcs NAME }} {{Athority}} {{Days to go}} {{x}}'),
    ).toEqual(['Athority', 'x']);
    for (const template of Object.values(DEFAULT_TEMPLATES)) {
      expect(unknownPlaceholders(template.subject + template.body)).toEqual([]);
    }
  });
});

describe('the weekly digest', () => {
  const digestReminder = {
    key: '|Weekly digest|2027-01-04|week',
    kind: 'Weekly digest' as const,
    authority: '',
    eventDate: civil('2027-01-04'),
    lead: 'week',
    recipients: { to: ['coord@example.org'], cc: [] },
    retry: false,
  };
  const lines = [
    {
      date: civil('2026-11-03'),
      authority: 'York',
      what: 'Self-evaluation overdue',
      overdue: true as const,
    },
    { date: civil('2027-01-20'), authority: 'Leeds <&>', what: 'Annual engagement meeting' },
    { date: civil('2027-02-10'), authority: 'Kent', what: 'Self-evaluation due' },
  ];
  const email = composeEmail(
    digestReminder,
    DEFAULT_TEMPLATES['Weekly digest'],
    civil('2027-01-04'),
    'ILACS tracker',
    lines,
  );

  test('sections in order, overdue first, each line with a UK date', () => {
    expect(email.text).toContain(
      'Overdue\n3 Nov 2026  York: Self-evaluation overdue\n\nIn the next 90 days\n20 Jan 2027  Leeds <&>: Annual engagement meeting\n10 Feb 2027  Kent: Self-evaluation due',
    );
  });

  test('tables with headings, inline styles only, no external resources, values escaped', () => {
    expect(email.html.match(/<table/g)).toHaveLength(2);
    expect(email.html).toContain('<th style=');
    expect(email.html).toContain('Leeds &lt;&amp;&gt;');
    expect(email.html).not.toMatch(/<style|<link|<img|<script|src=|href=/);
    expect(email.html.indexOf('York')).toBeLessThan(email.html.indexOf('Kent'));
  });
});

describe('combineEmails: one letter for the same people on the same day', () => {
  const meeting = composeEmail(
    reminderFor('Leeds', 'Ann Smith'),
    DEFAULT_TEMPLATES['Engagement meeting'],
    today,
    'ILACS tracker',
  );
  const overdue = composeEmail(
    reminderFor('Leeds', 'Ann Smith'),
    DEFAULT_TEMPLATES['Self-evaluation overdue'],
    today,
    'ILACS tracker',
  );
  const both = combineEmails([meeting, overdue]);

  test('the authority named once in the subject; the greeting, what to prepare and the sign-off once', () => {
    expect(both.subject).toMatch(
      /^Leeds: annual engagement meeting with Ofsted on .*; self-evaluation overdue since /,
    );
    for (const once of ['Dear Ann Smith,', 'How do you know it?', 'With best wishes,']) {
      expect(both.text.split(once)).toHaveLength(2);
      expect(both.html.split(once)).toHaveLength(2);
    }
    expect(both.text.trim().endsWith('ILACS tracker')).toBe(true);
    expect(both.html.trim().endsWith('</div>')).toBe(true);
    expect(both.text).toContain('The annual engagement meeting between Ofsted and Leeds');
    expect(both.text).toContain('The self-evaluation for Leeds was due');
  });

  test('one email is itself', () => {
    expect(combineEmails([meeting])).toBe(meeting);
  });
});

describe("authorityLetter: one authority's reminders of the day", () => {
  const meeting = reminderFor('Leeds', 'Ann Smith');
  const chase = { ...meeting, kind: 'Self-evaluation overdue' as const };
  const letter = (reminders: (typeof meeting)[]) =>
    authorityLetter(reminders, DEFAULT_TEMPLATES, today, 'ILACS tracker');

  test("beside the self-evaluation's own reminder, the meeting paragraph leaves it to that one: said once", () => {
    const { text, html } = letter([meeting, chase]);
    expect(text).toContain('The self-evaluation is covered below.');
    expect(html).toContain('The self-evaluation is covered below.');
    expect(text).not.toMatch(/The self-evaluation (was due|is due|is not recorded)/);
    expect(text.split('The self-evaluation for Leeds was due')).toHaveLength(2);
  });

  test('alone, the meeting paragraph says where the self-evaluation stands', () => {
    const { text } = letter([meeting]);
    expect(text).not.toContain('covered below');
    expect(text).toMatch(/The self-evaluation (is due|was due|was submitted|is not)/);
  });
});

test("the coordinators' day of many authorities: a short subject naming the first and how many more", () => {
  const email = (authority: string) =>
    composeEmail(
      reminderFor(authority, 'Ann'),
      DEFAULT_TEMPLATES['Engagement meeting'],
      today,
      'ILACS tracker',
    );
  expect(combineEmails([email('Leeds'), email('York'), email('Kent')]).subject).toBe(
    'Leeds: annual engagement meeting with Ofsted on Wednesday 10 March 2027, and 2 more reminders',
  );
});
