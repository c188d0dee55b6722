import type { SlashOrder } from '../domain/rules/civil-date';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The locale Set up offers where the Sheet's locale does not read 11/03/2024 as 11 March. */
export const UK_LOCALE = 'en_GB';

/**
 * How a locale (Sheets writes `en_US`, `en_GB`) orders the parts of a short date, from the
 * runtime's own locale data: Sheets reads typed dates in the same order. A locale the runtime does
 * not know is not taken to be day first, so that no slash date is read on a guess.
 */
export function slashOrderOfLocale(locale: string): SlashOrder {
  const tag = locale.replace(/_/g, '-');
  let supported: string[];
  try {
    supported = Intl.DateTimeFormat.supportedLocalesOf([tag]);
  } catch {
    return 'yearFirst';
  }
  if (supported.length === 0) return 'yearFirst';
  const first = new Intl.DateTimeFormat(tag, {
    timeZone: 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .formatToParts(new Date(Date.UTC(2024, 2, 11)))
    .find((part) => part.type === 'day' || part.type === 'month' || part.type === 'year')?.type;
  return first === 'day' ? 'dayFirst' : first === 'month' ? 'monthFirst' : 'yearFirst';
}

/** The Sheet's locale and how it reads slash dates (one service call). */
export function spreadsheetLocale(spreadsheet: Spreadsheet): {
  readonly locale: string;
  readonly slashOrder: SlashOrder;
} {
  const locale = spreadsheet.getSpreadsheetLocale();
  return { locale, slashOrder: slashOrderOfLocale(locale) };
}
