import fc from 'fast-check';
import {
  type CsvDelimiter,
  CsvFormatError,
  type CsvTable,
  type LineEnding,
  readCsvTable,
  writeCsvTable,
} from '../../cli/csv-text';

const NAME = 'tracker.csv';
const NO_TOOL_COLUMNS: ReadonlySet<number> = new Set();

const utf8 = (text: string) => new TextEncoder().encode(text);
/** The bytes as text with a BOM left in, so that a lost or added BOM shows in a diff. */
const asText = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const read = (text: string) => readCsvTable(utf8(text), NAME);

/** Writes `text` back with `values` in the tool columns of the rows given, other rows as read. */
function rewrite(
  text: string,
  toolColumns: readonly number[],
  values: (table: CsvTable) => readonly (readonly string[])[],
): string {
  const table = read(text);
  return asText(writeCsvTable(table, values(table), new Set(toolColumns)));
}

/** What a reader gets back from text the tool wrote: a leading formula character made text. */
const asWritten = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

type RewriteCase = [
  description: string,
  before: string,
  toolColumns: number[],
  rows: string[][],
  after: string,
];

function expectRewrite(...[, before, toolColumns, rows, after]: RewriteCase): void {
  expect(rewrite(before, toolColumns, () => rows)).toBe(after);
}

function errorOf(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('round trip with no tool columns', () => {
  const corpus: Record<string, string> = {
    'LF with a final newline': 'Authority,Status\nLeeds,Good\n',
    CRLF: 'Authority,Status\r\nLeeds,Good\r\n',
    'a UTF-8 BOM and CRLF': '\uFEFFAuthority,Status\r\nLeeds,Good\r\n',
    'mixed line endings': 'a,b\r\nc,d\ne,f\rg,h\r\n',
    'lone CR line endings': 'a,b\r1,2\r',
    'no final newline': 'a,b\r\nc,d',
    'quoted newlines, delimiters and quotes':
      'Authority,Notes\r\n"Leeds","line one\r\nline two, ""quoted""\nthree\r"\r\n',
    'semicolons and decimal commas': 'Authority;Score;Notes\r\nLeeds;1,5;"a;b"\r\n',
    'ragged rows and a short header': 'a,b\n1,2,3,4\n5\n,,,\n',
    'blank lines inside and at the end': 'a,b\n\n1,2\n\n\n',
    'spaces around fields': ' a , b \n  x  ,"  y  "\n\t,  \n',
    'UTF-8 multibyte text': 'Authority,Notes\nSaint-Étienne,日本語 😀 ü ß\n',
    'empty and doubled quotes': '"","""",""""""\n"a""b",c\n',
    'cells that look like numbers, dates and formulas':
      '0301,00123,TRUE,10%,12:30,3/4/24,=SUM(A1),-1,+44 20,@x\n',
    'a trailing delimiter': 'a,b,\n1,2,\n',
    'a quote inside an unquoted field': 'Size,Item\n5" screen,TV\nab"c""d,e\n',
    'a U+FEFF inside a field': 'a,\uFEFFb\n',
    'an empty file': '',
    'a BOM and nothing else': '\uFEFF',
    'a single newline': '\n',
    'a quoted field with only a newline at the end of the file': 'a\n"\n"',
  };

  test.each(Object.entries(corpus))('%s comes back byte for byte', (_, text) => {
    const bytes = utf8(text);
    const table = readCsvTable(bytes, NAME);
    const written = writeCsvTable(table, table.rows, NO_TOOL_COLUMNS);
    expect(asText(written)).toBe(asText(bytes));
    expect(written).toEqual(bytes);
  });

  test('a tool column whose text is unchanged keeps its quoting and spaces', () => {
    const text = 'Name,"Status"\r\n"Leeds"," Good "\r\nYork,""\r\n';
    expect(rewrite(text, [0, 1], (table) => table.rows)).toBe(text);
  });
});

describe('reading', () => {
  test('never converts a cell: numbers, dates, booleans and formulas stay their text', () => {
    expect(read('0301,00123,TRUE,10%,12:30,3/4/24,=SUM(A1), 1.50 \n').rows).toEqual([
      ['0301', '00123', 'TRUE', '10%', '12:30', '3/4/24', '=SUM(A1)', ' 1.50 '],
    ]);
  });

  test('quoted fields lose their quotes, "" becomes ", and newlines inside stay as they are', () => {
    expect(read('"a ""b"", c","line\r\nnext\nlast",""\r\n').rows).toEqual([
      ['a "b", c', 'line\r\nnext\nlast', ''],
    ]);
  });

  test('a blank line is a record of one empty field, so record i is sheet row i+1', () => {
    const table = read('Authority,Notes\n\n"Leeds","two\nlines"\n\nYork\n');
    expect(table.rows).toEqual([
      ['Authority', 'Notes'],
      [''],
      ['Leeds', 'two\nlines'],
      [''],
      ['York'],
    ]);
  });

  test('ragged rows keep their own lengths, a trailing delimiter an empty last field', () => {
    expect(read('a\n1,2,3\n4,\n').rows).toEqual([['a'], ['1', '2', '3'], ['4', '']]);
  });

  test('a quote inside an unquoted field is text', () => {
    expect(read('5" screen,a"b\n').rows).toEqual([['5" screen', 'a"b']]);
  });

  test('an empty file is a table with no rows', () => {
    expect(read('')).toMatchObject({ rows: [], records: [], delimiter: ',', bom: false });
  });

  test('a UTF-8 BOM is noted, and is not part of the first header', () => {
    const table = read('\uFEFFAuthority,Status\n');
    expect(table.bom).toBe(true);
    expect(table.rows[0]).toEqual(['Authority', 'Status']);
    expect(read('Authority\n').bom).toBe(false);
  });

  test('each record keeps its own terminator; the commonest is the line ending', () => {
    const table = read('a\r\nb\nc\rd\ne');
    expect(table.records.map((record) => record.terminator)).toEqual([
      '\r\n',
      '\n',
      '\r',
      '\n',
      '',
    ]);
    expect(table.lineEnding).toBe('\n');
  });

  test.each<[string, LineEnding]>([
    ['a\r\nb\nc', '\r\n'],
    ['a\nb\r\nc', '\n'],
    ['a\rb\rc\n', '\r'],
    ['a', '\r\n'],
    ['', '\r\n'],
  ])('the line ending of %j is %j (first seen on a tie, else CRLF)', (text, ending) => {
    expect(read(text).lineEnding).toBe(ending);
  });

  test('raw fields are the text as written, quotes included', () => {
    expect(read(' "a" ,"b ""c""",\n').records[0]!.rawFields).toEqual([' "a" ', '"b ""c"""', '']);
  });
});

describe('delimiter detection', () => {
  test.each<[string, string, CsvDelimiter]>([
    ['semicolons', 'Authority;LA code;Region\nLeeds;1;2\n', ';'],
    ['commas', 'Authority,LA code\n', ','],
    ['a tie, which goes to the comma', 'a;b,c\n', ','],
    ['commas inside quotes, which do not count', 'x;y;"a,b,c,d"\n', ';'],
    ['semicolons inside quotes, which do not count', '"Notes; more; here",b\n', ','],
    ['decimal commas in data rows, which do not count', 'Authority;Score\n1,5,2,5,3\n', ';'],
    ['a header record over two lines', '"A\nB";C;D\n1,2,3,4,5\n', ';'],
    ['one header, no delimiter', 'Authority\n', ','],
    ['an empty file', '', ','],
  ])('%s', (_, text, delimiter) => {
    expect(read(text).delimiter).toBe(delimiter);
  });

  test('a semicolon file splits on semicolons only', () => {
    expect(read('Authority;Score\nLeeds;"1;5";2,5\n').rows).toEqual([
      ['Authority', 'Score'],
      ['Leeds', '1;5', '2,5'],
    ]);
  });
});

/** Every record keeps its terminator and every field outside `toolColumns` its raw text. */
function expectOnlyToolFieldsChanged(before: string, after: string, toolColumns: number[]): void {
  const original = read(before).records;
  const written = read(after).records;
  expect(written).toHaveLength(original.length);
  original.forEach((record, index) => {
    const rewritten = written[index]!;
    expect(rewritten.terminator).toBe(record.terminator);
    record.rawFields.forEach((raw, column) => {
      if (!toolColumns.includes(column)) expect(rewritten.rawFields[column]).toBe(raw);
    });
  });
}

describe('tool columns', () => {
  test('replacing a column changes only its fields; values of other columns in rows are ignored', () => {
    const before =
      '\uFEFFAuthority, Region ,Status,Notes\r\n' +
      '"Leeds, City", Yorkshire ,old,"keep ""this"""\r\n' +
      'York,,,\n' +
      '"Hull"\r\n';
    const after = rewrite(before, [2], () => [
      ['x', 'x', 'Status', 'x'],
      ['x', 'x', 'Good', 'x'],
      ['x', 'x', 'Requires improvement', ''],
      ['x', 'x', 'Inadequate'],
    ]);
    expect(after).toBe(
      '\uFEFFAuthority, Region ,Status,Notes\r\n' +
        '"Leeds, City", Yorkshire ,Good,"keep ""this"""\r\n' +
        'York,,Requires improvement,\n' +
        '"Hull",,Inadequate\r\n',
    );
    expectOnlyToolFieldsChanged(before, after, [2]);
  });

  test('new columns go after the last field; a short record is padded only to reach a value', () => {
    const before = 'Authority,Region\nLeeds,Yorkshire\nYork\n\nHull,East';
    const after = rewrite(before, [2, 3], () => [
      ['Authority', 'Region', 'Status', 'Problems'],
      ['Leeds', 'Yorkshire', 'Good', ''],
      ['York', '', '', ''],
      ['', '', '', ''],
      ['Hull', 'East', 'Outstanding', 'Grade missing'],
    ]);
    expect(after).toBe(
      'Authority,Region,Status,Problems\nLeeds,Yorkshire,Good\nYork\n\nHull,East,Outstanding,Grade missing',
    );
    expectOnlyToolFieldsChanged(before, after, [2, 3]);
  });

  test.each<RewriteCase>([
    [
      'the header record reaches every tool column, even one with an empty header',
      'a\n1\n',
      [2],
      [['a', '', ''], ['1']],
      'a,,\n1\n',
    ],
    [
      'a short record is padded with empty fields up to a far tool column',
      'a,b,c,d\nx\n',
      [3],
      [
        ['a', 'b', 'c', 'd'],
        ['x', '', '', 'Due'],
      ],
      'a,b,c,d\nx,,,Due\n',
    ],
    [
      'a tool value is emptied where rows has none, and the record keeps its fields',
      'S,T\nGood,1\nBad,2\n',
      [0],
      [['S'], ['Fine']],
      'S,T\nFine,1\n,2\n',
    ],
    [
      'a changed field is written unquoted when it can be, whatever its quoting was',
      'Name,"Status"\n"Leeds","Good"\n',
      [1],
      [
        ['Name', 'Status'],
        ['', 'Bad'],
      ],
      'Name,"Status"\n"Leeds",Bad\n',
    ],
    [
      'a record left blank at the end of a file without a final newline is written ""',
      'S\na',
      [0],
      [['S'], ['']],
      'S\n""',
    ],
    [
      'a record left blank and ended by LF after a lone CR is written ""',
      'S\rx\n',
      [0],
      [['S'], ['']],
      'S\r""\n',
    ],
  ])('%s', expectRewrite);

  test('records left blank by a tool column read back as blank records', () => {
    expect(read(rewrite('S\rx\ny', [0], () => [['S']])).rows).toEqual([['S'], [''], ['']]);
  });

  test('quoted newlines, mixed endings and a BOM survive a column written into the middle', () => {
    const before =
      '\uFEFFName;"Notes\r\nmore";Status;Tail\r\n' +
      '"a;b";"x\ny";old; t \n' +
      'c;;;\r' +
      ';"""";;"\r\n"\r\n';
    const after = rewrite(before, [2], (table) =>
      table.rows.map((row, index) =>
        row.map((value, column) => (column === 2 ? `new ${index}` : value)),
      ),
    );
    expectOnlyToolFieldsChanged(before, after, [2]);
    expect(read(after).rows.map((row) => row[2])).toEqual(['new 0', 'new 1', 'new 2', 'new 3']);
  });

  test.each<[string, CsvDelimiter, string, string]>([
    ['a comma', ',', 'a,b', '"a,b"'],
    ['a quote', ',', 'say "hi"', '"say ""hi"""'],
    ['a newline', ',', 'two\nlines', '"two\nlines"'],
    ['a carriage return', ',', 'two\rlines', '"two\rlines"'],
    ['a leading space', ',', ' lead', '" lead"'],
    ['a trailing space', ',', 'trail ', '"trail "'],
    ['a trailing tab', ',', 'trail\t', '"trail\t"'],
    ['plain words', ',', 'Next inspection due', 'Next inspection due'],
    ['a semicolon in a comma file', ',', 'a;b', 'a;b'],
    ['a comma in a semicolon file', ';', 'a,b', 'a,b'],
    ['a semicolon in a semicolon file', ';', 'a;b', '"a;b"'],
  ])('a data field with %s is written as needed', (_, delimiter, value, field) => {
    const header = `A${delimiter}B\n`;
    expect(
      rewrite(`${header}x\n`, [1], () => [
        ['A', 'B'],
        ['x', value],
      ]),
    ).toBe(`${header}x${delimiter}${field}\n`);
  });

  test.each<[CsvDelimiter, string]>([
    [';', 'Due, or overdue'],
    [',', 'Due; or overdue'],
  ])(
    'in a %j file a header with the other delimiter is quoted, so detection does not change',
    (delimiter, header) => {
      const after = rewrite(`A${delimiter}B\n`, [2], () => [['A', 'B', header, '']]);
      expect(after).toBe(`A${delimiter}B${delimiter}"${header}"\n`);
      expect(read(after).delimiter).toBe(delimiter);
    },
  );
});

describe('text that a spreadsheet would take as a formula', () => {
  test.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a=b', 'a=b'],
    ["'already text", "'already text"],
  ])('%j in a tool column is written as %s', (value, field) => {
    expect(rewrite('S\n', [0], () => [['S'], [value]])).toBe(`S\n${field}\n`);
  });

  test.each<RewriteCase>([
    [
      'an unprotected formula already in a tool column is protected',
      'S\n=1+1\n',
      [0],
      [['S'], ['=1+1']],
      "S\n'=1+1\n",
    ],
    [
      "a coordinator's formula outside the tool columns stays as it was",
      'A,S\n=SUM(A1),\n',
      [1],
      [
        ['A', 'S'],
        ['=SUM(A1)', 'ok'],
      ],
      'A,S\n=SUM(A1),ok\n',
    ],
    [
      'appended rows are protected in every field',
      'A,S\n',
      [1],
      [
        ['A', 'S'],
        ['=x', '+y'],
      ],
      "A,S\n'=x,'+y\n",
    ],
  ])('%s', expectRewrite);

  test('writing the same values again gives the same bytes', () => {
    const values = [
      ['S', 'T'],
      ['=1+1', '-x'],
      ['@a', 'b'],
    ];
    const once = rewrite('S\n\n\n', [0, 1], () => values);
    expect(rewrite(once, [0, 1], () => values)).toBe(once);
  });
});

describe('appending rows', () => {
  test("rows beyond the file's records take the commonest line ending; trailing empty rows are not written", () => {
    const after = rewrite('a,b\r\nc,d\r\ne,f\n', [], (table) => [
      ...table.rows,
      ['1', '2'],
      ['', ''],
      ['=x', 'y,z'],
      ['', ''],
      [],
    ]);
    expect(after).toBe('a,b\r\nc,d\r\ne,f\n1,2\r\n,\r\n\'=x,"y,z"\r\n');
  });

  test('a file without a final newline gets one before the new rows, and ends without one', () => {
    expect(rewrite('a,b\nc,d', [], (table) => [...table.rows, ['e', 'f'], ['g']])).toBe(
      'a,b\nc,d\ne,f\ng',
    );
  });

  test('an empty file gets the rows, with CRLF; a lone BOM is kept', () => {
    const rows = () => [
      ['Authority', 'Status'],
      ['Leeds', 'Good'],
      ['', ''],
    ];
    expect(rewrite('', [], rows)).toBe('Authority,Status\r\nLeeds,Good\r\n');
    expect(rewrite('\uFEFF', [], rows)).toBe('\uFEFFAuthority,Status\r\nLeeds,Good\r\n');
  });

  test('an empty row after a lone CR is still a row when read back', () => {
    const after = rewrite('a\nb\nc\r', [], (table) => [...table.rows, [''], ['d']]);
    expect(read(after).rows).toEqual([['a'], ['b'], ['c'], [''], ['d']]);
  });

  test('writing does not change the table, so it can be written again', () => {
    const table = read('a\nb');
    const rows = [['a'], ['b'], ['c']];
    const first = asText(writeCsvTable(table, rows, NO_TOOL_COLUMNS));
    expect(table.records.map((record) => record.terminator)).toEqual(['\n', '']);
    expect(asText(writeCsvTable(table, rows, NO_TOOL_COLUMNS))).toBe(first);
  });
});

describe('errors', () => {
  const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
  const readBytes = (bytes: Uint8Array) => () => readCsvTable(bytes, NAME);

  test('Windows-1252 text: the line and the byte, and what to do', () => {
    expect(readBytes(latin1('Authority\nLeeds\nCaf\xe9\n'))).toThrow(
      new CsvFormatError(
        'tracker.csv: line 3 is not UTF-8 (byte 0xE9); it looks like Windows-1252 or Latin-1 text. Save it as "CSV UTF-8" and run again.',
      ),
    );
  });

  test('the line counts CRLF, lone CR and newlines inside quotes once each', () => {
    const bytes = Uint8Array.from([...utf8('a\r\n"x\ny"\rb,é\n'), 0x92]);
    expect(errorOf(readBytes(bytes)).message).toMatch(
      /^tracker\.csv: line 5 is not UTF-8 \(byte 0x92\)/,
    );
  });

  test.each([
    ['a stray continuation byte', [0x80], '80'],
    ['an overlong encoding', [0xc0, 0xaf], 'C0'],
    ['an overlong three-byte encoding', [0xe0, 0x80, 0xaf], 'E0'],
    ['a surrogate', [0xed, 0xa0, 0x80], 'ED'],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 'F4'],
    ['a sequence cut short by a comma', [0xe2, 0x82, 0x2c], 'E2'],
    ['a sequence cut short by the end of the file', [0xe2, 0x82], 'E2'],
    ['a byte UTF-8 never uses', [0xff], 'FF'],
  ])('%s is reported at its first byte', (_, invalid, hex) => {
    const bytes = Uint8Array.from([...utf8('ok,é 日 😀\n€'), ...invalid, ...utf8('\nmore\n')]);
    expect(errorOf(readBytes(bytes)).message).toContain(`: line 2 is not UTF-8 (byte 0x${hex});`);
  });

  test.each([
    ['little-endian', Buffer.from('\uFEFFa,b\n', 'utf16le')],
    ['big-endian', Buffer.from('\uFEFFa,b\n', 'utf16le').swap16()],
  ])('%s UTF-16 gets its own message', (_, buffer) => {
    expect(readBytes(Uint8Array.from(buffer))).toThrow(
      new CsvFormatError(
        'tracker.csv: the file is UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8. Save it as "CSV UTF-8" and run again.',
      ),
    );
  });

  test('an unclosed quote is reported at the line it opens', () => {
    expect(() => read('a,b\nc,"d\ne,f\n')).toThrow(
      new CsvFormatError(
        'tracker.csv: line 2 opens a quoted field that is never closed; add the closing " (a quote inside quotes is written "").',
      ),
    );
  });

  test('text after a closing quote is reported at the line of the quote', () => {
    expect(() => read('a,b\n"ab"c,d\n')).toThrow(
      new CsvFormatError(
        'tracker.csv: line 2 has text after a closing quote (c); put the whole field in quotes and write a quote inside it as "".',
      ),
    );
    expect(errorOf(() => read('a\n"x\r\ny"z\n')).message).toMatch(
      /^tracker\.csv: line 3 has text after/,
    );
    expect(errorOf(() => read('"a" ,b\n')).message).toMatch(
      /^tracker\.csv: line 1 has text after a closing quote \( \)/,
    );
  });

  test.each<[string, Uint8Array]>([
    ['Latin-1', latin1('a\n\xe9\n')],
    ['UTF-16', Uint8Array.from(Buffer.from('\uFEFFa\n', 'utf16le'))],
    ['an unclosed quote', utf8('a\n"b\nc\nd')],
    ['text after a quote', utf8('"a\nb"x\r\nc\n')],
    ['a quote at the end of the file', utf8('a\n"')],
  ])('%s is one line naming the file, never a stack trace', (_, bytes) => {
    const error = errorOf(readBytes(bytes));
    expect(error).toBeInstanceOf(CsvFormatError);
    expect(error.message).toMatch(/^tracker\.csv: /);
    expect(error.message).not.toMatch(/[\r\n]/);
    expect(error.message).not.toMatch(/\bat \S+:\d+/);
  });
});

describe('properties', () => {
  const cellChars = [
    'a',
    'Z',
    '0',
    ' ',
    ',',
    ';',
    '"',
    '\n',
    '\r',
    'é',
    '日',
    '😀',
    '=',
    '-',
    "'",
    '\t',
  ];
  const value = (chars: string[]) =>
    fc.array(fc.constantFrom(...chars), { maxLength: 6 }).map((picked) => picked.join(''));
  const cell = value(cellChars);
  // The header decides the delimiter: outside quotes it holds neither candidate.
  const headerCell = value(cellChars.filter((char) => char !== ',' && char !== ';'));
  const field = (text: fc.Arbitrary<string>) => fc.record({ text, quoted: fc.boolean() });

  const file = fc.record({
    delimiter: fc.constantFrom<CsvDelimiter>(',', ';'),
    bom: fc.boolean(),
    header: fc.array(field(headerCell), { minLength: 2, maxLength: 5 }),
    data: fc.array(fc.array(field(cell), { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
    terminators: fc.array(fc.constantFrom<LineEnding>('\r\n', '\n', '\r'), {
      minLength: 7,
      maxLength: 7,
    }),
    finalNewline: fc.boolean(),
  });

  type FileSpec = typeof file extends fc.Arbitrary<infer Spec> ? Spec : never;

  interface Built {
    readonly text: string;
    readonly rows: string[][];
    readonly raw: string[][];
    readonly terminators: string[];
  }

  /** The file as a writer could have written it, with the values and raw fields it must read as. */
  function build({ delimiter, bom, header, data, terminators, finalNewline }: FileSpec): Built {
    const records = [header, ...data];
    const rows = records.map((fields) => fields.map((one) => one.text));
    const ends: string[] = records.map((_, index) =>
      index === records.length - 1 && !finalNewline ? '' : terminators[index]!,
    );
    const raw = records.map((fields, index) =>
      fields.map(({ text, quoted }) => {
        const mustQuote =
          text.includes(delimiter) ||
          /[\r\n]/.test(text) ||
          text.startsWith('"') ||
          (index === 0 && text.includes('"'));
        // An empty line at the end of the file is no record, and after a lone CR it is that CR's
        // LF: there an empty record is written "".
        const vanishes =
          fields.length === 1 && text === '' && (ends[index] === '' || ends[index - 1] === '\r');
        return quoted || mustQuote || vanishes ? `"${text.replace(/"/g, '""')}"` : text;
      }),
    );
    const body = raw.map((fields, index) => fields.join(delimiter) + ends[index]).join('');
    return { text: (bom ? '\uFEFF' : '') + body, rows, raw, terminators: ends };
  }

  test('reading gives the values and raw fields written, and writing gives the bytes back', () => {
    fc.assert(
      fc.property(file, (spec) => {
        const built = build(spec);
        const bytes = utf8(built.text);
        const table = readCsvTable(bytes, NAME);
        expect(table.delimiter).toBe(spec.delimiter);
        expect(table.bom).toBe(spec.bom);
        expect(table.rows).toEqual(built.rows);
        expect(table.records.map((record) => record.rawFields)).toEqual(built.raw);
        expect(table.records.map((record) => record.terminator)).toEqual(built.terminators);
        expect(writeCsvTable(table, table.rows, NO_TOOL_COLUMNS)).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
  });

  test('after writing tool columns, they read as written and every other field is byte-identical', () => {
    const update = fc.record({
      toolColumns: fc.uniqueArray(fc.nat(7), { maxLength: 3 }),
      rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 10 }),
    });
    fc.assert(
      fc.property(file, update, (spec, { toolColumns, rows }) => {
        const built = build(spec);
        const table = readCsvTable(utf8(built.text), NAME);
        const back = readCsvTable(writeCsvTable(table, rows, new Set(toolColumns)), NAME);
        expect(back.delimiter).toBe(spec.delimiter);
        expect(back.bom).toBe(spec.bom);

        const lastWithText = rows.reduce(
          (last, row, index) => (row.some((one) => one !== '') ? index : last),
          -1,
        );
        const appended = rows.slice(built.rows.length, lastWithText + 1);
        expect(back.rows).toHaveLength(built.rows.length + appended.length);
        const endsWithoutNewline = appended.length > 0 && !spec.finalNewline;

        built.raw.forEach((rawFields, index) => {
          const record = back.records[index]!;
          const gainsNewline = index === built.raw.length - 1 && endsWithoutNewline;
          expect(record.terminator).toBe(
            gainsNewline ? table.lineEnding : built.terminators[index],
          );
          for (let column = 0; column < Math.max(record.rawFields.length, 8); column++) {
            const readBack = back.rows[index]![column] ?? '';
            if (toolColumns.includes(column)) {
              expect(readBack).toBe(asWritten(rows[index]?.[column] ?? ''));
            } else if (column < rawFields.length) {
              expect(record.rawFields[column]).toBe(rawFields[column]);
            } else {
              expect(readBack).toBe('');
            }
          }
        });
        appended.forEach((row, offset) => {
          const index = built.rows.length + offset;
          expect(back.rows[index]).toEqual(row.length === 0 ? [''] : row.map(asWritten));
          const isLast = offset === appended.length - 1;
          expect(back.records[index]!.terminator).toBe(
            isLast && endsWithoutNewline ? '' : table.lineEnding,
          );
        });
      }),
      { numRuns: 300 },
    );
  });
});
