import fc from 'fast-check';
import type { Email } from '../../../src/domain/reminders/email';
import { emailBytes, partsWithin } from '../../../src/domain/reminders/email-size';

test('emailBytes counts the subject and both bodies', () => {
  expect(emailBytes({ subject: 'ab', text: 'cde', html: '<p>é</p>' })).toBe(2 + 3 + 9);
});

/** A letter of the items: a greeting and sign-off once, then each item's paragraph. */
const letterOf =
  (sizes: readonly number[]) =>
  (part: readonly number[]): Email => ({
    subject: `${part.length} items`,
    text: `Dear colleague,\n\n${part.map((item) => 'x'.repeat(sizes[item] ?? 0)).join('\n\n')}\n\nBest wishes`,
    html: '',
  });

describe('partsWithin', () => {
  test('one part when the whole fits', () => {
    expect(partsWithin([0, 1, 2], letterOf([10, 10, 10]), 1000)).toEqual([[0, 1, 2]]);
  });

  test('every item in exactly one part, in order, each part within the limit', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 60 }), (sizes) => {
        const items = sizes.map((_, index) => index);
        const compose = letterOf(sizes);
        const parts = partsWithin(items, compose, 1000);
        expect(parts.flat()).toEqual(items);
        for (const part of parts) {
          expect(part.length).toBeGreaterThan(0);
          expect(emailBytes(compose(part))).toBeLessThanOrEqual(1000);
        }
      }),
    );
  });

  test('packs rather than halving: three items of 45% make two parts, not three', () => {
    const parts = partsWithin([0, 1, 2], letterOf([450, 450, 450]), 1000);
    expect(parts).toEqual([[0, 1], [2]]);
  });

  test('an item too large alone is a part of its own, for the caller to split', () => {
    expect(partsWithin([0, 1, 2], letterOf([10, 5000, 10]), 1000)).toEqual([[0], [1], [2]]);
  });
});
