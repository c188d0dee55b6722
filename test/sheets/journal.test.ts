import { civil } from '../../src/domain/rules/civil-date';
import { reminderKey } from '../../src/domain/reminders/log';
import { utf8Bytes } from '../../src/domain/text/utf8';
import { keyHash } from '../../src/domain/reminders/ledger';
import {
  JOURNAL_PREFIX,
  type JournalEntry,
  LEDGER_PREFIX,
  ReminderStore,
} from '../../src/sheets/journal';

/** Document properties in memory, with every write counted. */
function memoryProperties(initial: Record<string, string> = {}) {
  const store = new Map(Object.entries(initial));
  const writes: string[] = [];
  const properties = {
    setProperty: (name: string, value: string) => {
      writes.push(`set ${name}`);
      store.set(name, value);
      return properties;
    },
    setProperties: (given: Record<string, string>, deleteAllOthers?: boolean) => {
      if (deleteAllOthers) throw new Error('the store never deletes what it did not write');
      writes.push(`set ${Object.keys(given).sort().join(' ')}`);
      for (const [name, value] of Object.entries(given)) store.set(name, value);
      return properties;
    },
    deleteProperty: (name: string) => {
      writes.push(`delete ${name}`);
      store.delete(name);
      return properties;
    },
  } as unknown as GoogleAppsScript.Properties.Properties;
  return {
    get values() {
      return Object.fromEntries(store);
    },
    writes,
    properties,
    reopen: () => new ReminderStore(properties, Object.fromEntries(store)),
  };
}

function entry(
  index: number,
  recipients = 'dcs@la.example.org',
  authority = `Authority ${index}`,
): JournalEntry {
  const key = reminderKey(authority, 'Engagement meeting', civil('2027-01-10'), '30');
  return {
    key,
    hash: keyHash(key),
    authority,
    kind: 'Engagement meeting',
    eventDate: civil('2027-01-10'),
    lead: '30',
    recipients,
    outcome: 'Sent',
    time: '2026-12-11T07:00:00.000Z',
    pending: true,
  };
}

test('each send is journalled before it goes, and a stopped run leaves it for the next to find', () => {
  const store = memoryProperties({ 'ilacs.dailyReminders': '{"on":true}' });
  const run = store.reopen();
  expect(run.recordPending([entry(1)])).toBe(true);
  run.confirmPending();
  expect(run.recordPending([entry(2)])).toBe(true);
  expect(store.writes).toEqual([`set ${JOURNAL_PREFIX}0`, `set ${JOURNAL_PREFIX}0`]);
  // The run stops here, before sending the second.
  const next = store.reopen();
  expect(next.leftOver.map((left) => [left.authority, left.pending])).toEqual([
    ['Authority 1', false],
    ['Authority 2', true],
  ]);
});

test('committing writes the ledger and the settled journal in one call; clearing deletes only the journal it wrote', () => {
  const store = memoryProperties({ 'ilacs.dailyReminders': '{"on":true}', other: 'x' });
  const run = store.reopen();
  run.recordPending([entry(1)]);
  run.confirmPending();
  run.ledger.add(entry(1).key, 'Engagement meeting', 'live', civil('2026-12-11'));
  store.writes.length = 0;
  run.commit(civil('2026-12-11'), 14, 3);
  run.clearJournals();
  expect(store.writes).toEqual([
    `set ${LEDGER_PREFIX}0 ${LEDGER_PREFIX}count ${JOURNAL_PREFIX}0`,
    `delete ${JOURNAL_PREFIX}0`,
  ]);
  expect(store.values['ilacs.dailyReminders']).toBe('{"on":true}');
  expect(store.values.other).toBe('x');
  const after = store.reopen();
  expect(after.ledgerExisted).toBe(true);
  expect(after.ledger.has(entry(1).key, 'live')).toBe(true);
  expect(after.leftOver).toEqual([]);
});

test('long recipient lists spread over chunks of at most 8,000 bytes; a new chunk rewrites the last', () => {
  const store = memoryProperties();
  const run = store.reopen();
  const recipients = Array.from({ length: 40 }, (_, index) => `person.ø${index}@example.org`).join(
    ', ',
  );
  for (let index = 0; index < 30; index += 1) {
    expect(run.recordPending([entry(index, recipients)])).toBe(true);
    run.confirmPending();
  }
  const chunks = Object.entries(store.values).filter(([name]) => name.startsWith(JOURNAL_PREFIX));
  expect(chunks.length).toBeGreaterThan(1);
  for (const [, value] of chunks) expect(utf8Bytes(value)).toBeLessThanOrEqual(8000);
  expect(store.writes.some((write) => write.split(' ').length === 3)).toBe(true);
  // Everything but the last send, which was never written again after it was confirmed, reads as confirmed.
  const left = store.reopen().leftOver;
  expect(left).toHaveLength(30);
  expect(left.filter((sent) => sent.pending).map((sent) => sent.authority)).toEqual([
    'Authority 29',
  ]);
});

test('a new ledger starts from the sends in the Reminder log, an existing one does not', () => {
  const key = entry(1).key;
  const log = [{ key, outcome: 'Sent' as const, detail: '' }];
  const fresh = memoryProperties().reopen();
  fresh.seedFromLog(log, () => 'Engagement meeting', civil('2026-12-11'));
  expect(fresh.ledger.has(key, 'live')).toBe(true);
  const existing = memoryProperties({ [`${LEDGER_PREFIX}count`]: '0' }).reopen();
  existing.seedFromLog(log, () => 'Engagement meeting', civil('2026-12-11'));
  expect(existing.ledger.has(key, 'live')).toBe(false);
});

test('a ledger past its share never stops sending: the send is journalled, and the commit keeps the newest entries within the share', () => {
  const initial: Record<string, string> = {};
  // 64 chunks of 330 entries: about 465 KB of ledger, past the whole budget; the oldest first.
  for (let chunk = 0; chunk < 64; chunk += 1) {
    const day = String(1 + Math.floor(chunk / 4)).padStart(2, '0');
    initial[`${LEDGER_PREFIX}${chunk}`] = Array.from(
      { length: 330 },
      (_, index) => `l202601${day}:${(chunk * 330 + index).toString(36).padStart(11, '0')}`,
    ).join(',');
  }
  initial[`${LEDGER_PREFIX}count`] = '64';
  const store = memoryProperties(initial);
  const run = store.reopen();
  expect(run.recordPending([entry(1, 'x'.repeat(7000))])).toBe(true);
  run.confirmPending();
  run.ledger.add(entry(1).key, 'Engagement meeting', 'live', civil('2026-12-11'));
  run.commit(civil('2026-12-11'), 14, 3);
  const ledgerBytes = Object.entries(store.values)
    .filter(([name]) => name.startsWith(LEDGER_PREFIX) && name !== `${LEDGER_PREFIX}count`)
    .reduce((sum, [, value]) => sum + utf8Bytes(value), 0);
  expect(ledgerBytes).toBeLessThanOrEqual(300_000);
  const kept = Object.values(store.values).join(',');
  expect(store.reopen().ledger.has(entry(1).key, 'live')).toBe(true);
  // The newest of the old entries stay; the oldest went.
  expect(kept).toContain(`l20260116:${(63 * 330).toString(36).padStart(11, '0')}`);
  expect(kept).not.toContain(`l20260101:${'0'.padStart(11, '0')}`);
});

test('nothing journalled grows with a cell: a 50,000-character Authority and a 50,000-character recipient list fit one property value', () => {
  const store = memoryProperties();
  const run = store.reopen();
  const authority = '€'.repeat(50_000);
  const recipients = 'r'.repeat(50_000);
  const long = entry(1, recipients, authority);
  expect(run.recordPending([long])).toBe(true);
  const [value = ''] = Object.entries(store.values)
    .filter(([name]) => name.startsWith(JOURNAL_PREFIX))
    .map(([, text]) => text);
  expect(utf8Bytes(value)).toBeLessThan(2000);
  // The next run knows it by its hash, which is what the ledger keeps.
  const [left] = store.reopen().leftOver;
  expect(left?.hash).toBe(keyHash(long.key));
  expect(left?.key).toBe(`#${keyHash(long.key)}`);
  expect(left?.authority.startsWith('€'.repeat(100))).toBe(true);
  expect(left?.authority.length).toBeLessThan(200);
});
