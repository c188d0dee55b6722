import { civil } from '../../../src/domain/rules/civil-date';
import { lettersFor } from '../../../src/domain/reminders/letters';
import type { PlannedReminder } from '../../../src/domain/reminders/plan';

function reminder(key: string, to: readonly string[], cc: readonly string[] = []): PlannedReminder {
  return {
    key,
    kind: 'Engagement meeting',
    authority: key.split('|')[0] ?? '',
    eventDate: civil('2026-12-16'),
    lead: '30',
    recipients: { to, cc },
    retry: false,
  };
}

const DCS = 'dcs@salford.example.org';
const PA = 'pa@salford.example.org';
const COORDINATORS = 'coordinators@example.org';

test("one letter a person a day: the DCS's meeting and chase together, the coordinators' chase copy in their own letter", () => {
  const meeting = reminder('Salford|meeting', [DCS], [PA]);
  const chase = reminder('Salford|chase', [DCS], [PA, COORDINATORS]);
  const digest = reminder('|digest', [COORDINATORS]);
  const letters = lettersFor([meeting, chase, digest]);
  expect(
    letters.map((letter) => [letter.to, letter.cc, letter.reminders.map((each) => each.key)]),
  ).toEqual([
    [[DCS], [PA], ['Salford|meeting', 'Salford|chase']],
    [[COORDINATORS], [], ['Salford|chase', '|digest']],
  ]);
});

test('addresses match whatever their case; each reminder reaches every one of its people once', () => {
  const first = reminder('Kent|meeting', ['DCS@Kent.example.org']);
  const second = reminder('Kent|self-evaluation', ['dcs@kent.example.org']);
  const letters = lettersFor([first, second]);
  expect(letters).toHaveLength(1);
  expect(letters[0]?.to).toEqual(['DCS@Kent.example.org']);
  expect(letters[0]?.reminders).toEqual([first, second]);
});

test('people copied on everything they get still have someone To', () => {
  const copiedOnly = reminder('Leeds|chase', [DCS], [COORDINATORS]);
  const letters = lettersFor([copiedOnly]);
  expect(letters).toHaveLength(1);
  const [letter] = letters;
  expect(letter?.to).toEqual([DCS]);
  expect(letter?.cc).toEqual([COORDINATORS]);
  const alone = lettersFor([
    reminder('Leeds|chase', [DCS], [COORDINATORS]),
    reminder('x|digest', [DCS]),
  ]);
  expect(alone.find((each) => each.to.includes(COORDINATORS))).toMatchObject({
    to: [COORDINATORS],
    cc: [],
  });
});
