/**
 * The reliability simulation of the reminder engine: build/Code.js in the emulator over years of
 * simulated days, its daily trigger firing every morning at 07:00 with seeded disturbances (runs
 * cut off part-way, service errors, the mail quota running low, the time budget, a busy lock,
 * coordinators editing the Reminder log, the Tracker and the Send mode), and an oracle written
 * here, independently of src/, that asks two questions: did anyone get the same reminder twice (a
 * duplicate), and was a reminder the rules made due neither delivered nor accounted for anywhere
 * (a silent loss)?
 *
 * The oracle keeps every row of the Reminder log as each run wrote it (coordinators may clear it
 * later) and holds the rows to the emails MailApp recorded, person by person and day by day: what
 * is logged Sent reached everyone it names, and no one got more emails than rows record for them.
 * The meeting and self-evaluation reminders are also read from the calendar files their emails
 * carry, without the log. What is due comes from the README's rules applied to what the simulated
 * coordinators recorded, never from src/.
 *
 * test/integration/soak.test.ts runs it short enough for CI; bench/soak.ts runs five years of 153
 * authorities with several seeds. Everything is drawn from seeded generators, so a seed and a day
 * reproduce a finding exactly.
 */
import type vm from 'node:vm';
import { AppsScriptEmulator } from '../../emulator';
import { CODE, HTML_FILES, OAUTH_SCOPES, exampleTracker } from '../integration/support';

// --- civil dates as day numbers, independent of src/ -----------------------------------------

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const LONDON = 'Europe/London';

/** Day number (days since 1970-01-01) of an ISO date. */
export const dayOf = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
export const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Same day of the month `months` later, clamped to the month's end (R5a's 12 months). */
function plusMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  return (
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date.getUTCDate(), lastDay)) /
    DAY_MS
  );
}

const londonFormat = new Intl.DateTimeFormat('en-CA', { timeZone: LONDON });
/** The spreadsheet's day (Europe/London) of a moment, from any realm's Date. */
const londonDay = (value: unknown): number =>
  dayOf(londonFormat.format(new Date(Number((value as Date).valueOf()))));
const isDate = (value: unknown): boolean =>
  Object.prototype.toString.call(value) === '[object Date]';

const weekday = (day: number): number => new Date(day * DAY_MS).getUTCDay();
const mondayOf = (day: number): number => day - ((weekday(day) + 6) % 7);

// --- seeded randomness ------------------------------------------------------------------------

/** mulberry32: a small, fast generator; the same seed gives the same simulation. */
class Dice {
  private state: number;

  constructor(seed: number, stream = 0) {
    // Neighbouring seeds scrambled apart (murmur3's finalizer), each stream its own sequence.
    let h = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    this.state = (h ^ (h >>> 16)) >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** An integer from `low` to `high`, both included. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from no items');
    return item;
  }
}

// --- the rules the oracle holds the tool to (README, "Reminders") ------------------------------

const MEETING_LEADS = [60, 30, 7];
const SELF_EVALUATION_LEADS = [28, 7];
const SELF_EVALUATION_DAYS_BEFORE = 28;
/** Overdue chases: every 14 days, at most 3 times (Settings' defaults). */
const MOST_CHASES = 3;
const COORDINATOR = 'coordinator@example.org';
/** The tracker's owner, who turned the daily trigger on, and whom Test mode sends to. */
const OWNER = 'user@example.com';
const CUT_OFF = 'Exceeded maximum execution time';

/** The smallest lead whose day has come, while the event is today or later. */
function leadDue(event: number, today: number, leads: readonly number[]): number | undefined {
  const reached = leads.filter((lead) => today >= event - lead && today <= event);
  return reached.length > 0 ? Math.min(...reached) : undefined;
}

/**
 * The lead a reminder must go at today, if any. A lead whose own day has passed (missed days, a
 * moved meeting, a deferral) is not required when the next lead is at most a week away: the
 * engine leaves such a catch-up out (CATCH_UP_GAP_DAYS in src/domain/reminders/leads.ts, newer
 * than the README's words), and the oracle accepts it either way.
 */
function leadRequired(event: number, today: number, leads: readonly number[]): number | undefined {
  const lead = leadDue(event, today, leads);
  const daysToGo = event - today;
  const coming = leads.filter((each) => each < daysToGo);
  if (lead === undefined || lead === daysToGo || coming.length === 0) return lead;
  return daysToGo - Math.max(...coming) <= 7 ? undefined : lead;
}

const reminderKey = (authority: string, kind: string, event: number, lead: string): string =>
  [authority.trim().toLowerCase(), kind, isoOf(event), lead].join('|');

/** The reminders whose loss the oracle looks for: the leads the README names, and the digest. */
type Kind = 'Engagement meeting' | 'Self-evaluation due' | 'Weekly digest';

const CHASES: readonly string[] = ['Engagement meeting overdue', 'Self-evaluation overdue'];

/**
 * What makes two deliveries the same reminder, whatever the rules' details: the key itself for
 * the leads and the digest; the event for a chase (its number depends on the chase rule, and at
 * most three may go); the authority for the inspection reminder (once per inspection cycle, and
 * no inspection is recorded during a simulation).
 */
function identityOfKey(key: string): string {
  const parts = key.split('|');
  const [authority = '', kind = '', event = ''] = parts.slice(-4);
  if (CHASES.includes(kind)) return [authority, kind, event].join('|');
  if (kind === 'Inspection window opening') return [authority, kind].join('|');
  return key;
}

// --- the authorities and what their coordinators record -----------------------------------------

const EXTRA_COLUMNS = [
  'Last engagement meeting',
  'Planned engagement meeting',
  'Self-evaluation submitted',
  'DCS name',
  'DCS email',
  'Other recipients',
  'Reminders',
];

/** This cycle's plans, drawn when the cycle starts, so that the clean run and the disturbed run share them. */
interface Cycle {
  /** Days before the meeting the date is moved, and by how many days. */
  readonly moveLead: number | undefined;
  readonly moveBy: number;
  moved: boolean;
  /** Days after the self-evaluation's due date it is submitted (negative: early), or never. */
  readonly submitOffset: number | undefined;
  /** Days after the meeting it is recorded as held, or never (a neglected row). */
  readonly recordDelay: number | undefined;
}

interface Authority {
  readonly index: number;
  readonly name: string;
  readonly dcs: string;
  readonly cc: readonly string[];
  /** A row nobody keeps up: its meetings are never recorded. */
  readonly neglected: boolean;
  lastMeeting: number;
  planned: number | undefined;
  submitted: number | undefined;
  pausedUntil: number | undefined;
  cycle: Cycle;
}

/** A reminder the rules make due today, as the oracle works it out. */
interface Due {
  readonly key: string;
  readonly authority: string;
  readonly kind: Kind;
}

function nextMeeting(authority: Authority): number {
  return authority.planned !== undefined && authority.planned > authority.lastMeeting
    ? authority.planned
    : plusMonths(authority.lastMeeting, 12);
}

function drawCycle(dice: Dice, neglected: boolean): Cycle {
  const moves = dice.chance(0.15);
  const submits = dice.next();
  const late = dice.chance(0.2);
  return {
    moveLead: moves ? dice.int(2, 75) : undefined,
    moveBy: dice.pick([-1, 1]) * dice.int(1, 40),
    moved: false,
    // Most submit before the due date, some late, some never.
    submitOffset: submits < 0.6 ? -dice.int(0, 30) : submits < 0.8 ? dice.int(1, 30) : undefined,
    recordDelay: neglected ? undefined : late ? dice.int(8, 45) : dice.int(0, 3),
  };
}

/** What the rules require on `today` for one authority: the meeting's and self-evaluation's leads. */
function dueFor(authority: Authority, today: number): Due[] {
  const meeting = nextMeeting(authority);
  const selfEvaluation = meeting - SELF_EVALUATION_DAYS_BEFORE;
  const done = authority.submitted !== undefined && authority.submitted >= authority.lastMeeting;
  const due: Due[] = [];
  const meetingLead = leadRequired(meeting, today, MEETING_LEADS);
  if (meetingLead !== undefined)
    due.push({
      key: reminderKey(authority.name, 'Engagement meeting', meeting, String(meetingLead)),
      authority: authority.name,
      kind: 'Engagement meeting',
    });
  const selfLead = done ? undefined : leadRequired(selfEvaluation, today, SELF_EVALUATION_LEADS);
  if (selfLead !== undefined)
    due.push({
      key: reminderKey(authority.name, 'Self-evaluation due', selfEvaluation, String(selfLead)),
      authority: authority.name,
      kind: 'Self-evaluation due',
    });
  return due;
}

// --- what the oracle reads back -----------------------------------------------------------------

/** A row of the Reminder log, kept by the oracle whatever coordinators later do to the sheet. */
interface LogEntry {
  /** The day the row appeared (a row logged late carries an earlier Time). */
  readonly seenOn: number;
  /** Its Time, the moment of the send it records. */
  readonly time: number;
  readonly key: string;
  readonly outcome: string;
  readonly detail: string;
  readonly authority: string;
  /** Its Recipients as a set: see `addressSet`. */
  readonly recipients: string;
}

/** A live email (not Test mode, not a notice) as MailApp recorded it. */
interface Email {
  readonly day: number;
  readonly time: number;
  readonly subject: string;
  readonly recipients: string;
  /** The meeting and self-evaluation reminders it carries, from their calendar files. */
  readonly calendar: readonly string[];
}

/** Addresses as a set, whatever their case, order or separators: `a@x.org,b@y.org`. */
function addressSet(addresses: readonly string[]): string {
  const folded = addresses.map((address) => address.trim().toLowerCase()).filter(Boolean);
  return [...new Set(folded)].sort().join(',');
}

/**
 * The keys of the meeting and self-evaluation reminders an email carries, read from the calendar
 * files (RFC 5545) they come with, not from the letter's words, which change with its design: the
 * event's date (DTSTART), the authority and kind (SUMMARY), and the lead its send day reached.
 */
function calendarKeys(attachments: readonly { content: string }[], day: number): string[] {
  return attachments.flatMap(({ content }) => {
    const unfolded = content.replace(/\r?\n[ \t]/g, '');
    const start = /^DTSTART;VALUE=DATE:(\d{4})(\d{2})(\d{2})$/m.exec(unfolded);
    const summary = /^SUMMARY:(.*)$/m.exec(unfolded)?.[1]?.replace(/\\([\\;,])/g, '$1');
    if (!start || summary === undefined) return [];
    const event = dayOf(`${start[1]}-${start[2]}-${start[3]}`);
    const authority = summary.slice(0, summary.lastIndexOf(': '));
    const kind = /self-evaluation/i.test(summary) ? 'Self-evaluation due' : 'Engagement meeting';
    const lead = leadDue(
      event,
      day,
      kind === 'Engagement meeting' ? MEETING_LEADS : SELF_EVALUATION_LEADS,
    );
    return [reminderKey(authority, kind, event, lead === undefined ? 'no lead' : String(lead))];
  });
}

// --- the simulation -------------------------------------------------------------------------------

export interface SoakOptions {
  readonly seed: number;
  readonly days: number;
  /** The first of the example tracker's 153 authorities to use (default all). */
  readonly authorities?: number;
  /** False: the clean control run, the same Tracker edits and nothing else. */
  readonly disturbed?: boolean;
  /** The first simulated day (default Monday 23 November 2026). */
  readonly start?: string;
  /** How much more often than in the five-year bench things go wrong (a short run sees enough). */
  readonly faultRate?: number;
  /** The script (default build/Code.js as this process found it). */
  readonly code?: string;
}

/** A duplicate, a silent loss or another broken promise, with what it takes to reproduce it. */
export interface Finding {
  readonly seed: number;
  /** The disturbed run, or its clean control. */
  readonly disturbed: boolean;
  readonly day: string;
  readonly reminder: string;
  readonly what: string;
  /** What the simulation did on the days involved. */
  readonly scenario: readonly string[];
}

export interface SoakReport {
  readonly seed: number;
  readonly days: number;
  readonly authorities: number;
  /** Rows nobody keeps up: their meetings are never recorded as held. */
  readonly neglectedRows: number;
  readonly disturbed: boolean;
  /** Executions of the daily job: the trigger, follow-up triggers, second runs. */
  readonly runs: number;
  /** Runs that stopped with an error (an injected cut-off, the Reminder log deleted). */
  readonly stoppedRuns: number;
  /** Live emails delivered, notices included. */
  readonly emails: number;
  /** Distinct reminders (keys) delivered live. */
  readonly sends: number;
  readonly testEmails: number;
  /** Emails telling the coordinators that sends may not have gone out. */
  readonly notices: number;
  /** Reminders the oracle's rules made due (meeting and self-evaluation leads, the digest). */
  readonly due: number;
  readonly duplicates: readonly Finding[];
  readonly silentLosses: readonly Finding[];
  /**
   * Broken promises short of a loss: a reminder sent a day late, emails no log row records, a
   * calendar file to someone other than the DCS or on a day none of its leads is due, an error
   * nobody injected.
   */
  readonly otherProblems: readonly Finding[];
  /**
   * Logged with a reason, so no silent loss, but the log's word not kept: a reminder logged
   * Deferred or Failed ("goes first on the next run") that never went, because the next lead
   * replaced it or its date passed while nothing could be sent.
   */
  readonly observations: readonly Finding[];
  /** Due reminders that were not delivered, by what accounts for them. */
  readonly accounted: Readonly<Record<string, number>>;
  readonly disturbances: Readonly<Record<string, number>>;
  /** Distinct reminders delivered live, by kind. */
  readonly sendsByKind: Readonly<Record<string, number>>;
  /** Every reminder identity delivered live, for comparing a run with its clean control. */
  readonly delivered: ReadonlySet<string>;
}

type Mode = 'Live' | 'Test' | 'Paused' | '' | 'Pause';

interface Run {
  readonly day: number;
  readonly what: string;
  readonly mode: Mode;
  readonly error: string | undefined;
  readonly status: string;
}

/** What became of one due reminder over the days it was due. */
interface Fate {
  readonly due: Due;
  readonly days: number[];
  /** Days a run in Live or Test finished without sending or logging it. */
  readonly missed: number[];
  readonly reasons: Set<string>;
  /** Why it stopped being due before it was sent, if it did: see `whyEnded`. */
  ended?: string;
}

/** Why a reminder's key was due yesterday and is not today. */
function whyEnded(due: Due, authority: Authority | undefined, today: number): string {
  const event = dayOf(due.key.split('|').slice(-2)[0] ?? '');
  if (due.kind === 'Weekly digest' || !authority) return 'its week ended';
  const meeting = nextMeeting(authority);
  const done = authority.submitted !== undefined && authority.submitted >= authority.lastMeeting;
  if (due.kind === 'Self-evaluation due' && done) return 'the self-evaluation was submitted';
  const current =
    due.kind === 'Engagement meeting' ? meeting : meeting - SELF_EVALUATION_DAYS_BEFORE;
  if (current !== event) return 'its meeting was moved or held';
  return event < today ? 'the date passed' : 'the next lead, a week or less away, replaced it';
}

const EXPECTED_ERRORS = [CUT_OFF, 'There is no Reminder log sheet'];

/** The tracker in the emulator with the script loaded into it. */
interface Session {
  readonly emulator: AppsScriptEmulator;
  readonly context: vm.Context;
  /** A menu item (or the editor's Run), as the tracker's owner. */
  run(functionName: string): unknown;
  /** The daily trigger that Turn on daily reminders made, fired as Apps Script fires it. */
  fireDailyTrigger(): unknown;
}

/**
 * As support.ts's openSheet, with the code given: a long bench keeps the build it started with
 * while others rebuild.
 */
function openTracker(code: string, first: number, tracker: string[][]): Session {
  const emulator = new AppsScriptEmulator({
    timeZone: LONDON,
    now: new Date(first * DAY_MS + 7 * HOUR_MS),
    userEmail: OWNER,
    // A Google Workspace account's daily recipients.
    mailQuota: 1500,
    htmlFiles: HTML_FILES,
    oauthScopes: OAUTH_SCOPES,
    sheets: { Tracker: tracker },
  });
  const context = emulator.load(code);
  return {
    emulator,
    context,
    run: (functionName) => emulator.run(context, functionName),
    fireDailyTrigger: () => {
      const daily = emulator.triggers.find((trigger) => trigger.everyDays === 1);
      if (!daily) throw new Error('Turn on daily reminders made no daily trigger');
      return emulator.runTrigger(context, daily.id);
    },
  };
}

class Simulation {
  private readonly session: Session;
  private readonly model: Authority[];
  private readonly byName = new Map<string, Authority>();
  /** The Tracker's edits: shared with the clean control run. */
  private readonly trackerDice: Dice;
  /** Everything else that goes wrong. */
  private readonly faultDice: Dice;
  private readonly disturbed: boolean;
  private readonly first: number;

  private mode: Mode = 'Live';
  private modeUntil = 0;
  private logDeletedOn: number | undefined;
  private repairLogOn = 0;
  /** Faults are armed for one day: a hook left over from an earlier day does nothing. */
  private dayToken = 0;

  private readonly runs: Run[] = [];
  /** What happened each day, each line tagged with the authority it concerns, if one. */
  private readonly scenario = new Map<number, { what: string; authority?: string }[]>();
  private readonly disturbances: Record<string, number> = {};
  private readonly log: LogEntry[] = [];
  private readonly logByKey = new Map<string, LogEntry[]>();
  private logLength = 0;
  private mailSeen = 0;
  private readonly emails: Email[] = [];
  /** The first day each key was logged Sent: delivered, if an email bears the row out. */
  private readonly firstSent = new Map<string, number>();
  /** The first day a calendar file brought each key: delivered, whatever the log says. */
  private readonly firstCalendar = new Map<string, number>();
  private readonly notices: { day: number; body: string }[] = [];
  private testEmails = 0;
  private liveEmails = 0;
  private readonly fates = new Map<string, Fate>();
  private dueYesterday = new Set<string>();
  private readonly otherProblems: Finding[] = [];

  constructor(private readonly options: SoakOptions) {
    this.disturbed = options.disturbed ?? true;
    this.first = dayOf(options.start ?? '2026-11-23');
    this.trackerDice = new Dice(options.seed, 0);
    this.faultDice = new Dice(options.seed, 1);
    const example = exampleTracker();
    const header = [...(example[0] ?? []), ...EXTRA_COLUMNS];
    const count = Math.min(options.authorities ?? 153, example.length - 1);
    this.model = example.slice(1, count + 1).map((base, index) => {
      const neglected = this.trackerDice.chance(0.04);
      const authority: Authority = {
        index,
        name: base[0] ?? '',
        dcs: `dcs${index}@la${index}.example.org`,
        cc: index % 4 === 0 ? [`pa${index}@la${index}.example.org`] : [],
        neglected,
        // Meetings spread over the year; a neglected row's last one is already long past.
        lastMeeting:
          this.first - (neglected ? this.trackerDice.int(380, 700) : this.trackerDice.int(0, 364)),
        planned: undefined,
        submitted: undefined,
        pausedUntil: undefined,
        cycle: drawCycle(this.trackerDice, neglected),
      };
      this.byName.set(authority.name.toLowerCase(), authority);
      return authority;
    });
    const rows = this.model.map((authority, index) => [
      ...(example[index + 1] ?? []),
      isoOf(authority.lastMeeting),
      '',
      '',
      `DCS ${authority.index}`,
      authority.dcs,
      authority.cc.join(', '),
      'On',
    ]);
    this.session = openTracker(options.code ?? CODE, this.first, [header, ...rows]);
    this.session.run('setUpTracker');
    this.setSetting('Coordinator emails', COORDINATOR);
    this.setSetting('Daily run hour', '7');
    this.setSetting('Send mode', 'Live');
    this.session.run('turnOnDailyReminders');
    this.session.emulator.setUiAvailable(false);
  }

  // --- the sheets, through the harness (not counted: people, not the script) ---

  private setSetting(name: string, value: string): void {
    const names = this.session.emulator.values('Settings').map((row) => row[0]);
    const row = names.indexOf(name);
    if (row < 0) throw new Error(`No setting ${name}`);
    this.session.emulator
      .sheet('Settings')
      .getRange(row + 1, 2)
      .setValue(value);
  }

  private setting(name: string): string {
    const row = this.session.emulator.values('Settings').find((cells) => cells[0] === name);
    return String(row?.[1] ?? '');
  }

  private setTrackerCell(authority: Authority, header: string, value: string): void {
    const values = this.session.emulator.values('Tracker');
    const row = values.findIndex((cells) => cells[0] === authority.name);
    const column = (values[0] ?? []).indexOf(header);
    if (row < 1 || column < 0) throw new Error(`No ${header} for ${authority.name}`);
    this.session.emulator
      .sheet('Tracker')
      .getRange(row + 1, column + 1)
      .setValue(value);
  }

  private hasLog(): boolean {
    return this.session.emulator.spreadsheet.getSheetByName('Reminder log') !== null;
  }

  private logValues(): unknown[][] {
    return this.hasLog() ? this.session.emulator.values('Reminder log') : [];
  }

  private note(day: number, what: string, authority?: Authority): void {
    const notes = this.scenario.get(day) ?? [];
    notes.push(authority ? { what, authority: authority.name.toLowerCase() } : { what });
    this.scenario.set(day, notes);
  }

  private count(disturbance: string): void {
    this.disturbances[disturbance] = (this.disturbances[disturbance] ?? 0) + 1;
  }

  // --- one simulated day ---

  simulate(): SoakReport {
    for (let day = this.first; day < this.first + this.options.days; day += 1) this.day(day);
    return this.report();
  }

  private day(day: number): void {
    this.dayToken += 1;
    const emulator = this.session.emulator;
    emulator.setNow(new Date(day * DAY_MS + 7 * HOUR_MS));
    emulator.setMailQuota(1500);
    emulator.advanceOn('MailApp.sendEmail', 0);
    this.editTracker(day);
    const faults = this.disturbed ? this.disturbDay(day) : { lockHeld: false, secondRun: false };

    this.execute(day, 'the daily trigger', () => this.session.fireDailyTrigger());
    this.followUps(day, faults.lockHeld);
    if (faults.secondRun) {
      emulator.setNow(new Date(Math.max(day * DAY_MS + 13 * HOUR_MS, emulator.now.getTime())));
      if (this.faultDice.chance(0.5)) {
        this.note(day, '13:00 the daily trigger fires again');
        this.execute(day, 'the daily trigger again', () => this.session.fireDailyTrigger());
      } else {
        this.note(day, '13:00 a coordinator chooses Send due reminders now');
        emulator.setUiAvailable(true);
        this.execute(day, 'Send due reminders now', () => this.session.run('sendDueRemindersNow'));
        emulator.setUiAvailable(false);
      }
      this.followUps(day, false);
    }
    this.readMail();
    this.judgeDay(day);
  }

  /** Follow-up triggers fire as Apps Script fires them: 5 minutes after they were set. */
  private followUps(day: number, lockHeld: boolean): void {
    const emulator = this.session.emulator;
    for (let attempt = 0; attempt < 80; attempt += 1) {
      const pending = emulator.triggers.filter((trigger) => trigger.dueAt && !trigger.fired);
      const next = Math.min(...pending.map((trigger) => trigger.dueAt?.getTime() ?? Infinity));
      if (!Number.isFinite(next)) return;
      if (lockHeld && attempt === 1) {
        // Whoever held the lock (a long Set up, a colleague's Recalculate) is done.
        emulator.releaseLock('document');
        lockHeld = false;
      }
      emulator.setNow(new Date(Math.max(next, emulator.now.getTime())));
      for (const trigger of emulator.dueTriggers())
        this.execute(day, 'a follow-up trigger', () =>
          emulator.runTrigger(this.session.context, trigger.id),
        );
    }
    if (lockHeld) emulator.releaseLock('document');
  }

  private execute(day: number, what: string, run: () => unknown): void {
    const mode = this.mode;
    let error: string | undefined;
    try {
      run();
    } catch (thrown) {
      error = String((thrown as { message?: unknown } | undefined)?.message ?? thrown);
    }
    this.readLog(day);
    const status = this.setting('Daily reminders last ran');
    this.runs.push({ day, what, mode, error, status });
    if (error !== undefined) {
      this.note(day, `${what} stopped: ${error}`);
      if (!EXPECTED_ERRORS.some((expected) => error?.includes(expected)))
        this.problem(day, '', `${what} failed with an error nobody injected: ${error}`);
    }
  }

  // --- the Tracker: what coordinators record (the same in the clean control) ---

  private editTracker(day: number): void {
    for (const authority of this.model) {
      const meeting = nextMeeting(authority);
      const cycle = authority.cycle;
      if (cycle.moveLead !== undefined && !cycle.moved && day === meeting - cycle.moveLead) {
        cycle.moved = true;
        const moved = Math.max(day + 1, meeting + cycle.moveBy);
        if (moved !== meeting) {
          authority.planned = moved;
          this.setTrackerCell(authority, 'Planned engagement meeting', isoOf(moved));
          this.note(
            day,
            `${authority.name}'s meeting moved from ${isoOf(meeting)} to ${isoOf(moved)}`,
            authority,
          );
        }
      }
      const selfEvaluation = nextMeeting(authority) - SELF_EVALUATION_DAYS_BEFORE;
      const done =
        authority.submitted !== undefined && authority.submitted >= authority.lastMeeting;
      if (!done && cycle.submitOffset !== undefined && day >= selfEvaluation + cycle.submitOffset) {
        authority.submitted = day;
        this.setTrackerCell(authority, 'Self-evaluation submitted', isoOf(day));
        this.note(day, `${authority.name}'s self-evaluation submitted`, authority);
      }
      const held = nextMeeting(authority);
      if (cycle.recordDelay !== undefined && day >= held + cycle.recordDelay) {
        authority.lastMeeting = held;
        this.setTrackerCell(authority, 'Last engagement meeting', isoOf(held));
        this.note(day, `${authority.name}'s meeting of ${isoOf(held)} recorded as held`, authority);
        authority.cycle = drawCycle(this.trackerDice, authority.neglected);
      }
      if (authority.pausedUntil === undefined && this.trackerDice.chance(0.0005)) {
        authority.pausedUntil = day + this.trackerDice.int(10, 60);
        this.setTrackerCell(authority, 'Reminders', 'Paused');
        this.note(
          day,
          `${authority.name}'s row Paused until ${isoOf(authority.pausedUntil)}`,
          authority,
        );
      } else if (authority.pausedUntil !== undefined && day >= authority.pausedUntil) {
        authority.pausedUntil = undefined;
        this.setTrackerCell(authority, 'Reminders', 'On');
        this.note(day, `${authority.name}'s row On again`, authority);
      }
    }
  }

  private pausedOn(authorityName: string, day: number): boolean {
    const authority = this.byName.get(authorityName.toLowerCase());
    return authority?.pausedUntil !== undefined && day < authority.pausedUntil;
  }

  // --- what else goes wrong (the disturbed run only) ---

  /** A disturbance of this daily probability happens today (scaled by `faultRate`). */
  private often(probability: number): boolean {
    return this.faultDice.chance(Math.min(1, probability * (this.options.faultRate ?? 1)));
  }

  /** Runs `action` just before the n-th call of `key` from now, if that comes today. */
  private onlyToday(key: string, n: number, action: () => void): void {
    const token = this.dayToken;
    this.session.emulator.onCall(key, n, () => {
      if (token === this.dayToken) action();
    });
  }

  private disturbDay(day: number): { lockHeld: boolean; secondRun: boolean } {
    const dice = this.faultDice;
    const emulator = this.session.emulator;
    this.changeSendMode(day);
    this.editLog(day);

    if (this.often(0.08)) {
      // The run is stopped part-way, as the 6-minute limit or a crash stops it: nothing it
      // could catch.
      const [key, most] = dice.pick([
        ['Properties.setProperties', 8],
        ['Properties.setProperties', 3],
        ['Range.setValues', 4],
        ['Range.getValues', 6],
        ['Properties.deleteProperty', 3],
        ['Properties.getProperties', 2],
      ] as const);
      const n = dice.int(1, most);
      this.count('run cut off');
      this.note(day, `the run is cut off at call ${n} of ${key}`);
      this.onlyToday(key, n, () => {
        throw new Error(CUT_OFF);
      });
    }
    if (this.often(0.06)) {
      const n = dice.int(1, 6);
      this.count('transient mail error');
      this.note(day, `MailApp.sendEmail call ${n} fails: Service error: Mail`);
      this.onlyToday('MailApp.sendEmail', n, () => {
        throw new Error('Service error: Mail');
      });
    }
    if (this.often(0.02)) {
      const n = dice.int(1, 6);
      this.count('quota error from MailApp');
      this.note(day, `MailApp.sendEmail call ${n} throws the daily quota error`);
      this.onlyToday('MailApp.sendEmail', n, () => {
        throw new Error('Service invoked too many times for one day: email.');
      });
    }
    if (this.often(0.04)) {
      const quota = dice.int(0, 20);
      this.count('mail quota low');
      this.note(day, `the mail quota has ${quota} recipients left`);
      emulator.setMailQuota(quota);
    }
    if (this.often(0.03)) {
      const seconds = dice.int(30, 90);
      this.count('slow mail (time budget)');
      this.note(day, `each email takes ${seconds} s`);
      emulator.advanceOn('MailApp.sendEmail', seconds * 1000);
    }
    const lockHeld = this.often(0.03);
    if (lockHeld) {
      this.count('lock busy');
      this.note(day, 'another execution holds the document lock');
      emulator.holdLock('document');
    }
    if (this.often(0.02)) {
      const n = dice.int(1, 5);
      const clears = dice.chance(0.5);
      this.count('log edited during a run');
      this.note(
        day,
        `before email ${n} a coordinator ${clears ? 'clears' : 'sorts'} the Reminder log`,
      );
      const column = dice.next();
      this.onlyToday('MailApp.sendEmail', n, () =>
        clears ? this.clearLog() : this.sortLog(column),
      );
    }
    if (this.often(0.01)) {
      const n = dice.int(1, 5);
      const mode = dice.pick<Mode>(['Paused', 'Test', '']);
      this.count('Send mode changed during a run');
      const until = day + dice.int(1, 5);
      this.note(day, `before email ${n} a coordinator sets Send mode to '${mode}'`);
      this.onlyToday('MailApp.sendEmail', n, () => {
        this.mode = mode;
        this.modeUntil = until;
        this.setSetting('Send mode', mode);
      });
    }
    const secondRun = this.often(0.05);
    if (secondRun) this.count('second run the same day');
    return { lockHeld, secondRun };
  }

  private changeSendMode(day: number): void {
    const dice = this.faultDice;
    // Drawn every day, so that a mode changed during a run never shifts the dice.
    const changes = this.often(0.015);
    const mode = dice.pick<Mode>(['Paused', 'Paused', 'Test', 'Test', '', 'Pause']);
    const until = day + (mode === 'Paused' ? dice.int(1, 20) : dice.int(1, 7));
    if (this.mode !== 'Live' && day >= this.modeUntil) {
      this.mode = 'Live';
      this.setSetting('Send mode', 'Live');
      this.note(day, 'Send mode back to Live');
    } else if (this.mode === 'Live' && changes) {
      this.mode = mode;
      this.modeUntil = until;
      this.setSetting('Send mode', mode);
      this.count(`Send mode '${mode}'`);
      this.note(day, `Send mode set to '${mode}' until ${isoOf(until)}`);
    }
  }

  private editLog(day: number): void {
    const dice = this.faultDice;
    const emulator = this.session.emulator;
    if (this.logDeletedOn !== undefined) {
      if (day < this.repairLogOn) return;
      // The trigger's failure emails told the owner; they run Set up, which makes a new log.
      emulator.setUiAvailable(true);
      this.session.run('setUpTracker');
      emulator.setUiAvailable(false);
      this.logDeletedOn = undefined;
      this.logLength = this.logValues().length;
      this.note(day, 'a coordinator runs Set up tracker, which makes a new Reminder log');
      return;
    }
    if (!this.often(0.04)) return;
    const edit = dice.pick([
      'clear',
      'clear',
      'sort',
      'sort',
      'delete rows',
      'delete rows',
      'title',
      'delete sheet',
    ]);
    this.count(`log: ${edit}`);
    if (edit === 'clear') this.clearLog();
    else if (edit === 'sort') this.sortLog(dice.next());
    else if (edit === 'delete rows') {
      // Drawn whatever the log holds, so that the tool's behaviour never shifts the dice.
      const [size, place] = [dice.next(), dice.next()];
      const values = this.logValues();
      const first = this.headerRow(values) + 2;
      const rows = values.length - first + 1;
      if (rows > 0) {
        const count = 1 + Math.floor(size * Math.min(rows, 25));
        const at = first + Math.floor(place * (rows - count + 1));
        emulator.sheet('Reminder log').deleteRows(at, count);
        this.note(day, `a coordinator deletes ${count} rows of the Reminder log at row ${at}`);
      }
    } else if (edit === 'title') {
      if (this.headerRow(this.logValues()) < 5) {
        const sheet = emulator.sheet('Reminder log');
        sheet.insertRowsBefore(1, 1);
        sheet.getRange(1, 1).setValue('Reminders sent (kept by the coordinators)');
        this.note(day, 'a coordinator puts a title row above the Reminder log');
      }
    } else {
      emulator.spreadsheet.deleteSheet(emulator.sheet('Reminder log'));
      this.logDeletedOn = day;
      this.repairLogOn = day + dice.int(1, 3);
      this.note(
        day,
        `a coordinator deletes the Reminder log sheet (Set up on ${isoOf(this.repairLogOn)})`,
      );
    }
    this.logLength = this.logValues().length;
  }

  private clearLog(): void {
    const values = this.logValues();
    const first = this.headerRow(values) + 2;
    if (values.length >= first)
      this.session.emulator
        .sheet('Reminder log')
        .getRange(first, 1, values.length - first + 1, values[0]?.length ?? 1)
        .clearContent();
    this.note(londonDay(this.session.emulator.now), 'a coordinator clears the Reminder log');
  }

  /** A sort by a column, as Data > Sort range does: the rows rewritten in another order. */
  private sortLog(columnFraction: number): void {
    const values = this.logValues();
    const header = this.headerRow(values);
    const rows = values.slice(header + 1);
    if (rows.length < 2) return;
    const column = Math.floor(columnFraction * (values[header]?.length ?? 1));
    const text = (cell: unknown) => (isDate(cell) ? String(Number(cell)) : String(cell));
    rows.sort((a, b) => (text(a[column]) < text(b[column]) ? 1 : -1));
    this.session.emulator
      .sheet('Reminder log')
      .getRange(header + 2, 1, rows.length, rows[0]?.length ?? 1)
      .setValues(rows);
    this.note(
      londonDay(this.session.emulator.now),
      `a coordinator sorts the Reminder log by column ${column + 1}`,
    );
  }

  // --- reading back: the log and the mail ---

  /** The header row wherever it is among the first rows: the one naming Key and Outcome. */
  private headerRow(values: readonly unknown[][]): number {
    const found = values
      .slice(0, 20)
      .findIndex((row) =>
        ['key', 'outcome'].every((name) =>
          row.some((cell) => String(cell).trim().toLowerCase() === name),
        ),
      );
    return Math.max(found, 0);
  }

  /** The rows a run appended, kept by the oracle (coordinators may clear or delete them later). */
  private readLog(day: number): void {
    const values = this.logValues();
    const headerIndex = this.headerRow(values);
    const header = (values[headerIndex] ?? []).map((cell) => String(cell).trim());
    const at = (row: unknown[], name: string) => row[header.indexOf(name)];
    const text = (row: unknown[], name: string) => String(at(row, name) ?? '');
    for (const row of values.slice(Math.max(this.logLength, headerIndex + 1))) {
      if (row.every((cell) => cell === '')) continue;
      const time = at(row, 'Time');
      const entry: LogEntry = {
        seenOn: day,
        time: isDate(time) ? Number((time as Date).valueOf()) : NaN,
        key: text(row, 'Key'),
        outcome: text(row, 'Outcome'),
        detail: text(row, 'Detail'),
        authority: text(row, 'Authority'),
        recipients: addressSet(text(row, 'Recipients').split(/[,;]/)),
      };
      this.log.push(entry);
      const rows = this.logByKey.get(entry.key) ?? [];
      rows.push(entry);
      this.logByKey.set(entry.key, rows);
      if (entry.outcome === 'Sent' && !this.firstSent.has(entry.key))
        this.firstSent.set(entry.key, day);
    }
    this.logLength = values.length;
  }

  private readMail(): void {
    const mail = this.session.emulator.mail;
    for (const message of mail.slice(this.mailSeen)) {
      const day = londonDay(message.sentAt);
      if (message.subject.startsWith('[TEST] ')) {
        this.testEmails += 1;
        if (message.to.some((address) => address !== OWNER))
          this.problem(day, message.subject, `a Test email went to ${message.to.join(', ')}`);
        continue;
      }
      this.liveEmails += 1;
      if (/may not have gone out/.test(message.subject)) {
        this.notices.push({ day, body: message.body });
        continue;
      }
      const recipients = addressSet([...message.to, ...message.cc]);
      const calendar = calendarKeys(message.attachments, day);
      this.emails.push({
        day,
        time: message.sentAt.getTime(),
        subject: message.subject,
        recipients,
        calendar,
      });
      for (const key of calendar) {
        if (!this.firstCalendar.has(key)) this.firstCalendar.set(key, day);
        const authority = this.byName.get(key.split('|')[0] ?? '');
        if (!authority || !message.to.includes(authority.dcs))
          this.problem(day, key, `its calendar file went to ${message.to.join(', ')}, not its DCS`);
        if (key.endsWith('|no lead'))
          this.problem(day, key, 'sent on a day none of its leads is due');
      }
    }
    this.mailSeen = mail.length;
  }

  private problem(day: number, reminder: string, what: string): void {
    this.otherProblems.push(this.finding(day, reminder, what, [day]));
  }

  private finding(day: number, reminder: string, what: string, days: readonly number[]): Finding {
    const involved = [...new Set(days)].sort((a, b) => a - b);
    // The day's events that concern everyone, and those of the reminder's own authority.
    const authority = reminder.split('|')[0] ?? '';
    return {
      seed: this.options.seed,
      disturbed: this.disturbed,
      day: isoOf(day),
      reminder,
      what,
      scenario: involved.flatMap((each) =>
        (this.scenario.get(each) ?? [])
          .filter((line) => line.authority === undefined || line.authority === authority)
          .map((line) => `${isoOf(each)}: ${line.what}`),
      ),
    };
  }

  // --- the oracle, day by day ---

  private judgeDay(day: number): void {
    const due = this.model.flatMap((authority) => dueFor(authority, day));
    due.push({
      key: reminderKey('', 'Weekly digest', mondayOf(day), 'week'),
      authority: '',
      kind: 'Weekly digest',
    });
    // A run that found the lock busy only handed the day to a follow-up: it is no attempt.
    const last = this.runs
      .filter(
        (run) =>
          run.day === day && run.error === undefined && !/busy with another run/.test(run.status),
      )
      .at(-1);
    const dueToday = new Set(due.map((reminder) => reminder.key));
    for (const key of this.dueYesterday) {
      const fate = this.fates.get(key);
      if (fate && fate.ended === undefined && !dueToday.has(key))
        fate.ended = whyEnded(fate.due, this.byName.get(fate.due.authority.toLowerCase()), day);
    }
    this.dueYesterday = dueToday;
    for (const reminder of due) {
      let fate = this.fates.get(reminder.key);
      if (!fate) {
        fate = { due: reminder, days: [], missed: [], reasons: new Set() };
        this.fates.set(reminder.key, fate);
      }
      fate.days.push(day);
      const delivered = Math.min(
        this.firstSent.get(reminder.key) ?? Infinity,
        this.firstCalendar.get(reminder.key) ?? Infinity,
      );
      if (delivered <= day) continue;
      const reason = this.accountFor(reminder, day, last);
      if (reason) fate.reasons.add(reason);
      else fate.missed.push(day);
    }
  }

  /**
   * Why a reminder due today did not go out, if the record says why: a row of the log for it
   * (today's for a retry, any earlier skip whose reason still holds), or a day on which nothing
   * could be sent and the tool said so. Undefined: a run in Live or Test finished the day
   * without sending it or saying why.
   */
  private accountFor(reminder: Due, day: number, last: Run | undefined): string | undefined {
    if (!last) return 'every run of the day stopped (cut off, or no Reminder log)';
    const rows = (this.logByKey.get(reminder.key) ?? []).filter((row) => row.seenOn <= day);
    if (rows.some((row) => row.outcome === 'Unknown')) return 'Unknown';
    const skip = rows.filter((row) => row.outcome === 'Skipped').at(-1);
    if (
      skip &&
      (skip.detail !== 'Reminders are Paused for this authority.' ||
        this.pausedOn(reminder.authority, day))
    )
      return `Skipped: ${skip.detail}`;
    const todays = rows.filter(
      (row) => row.seenOn === day && ['Deferred', 'Failed', 'Sent'].includes(row.outcome),
    );
    if (last.mode === 'Live') {
      const row = todays.at(-1);
      if (row) return row.outcome;
      if (/left for the next run/.test(last.status)) return 'left for the next run';
      return undefined;
    }
    if (last.mode === 'Test') {
      if (rows.some((row) => row.outcome === 'Test')) return 'Test';
      return todays.at(-1)?.outcome;
    }
    if (last.mode === 'Paused')
      return /nothing sent: Send mode is Paused/.test(last.status) ? 'Send mode Paused' : undefined;
    const noted = this.log.some(
      (row) => row.seenOn === day && row.key === '' && /not sent/.test(row.detail),
    );
    return noted ? 'Send mode blank or mistyped, noted in the log' : undefined;
  }

  /**
   * The email that took a logged reminder to one of its recipients: the one to them that day sent
   * nearest the row's Time. (A row names everyone the reminder went to, in one letter or several.)
   */
  private emailOf(row: LogEntry, recipient: string): Email | undefined {
    let nearest: Email | undefined;
    for (const email of this.emailsTo(this.sentDay(row), recipient)) {
      if (!nearest || Math.abs(email.time - row.time) < Math.abs(nearest.time - row.time))
        nearest = email;
    }
    return nearest;
  }

  /** The day of a row's Time (a row without one: the day it appeared). */
  private sentDay(row: LogEntry): number {
    return Number.isFinite(row.time) ? londonDay(new Date(row.time)) : row.seenOn;
  }

  private emailsByPerson: Map<string, Email[]> | undefined;

  private emailsTo(day: number, recipient: string): readonly Email[] {
    if (!this.emailsByPerson) {
      this.emailsByPerson = new Map();
      for (const email of this.emails) {
        for (const person of email.recipients.split(',')) {
          const slot = `${email.day} ${person}`;
          this.emailsByPerson.set(slot, [...(this.emailsByPerson.get(slot) ?? []), email]);
        }
      }
    }
    return this.emailsByPerson.get(`${day} ${recipient}`) ?? [];
  }

  private report(): SoakReport {
    const end = this.first + this.options.days - 1;
    const silentLosses: Finding[] = [];
    const duplicates: Finding[] = [];
    const sent = this.log.filter((row) => row.outcome === 'Sent');
    const people = (row: LogEntry) => row.recipients.split(',').filter(Boolean);

    // What the log calls Sent reached each of its recipients: an email to them that day.
    const delivered = new Set<string>();
    for (const row of sent) {
      const missing = people(row).filter((person) => !this.emailOf(row, person));
      if (missing.length === 0) delivered.add(row.key);
      else
        silentLosses.push(
          this.finding(
            row.seenOn,
            row.key,
            `logged Sent, but no email reached ${missing.join(', ')} that day`,
            [row.seenOn],
          ),
        );
    }
    // And every email is in the log: no one gets more emails on a day than rows record for them.
    const rowsFor = new Map<string, number>();
    for (const row of this.log.filter(
      (entry) => entry.outcome === 'Sent' || entry.outcome === 'Unknown',
    )) {
      for (const person of people(row)) {
        const slot = `${this.sentDay(row)} ${person}`;
        rowsFor.set(slot, (rowsFor.get(slot) ?? 0) + 1);
      }
    }
    const emailsFor = new Map<string, Email[]>();
    for (const email of this.emails) {
      for (const person of email.recipients.split(',')) {
        const slot = `${email.day} ${person}`;
        emailsFor.set(slot, [...(emailsFor.get(slot) ?? []), email]);
      }
    }
    for (const [slot, emails] of emailsFor) {
      const rows = rowsFor.get(slot) ?? 0;
      const [first] = emails;
      if (emails.length > rows && first)
        this.problem(
          first.day,
          first.subject,
          `${emails.length} emails reached ${slot.split(' ')[1] ?? ''} that day, but log rows record ${rows} reminders sent to them`,
        );
    }
    for (const email of this.emails) {
      for (const key of email.calendar) {
        if (
          !(this.logByKey.get(key) ?? []).some(
            (row) => row.outcome === 'Sent' || row.outcome === 'Unknown',
          )
        )
          this.problem(
            email.day,
            key,
            'its calendar file went out, but it was never logged Sent or Unknown',
          );
      }
    }

    // Duplicates, from the log: the same reminder in two emails to the same person.
    const carried = new Map<string, Set<Email>>();
    for (const row of sent) {
      for (const person of people(row)) {
        const email = this.emailOf(row, person);
        if (!email) continue;
        const slot = `${identityOfKey(row.key)}\n${person}`;
        carried.set(slot, (carried.get(slot) ?? new Set()).add(email));
      }
    }
    // And from the calendar files alone, whatever the log says.
    for (const email of this.emails) {
      for (const key of email.calendar) {
        for (const recipient of email.recipients.split(',')) {
          const slot = `${key}\n${recipient}`;
          carried.set(slot, (carried.get(slot) ?? new Set()).add(email));
        }
      }
    }
    // One finding a reminder, naming everyone it reached too often.
    const tooOften = new Map<string, { recipients: string[]; emails: Set<Email> }>();
    for (const [slot, emails] of carried) {
      const [identity = '', recipient = ''] = slot.split('\n');
      const kind = identity.split('|')[1] ?? '';
      if (emails.size <= (CHASES.includes(kind) ? MOST_CHASES : 1)) continue;
      const found = tooOften.get(identity) ?? { recipients: [], emails: new Set<Email>() };
      found.recipients.push(recipient);
      for (const email of emails) found.emails.add(email);
      tooOften.set(identity, found);
    }
    for (const [identity, { recipients, emails }] of tooOften) {
      const allowed = CHASES.includes(identity.split('|')[1] ?? '') ? MOST_CHASES : 1;
      const days = [...new Set([...emails].map((email) => email.day))].sort((a, b) => a - b);
      duplicates.push(
        this.finding(
          days[allowed] ?? end,
          identity,
          `reached ${recipients.join(' and ')} on ${days.length} days (at most ${allowed}): ${days.map(isoOf).join(', ')}`,
          days,
        ),
      );
    }

    // Every reminder due: delivered, or the record says why.
    const observations: Finding[] = [];
    const accounted: Record<string, number> = {};
    const tally = (reason: string) => (accounted[reason] = (accounted[reason] ?? 0) + 1);
    for (const fate of this.fates.values()) {
      const logged = delivered.has(fate.due.key) ? this.firstSent.get(fate.due.key) : undefined;
      const first = Math.min(logged ?? Infinity, this.firstCalendar.get(fate.due.key) ?? Infinity);
      if (Number.isFinite(first)) {
        const late = fate.missed.filter((day) => day < first);
        if (late.length > 0)
          this.otherProblems.push(
            this.finding(
              late[0] ?? first,
              fate.due.key,
              `sent on ${isoOf(first)}, though due and neither sent nor logged on ${late.map(isoOf).join(', ')}`,
              [...late, first],
            ),
          );
        continue;
      }
      if (fate.missed.length > 0) {
        silentLosses.push(
          this.finding(
            fate.missed[0] ?? end,
            fate.due.key,
            `due on ${fate.days.map(isoOf).join(', ')}; never sent, and on ${fate.missed.map(isoOf).join(', ')} the day's last run ended without sending it or logging why`,
            fate.days,
          ),
        );
        continue;
      }
      const reasons = [...fate.reasons];
      const retried = reasons.some((reason) => reason === 'Deferred' || reason === 'Failed');
      if (retried && fate.ended) {
        // The log said it would go first on the next run (or be tried again), and it never went:
        // rightly when the Tracker no longer asks for it, otherwise an observation.
        tally(`Deferred or Failed, then ${fate.ended}`);
        const last = fate.days.at(-1) ?? end;
        if (/next lead|date passed/.test(fate.ended))
          observations.push(
            this.finding(
              last,
              fate.due.key,
              `logged ${reasons.filter((reason) => reason === 'Deferred' || reason === 'Failed').join(' and ')} ("goes first on the next run"), never sent: after ${isoOf(last)} ${fate.ended}`,
              fate.days,
            ),
          );
      } else if (retried) tally('Deferred or Failed, still to be retried at the end');
      else tally(reasons[0] ?? 'no reason');
    }

    // Unknown: never sent again, and the coordinators told (README, "Reminders").
    const lastRun = this.runs.filter((run) => run.error === undefined).at(-1);
    for (const row of this.log.filter((entry) => entry.outcome === 'Unknown')) {
      const told = this.notices.some(
        (notice) =>
          notice.day >= row.seenOn && notice.body.includes(row.authority || 'Weekly digest'),
      );
      if (told) continue;
      if (/may not have gone out waits/.test(lastRun?.status ?? ''))
        tally('Unknown, its notice still waiting at the end');
      else
        silentLosses.push(
          this.finding(
            row.seenOn,
            row.key,
            'logged Unknown, but no notice telling the coordinators ever went',
            [row.seenOn],
          ),
        );
    }

    // A calendar file proves a delivery the log may have missed (reported above as a problem).
    for (const key of this.firstCalendar.keys()) if (!key.endsWith('|no lead')) delivered.add(key);
    const sendsByKind: Record<string, number> = {};
    for (const key of delivered) {
      const kind = key.split('|').slice(-3)[0] ?? '';
      sendsByKind[kind] = (sendsByKind[kind] ?? 0) + 1;
    }
    return {
      seed: this.options.seed,
      days: this.options.days,
      authorities: this.model.length,
      neglectedRows: this.model.filter((authority) => authority.neglected).length,
      disturbed: this.disturbed,
      runs: this.runs.length,
      stoppedRuns: this.runs.filter((run) => run.error !== undefined).length,
      emails: this.liveEmails,
      sends: delivered.size,
      testEmails: this.testEmails,
      notices: this.notices.length,
      due: this.fates.size,
      duplicates,
      silentLosses,
      otherProblems: this.otherProblems,
      observations,
      accounted,
      disturbances: this.disturbances,
      sendsByKind,
      delivered: new Set([...delivered].map(identityOfKey)),
    };
  }
}

/** One simulation, start to end: build/Code.js as `npm run build` last made it. */
export function soak(options: SoakOptions): SoakReport {
  return new Simulation(options).simulate();
}

/** A finding in a few lines: the seed, the day, the reminder, what happened and the scenario. */
export function describeFinding(finding: Finding): string {
  return [
    `seed ${finding.seed} (${finding.disturbed ? 'disturbed' : 'clean'}), ${finding.day}: ${finding.reminder}: ${finding.what}`,
    ...finding.scenario.map((line) => `    ${line}`),
  ].join('\n');
}
