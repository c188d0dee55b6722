import type { SlashOrder } from '../rules/civil-date';

/**
 * What a coordinator is told when the Sheet's locale does not read dates day first (tracker.md:
 * dates are UK dates): Sheets turns a typed 11/03/2024 into 3 November 2024 there, silently.
 */
export function localeWarning(locale: string, order: Exclude<SlashOrder, 'dayFirst'>): string {
  const reads =
    order === 'monthFirst'
      ? 'reads dates month first: a date typed as 11/03/2024 becomes 3 November 2024, not 11 March, and 13/03/2024 stays text'
      : 'reads dates year first: a date typed as 11/03/2024 is not read as 11 March 2024';
  return (
    `This Sheet's locale is ${locale}, which ${reads}. The tracker reads dates as the Sheet does, ` +
    'so UK dates typed here come out wrong. Dates typed as 2024-03-11 are safe in any locale.'
  );
}
