import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type vm from 'node:vm';
import {
  AppsScriptEmulator,
  type EmulatorOptions,
  htmlFilesIn,
  oauthScopesIn,
} from '../../emulator';
import { DAILY_HANDLER } from '../../src/sheets/triggers';

const root = path.join(__dirname, '..', '..');

/** The artifact that ships, built by `npm run build` (which `npm test` runs first). */
export const CODE = readFileSync(path.join(root, 'build', 'Code.js'), 'utf8');
/** The project's HTML files beside it (the national snapshot). */
export const HTML_FILES = htmlFilesIn(path.join(root, 'build'));
/** The scopes appsscript.json asks for: every call the tool makes must be covered by one. */
export const OAUTH_SCOPES: readonly string[] = oauthScopesIn(root) ?? [];

export interface Session {
  readonly emulator: AppsScriptEmulator;
  readonly context: vm.Context;
  /** Calls a top-level function of Code.js as a menu item (or a dialog's page) does. */
  run(functionName: string, ...args: unknown[]): unknown;
  /** Calls a custom function as a formula in a cell does: reading only, as nobody. */
  customFunction(functionName: string, ...args: unknown[]): unknown;
  /** The Sheet opening: onOpen as the simple trigger it is. */
  open(): unknown;
  /**
   * The daily trigger firing, as an installable trigger: the acting user's (else anyone's) from
   * Turn on, or one the acting user installed before the test.
   */
  fireDailyTrigger(): unknown;
}

/**
 * A spreadsheet in the emulator with build/Code.js loaded into it, opened by its user, with the
 * manifest's scopes.
 */
export function openSheet(options: EmulatorOptions = {}): Session {
  const emulator = new AppsScriptEmulator({
    timeZone: 'Australia/Sydney',
    now: new Date('2026-11-22T09:00:00Z'),
    htmlFiles: HTML_FILES,
    oauthScopes: OAUTH_SCOPES,
    ...options,
  });
  const context = emulator.load(CODE);
  return {
    emulator,
    context,
    run: (name, ...args) => emulator.run(context, name, ...args),
    customFunction: (name, ...args) => emulator.runCustomFunction(context, name, ...args),
    open: () => emulator.runSimpleTrigger(context, 'onOpen'),
    fireDailyTrigger: () => emulator.runTrigger(context, dailyTriggerId(emulator)),
  };
}

/** The daily trigger Turn on made, or one the acting user made before the test (not counted). */
function dailyTriggerId(emulator: AppsScriptEmulator): string {
  const daily = emulator.triggers.filter((trigger) => trigger.functionName === DAILY_HANDLER);
  const trigger =
    daily.find((each) => each.owner === emulator.actingUser) ??
    daily[0] ??
    emulator.addTrigger({
      functionName: DAILY_HANDLER,
      eventType: 'CLOCK',
      source: 'CLOCK',
      hour: 7,
      everyDays: 1,
      timeZone: emulator.spreadsheet.getSpreadsheetTimeZone(),
    });
  return trigger.id;
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
