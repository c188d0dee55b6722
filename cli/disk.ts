/**
 * Every file the CLI writes goes through here, whole and on the device before it counts: a file is
 * replaced by renaming a finished, fsynced temporary file over it, so that a run killed at any
 * point, or a disk that fills up, leaves each file as it was or as it is meant to be, never half.
 * Writing is synchronous: the record of an email is written from inside MailApp.sendEmail, which
 * the script calls synchronously, before the email is handed over.
 */
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { WorkbookError } from './errors';

/** The file system as the CLI writes to it; a test's may fail as a full disk does. */
export interface Disk {
  /**
   * Writes `contents` into `file` ('w' replaces it, 'wx' creates it and fails if it exists) and
   * returns once they are on the device (fsync). A file it creates and cannot fill, it removes.
   */
  write(file: string, contents: string | Uint8Array, flag: 'w' | 'wx'): void;
}

export const localDisk: Disk = {
  write(file, contents, flag) {
    const descriptor = openSync(file, flag);
    try {
      const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
      for (let at = 0; at < bytes.length;)
        at += writeSync(descriptor, bytes, at, bytes.length - at);
      fsyncSync(descriptor);
    } catch (error) {
      closeSync(descriptor);
      if (flag === 'wx') removeQuietly(file);
      throw error;
    }
    closeSync(descriptor);
  },
};

/** A file that could not be written, in one line: `tracker.xlsx: cannot be written (ENOSPC: ...)`. */
export class DiskError extends WorkbookError {
  constructor(
    readonly file: string,
    readonly code: string,
    /** `ENOSPC: no space left on device` */
    readonly reason: string,
  ) {
    super(`${file}: cannot be written (${reason})`);
  }
}

/** `ENOSPC: no space left on device`, from Node's `ENOSPC: no space left on device, write`. */
function reasonOf(error: unknown): { code: string; reason: string } {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  const message = error instanceof Error ? error.message : String(error);
  return { code, reason: message.split(/, (?:open|write|fsync|close|rename)\b/)[0] ?? code };
}

function failed(file: string, error: unknown): DiskError {
  if (error instanceof DiskError) return error;
  const { code, reason } = reasonOf(error);
  return new DiskError(file, code, reason);
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Not there, or not ours to remove: nothing to tidy.
  }
}

/** A rename is durable once its folder is: fsync the folder where the system allows it. */
function syncFolder(folder: string): void {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(folder, 'r');
    fsyncSync(descriptor);
  } catch {
    // Windows cannot open a folder for fsync; its renames are durable on their own.
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/**
 * Writes `file` by renaming a finished temporary file over it: a reader never sees half, and a
 * failed write leaves the old file and no temporary one. Throws a DiskError.
 */
export function replaceFile(disk: Disk, file: string, contents: string | Uint8Array): void {
  const folder = path.dirname(file);
  const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    disk.write(temporary, contents, 'w');
    renameSync(temporary, file);
  } catch (error) {
    removeQuietly(temporary);
    throw failed(file, error);
  }
  syncFolder(folder);
}

/**
 * Creates `file` holding `contents`, or throws EEXIST's error as it is when the file is there
 * already; any other failure is a DiskError.
 */
export function createFile(disk: Disk, file: string, contents: string): void {
  try {
    disk.write(file, contents, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    throw failed(file, error);
  }
  syncFolder(path.dirname(file));
}

/** Makes `folder` and those above it, as needed. Throws a DiskError. */
export function ensureFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw failed(folder, error);
  }
}
