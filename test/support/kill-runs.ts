/**
 * `npm start --in-place` killed at random points, as a machine that loses power or a cron job's
 * timeout would: each round runs the command on a fresh copy of the example workbook against a
 * local SMTP server, SIGKILLs it (when the server has the N-th message but has not answered, or
 * after a random delay), checks the workbook still opens, and runs it again to the end. Used by
 * test/cli/kill.test.ts (a few rounds) and bench/kill-runs.ts (64 and more). Plain Node, no jest.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const ROOT = path.join(__dirname, '..', '..');
const EXAMPLE = path.join(ROOT, 'examples', 'tracker.xlsx');
const TODAY = '2026-11-22';

/**
 * Where a round's first run is stopped: `ms` after the server has the `message`-th message (0:
 * after the start). At 0 ms after a message the server has it but has not answered.
 */
export interface KillPoint {
  readonly message: number;
  readonly ms: number;
}

export interface Round {
  readonly killedAt: KillPoint;
  /** Whether the run had already finished when the kill came. */
  readonly finishedFirst: boolean;
  /** Whether the workbook opened (ExcelJS) after the kill. */
  readonly wholeAfterKill: boolean;
  readonly rerun: { readonly status: number; readonly stderr: string };
  /** Every message the server received in the round: `subject | recipients`. */
  readonly deliveries: readonly string[];
  /** Messages received more than once. */
  readonly duplicates: readonly string[];
  /** Reminders a clean run sends that the final Reminder log has neither Sent nor Unknown. */
  readonly unreported: readonly string[];
  /** Reminder keys logged Sent more than once. */
  readonly sentTwice: readonly string[];
  readonly unknown: number;
}

/** mulberry32: the same rounds for the same seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Received {
  readonly raw: Buffer;
  readonly recipients: readonly string[];
}

/** An SMTP server on this thread (the command runs in a process of its own). */
async function smtpServer(onMessage: (count: number) => void) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // A reverse DNS lookup of 127.0.0.1 for every connection costs most of a second here.
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          raw: Buffer.concat(chunks),
          recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address).sort(),
        });
        onMessage(received.length);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    port,
    /** The messages since the last call, as `subject | recipients`. */
    take: async (): Promise<string[]> => {
      const taken = received.splice(0);
      return Promise.all(
        taken.map(
          async ({ raw, recipients }) =>
            `${(await simpleParser(raw)).subject ?? ''} | ${recipients.join(', ')}`,
        ),
      );
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The command as npm start runs it, in one process (tsx's own binary would fork a second). */
function startInPlace(file: string, port: number): ChildProcess {
  return spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'cli/start.ts',
      '--tracker',
      file,
      '--in-place',
      '--today',
      TODAY,
      '--smtp',
      `smtp://127.0.0.1:${port}`,
      '--from',
      'coordinator@council.example.org',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
}

function finished(child: ChildProcess): Promise<{ status: number; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status: status ?? -1, stderr }));
  });
}

/** The Reminder log's keys by outcome, or undefined when the workbook does not open. */
async function logOf(file: string): Promise<Map<string, string[]> | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch {
    return undefined;
  }
  const rows: unknown[][] = [];
  workbook
    .getWorksheet('Reminder log')
    ?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const header = (rows[0] ?? []).map(String);
  const outcomeAt = header.indexOf('Outcome');
  const keyAt = header.indexOf('Key');
  const byOutcome = new Map<string, string[]>();
  for (const row of rows.slice(1)) {
    const outcome = String(row[outcomeAt] ?? '');
    byOutcome.set(outcome, [...(byOutcome.get(outcome) ?? []), String(row[keyAt] ?? '')]);
  }
  return byOutcome;
}

function repeated(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((value) => seen.has(value) || !seen.add(value)))];
}

function fresh(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ilacs-kill-')), 'tracker.xlsx');
  copyFileSync(EXAMPLE, file);
  return file;
}

export interface KillRuns {
  /** The clean run's messages, its duration, and when its last message arrived. */
  readonly reference: {
    readonly deliveries: readonly string[];
    readonly ms: number;
    readonly lastMessageMs: number;
  };
  readonly rounds: readonly Round[];
}

/**
 * A clean run first (what should go out, and how long a run takes), then `rounds` rounds, each a
 * run killed at a point chosen from `seed` and a run to the end.
 */
export async function killRuns(
  rounds: number,
  seed: number,
  onRound: (round: Round, index: number) => void = () => undefined,
): Promise<KillRuns> {
  let onMessage: (count: number) => void = () => undefined;
  const server = await smtpServer((count) => onMessage(count));
  try {
    const referenceFile = fresh();
    const began = Date.now();
    let lastMessageMs = 0;
    onMessage = () => (lastMessageMs = Date.now() - began);
    const clean = await finished(startInPlace(referenceFile, server.port));
    const ms = Date.now() - began;
    if (clean.status !== 0) throw new Error(`the clean run failed: ${clean.stderr}`);
    const reference = await server.take();
    const referenceKeys = (await logOf(referenceFile))?.get('Sent') ?? [];
    const next = random(seed);
    const results: Round[] = [];
    for (let index = 0; index < rounds; index += 1) {
      const killedAt = killPoint(index, next, reference.length, ms, ms - lastMessageMs);
      const file = fresh();
      const child = startInPlace(file, server.port);
      const done = finished(child);
      let timer: NodeJS.Timeout | undefined;
      const kill = () => (timer = setTimeout(() => child.kill('SIGKILL'), killedAt.ms));
      onMessage = (count) => {
        if (count !== killedAt.message) return;
        if (killedAt.ms === 0) child.kill('SIGKILL');
        else kill();
      };
      if (killedAt.message === 0) kill();
      const first = await done;
      clearTimeout(timer);
      onMessage = () => undefined;
      const wholeAfterKill = (await logOf(file)) !== undefined;
      const rerun = await finished(startInPlace(file, server.port));
      const deliveries = await server.take();
      const log = (await logOf(file)) ?? new Map<string, string[]>();
      const reported = new Set([...(log.get('Sent') ?? []), ...(log.get('Unknown') ?? [])]);
      const round: Round = {
        killedAt,
        finishedFirst: first.status === 0,
        wholeAfterKill,
        rerun,
        deliveries,
        duplicates: repeated(deliveries),
        unreported: referenceKeys.filter((key) => !reported.has(key)),
        sentTwice: repeated(log.get('Sent') ?? []),
        unknown: (log.get('Unknown') ?? []).length,
      };
      results.push(round);
      onRound(round, index);
    }
    return { reference: { deliveries: reference, ms, lastMessageMs }, rounds: results };
  } finally {
    await server.close();
  }
}

/**
 * A point to kill at, round by round in turn: while the server holds a message (a send the run
 * cannot confirm), while the run writes what it did after its last message, or anywhere from the
 * start.
 */
function killPoint(
  round: number,
  next: () => number,
  messages: number,
  ms: number,
  tailMs: number,
): KillPoint {
  switch (round % 3) {
    case 0:
      return { message: 1 + Math.floor(next() * messages), ms: 0 };
    case 1:
      return { message: messages, ms: 1 + Math.floor(next() * tailMs) };
    default:
      return { message: 0, ms: Math.floor(next() * ms) };
  }
}
