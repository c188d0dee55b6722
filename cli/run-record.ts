/**
 * A run in place (`--in-place`) written down as it goes, so that a run stopped at any point (killed,
 * the machine off, the disk full) is taken up by the next one and no email goes twice.
 *
 * The script keeps a journal in document properties: each email's reminders recorded just before
 * it is sent, confirmed with the next write after (src/sheets/journal.ts); the next run logs a
 * confirmed one it finds as sent and an unconfirmed one as Unknown, and sends neither again. Apps
 * Script saves properties as they are set; here they live in the state file, so the state is
 * written, whole and fsynced, before each email is handed to SMTP or the outbox (the emulator's
 * delivery runs inside MailApp.sendEmail, after the script's journal entry) and after each
 * execution of the script. When the state cannot be written, the email is not sent.
 *
 * Once the script has logged its sends and cleared its journal, the Reminder log's new rows are
 * the only record of them until the workbook is written: so the state carries the log rows the
 * workbook on disk lacks (unsavedLog), and the next run adds those it does not find.
 */
import { statSync } from 'node:fs';
import type { AppsScriptEmulator, StoredCell } from '../emulator';
import { backUp } from './backups';
import { type Disk, DiskError, replaceFile } from './disk';
import { WorkbookError } from './errors';
import type { RunLock } from './lock';
import { statePathOf, writeState } from './state';
import type { OpenedWorkbook } from './workbook';
import { type WorkbookFile, csvToolColumnsOf, logRowsAfter } from './workbook-files';

/** The workbook's modification time and size, to see that nobody saved it during the run. */
function fingerprint(file: string): string {
  const { mtimeMs, size } = statSync(file);
  return `${mtimeMs}:${size}`;
}

export class RunRecord {
  /** Why the state could not be written: from then on, no email is sent. */
  private failure: DiskError | undefined;
  private readonly logRowsOnDisk: number;
  private readonly toolColumnsOnDisk: readonly string[];
  /** The workbook's fingerprint when the run read it. */
  private readonly fingerprintAtStart: string;

  /** Made as soon as the workbook is loaded, before the script changes it. */
  constructor(
    private readonly disk: Disk,
    private readonly workbook: string,
    private readonly emulator: AppsScriptEmulator,
    private readonly opened: OpenedWorkbook,
    private readonly lock: RunLock,
  ) {
    this.logRowsOnDisk = opened.logRowsOnDisk;
    this.toolColumnsOnDisk = csvToolColumnsOf(emulator, opened);
    this.fingerprintAtStart = fingerprint(workbook);
  }

  get stateFile(): string {
    return statePathOf(this.workbook);
  }

  /** The state could not be written, so no email was sent after that. */
  get refusal(): DiskError | undefined {
    return this.failure;
  }

  /** The Reminder log's rows after those the workbook on disk holds. */
  private unsavedLog(): StoredCell[][] {
    return logRowsAfter(this.emulator, this.logRowsOnDisk);
  }

  private writeState(toolColumns: readonly string[], unsavedLog: StoredCell[][]): void {
    writeState(this.disk, this.workbook, {
      saved: this.emulator.savedState,
      csvToolColumns: toolColumns,
      unsavedLog,
    });
    this.lock.touch();
  }

  /** The script's state as it stands, on disk; a failure is kept, and refuses every later email. */
  private checkpoint(): void {
    if (this.failure) throw this.failure;
    try {
      this.writeState(this.toolColumnsOnDisk, this.unsavedLog());
    } catch (error) {
      if (error instanceof DiskError) this.failure = error;
      throw error;
    }
  }

  /** For the deliverMail hook: throws, so that the email is not sent, when it cannot record it. */
  beforeSend(): void {
    this.checkpoint();
  }

  /** After each execution of the script: what it did after its last email, on disk too. */
  afterExecution(): void {
    if (!this.failure) this.checkpoint();
  }

  /**
   * Writes the workbook's files, each whole: first the state with the log rows they add (a run
   * stopped from here on loses none), then a dated backup of the workbook, then the files, then the
   * state again without those rows. Returns the backup's path.
   */
  save(files: readonly WorkbookFile[], day: string): string {
    const toolColumns = csvToolColumnsOf(this.emulator, this.opened);
    this.writeState(toolColumns, this.unsavedLog());
    if (fingerprint(this.workbook) !== this.fingerprintAtStart) {
      throw new WorkbookError(
        `${this.workbook}: was changed by someone else during the run, so it is as they left it; ` +
          `what this run sent is kept in ${this.stateFile} for the next run: run again.`,
      );
    }
    const backup = backUp(this.disk, this.workbook, day);
    for (const file of files) replaceFile(this.disk, file.file, file.contents);
    this.writeState(toolColumns, []);
    return backup;
  }
}
