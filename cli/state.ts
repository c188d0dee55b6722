/**
 * What a run on a workbook file keeps for the next run on the same file, as Apps Script keeps a
 * bound script's properties and triggers with the Sheet: the ledger of what was sent, the daily
 * switch, the last run's notes. It lives beside the workbook, in `<workbook>.ilacs-state.json`.
 * Also the guards of `--in-place`: another program's lock file, another run's, and a dated backup.
 */
import { constants } from 'node:fs';
import {
  copyFile,
  open,
  readFile,
  readdir,
  rename,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod/mini';
import type { SavedState } from '../emulator';
import { WorkbookError } from './workbook';

const STATE_VERSION = 1;

const stringRecord = z.record(z.string(), z.string());
const stateFile = z.object({
  version: z.literal(STATE_VERSION),
  properties: z.object({
    document: stringRecord,
    script: stringRecord,
    users: z.record(z.string(), stringRecord),
  }),
  triggers: z.array(z.looseObject({ id: z.string(), functionName: z.string(), owner: z.string() })),
  /** A .csv Tracker's columns that are the tool's, by header and position ('' for others). */
  csvToolColumns: z.optional(z.array(z.string())),
});

export interface RunState {
  /** What Apps Script would keep: the script's properties and triggers. */
  readonly saved: SavedState;
  readonly csvToolColumns?: readonly string[] | undefined;
}

export function statePathOf(workbook: string): string {
  return `${workbook}.ilacs-state.json`;
}

/** The state kept beside `workbook`, or undefined for a workbook the tool has not run on. */
export async function readState(workbook: string): Promise<RunState | undefined> {
  const file = statePathOf(workbook);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new WorkbookError(
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new WorkbookError(
      `${file}: is not the tool's state (not JSON); move it away to start afresh.`,
    );
  }
  const result = stateFile.safeParse(parsed);
  if (!result.success) {
    throw new WorkbookError(
      `${file}: is not the tool's state (version ${STATE_VERSION}); move it away to start afresh.`,
    );
  }
  const { properties, triggers, csvToolColumns } = result.data;
  return {
    saved: { properties, triggers: triggers as unknown as SavedState['triggers'] },
    csvToolColumns,
  };
}

/** Writes the state beside `workbook`, replacing the old file only once the new one is whole. */
export async function writeState(workbook: string, state: RunState): Promise<string> {
  const file = statePathOf(workbook);
  const contents = { version: STATE_VERSION, ...state.saved, csvToolColumns: state.csvToolColumns };
  await replaceFile(file, `${JSON.stringify(contents, null, 1)}\n`);
  return file;
}

/** Writes `file` by renaming a finished temporary file over it: a reader never sees half. */
export async function replaceFile(file: string, contents: string | Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await writeFile(temporary, contents);
  await rename(temporary, file);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** The lock files Excel (`~$name`) and LibreOffice (`.~lock.name#`) keep while they have a file open. */
export async function openElsewhere(
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

export interface RunLock {
  release(): Promise<void>;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `<workbook>.ilacs-lock` for this run; refuses while another live run holds it. A lock left
 * by a run that died (its process gone) is taken over.
 */
export async function lockRun(workbook: string): Promise<RunLock> {
  const file = `${workbook}.ilacs-lock`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(file, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return { release: () => unlink(file).catch(() => undefined) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
        throw new WorkbookError(
          `${workbook}: another run of the tool (process ${holder}) is updating it; try again when it has finished.`,
        );
      }
      await unlink(file).catch(() => undefined);
    }
  }
  throw new WorkbookError(
    `${workbook}: could not take ${path.basename(file)}; remove it if no run is going.`,
  );
}

/** How many dated backups of a workbook `--in-place` keeps; older ones are removed. */
export const BACKUPS_KEPT = 14;

/**
 * Copies the workbook beside itself as `<name>.backup-YYYY-MM-DD[-n].<ext>` and removes the oldest
 * of those beyond BACKUPS_KEPT. Returns the backup's path.
 */
export async function backUp(workbook: string, day: string): Promise<string> {
  const folder = path.dirname(workbook);
  const extension = path.extname(workbook);
  const stem = path.basename(workbook, extension);
  let backup = path.join(folder, `${stem}.backup-${day}${extension}`);
  for (let n = 2; await exists(backup); n += 1)
    backup = path.join(folder, `${stem}.backup-${day}-${n}${extension}`);
  await copyFile(workbook, backup, constants.COPYFILE_EXCL);
  const pattern = new RegExp(
    `^${escapeRegExp(stem)}\\.backup-\\d{4}-\\d{2}-\\d{2}(-\\d+)?${escapeRegExp(extension)}$`,
  );
  const backups = (await readdir(folder)).filter((name) => pattern.test(name));
  const byAge = await Promise.all(
    backups.map(async (name) => ({ name, time: (await stat(path.join(folder, name))).mtimeMs })),
  );
  byAge.sort((a, b) => b.time - a.time || b.name.localeCompare(a.name));
  for (const old of byAge.slice(BACKUPS_KEPT)) await unlink(path.join(folder, old.name));
  return backup;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
