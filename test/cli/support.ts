/**
 * The CLI tests' helpers: `npm start` run in-process through runStart (the command's own code,
 * without a process of its own), scratch folders, and reading the workbooks it writes.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runStart } from '../../cli/start';

export const root = path.join(__dirname, '..', '..');
export const example = path.join(root, 'examples', 'tracker.xlsx');

export const scratch = () => mkdtempSync(path.join(tmpdir(), 'ilacs-start-'));
export const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

export interface Result {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm start -- ...args`, in this process: its exit code and what it wrote. */
export async function start(...args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const status = await runStart(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { status, stdout, stderr };
}

/** `npm start` updating `file` itself (--in-place), its emails and timeline in `out`. */
export function startInPlace(file: string, out: string, ...args: string[]): Promise<Result> {
  return start('--tracker', file, '--in-place', '--out', out, ...args);
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

export function sheetRows(worksheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  worksheet?.eachRow({ includeEmpty: true }, (row) =>
    rows.push((row.values as unknown[]).slice(1)),
  );
  return rows;
}

export function column(rows: unknown[][], header: string): unknown[] {
  const index = (rows[0] ?? []).indexOf(header);
  return rows.slice(1).map((row) => row[index]);
}
