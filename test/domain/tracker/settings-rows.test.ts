import { settingsRowIndex, settingsRowValue } from '../../../src/domain/tracker/settings-sheet';

const rows = [
  ['Setting', 'Value'],
  ['Send mode', ' Live '],
  ['send-MODE', 'Paused'],
  ['Forecast track record', ''],
];

describe('a Settings row by name, as the settings are found', () => {
  test('case, spaces and punctuation ignored; the first such row, never the header', () => {
    expect(settingsRowIndex(rows, 'SEND MODE')).toBe(1);
    expect(settingsRowIndex(rows, 'Setting')).toBe(-1);
    expect(settingsRowIndex(rows, 'Coordinator emails')).toBe(-1);
  });

  test('its value as trimmed text; blank or missing is undefined', () => {
    expect(settingsRowValue(rows, 'Send mode')).toBe('Live');
    expect(settingsRowValue(rows, 'Forecast track record')).toBeUndefined();
    expect(settingsRowValue(rows, 'Coordinator emails')).toBeUndefined();
  });
});
