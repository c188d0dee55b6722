/**
 * What keeps two writers off one workbook in place (`--in-place`): the lock files Excel and
 * LibreOffice keep while they have it open, and the run lock, `<workbook>.ilacs-lock`, that a run
 * takes for its whole length; one left by a run that is gone is taken over.
 */
import { readFileSync, renameSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import path from 'node:path';
import { z } from 'zod/mini';
import { type Disk, DiskError, createFile } from './disk';
import { WorkbookError } from './errors';

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** The lock files Excel (`~$name`) and LibreOffice (`.~lock.name#`) keep while they have a file open. */
async function openElsewhere(
  workbook: string,
): Promise<{ readonly by: string; readonly lockFile: string } | undefined> {
  const folder = path.dirname(workbook);
  const name = path.basename(workbook);
  const candidates = [
    { file: path.join(folder, `~$${name}`), by: 'Excel' },
    // Excel shortens long names: ~$ replaces the first two characters.
    { file: path.join(folder, `~$${name.slice(2)}`), by: 'Excel' },
    { file: path.join(folder, `.~lock.${name}#`), by: 'LibreOffice' },
  ];
  for (const candidate of candidates)
    if (await exists(candidate.file))
      return { by: candidate.by, lockFile: path.basename(candidate.file) };
  return undefined;
}

/** Refuses to update a workbook that Excel or LibreOffice has open. */
export async function checkNotOpen(workbook: string): Promise<void> {
  const holder = await openElsewhere(workbook);
  if (holder) {
    throw new WorkbookError(
      `${workbook}: is open in ${holder.by} (${holder.lockFile}); close it there and run again, or delete that file if it is not open.`,
    );
  }
}

/**
 * A lock nobody has touched for this long is stale, whoever it names. A run touches its lock at
 * every email it sends and every workbook it writes, and nothing a run does between those takes
 * minutes, let alone hours (SMTP waits at most a minute a message); a lock from another machine,
 * whose process this one cannot see, is taken over only after it.
 */
export const LOCK_STALE_MS = 2 * 3_600_000;
/** A lock file found empty may be one another run is writing this instant. */
const LOCK_BEING_WRITTEN_MS = 60_000;

const lockRecordSchema = z.object({
  pid: z.number(),
  hostname: z.string(),
  runId: z.string(),
  startedAt: z.string(),
  /** The process's start, in clock ticks since boot (/proc/<pid>/stat), where the system says. */
  processStart: z.optional(z.string()),
});
type LockRecord = z.infer<typeof lockRecordSchema>;

/** The locks this process holds, by file, with their run ids: its own runs (tests run several). */
const heldHere = new Map<string, string>();

export function lockPathOf(workbook: string): string {
  return `${workbook}.ilacs-lock`;
}

/**
 * When process `pid` started (field 22 of /proc/<pid>/stat), to tell it from a later process
 * given the same id; undefined where there is no /proc.
 */
function processStartOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces: count the fields after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock file's text and the time since it was last touched; undefined when it is gone. */
function readLock(file: string): { text: string; ageMs: number } | undefined {
  try {
    return { text: readFileSync(file, 'utf8'), ageMs: Date.now() - statSync(file).mtimeMs };
  } catch {
    return undefined;
  }
}

/**
 * A lock's text as its record: JSON, or the bare process id older versions wrote (taken as this
 * machine's, with no start times to compare).
 */
function parseLock(text: string): LockRecord | undefined {
  if (/^\d+\s*$/.test(text))
    return { pid: Number(text), hostname: hostname(), runId: '', startedAt: '' };
  try {
    const result = lockRecordSchema.safeParse(JSON.parse(text));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a lock belongs to a run still going; `ageMs` is the time since it was last touched. */
function isHeld(file: string, record: LockRecord | undefined, ageMs: number): boolean {
  if (!record) return ageMs < LOCK_BEING_WRITTEN_MS;
  if (ageMs > LOCK_STALE_MS) return false;
  // Another machine's process cannot be seen from here: only time tells.
  if (record.hostname !== hostname()) return true;
  // This process's id: one of its own runs, or a dead run's id given to this process since (in a
  // container every run may be process 12).
  if (record.pid === process.pid) return heldHere.get(file) === record.runId;
  if (!isRunning(record.pid)) return false;
  const now = processStartOf(record.pid);
  return record.processStart === undefined || now === undefined || now === record.processStart;
}

function holderWords(record: LockRecord | undefined): string {
  if (!record) return 'another run of the tool';
  const where = record.hostname === hostname() ? '' : ` on ${record.hostname}`;
  const since = record.startedAt ? `, started ${record.startedAt}` : '';
  return `another run of the tool (process ${record.pid}${where}${since})`;
}

/**
 * Moves a stale lock aside and removes it, unless another run took it over and wrote its own in
 * the meantime: that one is put back, for the next attempt to find.
 */
function takeOver(file: string, staleText: string, runId: string): void {
  const aside = `${file}.${runId}.stale`;
  try {
    renameSync(file, aside);
  } catch {
    return; // Gone already: another run removed it first.
  }
  if (readFileSync(aside, 'utf8') === staleText) unlinkSync(aside);
  else renameSync(aside, file);
}

export interface RunLock {
  /** Marks the lock as in use now, so that it does not grow stale during a long run. */
  touch(): void;
  release(): void;
}

function lockText(runId: string): string {
  const processStart = processStartOf(process.pid);
  const record: LockRecord = {
    pid: process.pid,
    hostname: hostname(),
    runId,
    startedAt: new Date().toISOString(),
    ...(processStart === undefined ? {} : { processStart }),
  };
  return `${JSON.stringify(record)}\n`;
}

/** The lock this run took: touched as the run goes, removed at its end unless another took it. */
function heldLock(file: string, runId: string): RunLock {
  return {
    touch: () => {
      const now = new Date();
      try {
        utimesSync(file, now, now);
      } catch {
        // Removed by hand: the run goes on, as it would have without it.
      }
    },
    release: () => {
      heldHere.delete(file);
      if (parseLock(readLock(file)?.text ?? '')?.runId !== runId) return;
      try {
        unlinkSync(file);
      } catch {
        // Gone meanwhile: nothing to release.
      }
    },
  };
}

/**
 * Takes `<workbook>.ilacs-lock` for this run; refuses while another live run holds it. A lock is
 * taken over when its run is gone: its process ended (or its id now names another process, told
 * apart by its start time), or nobody has touched it for LOCK_STALE_MS.
 */
export function lockRun(disk: Disk, workbook: string): RunLock {
  const file = lockPathOf(workbook);
  const runId = randomUUID();
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      createFile(disk, file, lockText(runId));
      heldHere.set(file, runId);
      return heldLock(file, runId);
    } catch (error) {
      if (error instanceof DiskError) {
        throw new WorkbookError(
          `${workbook}: could not take ${path.basename(file)} (${error.reason}); nothing was sent.`,
        );
      }
      const found = readLock(file);
      if (!found) continue; // Released meanwhile: take it.
      const { text, ageMs } = found;
      const record = parseLock(text);
      if (isHeld(file, record, ageMs)) {
        throw new WorkbookError(
          `${workbook}: ${holderWords(record)} is updating it; try again when it has finished ` +
            `(a lock untouched for ${LOCK_STALE_MS / 3_600_000} hours is taken over; delete ${path.basename(file)} if no run is going).`,
        );
      }
      takeOver(file, text, runId);
    }
  }
  throw new WorkbookError(
    `${workbook}: could not take ${path.basename(file)}; remove it if no run is going.`,
  );
}
