import fc from 'fast-check';
import { MAX_CELL_CHARACTERS, cellText } from '../../../src/domain/text/cell-text';
import { utf8Bytes } from '../../../src/domain/text/utf8';

test('text that would run as a formula or a number gets the text mark', () => {
  expect(['=SUM(A1)', '+44 20', '-1', '@home'].map(cellText)).toEqual([
    "'=SUM(A1)",
    "'+44 20",
    "'-1",
    "'@home",
  ]);
  expect(cellText('Kent')).toBe('Kent');
});

test("no text passes Sheets' 50,000-character limit, the mark included", () => {
  const long = cellText(`=${'x'.repeat(60_000)}`);
  expect(long.length).toBeLessThanOrEqual(MAX_CELL_CHARACTERS);
  expect(long.endsWith('[... cut to fit one cell]')).toBe(true);
  expect(cellText('y'.repeat(49_999))).toHaveLength(49_999);
});

test('utf8Bytes counts as UTF-8 does', () => {
  expect(utf8Bytes('abc')).toBe(3);
  expect(utf8Bytes('é')).toBe(2);
  expect(utf8Bytes('€')).toBe(3);
  expect(utf8Bytes('😀')).toBe(4);
});

test('utf8Bytes agrees with Node on any text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }),
  );
});
