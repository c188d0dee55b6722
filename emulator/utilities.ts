import { type WallClock, instantOf, wallClock } from './time-zone';

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
  const clock = wallClock(date.getTime(), timeZone);
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
  return new Date(instantOf(clock, timeZone));
};
