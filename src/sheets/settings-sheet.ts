import {
  type ParsedSettings,
  DEFAULT_TRACKER_SETTINGS,
  parseSettings,
} from '../domain/tracker-settings';
import type { DateCodec } from './dates';
import { SHEET_NAMES, readAll } from './workbook';

/** The Settings sheet read and checked; without the sheet, the defaults. */
export function readSettings(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  codec: DateCodec,
): ParsedSettings {
  const sheet = spreadsheet.getSheetByName(SHEET_NAMES.settings);
  if (!sheet) return { settings: DEFAULT_TRACKER_SETTINGS, problems: [] };
  return parseSettings(readAll(sheet), codec.dateOfCell);
}
