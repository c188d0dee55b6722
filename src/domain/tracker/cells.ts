import * as z from 'zod/mini';
import {
  type CivilDate,
  type SlashOrder,
  daysBetween,
  formatIso,
  isBefore,
  isSlashDate,
  parseDateText,
} from '../rules/civil-date';
import { type Grade, parseGrade } from '../rules/grades';
import { INSPECTION_TYPES, type InspectionType } from '../rules/inspection';
import type { CellKind } from './columns';
import { isEmailAddress, splitList } from './list-text';
import { listInWords } from '../text/words';

/** A value as a spreadsheet hands it over: blank cells are `''`, date cells are `Date`. */
export type Cell = string | number | boolean | Date | null | undefined;

/** Turns a date cell into the civil date it shows, in the spreadsheet's time zone. */
export type DateOfCell = (value: Date) => CivilDate;

export type ReminderSetting = 'On' | 'Paused';

export interface CellValueOfKind {
  text: string;
  date: CivilDate;
  grade: Grade;
  inspectionType: InspectionType;
  count: number;
  yesNo: boolean;
  email: string;
  emails: readonly string[];
  reminders: ReminderSetting;
  notes: undefined;
}

export type CellResult<T> =
  | { readonly ok: true; readonly value: T | undefined }
  | { readonly ok: false; readonly message: string };

/** What each kind of cell accepts, in the words of the message a coordinator sees. */
export const EXPECTED: Record<CellKind, string> = {
  text: 'text',
  date: 'a date such as 2024-03-11 or 11/03/2024',
  grade: 'a grade: outstanding, good, requires improvement (or RI) or inadequate',
  inspectionType: `one of ${INSPECTION_TYPES.join(', ')}`,
  count: 'a whole number, 0 or more',
  yesNo: 'yes or no',
  email: 'an email address',
  emails: 'email addresses separated by commas or semicolons',
  reminders: 'On or Paused',
  notes: 'anything',
};

function oneOf<T extends string>(choices: readonly T[], text: string): T | undefined {
  const wanted = text.trim().toLowerCase();
  return choices.find((choice) => choice.toLowerCase() === wanted);
}

const YES = ['yes', 'y', 'true'];
const NO = ['no', 'n', 'false'];

/** Text that becomes a value, or undefined when it is not acceptable. */
function refineText<T>(read: (text: string) => T | undefined) {
  return z.pipe(
    z.string(),
    z.transform((text: string, context) => {
      const value = read(text);
      if (value === undefined)
        context.issues.push({ code: 'custom', message: 'not acceptable', input: text });
      return value as T;
    }),
  );
}

/**
 * Schemas per kind of cell, except dates (their `Date` branch needs the time zone). Built on first
 * use, not when the bundle loads: Apps Script evaluates the bundle for every custom-function call.
 */
let schemas:
  { [K in Exclude<CellKind, 'date' | 'notes'>]: z.ZodMiniType<CellValueOfKind[K]> } | undefined;

function cellSchemas() {
  if (schemas) return schemas;
  schemas = {
    text: z.pipe(
      z.union([z.string(), z.number()]),
      z.transform((value: string | number) => String(value).trim()),
    ),
    grade: refineText(parseGrade),
    inspectionType: refineText((text) => oneOf(INSPECTION_TYPES, text)),
    count: z.pipe(
      z.union([
        z.number(),
        refineText((text) => (/^\s*\d+\s*$/.test(text) ? Number(text) : undefined)),
      ]),
      z.int().check(z.nonnegative()),
    ),
    yesNo: z.union([
      z.boolean(),
      refineText((text) => {
        const word = text.trim().toLowerCase();
        return YES.includes(word) ? true : NO.includes(word) ? false : undefined;
      }),
    ]),
    email: refineText((text) => (isEmailAddress(text.trim()) ? text.trim() : undefined)),
    emails: refineText((text) => {
      const emails = splitList(text);
      return emails.every(isEmailAddress) ? emails : undefined;
    }),
    reminders: refineText((text) => oneOf(['On', 'Paused'] as const, text)),
  };
  return schemas;
}

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Sheets hands a formula's error over as its text, e.g. `#N/A` or `#REF!`. */
const FORMULA_ERROR = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!)$/;

/** Realm-independent, so that dates made by another script context (a test's, an emulator's) count too. */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** How much of a cell's text a message quotes: enough to recognise it, never to fill a cell. */
export const EXCERPT_LENGTH = 40;

/**
 * Characters that show as nothing, so that `Kent` and `Kent` followed by one of them look alike:
 * zero-width space, non-joiner and joiner, direction marks, word joiner and its kin, the byte
 * order mark (zero-width no-break space), the soft hyphen and the Mongolian vowel separator.
 */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g;

/** Names of the characters a coordinator is most likely to meet, invisible or odd spaces. */
const CHARACTER_NAMES: Readonly<Record<string, string>> = {
  '\u00A0': 'non-breaking space',
  '\u202F': 'narrow non-breaking space',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\uFEFF': 'zero-width no-break space',
};

/** `U+200B`, as a coordinator can look it up. */
function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The characters `pattern` (global) finds in a text, each once: `U+200B (zero-width space)`. */
export function charactersIn(text: string, pattern: RegExp): string[] {
  return [...new Set(text.match(pattern) ?? [])].map((character) => {
    const name = CHARACTER_NAMES[character];
    return name ? `${codePoint(character)} (${name})` : codePoint(character);
  });
}

/** `an invisible character, U+200B (zero-width space)`, or undefined when there is none. */
export function invisibleInWords(text: string): string | undefined {
  const found = charactersIn(text, INVISIBLE);
  if (found.length === 0) return undefined;
  const what = found.length === 1 ? 'an invisible character' : 'invisible characters';
  return `${what}, ${listInWords(found)}`;
}

/** The text without its invisible characters. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** `1,234`: thousands separated, without the runtime's locale data. */
function thousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A text as a message shows it, and its full length when that is cut. */
function shortened(text: string): { readonly shown: string; readonly length?: string } {
  const visible = text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(INVISIBLE, (character) => `[${codePoint(character)}]`);
  const characters = Array.from(visible);
  if (characters.length <= EXCERPT_LENGTH) return { shown: visible };
  return {
    shown: `${characters.slice(0, EXCERPT_LENGTH).join('')}…`,
    length: `${thousands(Array.from(text).length)} characters long`,
  };
}

/**
 * A value typed by a coordinator as a message shows it: on one line, each invisible character
 * shown as `[U+200B]`, and at most {@link EXCERPT_LENGTH} characters, then `…` and the full
 * length. No cell, however long, makes a message too long for a cell (Sheets holds 50,000
 * characters), and nothing in it is invisible.
 */
export function excerpt(text: string): string {
  const { shown, length } = shortened(text);
  return length ? `${shown} (${length})` : shown;
}

/**
 * {@link excerpt} in quotes, saying what is invisible in it (unless the caller says it):
 * `'good[U+200B]', which contains an invisible character, U+200B (zero-width space)`.
 */
export function quoteText(text: string, sayInvisible = true): string {
  const { shown, length } = shortened(text);
  const invisible = sayInvisible ? invisibleInWords(text) : undefined;
  return `'${shown}'${length ? ` (${length})` : ''}${invisible ? `, which contains ${invisible}` : ''}`;
}

function describeCell(cell: Cell, kind?: CellKind): string {
  if (isDateValue(cell)) return Number.isNaN(cell.getTime()) ? 'an invalid date' : 'a date';
  // A number where a date belongs: `2024` typed into a column not formatted as dates.
  if (kind === 'date' && typeof cell === 'number') return `the number ${String(cell)}`;
  return quoteText(String(cell));
}

/**
 * The earliest date a Tracker holds: the first SIF inspections were in November 2013
 * (ilacs-rules.md, Vocabulary), and every date the tool reads - inspections, visits, meetings,
 * self-evaluations - is of that framework or later. A date cell showing 1905-07-16 is the number
 * 2024 typed into a date-formatted cell, never an inspection.
 */
export const EARLIEST_DATE: CivilDate = { year: 2013, month: 1, day: 1 };

/** Day 0 of a spreadsheet's date numbers: a number typed into a date cell counts days from it. */
const SERIAL_EPOCH: CivilDate = { year: 1899, month: 12, day: 30 };
/** Below this, a date is most likely a small number typed into a date-formatted cell. */
const TYPED_NUMBER_BELOW = 10_000;

function tooEarly(cell: Cell, date: CivilDate, column: string): string {
  const expected = `${column}: expected a date on or after ${formatIso(EARLIEST_DATE)} (the first SIF inspections were in November 2013)`;
  if (!isDateValue(cell)) return `${expected}, found ${describeCell(cell)}.`;
  const serial = daysBetween(SERIAL_EPOCH, date);
  const typed =
    serial >= 0 && serial < TYPED_NUMBER_BELOW
      ? `, which is how a spreadsheet shows the number ${serial} typed into a date cell (it counts days from 30 December 1899); type the whole date, such as 2024-03-11`
      : '';
  return `${expected}, found ${formatIso(date)}${typed}.`;
}

function parseDateCell(
  cell: Cell,
  dateOfCell: DateOfCell,
  slashOrder: SlashOrder,
): CivilDate | undefined {
  if (isDateValue(cell)) return Number.isNaN(cell.getTime()) ? undefined : dateOfCell(cell);
  return typeof cell === 'string' ? parseDateText(cell, slashOrder) : undefined;
}

const LOCALE_READS: Record<Exclude<SlashOrder, 'dayFirst'>, string> = {
  monthFirst: 'reads dates month first, so 11/03/2024 is 3 November',
  yearFirst: 'reads dates year first',
};

/** A slash date the Sheet's locale does not read day first: what to type instead. */
function slashDateMessage(
  column: string,
  text: string,
  order: Exclude<SlashOrder, 'dayFirst'>,
): string {
  return (
    `${column}: expected a date, found ${quoteText(text)}, which is not one (this Sheet's ` +
    `locale ${LOCALE_READS[order]}); ` +
    "type it as 2024-03-11, or set the Sheet's locale to United Kingdom (File > Settings)."
  );
}

/**
 * One cell, read as its column's kind. Blank is fine (undefined); anything else that does not fit
 * gets a message naming the column and what was expected.
 */
export function parseCell<K extends CellKind>(
  kind: K,
  cell: Cell,
  column: string,
  dateOfCell: DateOfCell,
  slashOrder: SlashOrder = 'dayFirst',
): CellResult<CellValueOfKind[K]> {
  if (kind === 'notes' || isBlank(cell)) return { ok: true, value: undefined };
  if (typeof cell === 'string' && FORMULA_ERROR.test(cell.trim())) {
    return {
      ok: false,
      message: `${column}: the cell shows the formula error ${cell.trim()}; expected ${EXPECTED[kind]}.`,
    };
  }
  let value: unknown;
  if (kind === 'date') {
    const date = parseDateCell(cell, dateOfCell, slashOrder);
    if (date && isBefore(date, EARLIEST_DATE)) {
      return { ok: false, message: tooEarly(cell, date, column) };
    }
    if (!date && slashOrder !== 'dayFirst' && typeof cell === 'string' && isSlashDate(cell)) {
      return { ok: false, message: slashDateMessage(column, cell.trim(), slashOrder) };
    }
    value = date;
  } else {
    const parsed = cellSchemas()[kind as Exclude<CellKind, 'date' | 'notes'>].safeParse(cell);
    value = parsed.success ? parsed.data : undefined;
  }
  if (value === undefined) {
    return {
      ok: false,
      message: `${column}: expected ${EXPECTED[kind]}, found ${describeCell(cell, kind)}.`,
    };
  }
  return { ok: true, value: value as CellValueOfKind[K] };
}
