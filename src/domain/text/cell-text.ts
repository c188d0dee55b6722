/** Sheets refuses a cell of more than this many characters, and with it the whole write. */
export const MAX_CELL_CHARACTERS = 50_000;

const CUT_NOTE = ' [... cut to fit one cell]';

/**
 * Text as the tool writes it into a cell: never over Sheets' limit, and never run as a formula. A
 * leading `=`, `+`, `-` or `@` would make Sheets read the text as a formula or a number, so it
 * gets Sheets' own text mark, an apostrophe, which the cell does not show.
 */
export function cellText(text: string): string {
  const fitted =
    text.length <= MAX_CELL_CHARACTERS - 1
      ? text
      : `${text.slice(0, MAX_CELL_CHARACTERS - 1 - CUT_NOTE.length)}${CUT_NOTE}`;
  return /^[=+\-@]/.test(fitted) ? `'${fitted}` : fitted;
}
