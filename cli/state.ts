/**
 * What a run on a workbook file keeps for the next run on the same file, as Apps Script keeps a
 * bound script's properties and triggers with the Sheet: the ledger of what was sent, the daily
 * switch, the last run's notes, the script's journal of the emails it is sending. It lives beside
 * the workbook, in `<workbook>.ilacs-state.json` (or beside a run's output in --out).
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod/mini';
import type { SavedState, StoredCell } from '../emulator';
import { type Disk, replaceFile } from './disk';
import { WorkbookError } from './errors';

const STATE_VERSION = 1;

const stringRecord = z.record(z.string(), z.string());
const storedCell = z.looseObject({
  value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
});
const stateFileSchema = z.object({
  version: z.literal(STATE_VERSION),
  properties: z.object({
    document: stringRecord,
    script: stringRecord,
    users: z.record(z.string(), stringRecord),
  }),
  triggers: z.array(z.looseObject({ id: z.string(), functionName: z.string(), owner: z.string() })),
  /** A .csv Tracker's columns that are the tool's, by header and position ('' for others). */
  csvToolColumns: z.optional(z.array(z.string())),
  /** Reminder log rows the run recorded that the workbook on disk may lack (cli/run-record.ts). */
  unsavedLog: z.optional(z.array(z.array(storedCell))),
  /** The workbook a run read, for a state kept in --out beside that run's output (by real path). */
  source: z.optional(z.string()),
});

export interface RunState {
  /** What Apps Script would keep: the script's properties and triggers. */
  readonly saved: SavedState;
  readonly csvToolColumns?: readonly string[] | undefined;
  /** Rows of the Reminder log after those the workbook held when the state was written. */
  readonly unsavedLog?: readonly (readonly StoredCell[])[] | undefined;
  /** For a state in --out: the workbook that run read, by real path. */
  readonly source?: string | undefined;
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
  const result = stateFileSchema.safeParse(parsed);
  if (!result.success) {
    throw new WorkbookError(
      `${file}: is not the tool's state (version ${STATE_VERSION}); move it away to start afresh.`,
    );
  }
  const { properties, triggers, csvToolColumns, unsavedLog, source } = result.data;
  return {
    saved: { properties, triggers: triggers as unknown as SavedState['triggers'] },
    csvToolColumns,
    unsavedLog: unsavedLog as StoredCell[][] | undefined,
    source,
  };
}

/**
 * Writes the state beside `workbook`, replacing the old file only once the new one is whole and on
 * the device. Throws a DiskError.
 */
export function writeState(disk: Disk, workbook: string, state: RunState): string {
  const file = statePathOf(workbook);
  const contents = {
    version: STATE_VERSION,
    ...state.saved,
    csvToolColumns: state.csvToolColumns,
    ...(state.unsavedLog && state.unsavedLog.length > 0 ? { unsavedLog: state.unsavedLog } : {}),
    ...(state.source === undefined ? {} : { source: state.source }),
  };
  replaceFile(disk, file, `${JSON.stringify(contents)}\n`);
  return file;
}
