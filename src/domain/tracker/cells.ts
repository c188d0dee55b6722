import * as z from 'zod/mini';
import { type CivilDate, parseDateText } from '../rules/civil-date';
import { type Grade, parseGrade } from '../rules/grades';
import { INSPECTION_TYPES, type InspectionType } from '../rules/inspection';
import type { CellKind } from './columns';
import { isEmailAddress, splitList } from './list-text';

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

function describeCell(cell: Cell): string {
  if (isDateValue(cell)) return Number.isNaN(cell.getTime()) ? 'an invalid date' : 'a date';
  return `'${String(cell)}'`;
}

function parseDateCell(cell: Cell, dateOfCell: DateOfCell): CivilDate | undefined {
  if (isDateValue(cell)) return Number.isNaN(cell.getTime()) ? undefined : dateOfCell(cell);
  return typeof cell === 'string' ? parseDateText(cell) : undefined;
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
    value = parseDateCell(cell, dateOfCell);
  } else {
    const parsed = cellSchemas()[kind as Exclude<CellKind, 'date' | 'notes'>].safeParse(cell);
    value = parsed.success ? parsed.data : undefined;
  }
  if (value === undefined) {
    return {
      ok: false,
      message: `${column}: expected ${EXPECTED[kind]}, found ${describeCell(cell)}.`,
    };
  }
  return { ok: true, value: value as CellValueOfKind[K] };
}
