import { utf8Bytes } from '../text/utf8';
import type { Email } from './email';

/**
 * What one email may hold. Apps Script's quotas page: "Email body size 200 KB / msg" on a consumer
 * account (400 KB on Google Workspace). The tool cannot tell which account runs it, and Google does
 * not say whether the plain and HTML parts count together, so it keeps the subject and both parts
 * together within 200,000 bytes of UTF-8, the stricter reading of the smaller limit.
 */
export const EMAIL_BYTE_LIMIT = 200_000;

export function emailBytes(email: Email): number {
  return utf8Bytes(email.subject) + utf8Bytes(email.text) + utf8Bytes(email.html);
}

/**
 * `items` in consecutive parts, each composing into an email within `limit`, in order and each item
 * once. Parts are packed by each item's own size (composing a part of many repeats little: shared
 * greetings and sign-offs appear once), then each is checked whole and halved if still over. An
 * item too large on its own is a part of its own: the caller must split its content.
 */
export function partsWithin<T>(
  items: readonly T[],
  compose: (part: readonly T[]) => Email,
  limit = EMAIL_BYTE_LIMIT,
): T[][] {
  if (items.length === 0) return [];
  const whole = emailBytes(compose(items));
  if (whole <= limit) return [[...items]];
  const parts: T[][] = [];
  let part: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = emailBytes(compose([item]));
    if (part.length > 0 && size + itemSize > limit) {
      parts.push(part);
      part = [];
      size = 0;
    }
    part.push(item);
    size += itemSize;
  }
  parts.push(part);
  return parts.flatMap((each) => checkedPart(each, compose, limit));
}

function checkedPart<T>(
  part: readonly T[],
  compose: (part: readonly T[]) => Email,
  limit: number,
): T[][] {
  if (part.length === 1 || emailBytes(compose(part)) <= limit) return [[...part]];
  const half = Math.ceil(part.length / 2);
  return [
    ...checkedPart(part.slice(0, half), compose, limit),
    ...checkedPart(part.slice(half), compose, limit),
  ];
}
