import { type CivilDate, formatIso } from '../rules/civil-date';
import { shortDate } from '../rules/date-words';

/**
 * The National data sheet's first row: what it is, and the day it runs to (its latest date), so
 * that anyone can see how current the forecast's national picture is.
 */
export function nationalBanner(asOf: CivilDate | undefined): string {
  const when = asOf
    ? `${shortDate(asOf)} (${formatIso(asOf)}, the latest date in it)`
    : 'an unknown date';
  return (
    `Every authority's latest full Ofsted inspection and the one before, as of ${when}, for the ` +
    "forecast and its track record. The Tracker's own rows win for their authorities. To bring it " +
    'up to date: ILACS tracker > Update national data..., or replace the rows below with a newer ' +
    'copy of the same columns.'
  );
}

/** The sheet's rows: the banner, then the table (header first), every row as wide as the table. */
export function nationalSheetRows(
  table: readonly (readonly string[])[],
  asOf: CivilDate | undefined,
): string[][] {
  const width = Math.max(1, ...table.map((row) => row.length));
  const pad = (row: readonly string[]) => [...row, ...Array<string>(width - row.length).fill('')];
  return [pad([nationalBanner(asOf)]), ...table.map(pad)];
}
