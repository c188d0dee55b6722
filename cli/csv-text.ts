/**
 * A .csv of the Tracker sheet read as text and written back with the coordinator's cells exactly
 * as they were. A CSV parser hands back values, and writing values again re-quotes, re-ends lines
 * and drops a BOM; so this tokenizer (RFC 4180, with the CR and mixed line endings that real files
 * have) keeps every field's raw text and every record's own line terminator, and the writer
 * replaces only the tool's columns.
 */

/** One line, naming the file and what is wrong (and the line number where there is one). */
export class CsvFormatError extends Error {}

export type CsvDelimiter = ',' | ';';
export type LineEnding = '\r\n' | '\n' | '\r';

export interface CsvRecord {
  /** Each field as it stands in the file: quotes, doubled quotes and spaces included. */
  readonly rawFields: readonly string[];
  /** '' only for a last record with no final newline. */
  readonly terminator: LineEnding | '';
}

export interface CsvTable {
  /**
   * Each record's fields as text (quotes removed, "" unescaped). A blank line is a record of one
   * empty field, so that record i is always sheet row i+1.
   */
  readonly rows: readonly (readonly string[])[];
  readonly delimiter: CsvDelimiter;
  readonly bom: boolean;
  /** Record i is rows[i] as it was written. */
  readonly records: readonly CsvRecord[];
  /** The commonest terminator (the first seen on a tie), for records the writer appends. */
  readonly lineEnding: LineEnding;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const SAVE_AS_UTF8 = 'Save it as "CSV UTF-8" and run again.';
/** RFC 4180's line ending, for a file that has none to follow. */
const DEFAULT_LINE_ENDING: LineEnding = '\r\n';

function lineAt(text: string, offset: number): number {
  return (text.slice(0, offset).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

function startsWithBytes(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * What may follow a lead byte: how many continuation bytes, and the range of the first of them
 * (narrower than 0x80..0xBF where that rules out overlong forms, surrogates and code points past
 * U+10FFFF). Undefined for a byte that cannot start a sequence.
 */
function utf8Sequence(
  lead: number,
): { continuations: number; min: number; max: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { continuations: 1, min: 0x80, max: 0xbf };
  if (lead === 0xe0) return { continuations: 2, min: 0xa0, max: 0xbf };
  if (lead === 0xed) return { continuations: 2, min: 0x80, max: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { continuations: 2, min: 0x80, max: 0xbf };
  if (lead === 0xf0) return { continuations: 3, min: 0x90, max: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { continuations: 3, min: 0x80, max: 0xbf };
  if (lead === 0xf4) return { continuations: 3, min: 0x80, max: 0x8f };
  return undefined;
}

interface InvalidUtf8 {
  readonly offset: number;
  readonly byte: number;
}

/** The byte that starts the first ill-formed sequence (TextDecoder does not say where it is). */
function firstInvalidUtf8(bytes: Uint8Array): InvalidUtf8 | undefined {
  let open: (InvalidUtf8 & { remaining: number; min: number; max: number }) | undefined;
  for (const [offset, byte] of bytes.entries()) {
    if (open) {
      if (byte < open.min || byte > open.max) return open;
      open =
        open.remaining > 1
          ? { ...open, remaining: open.remaining - 1, min: 0x80, max: 0xbf }
          : undefined;
    } else if (byte >= 0x80) {
      const sequence = utf8Sequence(byte);
      if (!sequence) return { offset, byte };
      open = {
        offset,
        byte,
        remaining: sequence.continuations,
        min: sequence.min,
        max: sequence.max,
      };
    }
  }
  return open;
}

function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    const invalid = firstInvalidUtf8(bytes);
    if (!invalid) throw error;
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      bytes.subarray(0, invalid.offset),
    );
    const byte = invalid.byte.toString(16).toUpperCase().padStart(2, '0');
    throw new CsvFormatError(
      `${name}: line ${lineAt(before, before.length)} is not UTF-8 (byte 0x${byte}); it looks like Windows-1252 or Latin-1 text. ${SAVE_AS_UTF8}`,
    );
  }
}

/**
 * Counts each candidate outside quotes in the header record only: data rows may hold decimal
 * commas in a semicolon file. Any quote toggles, so that "" inside quotes cancels out.
 */
function detectDelimiter(text: string): CsvDelimiter {
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') break;
    else if (char === ',') commas++;
    else if (char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

interface ScannedRecord {
  readonly record: CsvRecord;
  readonly values: string[];
  readonly end: number;
}

function scanRecord(
  text: string,
  start: number,
  delimiter: CsvDelimiter,
  name: string,
): ScannedRecord {
  const endsField = (at: number) =>
    at >= text.length || text[at] === delimiter || text[at] === '\n' || text[at] === '\r';
  const rawFields: string[] = [];
  const values: string[] = [];
  let at = start;
  for (;;) {
    const fieldStart = at;
    if (text[at] === '"') {
      let close = text.indexOf('"', at + 1);
      while (close >= 0 && text[close + 1] === '"') close = text.indexOf('"', close + 2);
      if (close < 0) {
        throw new CsvFormatError(
          `${name}: line ${lineAt(text, fieldStart)} opens a quoted field that is never closed; add the closing " (a quote inside quotes is written "").`,
        );
      }
      at = close + 1;
      if (!endsField(at)) {
        const stray = text.slice(at, at + 20).replace(/[,;\r\n][^]*$/, '');
        throw new CsvFormatError(
          `${name}: line ${lineAt(text, at)} has text after a closing quote (${stray}); put the whole field in quotes and write a quote inside it as "".`,
        );
      }
      values.push(text.slice(fieldStart + 1, close).replace(/""/g, '"'));
    } else {
      // A quote inside an unquoted field is taken as text, as spreadsheets take it.
      while (!endsField(at)) at++;
      values.push(text.slice(fieldStart, at));
    }
    rawFields.push(text.slice(fieldStart, at));
    if (text[at] !== delimiter) break;
    at++;
  }
  const terminator: CsvRecord['terminator'] = text.startsWith('\r\n', at)
    ? '\r\n'
    : text[at] === '\n' || text[at] === '\r'
      ? (text[at] as LineEnding)
      : '';
  return { record: { rawFields, terminator }, values, end: at + terminator.length };
}

function commonestLineEnding(records: readonly CsvRecord[]): LineEnding {
  const counts = new Map<LineEnding, number>();
  for (const { terminator } of records) {
    if (terminator) counts.set(terminator, (counts.get(terminator) ?? 0) + 1);
  }
  let commonest: LineEnding = DEFAULT_LINE_ENDING;
  let most = 0;
  for (const [ending, count] of counts) {
    if (count > most) [commonest, most] = [ending, count];
  }
  return commonest;
}

/** The bytes looked at to tell UTF-16 without a byte order mark. */
const UTF16_SAMPLE_BYTES = 4096;

/**
 * UTF-16 without a byte order mark, which decodes as valid UTF-8 full of NULs: text that is
 * mostly Latin has a NUL as every other byte, after each letter (little-endian) or before it.
 */
function utf16WithoutBom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const sample = bytes.subarray(0, UTF16_SAMPLE_BYTES);
  let even = 0;
  let odd = 0;
  for (const [index, byte] of sample.entries()) {
    if (byte !== 0) continue;
    if (index % 2 === 0) even += 1;
    else odd += 1;
  }
  const pairs = Math.floor(sample.length / 2);
  if (pairs === 0) return undefined;
  if (odd > pairs / 4 && even * 10 < odd) return 'UTF-16LE';
  if (even > pairs / 4 && odd * 10 < even) return 'UTF-16BE';
  return undefined;
}

/** Reads bytes as UTF-8 (a UTF-8 BOM is noted and kept). `name` is the file name used in messages. */
export function readCsvTable(bytes: Uint8Array, name: string): CsvTable {
  if (startsWithBytes(bytes, [0xff, 0xfe]) || startsWithBytes(bytes, [0xfe, 0xff])) {
    throw new CsvFormatError(
      `${name}: the file is UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8. ${SAVE_AS_UTF8}`,
    );
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    throw new CsvFormatError(
      `${name}: the file looks like ${utf16} text without a byte order mark (a NUL byte beside every letter), not UTF-8. ${SAVE_AS_UTF8}`,
    );
  }
  const bom = startsWithBytes(bytes, UTF8_BOM);
  const text = decodeUtf8(bom ? bytes.subarray(UTF8_BOM.length) : bytes, name);
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  const rows: string[][] = [];
  for (let at = 0; at < text.length;) {
    const scanned = scanRecord(text, at, delimiter, name);
    records.push(scanned.record);
    rows.push(scanned.values);
    at = scanned.end;
  }
  return { rows, delimiter, bom, records, lineEnding: commonestLineEnding(records) };
}

/** OWASP's CSV-injection guidance: a spreadsheet opening the file must not take this as a formula. */
function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * In the header record the other candidate delimiter is quoted too, so that the text written
 * there cannot change which delimiter the next read detects.
 */
function fieldText(text: string, delimiter: CsvDelimiter, inHeader: boolean): string {
  const mustQuote =
    text.includes(delimiter) ||
    (inHeader && /[,;]/.test(text)) ||
    /["\r\n]|^[ \t]|[ \t]$/.test(text);
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The file again: every field of a column not in `toolColumns` exactly as it was, byte for byte
 * (its original quoting, whitespace, BOM, line endings, a missing final newline); fields of
 * `toolColumns` taken from `rows` (appended after the record's last field when the column is new,
 * padding a short record with empty fields only when needed to reach a tool column that has a
 * non-empty value, or in the header record). A tool field whose text is unchanged keeps its
 * original bytes. Text written for a tool column is quoted only when it must be (delimiter, quote,
 * CR/LF, or leading/trailing space) and, if it starts with = + - @ (or tab/CR), is prefixed with an
 * apostrophe so that a spreadsheet opening the file takes it as text.
 *
 * Rows of `rows` beyond the table's records are appended, every field as text written for a tool
 * column, with the file's commonest line ending; trailing rows that are entirely empty are not.
 */
export function writeCsvTable(
  table: CsvTable,
  rows: readonly (readonly string[])[],
  toolColumns: ReadonlySet<number>,
): Uint8Array {
  const { delimiter, lineEnding } = table;
  const written: { fields: string[]; terminator: CsvRecord['terminator'] }[] = table.records.map(
    (record, index) => {
      const newValue = (column: number) => rows[index]?.[column] ?? '';
      const width = [...toolColumns]
        .filter((column) => index === 0 || newValue(column) !== '')
        .reduce((widest, column) => Math.max(widest, column + 1), record.rawFields.length);
      const fields = Array.from({ length: width }, (_, column) => record.rawFields[column] ?? '');
      for (const column of toolColumns) {
        const text = spreadsheetSafe(newValue(column));
        if (column < width && table.rows[index]?.[column] !== text) {
          fields[column] = fieldText(text, delimiter, index === 0);
        }
      }
      return { fields, terminator: record.terminator };
    },
  );

  const lastWithText = rows.reduce(
    (last, row, index) => (row.some((value) => value !== '') ? index : last),
    -1,
  );
  const appended = rows.slice(table.records.length, lastWithText + 1);
  if (appended.length > 0) {
    const last = written[written.length - 1];
    const endsWithoutNewline = last?.terminator === '';
    if (last && endsWithoutNewline) last.terminator = lineEnding;
    appended.forEach((row, offset) => {
      const fields = row.map((value) =>
        fieldText(spreadsheetSafe(value), delimiter, written.length === 0),
      );
      const isLast = offset === appended.length - 1;
      written.push({ fields, terminator: isLast && endsWithoutNewline ? '' : lineEnding });
    });
  }

  const body = written
    .map(({ fields, terminator }, index) => {
      const line = fields.join(delimiter);
      // A blank line at the end of the file is no record, and one ended by LF after a lone CR
      // reads as that CR's LF: an empty quoted field keeps the record.
      const vanishes =
        line === '' &&
        (terminator === '' || (terminator === '\n' && written[index - 1]?.terminator === '\r'));
      return (vanishes ? '""' : line) + terminator;
    })
    .join('');
  return new TextEncoder().encode((table.bom ? '\uFEFF' : '') + body);
}
