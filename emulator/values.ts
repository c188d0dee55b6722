/**
 * What a Sheets cell holds and how Sheets reads values in and shows them. As in Sheets, a date is
 * a number (days since 1899-12-30 on the spreadsheet's wall clock) in a cell whose number format
 * is a date or time format: getValues gives a Date for it, and a plain number once the format is
 * numeric again.
 */
import { isDate } from './gas';
import type { ZoneRules } from './time-zone';

/** A formula error value (`#N/A`, `#REF!`...): getValues reads it as its code. */
export class CellError {
  constructor(readonly code: string) {}
}

/** A cell's content; an empty cell holds nothing (undefined). */
export type Stored = number | string | boolean | CellError;

export const ERROR_CODES: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#ERROR!',
]);

/** The number format of a cell nobody has formatted, as Range.getNumberFormat reports it. */
export const AUTOMATIC_FORMAT = '0.###############';
/** Plain text: strings written to such a cell are kept as typed. */
export const TEXT_FORMAT = '@';
/** What Sheets gives a cell when a date arrives in an unformatted cell, in en_GB. */
export const DATE_FORMAT = 'dd/mm/yyyy';
export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';
export const TIME_FORMAT = 'hh:mm:ss';

const DAY = 86_400_000;
/** Serial 0: 1899-12-30 00:00 on the wall clock. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** A wall-clock time (ms since 1970-01-01 00:00 on that clock) as a Sheets serial number. */
export function serialOfWall(wall: number): number {
  return (wall - SERIAL_EPOCH) / DAY;
}

export function wallOfSerial(serial: number): number {
  return Math.round(serial * DAY) + SERIAL_EPOCH;
}

/** The Date a date cell hands to scripts: its wall clock in the spreadsheet's zone. */
export function dateOfSerial(serial: number, zone: ZoneRules): Date {
  return new Date(zone.instantOf(wallOfSerial(serial)));
}

export interface Written {
  /** The value, or for a formula its result as the cell holds it. */
  readonly value: Stored | undefined;
  /** The cell's number format afterwards (undefined: automatic). */
  readonly format: string | undefined;
  /** The formula, when the input was one (a string starting with "="). */
  readonly formula?: string;
}

/** The most characters Sheets takes in one cell, and what it says to more. */
export const CELL_CHARACTER_LIMIT = 50_000;
export const CELL_LIMIT_MESSAGE = `Your input contains more than the maximum of ${CELL_CHARACTER_LIMIT} characters in a single cell.`;

/** Whether typed input is a formula: "=" and something after it. */
export function isFormula(text: string): boolean {
  return text.length > 1 && text.startsWith('=');
}

/**
 * The result the emulator gives a formula it stores: formulas are not evaluated, so only a literal
 * (=42, =-1.5, ="text", =TRUE, =FALSE) has one; any other formula's result is empty.
 */
export function formulaResult(formula: string): Stored | undefined {
  const body = formula.slice(1).trim();
  const upper = body.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) return Number(body);
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return text[1] === '' ? undefined : (text[1] ?? '').replace(/""/g, '"');
  return undefined;
}

export interface InputContext {
  readonly zone: ZoneRules;
  /** Day-first (en_GB) or month-first (en_US) reading of 11/03/2024. */
  readonly monthFirst: boolean;
}

/**
 * A value written by setValue(s) or appendRow into a cell with the given format: how Sheets stores
 * it. Strings are read as typed input (numbers, booleans, dates, error codes, formulas, a leading
 * apostrophe for text) unless the cell is formatted as plain text.
 */
export function writeValue(
  input: unknown,
  format: string | undefined,
  context: InputContext,
): Written {
  if (input === null || input === undefined || input === '') return { value: undefined, format };
  switch (typeof input) {
    case 'number':
      return { value: Number.isFinite(input) ? input : new CellError('#NUM!'), format };
    case 'boolean':
      return { value: input, format };
    case 'string':
      return format === TEXT_FORMAT ? { value: input, format } : typedInput(input, format);
    default:
      break;
  }
  if (isDate(input)) {
    const time = input.getTime();
    if (Number.isNaN(time)) return { value: String(input), format };
    const serial = serialOfWall(context.zone.wallTime(time));
    return {
      value: serial,
      format: isDateFormat(format)
        ? format
        : Number.isInteger(serial)
          ? DATE_FORMAT
          : DATE_TIME_FORMAT,
    };
  }
  return { value: String(input), format };

  function typedInput(text: string, current: string | undefined): Written {
    if (text.startsWith("'"))
      return { value: text.length > 1 ? text.slice(1) : undefined, format: current };
    if (isFormula(text)) return { value: formulaResult(text), format: current, formula: text };
    const trimmed = text.trim();
    const upper = trimmed.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE', format: current };
    if (ERROR_CODES.has(upper)) return { value: new CellError(upper), format: current };
    const number = parseNumber(trimmed);
    if (number) {
      const keep = current !== undefined || !number.percent;
      return {
        value: number.value,
        format: keep ? current : number.decimals ? '0.00%' : '0%',
      };
    }
    const date = parseDateTime(trimmed, context.monthFirst);
    if (date) return { value: date.serial, format: isDateFormat(current) ? current : date.format };
    return { value: text, format: current };
  }
}

/**
 * A formula's cached result as a file or a seed gives it: text stays text (an error code is the
 * error), anything else is stored as setValue would store it.
 */
export function cachedResult(
  result: unknown,
  format: string | undefined,
  context: InputContext,
): Written {
  if (typeof result !== 'string') return writeValue(result, format, context);
  if (result === '') return { value: undefined, format };
  return { value: ERROR_CODES.has(result) ? new CellError(result) : result, format };
}

const NUMBER = /^([+-])?(\d{1,3}(?:,\d{3})+|\d*)(\.\d*)?(?:[eE]([+-]?\d+))?(%)?$/;

function parseNumber(
  text: string,
): { value: number; percent: boolean; decimals: boolean } | undefined {
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const [, sign = '', whole = '', fraction = '', exponent, percent] = match;
  if (!/\d/.test(whole + fraction)) return undefined;
  let value = Number(`${sign}${whole.replace(/,/g, '') || '0'}${fraction === '.' ? '' : fraction}`);
  if (exponent !== undefined) value *= 10 ** Number(exponent);
  if (percent) value /= 100;
  return { value, percent: Boolean(percent), decimals: fraction.length > 1 };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:\s*([ap])\.?m\.?)?`;
const ISO_DATE = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T]${TIME})?$`, 'i');
const NUMERIC_DATE = new RegExp(
  String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?: ${TIME})?$`,
  'i',
);
const NAMED_DATE = new RegExp(
  String.raw`^(\d{1,2})[ -]([a-z]{3,9})\.?,?[ -](\d{4})(?: ${TIME})?$`,
  'i',
);
const TIME_ONLY = new RegExp(`^${TIME}$`, 'i');

/**
 * A date, date and time, or time of day typed in en_GB (or en_US when monthFirst): 2024-03-11,
 * 11/03/2024, 11-03-24, 11 Mar 2024, 11 March 2024, any of them followed by 09:30[:15], and 9:30
 * alone. Two-digit years are 2000-2029 below 30 and 1930-1999 from 30. Impossible dates stay text.
 */
export function parseDateTime(
  text: string,
  monthFirst = false,
): { serial: number; format: string } | undefined {
  let match = ISO_DATE.exec(text);
  if (match) {
    const separator = match[2] ?? '-';
    return build(
      Number(match[1]),
      Number(match[3]),
      Number(match[4]),
      match.slice(5),
      `yyyy${separator}mm${separator}dd`,
    );
  }
  match = NUMERIC_DATE.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    const yearText = match[4] ?? '';
    const year = yearText.length === 2 ? twoDigitYear(Number(yearText)) : Number(yearText);
    const separator = match[2] ?? '/';
    const [day, month] = monthFirst ? [second, first] : [first, second];
    const pattern = monthFirst
      ? `mm${separator}dd${separator}yyyy`
      : `dd${separator}mm${separator}yyyy`;
    return build(year, month, day, match.slice(5), pattern);
  }
  match = NAMED_DATE.exec(text);
  if (match) {
    const name = (match[2] ?? '').toLowerCase();
    const month = MONTHS.findIndex(
      (full) => full === name || (name.length === 3 && full.startsWith(name)),
    );
    if (month < 0) return undefined;
    return build(
      Number(match[3]),
      month + 1,
      Number(match[1]),
      match.slice(4),
      name.length === 3 ? 'd mmm yyyy' : 'd mmmm yyyy',
    );
  }
  match = TIME_ONLY.exec(text);
  if (match) {
    const time = timeOfDay(match.slice(1));
    return time === undefined ? undefined : { serial: time / DAY, format: TIME_FORMAT };
  }
  return undefined;

  function build(
    year: number,
    month: number,
    day: number,
    timeParts: (string | undefined)[],
    datePattern: string,
  ) {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    const hasTime = timeParts[0] !== undefined;
    const time = hasTime ? timeOfDay(timeParts) : 0;
    if (time === undefined) return undefined;
    return {
      serial: serialOfWall(Date.UTC(year, month - 1, day) + time),
      format: hasTime ? `${datePattern} hh:mm:ss` : datePattern,
    };
  }
}

function twoDigitYear(year: number): number {
  return year < 30 ? 2000 + year : 1900 + year;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function timeOfDay(parts: (string | undefined)[]): number | undefined {
  const [hourText, minuteText, secondText, millisecondText, meridiem] = parts;
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText ?? 0);
  const millisecond = Number((millisecondText ?? '0').padEnd(3, '0'));
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return ((hour * 60 + minute) * 60 + second) * 1000 + millisecond;
}

// ---------------------------------------------------------------------------------------------
// Number formats, in Sheets' notation (yyyy mm dd hh:mm:ss, 0.00, #,##0, 0%, @).

type DateToken =
  | { kind: 'literal'; text: string }
  | { kind: 'year' | 'month' | 'minute' | 'day' | 'hour' | 'second'; width: number }
  | { kind: 'elapsed-hours'; width: number }
  | { kind: 'fraction'; width: number }
  | { kind: 'meridiem'; short: boolean; lower: boolean };

type Formatter =
  | { kind: 'date'; tokens: DateToken[]; twelveHour: boolean }
  | { kind: 'number'; render: (value: number) => string }
  | { kind: 'text' }
  | { kind: 'automatic' };

const formatters = new Map<string, Formatter>();

function compiled(format: string | undefined): Formatter {
  if (format === undefined || format === AUTOMATIC_FORMAT || /^general$/i.test(format))
    return { kind: 'automatic' };
  let formatter = formatters.get(format);
  if (!formatter) {
    formatter = compile(format);
    formatters.set(format, formatter);
  }
  return formatter;
}

/** Whether a number format shows dates or times, so that its cells read as Dates. */
export function isDateFormat(format: string | undefined): boolean {
  return compiled(format).kind === 'date';
}

function firstSection(format: string): string {
  let inQuotes = false;
  for (let index = 0; index < format.length; index++) {
    const char = format[index];
    if (char === '"') inQuotes = !inQuotes;
    else if (char === '\\') index++;
    else if (char === ';' && !inQuotes) return format.slice(0, index);
  }
  return format;
}

function compile(format: string): Formatter {
  const section = firstSection(format);
  if (section.includes('@')) return { kind: 'text' };
  const tokens = resolveMinutes(dateTokens(section));
  if (tokens.some((token) => token.kind !== 'literal')) {
    return {
      kind: 'date',
      tokens,
      twelveHour: tokens.some((token) => token.kind === 'meridiem'),
    };
  }
  const plain = section
    .replace(/\[\$([^\]-]*)[^\]]*\]/g, (_, symbol: string) => `"${symbol}"`)
    .replace(/\[[^\]]*\]/g, '');
  return { kind: 'number', render: numberRenderer(plain) };
}

function dateTokens(section: string): DateToken[] {
  const tokens: DateToken[] = [];
  const literal = (text: string) => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'literal') last.text += text;
    else tokens.push({ kind: 'literal', text });
  };
  let index = 0;
  while (index < section.length) {
    const rest = section.slice(index);
    const char = section[index] ?? '';
    const lower = char.toLowerCase();
    let match: RegExpExecArray | null;
    if (char === '"') {
      const end = section.indexOf('"', index + 1);
      literal(section.slice(index + 1, end < 0 ? undefined : end));
      index = end < 0 ? section.length : end + 1;
    } else if (char === '\\') {
      literal(section[index + 1] ?? '');
      index += 2;
    } else if ((match = /^\[(h+)\]/i.exec(rest))) {
      tokens.push({ kind: 'elapsed-hours', width: (match[1] ?? '').length });
      index += match[0].length;
    } else if (
      (match = /^\[\$([^\]-]*)[^\]]*\]/.exec(rest)) ||
      (match = /^\[[^\]]*\]/.exec(rest))
    ) {
      if (match[1]) literal(match[1]);
      index += match[0].length;
    } else if ((match = /^(am\/pm|a\/p)/i.exec(rest))) {
      tokens.push({
        kind: 'meridiem',
        short: match[0].length === 3,
        lower: char === char.toLowerCase(),
      });
      index += match[0].length;
    } else if ('ymdhs'.includes(lower) && lower !== '') {
      let width = 1;
      while ((section[index + width] ?? '').toLowerCase() === lower) width++;
      const kind = ({ y: 'year', m: 'month', d: 'day', h: 'hour', s: 'second' } as const)[
        lower as 'y' | 'm' | 'd' | 'h' | 's'
      ];
      tokens.push({ kind, width });
      index += width;
    } else if (
      char === '.' &&
      /^\.0+/.test(rest) &&
      tokens.some((token) => token.kind === 'second')
    ) {
      const width = (/^\.(0+)/.exec(rest)?.[1] ?? '').length;
      tokens.push({ kind: 'fraction', width });
      index += width + 1;
    } else {
      literal(char);
      index++;
    }
  }
  return tokens;
}

/** m and mm are minutes right after an hour or right before a second, as in Sheets. */
function resolveMinutes(tokens: DateToken[]): DateToken[] {
  const fields = tokens.filter((token) => token.kind !== 'literal');
  return tokens.map((token) => {
    if (token.kind !== 'month' || token.width > 2) return token;
    const index = fields.indexOf(token);
    const before = fields[index - 1];
    const after = fields[index + 1];
    const minute =
      before?.kind === 'hour' || before?.kind === 'elapsed-hours' || after?.kind === 'second';
    return minute ? { kind: 'minute', width: token.width } : token;
  });
}

function numberRenderer(section: string): (value: number) => string {
  const match = /^((?:"[^"]*"|\\.|[^0#?.,%])*)([0#?,]*)(?:\.([0#?]*))?((?:[eE][+-]0+)?)(.*)$/.exec(
    section,
  );
  const [, prefixRaw = '', integer = '', fraction, exponent = '', suffixRaw = ''] = match ?? [];
  const prefix = unquote(prefixRaw);
  const suffix = unquote(suffixRaw);
  const percent = suffixRaw.includes('%') || prefixRaw.includes('%');
  const grouping = integer.includes(',');
  const minInteger = (integer.match(/0/g) ?? []).length;
  const maxDecimals = fraction?.length ?? 0;
  const minDecimals = (fraction?.match(/0/g) ?? []).length;
  if (!match || (integer === '' && fraction === undefined)) return (value) => automatic(value);
  return (value) => {
    const scaled = Math.abs(percent ? value * 100 : value);
    if (exponent) {
      const digits = scaled.toExponential(maxDecimals).toUpperCase();
      const [mantissa = '', power = '0'] = digits.split('E');
      const exponentDigits = exponent.length - 2;
      const sign = Number(power) < 0 ? '-' : '+';
      return `${value < 0 ? '-' : ''}${prefix}${mantissa}E${sign}${String(Math.abs(Number(power))).padStart(exponentDigits, '0')}${suffix}`;
    }
    let [whole = '', decimals = ''] = scaled.toFixed(maxDecimals).split('.');
    decimals = decimals.replace(/0+$/, '');
    decimals = decimals.padEnd(minDecimals, '0');
    whole = whole.replace(/^0+/, '').padStart(minInteger, '0');
    if (grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const body = decimals
      ? `${whole}.${decimals}`
      : fraction !== undefined && maxDecimals === 0
        ? `${whole}.`
        : whole;
    const negative = value < 0 && /[1-9]/.test(body);
    return `${negative ? '-' : ''}${prefix}${body}${suffix}`;
  };
}

function unquote(text: string): string {
  return text.replace(
    /"([^"]*)"|\\(.)/g,
    (_, quoted: string | undefined, escaped: string | undefined) => quoted ?? escaped ?? '',
  );
}

/** How Sheets shows a number in an unformatted cell: up to 10 significant digits. */
function automatic(value: number): string {
  const size = Math.abs(value);
  if (value !== 0 && (size >= 1e15 || size < 1e-9)) {
    const [mantissa = '', power = ''] = value.toExponential(9).split('e');
    const digits = mantissa.replace(/\.?0+$/, '');
    const sign = power.startsWith('-') ? '-' : '+';
    return `${digits}E${sign}${power.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

const SHORT_MONTHS = MONTHS.map((name) => name.slice(0, 3));

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function renderDate(
  formatter: { tokens: DateToken[]; twelveHour: boolean },
  serial: number,
): string {
  const wall = new Date(wallOfSerial(serial));
  const hour = wall.getUTCHours();
  return formatter.tokens
    .map((token) => {
      switch (token.kind) {
        case 'literal':
          return token.text;
        case 'year':
          return token.width <= 2
            ? String(wall.getUTCFullYear() % 100).padStart(2, '0')
            : String(wall.getUTCFullYear()).padStart(4, '0');
        case 'month': {
          const month = wall.getUTCMonth();
          if (token.width === 1) return String(month + 1);
          if (token.width === 2) return String(month + 1).padStart(2, '0');
          if (token.width === 3) return capitalised(SHORT_MONTHS[month] ?? '');
          if (token.width === 5) return capitalised(MONTHS[month] ?? '').charAt(0);
          return capitalised(MONTHS[month] ?? '');
        }
        case 'day': {
          if (token.width <= 2) return String(wall.getUTCDate()).padStart(token.width, '0');
          const weekday = capitalised(WEEKDAYS[wall.getUTCDay()] ?? '');
          return token.width === 3 ? weekday.slice(0, 3) : weekday;
        }
        case 'hour': {
          const shown = formatter.twelveHour ? ((hour + 11) % 12) + 1 : hour;
          return String(shown).padStart(Math.min(token.width, 2), '0');
        }
        case 'elapsed-hours':
          return String(Math.floor((wallOfSerial(serial) - wallOfSerial(0)) / 3_600_000)).padStart(
            token.width,
            '0',
          );
        case 'minute':
          return String(wall.getUTCMinutes()).padStart(Math.min(token.width, 2), '0');
        case 'second':
          return String(wall.getUTCSeconds()).padStart(Math.min(token.width, 2), '0');
        case 'fraction':
          return String(wall.getUTCMilliseconds()).padStart(3, '0').slice(0, token.width);
        case 'meridiem': {
          const text = hour < 12 ? 'AM' : 'PM';
          const shown = token.short ? text.charAt(0) : text;
          return token.lower ? shown.toLowerCase() : shown;
        }
      }
      return '';
    })
    .join('');
}

/** What a cell shows (Range.getDisplayValues): its value in its number format. */
export function displayValue(value: Stored | undefined, format: string | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof CellError) return value.code;
  const formatter = compiled(format);
  switch (formatter.kind) {
    case 'date':
      return renderDate(formatter, value);
    case 'number':
      return formatter.render(value);
    case 'text':
    case 'automatic':
      return automatic(value);
  }
}

/** What getValues hands a script for a stored cell (dates as fresh Dates in the zone). */
export function readValue(
  value: Stored | undefined,
  format: string | undefined,
  zone: ZoneRules,
): unknown {
  if (value === undefined) return '';
  if (typeof value === 'number') return isDateFormat(format) ? dateOfSerial(value, zone) : value;
  if (value instanceof CellError) return value.code;
  return value;
}
