/**
 * What --national and --settings lay over the workbook before the tool runs: the National data
 * sheet replaced by a file the Sheet's Update national data would take, and Setting,Value rows set
 * on the Settings sheet. A file that cannot be read, or is not what the option takes, is one line
 * and changes nothing.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { AppsScriptEmulator } from '../emulator';
import type { Cell } from '../src/domain/tracker/cells';
import { normalizeHeader } from '../src/domain/tracker/columns';
import { parseNationalFile } from '../src/domain/tracker/national-file';
import { type NationalRecord, nationalTable } from '../src/domain/tracker/national-record';
import { nationalSheetRows } from '../src/domain/tracker/national-sheet';
import { readToolFormat } from '../src/domain/tracker/national-tool-format';
import { countOf } from '../src/domain/text/words';
import { intlDateCodec } from '../src/sheets/dates';
import { UsageError } from './errors';
import { ROOT, TIME_ZONE } from './options';

const NATIONAL_SNAPSHOT = path.join(ROOT, 'data', 'english-la-latest-inspections.csv');

async function readCsvOption(option: string, file: string): Promise<string[][]> {
  try {
    return parse(await readFile(file, 'utf8'), { skip_empty_lines: true, bom: true }) as string[][];
  } catch (error) {
    throw new UsageError(
      `--${option}: could not read ${file} as CSV (${(error as Error).message}).`,
    );
  }
}

/** A sheet of the workbook replaced by rows from a file (--national), typed in as a person would. */
function replaceSheet(emulator: AppsScriptEmulator, name: string, rows: string[][]): void {
  const book = emulator.globals.SpreadsheetApp.getActive();
  const existing = book.getSheetByName(name);
  if (existing) book.deleteSheet(existing);
  emulator.addSheet(name, rows);
}

/**
 * The National data the tool holds before --national replaces it: the workbook's sheet, else the
 * snapshot that ships with the tool (Set up would fill the sheet from it). The history file leaves
 * some start dates blank; these fill them.
 */
function heldNational(emulator: AppsScriptEmulator): NationalRecord[] {
  const codec = intlDateCodec(TIME_ZONE);
  if (!codec) return [];
  const sheet = emulator.spreadsheet.getSheetByName('National data');
  if (sheet)
    return readToolFormat(emulator.values('National data') as Cell[][], codec.dateOfCell).records;
  const shipped = parse(readFileSync(NATIONAL_SNAPSHOT, 'utf8'), { bom: true }) as string[][];
  return readToolFormat(shipped, codec.dateOfCell).records;
}

/**
 * --national: a file in either format the Sheet's Update national data accepts (the tool's own
 * National data CSV, or the ofsted-ilacs-scrape-tool history file), validated as it validates
 * them, on the National data sheet in place of what the workbook has. A bad or partial file is one
 * line and changes nothing.
 */
export async function replaceNationalData(
  emulator: AppsScriptEmulator,
  file: string,
): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `--national: could not read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  const result = parseNationalFile(text, heldNational(emulator));
  if (!result.ok) {
    const [first = 'not a National data file', ...rest] = result.problems;
    throw new UsageError(
      `--national: ${file}: ${first}${rest.length > 0 ? ` (and ${countOf(rest.length, 'more problem')})` : ''}; nothing was replaced.`,
    );
  }
  replaceSheet(
    emulator,
    'National data',
    nationalSheetRows(nationalTable(result.rows), result.asOf),
  );
}

/**
 * --settings: a Setting,Value CSV laid over the workbook's Settings: each setting it names takes
 * its value (as text: 6-18 is not a date), a setting the sheet lacks is added, and every other row
 * of the sheet stays as it was.
 */
export async function overlaySettings(emulator: AppsScriptEmulator, file: string): Promise<void> {
  const rows = await readCsvOption('settings', file);
  const [setting, value] = (rows[0] ?? []).map((name) => name.trim().toLowerCase());
  if (setting !== 'setting' || value !== 'value') {
    throw new UsageError(`--settings: ${file} must start with a Setting,Value header row.`);
  }
  const sheet = emulator.globals.SpreadsheetApp.getActive().getSheetByName('Settings');
  if (!sheet) {
    emulator.addSheet('Settings', rows, { input: 'RAW' });
    return;
  }
  const names = emulator.values('Settings').map((cells) => normalizeHeader(String(cells[0] ?? '')));
  for (const [name = '', text = ''] of rows.slice(1)) {
    if (name.trim() === '') continue;
    let row = names.indexOf(normalizeHeader(name)) + 1;
    if (row === 0) {
      names.push(normalizeHeader(name));
      row = names.length;
      sheet.getRange(row, 1).setValue(name);
    }
    sheet.getRange(row, 2).setNumberFormat('@').setValue(text);
  }
}
