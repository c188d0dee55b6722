/**
 * A coordinator's morning, read with a MIME parser the project did not write (mailparser): the
 * example tracker on Tuesday 1 December 2026, every .eml that `npm start` wrote.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser';
import { scratch, start } from './support';

const TODAY = 'Tuesday 1 December 2026';
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

let mails: ParsedMail[] = [];

beforeAll(async () => {
  const out = scratch();
  const result = await start('--out', out, '--today', '2026-12-01');
  expect(result.status).toBe(0);
  const outbox = path.join(out, 'outbox', '2026-12-01');
  mails = await Promise.all(
    readdirSync(outbox)
      .filter((name) => name.endsWith('.eml'))
      .map((name) => simpleParser(readFileSync(path.join(outbox, name)))),
  );
  expect(mails.length).toBeGreaterThan(2);
}, 120_000);

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((object) =>
    object.value.map((entry) => (entry.address ?? '').toLowerCase()),
  );
const everyone = (mail: ParsedMail) => [...addresses(mail.to), ...addresses(mail.cc)];

test('one email a person a day, whatever the To and Cc', () => {
  const perPerson = new Map<string, number>();
  for (const mail of mails)
    for (const address of everyone(mail)) perPerson.set(address, (perPerson.get(address) ?? 0) + 1);
  expect([...perPerson].filter(([, count]) => count > 1)).toEqual([]);
});

test('a DCS with a meeting and a self-evaluation due gets both in one letter, said once; the coordinators are not copied on it', () => {
  const both = mails.filter((mail) =>
    /annual engagement meeting with Ofsted on .*; self-evaluation/.test(mail.subject ?? ''),
  );
  expect(both.length).toBeGreaterThan(0);
  for (const letter of both) {
    const text = letter.text ?? '';
    expect(everyone(letter)).not.toContain('coordinators@example.org');
    expect(addresses(letter.to)).toEqual([expect.stringMatching(/^dcs@/)]);
    expect(text).toContain('The self-evaluation is covered below.');
    expect(text.match(/The self-evaluation (of social work practice )?for /g)).toHaveLength(1);
  }
});

test('the coordinators get one letter that says what it is, grouped by kind, the digest as its own section, the link at most once', () => {
  const theirs = mails.filter((mail) => everyone(mail).includes('coordinators@example.org'));
  expect(theirs).toHaveLength(1);
  const [letter] = theirs;
  expect(letter?.subject).toMatch(
    new RegExp(
      `^ILACS tracker: \\d+ reminders? for \\d+ authorit(y|ies)( and the weekly digest)?, ${TODAY}$`,
    ),
  );
  const text = letter?.text ?? '';
  expect(text).toMatch(/^Dear colleagues,/);
  expect(text).toMatch(
    /\n(Engagement meetings|Self-evaluations|Full inspections)[^\n]*\(\d+\)\n- /,
  );
  if (/weekly digest/.test(letter?.subject ?? '')) {
    expect(text).toContain(`The weekly digest: the next 90 days, as of ${TODAY}`);
  }
  expect(text.split('The tracker: ').length - 1).toBeLessThanOrEqual(1);
});

test('a date that has passed is never written as due: words follow the date', () => {
  const today = Date.UTC(2026, 11, 1);
  const dueDates = new RegExp(
    `(?<!was |overdue since |were |was )\\bdue (?:on )?(?:\\w+day )?(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})`,
    'g',
  );
  for (const mail of mails) {
    for (const text of [mail.text ?? '', mail.subject ?? '']) {
      for (const match of text.matchAll(dueDates)) {
        const date = Date.UTC(Number(match[3]), MONTHS.indexOf(match[2]!), Number(match[1]));
        expect({ subject: mail.subject, said: match[0], past: date < today }).toEqual({
          subject: mail.subject,
          said: match[0],
          past: false,
        });
      }
    }
  }
});
