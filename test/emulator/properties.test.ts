/**
 * PropertiesService's limits, counted in UTF-8 bytes as Apps Script counts them: 9 KB (9,216
 * bytes) a value, 500 KB (512,000 bytes) of keys and values a store.
 */
import {
  AppsScriptEmulator,
  PROPERTY_STORE_LIMIT,
  PROPERTY_VALUE_LIMIT,
  STORE_QUOTA_EXCEEDED,
  VALUE_TOO_LARGE,
} from '../../emulator';

function documentProperties() {
  const emulator = new AppsScriptEmulator();
  return { emulator, properties: emulator.globals.PropertiesService.getDocumentProperties() };
}

test('the limits and messages', () => {
  expect([PROPERTY_VALUE_LIMIT, PROPERTY_STORE_LIMIT]).toEqual([9_216, 512_000]);
  expect(VALUE_TOO_LARGE).toBe('Argument too large: value');
  expect(STORE_QUOTA_EXCEEDED).toBe(
    'You have exceeded the property storage quota. Please remove some properties and try again.',
  );
});

describe('a value is at most 9,216 bytes of UTF-8', () => {
  test.each<[string, string, number]>([
    ['ASCII, 1 byte each', 'a', 9_216],
    ['é, 2 bytes each', 'é', 4_608],
    ['€, 3 bytes each', '€', 3_072],
    ['an emoji, 4 bytes and 2 UTF-16 units each', '😀', 2_304],
    ['CJK, 3 bytes each', '漢', 3_072],
  ])('%s: %j x %i fits, one more does not', (_, character, fits) => {
    const { properties } = documentProperties();
    properties.setProperty('fits', character.repeat(fits));
    expect(properties.getProperty('fits')).toBe(character.repeat(fits));
    expect(() => properties.setProperty('over', character.repeat(fits + 1))).toThrow(
      VALUE_TOO_LARGE,
    );
    expect(properties.getProperty('over')).toBeNull();
  });

  test('4,609 é are 4,609 characters but 9,218 bytes: too large', () => {
    const { properties } = documentProperties();
    const value = 'é'.repeat(4_609);
    expect(value.length).toBeLessThan(PROPERTY_VALUE_LIMIT);
    expect(() => properties.setProperty('k', value)).toThrow(VALUE_TOO_LARGE);
  });

  test('setProperties with one value too large sets none of them', () => {
    const { properties } = documentProperties();
    expect(() => properties.setProperties({ small: 'ok', big: 'ü'.repeat(5_000) })).toThrow(
      VALUE_TOO_LARGE,
    );
    expect(properties.getKeys()).toEqual([]);
  });

  test('the error is an Exception inside a loaded script', () => {
    const { emulator } = documentProperties();
    const context = emulator.load(`
      function save(value) {
        try { PropertiesService.getScriptProperties().setProperty('k', value); return 'saved'; }
        catch (e) { return String(e); }
      }`);
    expect(emulator.run(context, 'save', '€'.repeat(3_073))).toBe(`Exception: ${VALUE_TOO_LARGE}`);
    expect(emulator.run(context, 'save', '€'.repeat(3_072))).toBe('saved');
  });
});

describe('a store holds at most 512,000 bytes of UTF-8 keys and values', () => {
  /** 57 keys of 3 bytes (171) + 56 values of 4,500 é (9,000 bytes each) + one of 7,829 bytes. */
  function fullStore() {
    const filled = documentProperties();
    const values: Record<string, string> = {};
    for (let index = 0; index < 56; index++)
      values[`k${String(index).padStart(2, '0')}`] = 'é'.repeat(4_500);
    values['k56'] = 'x'.repeat(7_829);
    filled.properties.setProperties(values);
    return filled;
  }

  test('exactly full is accepted; one byte more is refused and changes nothing', () => {
    const { emulator, properties } = fullStore();
    expect(properties.getKeys()).toHaveLength(57);
    expect(() => properties.setProperty('x', '1')).toThrow(STORE_QUOTA_EXCEEDED);
    expect(properties.getProperty('x')).toBeNull();
    expect(Object.keys(emulator.properties('document'))).toHaveLength(57);
  });

  test('replacing a value counts the new size, not both', () => {
    const { properties } = fullStore();
    properties.setProperty('k56', 'y'.repeat(7_829));
    expect(() => properties.setProperty('k56', 'é'.repeat(3_915))).toThrow(STORE_QUOTA_EXCEEDED);
    properties.setProperty('k56', 'é'.repeat(3_914));
    expect(properties.getProperty('k56')).toBe('é'.repeat(3_914));
  });

  test('keys count, in bytes too', () => {
    const { properties } = fullStore();
    properties.deleteProperty('k56');
    properties.setProperty('ключ', 'v'.repeat(7_824));
    expect(() => properties.setProperty('ключ', 'v'.repeat(7_825))).toThrow(STORE_QUOTA_EXCEEDED);
  });

  test('a store counted in characters would fit; counted in bytes it does not', () => {
    const { properties } = documentProperties();
    const values: Record<string, string> = {};
    for (let index = 0; index < 60; index++) values[`k${index}`] = 'é'.repeat(4_500);
    const characters = Object.entries(values).reduce((sum, [k, v]) => sum + k.length + v.length, 0);
    expect(characters).toBeLessThan(PROPERTY_STORE_LIMIT);
    expect(() => properties.setProperties(values)).toThrow(STORE_QUOTA_EXCEEDED);
    expect(properties.getKeys()).toEqual([]);
  });

  test('deleteAllOthers frees the space of what it deletes', () => {
    const { properties } = fullStore();
    properties.setProperties({ fresh: 'é'.repeat(4_000) }, true);
    expect(properties.getKeys()).toEqual(['fresh']);
  });

  test('each store has its own 512,000 bytes', () => {
    const { emulator } = fullStore();
    const script = emulator.globals.PropertiesService.getScriptProperties();
    script.setProperty('x', '1');
    expect(script.getProperty('x')).toBe('1');
  });
});
