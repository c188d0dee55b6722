import { type CivilDate, daysBetween, formatIso, parseIsoDate } from '../rules/civil-date';
import type { ReminderKind } from './kinds';

/**
 * The ledger: which reminders have gone out, kept where coordinators cannot reach it (document
 * properties), so that clearing, sorting or deleting the Reminder log never sends anything twice.
 * Each entry is a fixed-size record: the day it was sent, whether it was a test, and a 53-bit
 * hash of the reminder's key (authority, kind, event date, lead). Entries are pruned once nothing
 * could plan the same key again.
 */

export type SendKind = 'live' | 'test';

export interface LedgerEntry {
  /** `cyrb53` of the key, in base 36 (at most 11 characters). */
  readonly hash: string;
  readonly sentOn: CivilDate;
  readonly test: boolean;
  /** An inspection reminder is keyed by the last inspection's start and may be due for years. */
  readonly longLived: boolean;
}

/** cyrb53 (public domain, bryc): a fast 53-bit string hash; ~1e-9 chance of a collision in 10,000. */
export function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function keyHash(key: string): string {
  return cyrb53(key).toString(36);
}

const LONG_LIVED: readonly ReminderKind[] = ['Inspection window opening'];

export function isLongLived(kind: ReminderKind): boolean {
  return LONG_LIVED.includes(kind);
}

/** `20261201` */
function compactDate(date: CivilDate): string {
  return formatIso(date).replace(/-/g, '');
}

/** One entry as text: `L20261201` or `T...` (L/l live, T/t test; capital: long-lived) + `:` + hash. */
export function encodeEntry(entry: LedgerEntry): string {
  const letter = entry.test ? 't' : 'l';
  return `${entry.longLived ? letter.toUpperCase() : letter}${compactDate(entry.sentOn)}:${entry.hash}`;
}

export function decodeEntry(text: string): LedgerEntry | undefined {
  const match = /^([lLtT])(\d{4})(\d{2})(\d{2}):([0-9a-z]{1,11})$/.exec(text);
  const sentOn = match && parseIsoDate(`${match[2]}-${match[3]}-${match[4]}`);
  if (!match || !sentOn) return undefined;
  const letter = match[1] ?? 'l';
  return {
    hash: match[5] ?? '',
    sentOn,
    test: letter.toLowerCase() === 't',
    longLived: letter === letter.toUpperCase(),
  };
}

/** The sent reminders, as a set one can ask of a key and add to. */
export class Ledger {
  private readonly entries = new Map<string, LedgerEntry>();

  constructor(entries: Iterable<LedgerEntry> = []) {
    for (const entry of entries) this.entries.set(this.slot(entry.hash, entry.test), entry);
  }

  private slot(hash: string, test: boolean): string {
    return `${test ? 't' : 'l'}${hash}`;
  }

  /** Live reminders count in every mode; a test send counts only while testing. */
  has(key: string, kind: SendKind): boolean {
    const hash = keyHash(key);
    return (
      this.entries.has(this.slot(hash, false)) ||
      (kind === 'test' && this.entries.has(this.slot(hash, true)))
    );
  }

  /** The day the reminder of `key` went, counting a test send only while testing. */
  sentOn(key: string, kind: SendKind): CivilDate | undefined {
    const hash = keyHash(key);
    return (
      this.entries.get(this.slot(hash, false))?.sentOn ??
      (kind === 'test' ? this.entries.get(this.slot(hash, true))?.sentOn : undefined)
    );
  }

  add(key: string, reminderKind: ReminderKind, kind: SendKind, sentOn: CivilDate): void {
    this.addHash(keyHash(key), reminderKind, kind, sentOn);
  }

  /** As `add`, for a key known only by its hash (a journal keeps no long key whole). */
  addHash(hash: string, reminderKind: ReminderKind, kind: SendKind, sentOn: CivilDate): void {
    const entry = {
      hash,
      sentOn,
      test: kind === 'test',
      longLived: isLongLived(reminderKind),
    };
    this.entries.set(this.slot(entry.hash, entry.test), entry);
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The entries still worth keeping on `today`: a reminder can be planned again only while its
   * event is within its leads or overdue repeats, so an entry older than `keepDays` goes; an
   * inspection reminder's, keyed by the last inspection, is kept for `longLivedDays`.
   */
  pruned(today: CivilDate, keepDays: number, longLivedDays: number): Ledger {
    return new Ledger(
      [...this.entries.values()].filter(
        (entry) => daysBetween(entry.sentOn, today) <= (entry.longLived ? longLivedDays : keepDays),
      ),
    );
  }

  /**
   * At most `maxEntries`, the newest kept: so the ledger can never fill the store and stop the
   * journal (and with it every send). Only entries far older than any lead or repeat go first.
   */
  capped(maxEntries: number): Ledger {
    if (this.entries.size <= maxEntries) return this;
    const newestFirst = [...this.entries.values()].sort((a, b) => daysBetween(a.sentOn, b.sentOn));
    return new Ledger(newestFirst.slice(0, maxEntries));
  }

  /** The entries as text, in the order they were added. */
  encoded(): string[] {
    return [...this.entries.values()].map(encodeEntry);
  }
}

/** How long ordinary entries are kept: a year, or the longest run of overdue repeats and a margin. */
export function keepDays(overdueRepeatDays: number, overdueRepeatTimes: number): number {
  return Math.max(400, overdueRepeatDays * overdueRepeatTimes + 60);
}

/** An inspection reminder's entry outlives the longest gap between inspections seen (about 6 years). */
export const LONG_LIVED_DAYS = 6 * 366;

/** Entries packed into texts of at most `maxBytes` each (a property value holds 9 KB). */
export function packEntries(encoded: readonly string[], maxBytes: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const entry of encoded) {
    const next = current === '' ? entry : `${current},${entry}`;
    if (next.length > maxBytes && current !== '') {
      chunks.push(current);
      current = entry;
    } else current = next;
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

export function unpackEntries(chunks: readonly string[]): LedgerEntry[] {
  return chunks.flatMap((chunk) =>
    chunk
      .split(',')
      .map(decodeEntry)
      .filter((entry): entry is LedgerEntry => entry !== undefined),
  );
}
