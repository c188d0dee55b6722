import { randomUUID } from 'node:crypto';
import type { Clock } from './clock';
import { GAS_CLASS, GasObject, asGas, gasError, requireInteger } from './gas';
import { type WallClock, zoneRules } from './time-zone';

type Utilities = GoogleAppsScript.Utilities.Utilities;

/** The date and time letters of Java's SimpleDateFormat that the emulator reads and writes. */
const FIELDS = {
  yyyy: 'year',
  MM: 'month',
  dd: 'day',
  HH: 'hour',
  mm: 'minute',
  ss: 'second',
  SSS: 'millisecond',
} as const satisfies Record<string, keyof WallClock>;

type Token = { field: keyof WallClock; width: number } | { literal: string };

/** Quoted text (where '' is a quote), a run of one pattern letter, or any other character. */
function tokens(pattern: string): Token[] {
  const result: Token[] = [];
  for (const [, quoted, letters, , literal] of pattern.matchAll(
    /'((?:[^']|'')*)'|(([a-zA-Z])\3*)|(.)/g,
  )) {
    if (quoted !== undefined)
      result.push({ literal: quoted === '' ? "'" : quoted.replace(/''/g, "'") });
    else if (letters && letters in FIELDS)
      result.push({ field: FIELDS[letters as keyof typeof FIELDS], width: letters.length });
    else if (letters)
      throw new Error(
        `The emulator's Utilities does not support the pattern letters ${letters} in ${pattern}`,
      );
    else result.push({ literal: literal ?? '' });
  }
  return result;
}

export const formatDate: Utilities['formatDate'] = (date, timeZone, format) => {
  const clock = zoneRules(timeZone).wallClock(date.getTime());
  return tokens(format)
    .map((token) =>
      'literal' in token ? token.literal : String(clock[token.field]).padStart(token.width, '0'),
    )
    .join('');
};

export const parseDate: Utilities['parseDate'] = (text, timeZone, format) => {
  const clock: Record<keyof WallClock, number> = {
    year: 1970,
    month: 1,
    day: 1,
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
  };
  let position = 0;
  for (const token of tokens(format)) {
    if ('literal' in token) {
      if (!text.startsWith(token.literal, position)) throw new Error(`Unparseable date: "${text}"`);
      position += token.literal.length;
      continue;
    }
    const digits = /^\d+/.exec(
      text.slice(position, position + (token.field === 'year' ? 4 : token.width)),
    )?.[0];
    if (!digits) throw new Error(`Unparseable date: "${text}"`);
    clock[token.field] = Number(digits);
    position += digits.length;
  }
  return new Date(zoneRules(timeZone).instantOfClock(clock));
};

/** The longest Utilities.sleep Apps Script allows, in milliseconds. */
const MAX_SLEEP = 300_000;

/** The Utilities service: formatDate and parseDate above, getUuid, and sleep on the emulator's clock. */
export class EmulatedUtilities
  extends GasObject
  implements Pick<Utilities, 'formatDate' | 'parseDate' | 'getUuid' | 'sleep' | 'newBlob'>
{
  constructor(private readonly clock: Clock) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'Utilities';
  }

  /** A Blob of text (the only kind the tool makes: a calendar file), with a type and a name. */
  newBlob(data: string | number[] | GoogleAppsScript.Byte[], contentType?: string, name?: string) {
    if (typeof data !== 'string')
      throw gasError("The emulator's Utilities.newBlob takes only a string");
    return asGas<GoogleAppsScript.Base.Blob>(
      new EmulatedBlob(data, contentType ?? null, name ?? null),
    );
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    return formatDate(date, timeZone, format);
  }

  parseDate(date: string, timeZone: string, format: string): Date {
    return parseDate(date, timeZone, format);
  }

  getUuid(): string {
    return randomUUID();
  }

  /** Moves the emulator's clock on instead of waiting. */
  sleep(milliseconds: number): void {
    const duration = requireInteger(milliseconds, 'Utilities.sleep');
    if (duration < 0 || duration > MAX_SLEEP)
      throw gasError(`Sleep time must be between 0 and ${MAX_SLEEP} milliseconds.`);
    this.clock.advance(duration);
  }
}

/** A Blob as MailApp takes it for an attachment. */
export class EmulatedBlob
  extends GasObject
  implements
    Pick<
      GoogleAppsScript.Base.Blob,
      'getDataAsString' | 'getContentType' | 'getName' | 'setName' | 'setContentType'
    >
{
  constructor(
    private data: string,
    private contentType: string | null,
    private name: string | null,
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'Blob';
  }

  getDataAsString(): string {
    return this.data;
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): GoogleAppsScript.Base.Blob {
    this.contentType = contentType;
    return asGas(this);
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): GoogleAppsScript.Base.Blob {
    this.name = name;
    return asGas(this);
  }
}
