import { addDays, civil, formatIso } from '../../../src/domain/rules/civil-date';
import {
  LONG_LIVED_DAYS,
  Ledger,
  cyrb53,
  decodeEntry,
  encodeEntry,
  keepDays,
  packEntries,
  unpackEntries,
} from '../../../src/domain/reminders/ledger';
import { planReminders } from '../../../src/domain/reminders/plan';
import { DEFAULT_TRACKER_SETTINGS } from '../../../src/domain/reminders/settings';
import { computeTracker } from '../../../src/domain/tracker/compute-tracker';
import { utf8Bytes } from '../../../src/domain/text/utf8';

const KEY = 'kent|Engagement meeting|2027-01-10|30';

test('an entry is a fixed-size text that reads back', () => {
  const entry = {
    hash: cyrb53(KEY).toString(36),
    sentOn: civil('2026-12-11'),
    test: false,
    longLived: false,
  };
  expect(encodeEntry(entry)).toMatch(/^l20261211:[0-9a-z]{1,11}$/);
  expect(decodeEntry(encodeEntry(entry))).toEqual(entry);
  expect(decodeEntry(encodeEntry({ ...entry, test: true, longLived: true }))).toMatchObject({
    test: true,
    longLived: true,
  });
  expect(decodeEntry('nonsense')).toBeUndefined();
});

test('a live send counts in every mode, a test send only while testing', () => {
  const ledger = new Ledger();
  ledger.add(KEY, 'Engagement meeting', 'test', civil('2026-12-11'));
  expect(ledger.has(KEY, 'test')).toBe(true);
  expect(ledger.has(KEY, 'live')).toBe(false);
  ledger.add(KEY, 'Engagement meeting', 'live', civil('2026-12-12'));
  expect(ledger.has(KEY, 'live')).toBe(true);
  expect(ledger.has(`${KEY}x`, 'live')).toBe(false);
});

test('pruning keeps what could be planned again: a year for most, six for an inspection reminder', () => {
  const ledger = new Ledger();
  ledger.add('a', 'Engagement meeting', 'live', civil('2025-01-01'));
  ledger.add('b', 'Inspection window opening', 'live', civil('2025-01-01'));
  ledger.add('c', 'Engagement meeting', 'live', civil('2026-06-01'));
  const kept = ledger.pruned(civil('2026-12-01'), keepDays(14, 3), LONG_LIVED_DAYS);
  expect(['a', 'b', 'c'].map((key) => kept.has(key, 'live'))).toEqual([false, true, true]);
  expect(keepDays(90, 20)).toBe(1860);
});

test('packing splits into texts of at most the size given, and unpacks to the same entries', () => {
  const ledger = new Ledger();
  for (let index = 0; index < 1000; index += 1)
    ledger.add(`key ${index}`, 'Engagement meeting', 'live', civil('2026-12-01'));
  const chunks = packEntries(ledger.encoded(), 8000);
  expect(chunks.length).toBeGreaterThan(1);
  for (const chunk of chunks) expect(utf8Bytes(chunk)).toBeLessThanOrEqual(8000);
  expect(unpackEntries(chunks)).toHaveLength(1000);
});

/**
 * Five years of weekly planning (the measured figure, run daily, is in the README) for 153 authorities whose meetings come round every year: every
 * reminder planned is taken as sent and entered, and the ledger is pruned as the daily run does.
 * Its size must stay far inside a property store's 500 KB (and each chunk inside a value's 9 KB).
 */
test('over five simulated years of daily runs for 153 authorities the ledger stays small', () => {
  const header = [
    'Authority',
    'Last inspection',
    'Overall effectiveness',
    'Last engagement meeting',
    'DCS email',
  ];
  const start = civil('2026-01-05');
  const rows = (today: string) => {
    const body = Array.from({ length: 153 }, (_, index) => {
      // Each authority meets once a year on its own day, recorded when it happens.
      const base = addDays(start, (index * 2) % 365);
      let meeting = base;
      while (formatIso(addDays(meeting, 365)) <= today) meeting = addDays(meeting, 365);
      return [
        `Authority ${index}`,
        '2024-06-10',
        'good',
        formatIso(meeting),
        `dcs${index}@la.example.org`,
      ];
    });
    return computeTracker([header, ...body], civil(today), DEFAULT_TRACKER_SETTINGS, () =>
      civil('2000-01-01'),
    ).results;
  };
  const settings = {
    ...DEFAULT_TRACKER_SETTINGS,
    sendMode: 'Live' as const,
    coordinatorEmails: ['c@example.org'],
  };
  let ledger = new Ledger();
  let largest = 0;
  let sent = 0;
  for (let day = 0; day < 5 * 365; day += 7) {
    const today = addDays(start, day);
    const plan = planReminders({
      today,
      rows: rows(formatIso(today)),
      settings,
      log: [],
      sent: ledger,
    });
    for (const reminder of plan) {
      if (reminder.skip) continue;
      ledger.add(reminder.key, reminder.kind, 'live', today);
      sent += 1;
    }
    ledger = ledger.pruned(
      today,
      keepDays(settings.overdueRepeatDays, settings.overdueRepeatTimes),
      LONG_LIVED_DAYS,
    );
    largest = Math.max(
      largest,
      packEntries(ledger.encoded(), 8000).reduce((sum, chunk) => sum + utf8Bytes(chunk), 0),
    );
  }
  expect(sent).toBeGreaterThan(5 * 153 * 3);
  expect(largest).toBeLessThan(60_000);
}, 120_000);
