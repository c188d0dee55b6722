/**
 * The CLI tests' helpers: `npm start` run in-process through runStart (the command's own code,
 * without a process of its own), scratch folders, and reading the workbooks it writes.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SaxesParser } from 'saxes';
import type { Disk } from '../../cli/disk';
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
export function start(...args: string[]): Promise<Result> {
  return startOn(undefined, ...args);
}

/** `npm start -- ...args` writing its files through `disk` (the local one when undefined). */
export async function startOn(disk: Disk | undefined, ...args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const status = await runStart(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    ...(disk ? { disk } : {}),
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

/** Every part of an .xlsx package, by name, as text. */
export async function xlsxParts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files))
    if (!entry.dir) parts.set(name, await entry.async('string'));
  return parts;
}

/** A strict, namespace-aware parser's first complaint (an unbound prefix among them), or undefined. */
export function xmlError(text: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | undefined;
  parser.on('error', (problem) => {
    error ??= problem.message;
  });
  parser.write(text).close();
  return error;
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

/**
 * An SMTP server for the command to deliver to. It runs on a worker thread: the command's mail
 * sender blocks this thread while each message is delivered.
 */
export async function smtpServer() {
  const worker = new Worker(path.join(__dirname, 'smtp-server.mjs'));
  const ask = async <T>(request: string): Promise<T> => {
    const answer = once(worker, 'message');
    worker.postMessage(request);
    return (await answer)[0] as T;
  };
  const [{ port }] = (await once(worker, 'message')) as [{ port: number }];
  return {
    port,
    /** The messages received so far, parsed. */
    received: async (): Promise<{ envelope: string[]; mail: ParsedMail }[]> => {
      const messages = await ask<{ envelope: string[]; raw: Uint8Array }[]>('received');
      return Promise.all(
        messages.map(async ({ envelope, raw }) => ({
          envelope,
          mail: await simpleParser(Buffer.from(raw)),
        })),
      );
    },
    stop: () => ask<'closed'>('close'),
    terminate: () => worker.terminate(),
  };
}
