import { civil } from '../../../src/domain/rules/civil-date';
import { ledgerOverYears } from '../../../bench/ledger-simulation';
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

test('over five simulated years of runs for 153 authorities the ledger stays far inside the store', () => {
  // Weekly here; `npm run bench` runs it daily and the README gives that figure.
  const { sent, largestBytes, largestChunks } = ledgerOverYears(5, 7);
  expect(sent).toBeGreaterThan(5 * 153 * 3);
  expect(largestBytes).toBeLessThan(60_000);
  expect(largestChunks).toBeLessThan(10);
}, 120_000);
