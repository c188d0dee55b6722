import * as z from 'zod/mini';
import { formatIso, isAfter, parseDateText } from '../rules/civil-date';
import type { MonthRange, Pause } from '../rules/rule-settings';
import { isEmailAddress, splitList } from './list-text';

/** How one kind of setting is read from its cell and written as its default. */
export interface ValueKind<T> {
  readonly expected: string;
  read(text: string): T | undefined;
  write(value: T): string | number;
  /** What a value that does not fit means, when not the default (a mistyped send mode must not send). */
  readonly whenBad?: { readonly value: T; readonly note: string };
  /** A setting that must be chosen: blank, or no row at all, is a problem, with what that means. */
  readonly whenBlank?: { readonly value: T; readonly note: string };
}

/** Reads text with a zod schema built on first use (the bundle builds no schema when it loads). */
function withSchema<T>(build: () => z.ZodMiniType<T>): (text: string) => T | undefined {
  let schema: z.ZodMiniType<T> | undefined;
  return (text) => {
    schema ??= build();
    const parsed = schema.safeParse(text.trim());
    return parsed.success ? parsed.data : undefined;
  };
}

export function wholeNumber(min: number, max: number): ValueKind<number> {
  return {
    expected: `a whole number from ${min} to ${max}`,
    read: withSchema(() =>
      z.pipe(
        z.string().check(z.regex(/^\d+$/)),
        z.pipe(z.transform(Number), z.int().check(z.minimum(min), z.maximum(max))),
      ),
    ),
    write: (value) => value,
  };
}

/**
 * At most `most` whole numbers: a list of leads is a few reminders, not one a day. Each lead sent
 * stays in the ledger for a year or more, so an unbounded list (0, 1, ..., 365) would fill it.
 */
export function numberList(min: number, max: number, most = 10): ValueKind<readonly number[]> {
  const one = wholeNumber(min, max);
  return {
    expected: `at most ${most} whole numbers from ${min} to ${max} separated by commas, such as 60, 30, 7`,
    read: (text) => {
      const numbers = splitList(text).map(one.read);
      if (numbers.length > most) return undefined;
      return numbers.every((value) => value !== undefined) ? (numbers as number[]) : undefined;
    },
    write: (value) => value.join(', '),
  };
}

const MONTH_RANGE = /^(\d+)\s*-\s*(\d+)$/;

function readMonthRange(text: string): MonthRange | undefined {
  const match = MONTH_RANGE.exec(text.trim());
  if (!match) return undefined;
  const range = { from: Number(match[1]), to: Number(match[2]) };
  return range.from < range.to && range.to <= 120 ? range : undefined;
}

export const monthRange: ValueKind<MonthRange> = {
  expected: 'two month counts such as 6-30, the first smaller',
  read: readMonthRange,
  write: (range) => `${range.from}-${range.to}`,
};

export const twoMonthRanges: ValueKind<readonly [MonthRange, MonthRange]> = {
  expected: 'two month ranges such as 6-18, 18-30',
  read: (text) => {
    const ranges = splitList(text).map(readMonthRange);
    const [first, second] = ranges;
    return ranges.length === 2 && first && second ? [first, second] : undefined;
  },
  write: (ranges) => ranges.map(monthRange.write).join(', '),
};

function readPause(text: string): Pause | undefined {
  const [first, last, ...rest] = text.split(/\s+to\s+/i).map((part) => parseDateText(part));
  if (!first || !last || rest.length > 0 || isAfter(first, last)) return undefined;
  return { first, last };
}

export const pauses: ValueKind<readonly Pause[]> = {
  expected: 'date ranges such as 2020-03-17 to 2021-06-27, separated by semicolons (or "none")',
  read: (text) => {
    if (text.trim().toLowerCase() === 'none') return [];
    const list = splitList(text, /;/).map(readPause);
    return list.every((pause) => pause !== undefined) ? (list as Pause[]) : undefined;
  },
  write: (list) =>
    list.length === 0
      ? 'none'
      : list.map((pause) => `${formatIso(pause.first)} to ${formatIso(pause.last)}`).join('; '),
};

export const emails: ValueKind<readonly string[]> = {
  expected: 'email addresses separated by commas',
  read: (text) => {
    const list = splitList(text);
    return list.every(isEmailAddress) ? list : undefined;
  },
  write: (list) => list.join(', '),
};

export const optionalEmail: ValueKind<string> = {
  expected: 'an email address',
  read: (text) => (isEmailAddress(text.trim()) ? text.trim() : undefined),
  write: (value) => value,
};

export const text: ValueKind<string> = {
  expected: 'text',
  read: (value) => value.trim(),
  write: (value) => value,
};

/** One of a few words, in any case; `whenBad` says what a value that is none of them means. */
export function choice<T extends string>(
  choices: readonly [T, ...T[]],
  whenBad?: ValueKind<T>['whenBad'],
  whenBlank?: ValueKind<T>['whenBlank'],
): ValueKind<T> {
  return {
    expected: `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`,
    ...(whenBad && { whenBad }),
    ...(whenBlank && { whenBlank }),
    read: withSchema(() =>
      z.pipe(
        z.transform(
          (value: string) => value.charAt(0).toUpperCase() + value.slice(1).toLowerCase(),
        ),
        z.enum(choices),
      ),
    ),
    write: (value) => value,
  };
}
