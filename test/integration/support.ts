import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type vm from 'node:vm';
import { AppsScriptEmulator, type EmulatorOptions, htmlFilesIn } from '../../emulator';

const root = path.join(__dirname, '..', '..');

/** The artifact that ships, built by `npm run build` (which `npm test` runs first). */
export const CODE = readFileSync(path.join(root, 'build', 'Code.js'), 'utf8');
/** The project's HTML files beside it (the national snapshot). */
export const HTML_FILES = htmlFilesIn(path.join(root, 'build'));

export interface Session {
  readonly emulator: AppsScriptEmulator;
  readonly context: vm.Context;
  /** Calls a top-level function of Code.js as Apps Script does (a menu item, a trigger, a cell). */
  run(functionName: string, ...args: unknown[]): unknown;
}

/** A spreadsheet in the emulator with build/Code.js loaded into it, opened by its user. */
export function openSheet(options: EmulatorOptions = {}): Session {
  const emulator = new AppsScriptEmulator({
    timeZone: 'Australia/Sydney',
    now: new Date('2026-11-22T09:00:00Z'),
    htmlFiles: HTML_FILES,
    ...options,
  });
  const context = emulator.load(CODE);
  return { emulator, context, run: (name, ...args) => emulator.run(context, name, ...args) };
}

/** The example tracker (all 153 authorities) as rows of text, header first. */
export function exampleTracker(): string[][] {
  return parse(readFileSync(path.join(root, 'examples', 'tracker.csv'), 'utf8'), {
    skip_empty_lines: true,
  }) as string[][];
}

/** A column of a sheet's values by header. */
export function column(values: readonly unknown[][], header: string): unknown[] {
  const index = (values[0] ?? []).indexOf(header);
  if (index < 0) throw new Error(`No column ${header} in ${String(values[0])}`);
  return values.slice(1).map((row) => row[index]);
}

export function isoIn(value: unknown, timeZone: string): string {
  if (!(value instanceof Date)) return String(value);
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(value);
}

/** A simple fingerprint of cells, to prove they did not change. */
export function checksum(rows: readonly unknown[][]): string {
  return JSON.stringify(
    rows.map((row) => row.map((cell) => (cell instanceof Date ? `D${cell.getTime()}` : cell))),
  );
}
