import { type CivilDate, formatIso, parseIsoDate } from '../domain/rules/civil-date';
import { REMINDER_KINDS, type ReminderKind } from '../domain/reminders/kinds';
import {
  Ledger,
  LONG_LIVED_DAYS,
  keepDays,
  packEntries,
  unpackEntries,
} from '../domain/reminders/ledger';
import type { LoggedDecision, Outcome } from '../domain/reminders/log';
import type { PlannedReminder } from '../domain/reminders/plan';
import { utf8Bytes } from '../domain/text/utf8';

type Properties = GoogleAppsScript.Properties.Properties;

/**
 * What a run keeps in document properties, out of coordinators' reach: the ledger of what has gone
 * out (see src/domain/reminders/ledger.ts), and the run's journal, each email recorded just before
 * it is sent, so that a run cut off before it writes the Reminder log is completed, never
 * repeated, by the next. Only properties under these names are ever written or deleted: the
 * daily switch and anything else in the store are left as they are.
 */
export const LEDGER_PREFIX = 'ilacs.ledger.';
const LEDGER_COUNT = `${LEDGER_PREFIX}count`;
export const JOURNAL_PREFIX = 'ilacs.run.';
/** Apps Script holds 9 KB a value; chunks stay well under. */
const CHUNK_BYTES = 8000;
/** Of the 500 KB a store holds, what the ledger and a run's journal may use together. */
export const STORE_BUDGET_BYTES = 450_000;
/** The ledger's share at most (about 13,600 entries), so a run's journal always has 150 KB. */
const LEDGER_MAX_ENTRIES = Math.floor(300_000 / 22);
/** A ledger entry with its separator: `l20261201:` and an 11-character hash, at most. */
const LEDGER_ENTRY_BYTES = 22;
/**
 * What a journal entry keeps of text that comes from the Sheet, whose cells hold 50,000
 * characters: nothing stored may grow with a cell. A longer key is kept by its hash alone.
 */
const RECIPIENTS_KEPT = 1000;
const AUTHORITY_KEPT = 100;
const KEY_KEPT = 300;

export interface JournalEntry {
  /** The reminder's key, or for a key too long to keep, `#` and its hash. */
  readonly key: string;
  /** The ledger's hash of the whole key. */
  readonly hash: string;
  readonly authority: string;
  readonly kind: ReminderKind;
  readonly eventDate: CivilDate;
  readonly lead: string;
  readonly recipients: string;
  readonly outcome: Extract<Outcome, 'Sent' | 'Test'>;
  /** ISO date-time of the send. */
  readonly time: string;
  /** Recorded before the send and not yet confirmed: a run that stops here cannot tell. */
  pending: boolean;
}

/** One letter a field, to keep entries small; `k` only for a key short enough to keep whole. */
/**
 * A journal entry as stored: one-letter names, since the journal lives in the document's
 * properties (about 9 KB a value, 500 KB in all) and an entry is written before every email.
 */
interface StoredEntry {
  /** The reminder's key, when short enough to keep whole (else only its hash is kept). */
  k?: string;
  /** The key's hash: how the ledger knows the reminder. */
  h: string;
  /** The authority, cut to AUTHORITY_KEPT characters. */
  a: string;
  /** The reminder's kind. */
  i: ReminderKind;
  /** The event date, ISO. */
  e: string;
  /** The lead, in days before (or after, for a chase) the event. */
  l: string;
  /** The recipients, cut to RECIPIENTS_KEPT characters. */
  r: string;
  /** The outcome the log will record: Sent, or Test in Test mode. */
  o: 'Sent' | 'Test';
  /** When it was recorded, as the log's Time. */
  t: string;
  /** Present while the email is being sent: recorded, not yet confirmed. */
  p?: 1;
}

/** `text` cut to `length` characters, saying so. */
function bounded(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length)}... (${text.length} characters)`;
}

function stored(entry: JournalEntry): StoredEntry {
  return {
    ...(entry.key.length <= KEY_KEPT ? { k: entry.key } : {}),
    h: entry.hash,
    a: bounded(entry.authority, AUTHORITY_KEPT),
    i: entry.kind,
    e: formatIso(entry.eventDate),
    l: entry.lead,
    r: bounded(entry.recipients, RECIPIENTS_KEPT),
    o: entry.outcome,
    t: entry.time,
    ...(entry.pending ? { p: 1 as const } : {}),
  };
}

function fromStored(value: StoredEntry): JournalEntry | undefined {
  const eventDate = parseIsoDate(value.e);
  if (!eventDate || !REMINDER_KINDS.includes(value.i) || typeof value.h !== 'string')
    return undefined;
  return {
    key: value.k ?? `#${value.h}`,
    hash: value.h,
    authority: value.a,
    kind: value.i,
    eventDate,
    lead: value.l,
    recipients: value.r,
    outcome: value.o,
    time: value.t,
    pending: value.p === 1,
  };
}

/** A journalled send as a planned reminder, for its log row. */
export function reminderOfEntry(entry: JournalEntry): PlannedReminder {
  return {
    key: entry.key,
    kind: entry.kind,
    authority: entry.authority,
    eventDate: entry.eventDate,
    lead: entry.lead,
    recipients: { to: [], cc: [] },
    retry: false,
  };
}

function numbered(stored: Readonly<Record<string, string>>, prefix: string): string[] {
  return Object.keys(stored)
    .filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)))
    .sort((a, b) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length)));
}

function parseJson<T>(text: string | undefined, fallback: T): T {
  try {
    return text === undefined ? fallback : (JSON.parse(text) as T);
  } catch {
    return fallback;
  }
}

/** The store as a run sees it: read once at the start, then written by name only. */
export class ReminderStore {
  readonly ledger: Ledger;
  /** Whether the ledger existed: a new one starts from the Reminder log's sends. */
  readonly ledgerExisted: boolean;
  /** Sends journalled by earlier runs that stopped before finishing. */
  readonly leftOver: readonly JournalEntry[];
  /** This run's sends, in chunks of at most CHUNK_BYTES each; the last takes new ones. */
  private readonly chunks: JournalEntry[][] = [];
  private readonly ledgerNames: readonly string[];
  private readonly journalNames: readonly string[];
  /** The number this run's first journal chunk takes, after any left over. */
  private readonly firstChunk: number;
  private readonly chunkBytes = new Map<number, number>();
  /** The entries of the email last recorded, which confirmPending confirms. */
  private lastRecorded: readonly JournalEntry[] = [];

  constructor(
    private readonly properties: Properties,
    stored: Readonly<Record<string, string>>,
  ) {
    this.ledgerNames = numbered(stored, LEDGER_PREFIX);
    this.ledgerExisted = stored[LEDGER_COUNT] !== undefined;
    this.ledger = new Ledger(unpackEntries(this.ledgerNames.map((name) => stored[name] ?? '')));
    this.journalNames = numbered(stored, JOURNAL_PREFIX);
    const last = this.journalNames[this.journalNames.length - 1];
    this.firstChunk = last === undefined ? 0 : Number(last.slice(JOURNAL_PREFIX.length)) + 1;
    this.leftOver = this.journalNames.flatMap((name) =>
      parseJson<StoredEntry[]>(stored[name], []).flatMap((value) => fromStored(value) ?? []),
    );
  }

  static open(): ReminderStore {
    const properties = PropertiesService.getDocumentProperties();
    return new ReminderStore(properties, properties.getProperties());
  }

  /** A new ledger starts from what the Reminder log says went out (a tracker from before it). */
  seedFromLog(
    log: readonly LoggedDecision[],
    kindOf: (key: string) => ReminderKind | undefined,
    today: CivilDate,
  ): void {
    if (this.ledgerExisted) return;
    for (const decision of log) {
      const kind = kindOf(decision.key);
      if (!kind || (decision.outcome !== 'Sent' && decision.outcome !== 'Test')) continue;
      this.ledger.add(decision.key, kind, decision.outcome === 'Test' ? 'test' : 'live', today);
    }
  }

  /** Bytes the store may still give this run's journal. */
  private roomLeft(): number {
    const ledgerBytes = Math.min(this.ledger.size, LEDGER_MAX_ENTRIES) * LEDGER_ENTRY_BYTES;
    const journalBytes = [...this.chunkBytes.values()].reduce((sum, bytes) => sum + bytes, 0);
    return STORE_BUDGET_BYTES - ledgerBytes - journalBytes;
  }

  private chunkName(index: number): string {
    return `${JOURNAL_PREFIX}${this.firstChunk + index}`;
  }

  private chunkText(index: number): string {
    return JSON.stringify((this.chunks[index] ?? []).map(stored));
  }

  /**
   * Records the reminders of one email about to be sent, with the run's earlier sends as they now
   * stand, in one property write; false, writing nothing, when the store has no room for them (the
   * rest waits for the follow-up run).
   */
  recordPending(entries: readonly JournalEntry[]): boolean {
    const touched = new Set<number>();
    const added: number[] = [];
    for (const entry of entries) {
      let index = Math.max(this.chunks.length - 1, 0);
      const current = (this.chunks[index] ??= []);
      current.push(entry);
      if (current.length > 1 && utf8Bytes(this.chunkText(index)) > CHUNK_BYTES) {
        current.pop();
        touched.add(index);
        index += 1;
        this.chunks[index] = [entry];
      }
      touched.add(index);
      added.push(index);
    }
    const values: Record<string, string> = {};
    let growth = 0;
    for (const index of touched) {
      const text = this.chunkText(index);
      values[this.chunkName(index)] = text;
      growth += utf8Bytes(text) - (this.chunkBytes.get(index) ?? 0);
    }
    if (growth > this.roomLeft()) {
      this.dropLast(added.length);
      return false;
    }
    this.properties.setProperties(values);
    this.lastRecorded = entries;
    for (const [name, text] of Object.entries(values)) {
      this.chunkBytes.set(
        Number(name.slice(JOURNAL_PREFIX.length)) - this.firstChunk,
        utf8Bytes(text),
      );
    }
    return true;
  }

  /** The last `count` recorded sends did not happen: left out from the next write on. */
  dropLast(count = 1): void {
    for (let dropped = 0; dropped < count; dropped += 1) {
      const last = this.chunks[this.chunks.length - 1];
      last?.pop();
      if (last && last.length === 0 && !this.chunkBytes.has(this.chunks.length - 1))
        this.chunks.pop();
    }
  }

  /**
   * The email last recorded went: its entries are written as confirmed with the next send, or at
   * the commit. An earlier one left pending (its send unconfirmed) stays so.
   */
  confirmPending(): void {
    for (const entry of this.lastRecorded) entry.pending = false;
    this.lastRecorded = [];
  }

  /**
   * The run's sends are settled: the ledger (pruned) and the journal's last chunk, its last send
   * now confirmed, in one write. A run cut off after this and before its log is written leaves
   * every send known as sent, and the next run logs them.
   */
  commit(today: CivilDate, overdueRepeatDays: number, overdueRepeatTimes: number): void {
    const kept = this.ledger
      .pruned(today, keepDays(overdueRepeatDays, overdueRepeatTimes), LONG_LIVED_DAYS)
      .capped(LEDGER_MAX_ENTRIES);
    const chunks = packEntries(kept.encoded(), CHUNK_BYTES);
    const values: Record<string, string> = { [LEDGER_COUNT]: String(chunks.length) };
    chunks.forEach((chunk, index) => (values[`${LEDGER_PREFIX}${index}`] = chunk));
    for (const index of this.chunkBytes.keys())
      values[this.chunkName(index)] = this.chunkText(index);
    this.properties.setProperties(values);
    for (const name of this.ledgerNames.slice(chunks.length)) this.properties.deleteProperty(name);
  }

  /** The run is logged: its journal, and any left over, are deleted by name. */
  clearJournals(): void {
    const written = [...this.chunkBytes.keys()].map((index) => this.chunkName(index));
    for (const name of [...this.journalNames, ...written]) this.properties.deleteProperty(name);
  }
}
