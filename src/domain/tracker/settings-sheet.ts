import { formatIso } from '../rules/civil-date';
import { type Cell, type DateOfCell, excerpt, isBlank, isDateValue, quoteText } from './cells';
import { normalizeHeader } from './columns';
import type { ValueKind } from './setting-kinds';

/**
 * The Settings sheet (tracker.md, "Settings"): two columns, Setting and Value, read as a whole. A
 * value that does not fit is reported with its row and the default is used, never a crash. The
 * rooms above say which settings there are; this reads and writes any list of them.
 */

export interface SettingRow<T> {
  readonly name: string;
  readonly about: string;
  readonly kind: ValueKind<T>;
  /** What Set up writes for a new tracker, when not the default (a new tracker starts in Test). */
  readonly initial?: T;
}

/** One row per setting of `S`, keyed like `S`. */
export type SettingRows<S> = { readonly [K in keyof S]: SettingRow<S[K]> };

/** One row of the Settings sheet, as Set up writes it and as it is read back. */
export interface SettingDefinition {
  readonly id: string;
  readonly name: string;
  readonly about: string;
  readonly defaultValue: string | number;
  /** Reads the text into the settings; returns why it does not fit, and what is used instead. */
  apply(settings: Record<string, unknown>, text: string): string | undefined;
  /** For a setting that must be chosen: applies what blank means and says why. */
  applyBlank?(settings: Record<string, unknown>): string;
}

export interface SettingsProblem {
  /** Row on the Settings sheet, 1-based. */
  readonly row: number;
  readonly message: string;
}

export interface ParsedSettings<S> {
  readonly settings: S;
  readonly problems: readonly SettingsProblem[];
}

function scalarDefinition<S, K extends keyof S & string>(
  key: K,
  setting: SettingRow<S[K]>,
  defaults: S,
): SettingDefinition {
  const defaultText = setting.kind.write(defaults[key]);
  const blank = setting.kind.whenBlank;
  return {
    id: key,
    name: setting.name,
    about: setting.about,
    defaultValue: setting.kind.write(setting.initial ?? defaults[key]),
    ...(blank && {
      applyBlank: (settings: Record<string, unknown>) => {
        settings[key] = blank.value;
        return `${setting.name} is not set; ${blank.note}.`;
      },
    }),
    apply: (settings, text) => {
      const value = setting.kind.read(text);
      if (value !== undefined) {
        settings[key] = value;
        return undefined;
      }
      const bad = setting.kind.whenBad;
      if (bad) settings[key] = bad.value;
      const fallback = bad ? bad.note : `using the default, ${String(defaultText) || 'blank'}`;
      return `expected ${setting.kind.expected}, found ${quoteText(text)}; ${fallback}.`;
    },
  };
}

/** The definitions of `rows`, in their order, with the defaults Set up writes. */
export function scalarDefinitions<S>(rows: SettingRows<S>, defaults: S): SettingDefinition[] {
  return (Object.keys(rows) as (keyof S & string)[]).map((key) =>
    scalarDefinition(key, rows[key], defaults),
  );
}

/** Rows the tool itself keeps on the Settings sheet (status, not settings). */
export const STATUS_ROWS = {
  dailyReminders: 'Daily reminders',
  lastRun: 'Daily reminders last ran',
  framework: 'Rules follow',
  firstSteps: 'First steps',
  trackRecord: 'Forecast track record',
} as const;
const STATUS_ROW_NAMES = new Set(Object.values(STATUS_ROWS).map(normalizeHeader));

/**
 * The row of the Settings sheet's values (header row first) named `name`, as the settings are
 * found: case, spaces and punctuation ignored, the first such row (a later one is ignored); -1
 * when there is none.
 */
export function settingsRowIndex(rows: readonly (readonly Cell[])[], name: string): number {
  const wanted = normalizeHeader(name);
  return rows.findIndex(
    ([cell], index) => index > 0 && normalizeHeader(String(cell ?? '')) === wanted,
  );
}

/** The value of the row named `name`, as text; undefined when there is none or it is blank. */
export function settingsRowValue(
  rows: readonly (readonly Cell[])[],
  name: string,
): string | undefined {
  const text = String(rows[settingsRowIndex(rows, name)]?.[1] ?? '').trim();
  return text === '' ? undefined : text;
}

function cellText(cell: Cell, dateOfCell: DateOfCell): string {
  return isDateValue(cell) ? formatIso(dateOfCell(cell)) : String(cell ?? '');
}

/**
 * Reads the Settings sheet's rows (header row first). A value that does not fit is reported with
 * its row and the default is used; a blank value means the default; unknown names are reported.
 */
export function parseSettingsRows<S extends object>(
  definitions: readonly SettingDefinition[],
  defaults: S,
  rows: readonly (readonly Cell[])[],
  dateOfCell: DateOfCell,
): ParsedSettings<S> {
  const byName = new Map(
    definitions.map((definition) => [normalizeHeader(definition.name), definition]),
  );
  const settings: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  const problems: SettingsProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach(([nameCell, valueCell], index) => {
    const row = index + 1;
    if (index === 0 || isBlank(nameCell)) return;
    const name = String(nameCell).trim();
    const definition = byName.get(normalizeHeader(name));
    if (!definition) {
      if (!STATUS_ROW_NAMES.has(normalizeHeader(name))) {
        problems.push({
          row,
          message: `${quoteText(name)} is not a setting of this tool, so it is ignored.`,
        });
      }
      return;
    }
    const earlier = seen.get(definition.id);
    if (earlier !== undefined) {
      problems.push({
        row,
        message: `${excerpt(name)} is already set in row ${earlier}; this row is ignored.`,
      });
      return;
    }
    seen.set(definition.id, row);
    if (isBlank(valueCell)) {
      if (definition.applyBlank) problems.push({ row, message: definition.applyBlank(settings) });
      return;
    }
    const why = definition.apply(settings, cellText(valueCell, dateOfCell));
    if (why !== undefined) problems.push({ row, message: `${definition.name}: ${why}` });
  });
  // A setting that must be chosen and has no row at all (row 0: the sheet as a whole).
  for (const definition of definitions) {
    if (definition.applyBlank && !seen.has(definition.id))
      problems.push({ row: 0, message: definition.applyBlank(settings) });
  }
  return { settings: settings as S, problems };
}

/** Which of `definitions` a Settings sheet already names (so Set up adds only the others). */
export function namedSettingIds(
  definitions: readonly SettingDefinition[],
  rows: readonly (readonly Cell[])[],
): Set<string> {
  const names = new Set(rows.slice(1).map(([name]) => normalizeHeader(String(name ?? ''))));
  return new Set(
    definitions
      .filter((definition) => names.has(normalizeHeader(definition.name)))
      .map((definition) => definition.id),
  );
}
