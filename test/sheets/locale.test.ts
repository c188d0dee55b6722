import { slashOrderOfLocale } from '../../src/sheets/locale';

test("a locale's order of day and month, as Sheets writes locales", () => {
  expect(slashOrderOfLocale('en_GB')).toBe('dayFirst');
  expect(slashOrderOfLocale('en_IE')).toBe('dayFirst');
  expect(slashOrderOfLocale('fr_FR')).toBe('dayFirst');
  expect(slashOrderOfLocale('de_DE')).toBe('dayFirst');
  expect(slashOrderOfLocale('en_US')).toBe('monthFirst');
  expect(slashOrderOfLocale('ja_JP')).toBe('yearFirst');
  expect(slashOrderOfLocale('hu_HU')).toBe('yearFirst');
});

test('a locale the runtime does not know is not taken to be day first', () => {
  expect(slashOrderOfLocale('not a locale')).toBe('yearFirst');
});
