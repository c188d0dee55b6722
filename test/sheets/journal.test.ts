import { civil } from '../../src/domain/rules/civil-date';
import { reminderKey } from '../../src/domain/reminders/log';
import {
  JOURNAL_BUDGET_BYTES,
  journalProperty,
  propertyBytes,
  readJournal,
  reminderOfKey,
} from '../../src/sheets/journal';

test('a journal entry reads back, and its key gives the reminder back', () => {
  const key = reminderKey(
    'Bristol, City of | test',
    'Self-evaluation overdue',
    civil('2027-02-10'),
    'overdue 2',
  );
  const [name, value] = journalProperty({
    key,
    outcome: 'Sent',
    time: '2027-02-11T07:00:01.000Z',
    recipients: 'a@example.org',
  });
  expect(readJournal({ [name]: value, other: 'x' })).toEqual([
    { key, outcome: 'Sent', time: '2027-02-11T07:00:01.000Z', recipients: 'a@example.org' },
  ]);
  expect(reminderOfKey(key)).toMatchObject({
    authority: 'bristol, city of | test',
    kind: 'Self-evaluation overdue',
    eventDate: civil('2027-02-10'),
    lead: 'overdue 2',
  });
  expect(reminderOfKey('not|a|key')).toBeUndefined();
});

test('entries are small enough for a day of the largest mail quota inside the budget', () => {
  const key = reminderKey(
    'Kingston upon Hull, City of',
    'Engagement meeting overdue',
    civil('2027-02-10'),
    'overdue 3',
  );
  const recipients = Array.from(
    { length: 50 },
    (_, index) => `someone${index}@children.example.org`,
  ).join(', ');
  const bytes = propertyBytes(
    journalProperty({ key, outcome: 'Sent', time: new Date(0).toISOString(), recipients }),
  );
  expect(bytes * 1500).toBeLessThan(500_000);
  expect(JOURNAL_BUDGET_BYTES).toBeLessThan(500_000);
});
