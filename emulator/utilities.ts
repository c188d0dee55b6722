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

function tokens(pattern: string): Token[] {
  const result: Token[] = [];
  const matcher = /'([^']*)'|(yyyy|MM|dd|HH|mm|ss|SSS)|([a-zA-Z])|(.)/g;
  for (const match of pattern.matchAll(matcher)) {
    const [, quoted, field, unsupported, literal] = match;
    if (quoted !== undefined) result.push({ literal: quoted === '' ? "'" : quoted });
    else if (field)
      result.push({ field: FIELDS[field as keyof typeof FIELDS], width: field.length });
    else if (unsupported)
      throw new Error(
        `The emulator's Utilities does not support the pattern letter ${unsupported} in ${pattern}`,
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
