import {
  type Cell,
  type CellResult,
  type DateOfCell,
  EXCERPT_LENGTH,
  excerpt,
  isBlank,
  parseCell,
  quoteText,
} from '../../../src/domain/tracker/cells';
import { type CivilDate, civil } from '../../../src/domain/rules/civil-date';
import type { CellKind } from '../../../src/domain/tracker/columns';

/** Reads a date cell by its UTC calendar day, so the result never depends on the process's zone. */
const utcDateOfCell: DateOfCell = (value: Date): CivilDate => ({
  year: value.getUTCFullYear(),
  month: value.getUTCMonth() + 1,
  day: value.getUTCDate(),
});

/** A dateOfCell that must not be called: the cell is not a Date. */
const noDateCell: DateOfCell = () => {
  throw new Error('dateOfCell called for a cell that is not a Date');
};

const ALL_KINDS: readonly CellKind[] = [
  'text',
  'date',
  'grade',
  'inspectionType',
  'count',
  'yesNo',
  'email',
  'emails',
  'reminders',
  'notes',
];

function valueOf<T>(result: CellResult<T>): T | undefined {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

function messageOf<T>(result: CellResult<T>): string {
  if (result.ok) throw new Error(`expected a failure, got ok with ${JSON.stringify(result.value)}`);
  return result.message;
}

/** Every failure starts with the column's name and says what was expected. */
function expectFailure<T>(result: CellResult<T>, column: string): string {
  const message = messageOf(result);
  expect(message.startsWith(`${column}: `)).toBe(true);
  expect(message).toContain('expected');
  return message;
}

describe('blank cells', () => {
  const blanks: readonly Cell[] = ['', '   ', '\t \n', null, undefined];

  test.each(ALL_KINDS)('%s: every blank form is ok and undefined', (kind) => {
    for (const cell of blanks) {
      expect(parseCell(kind, cell, 'Column', noDateCell)).toEqual({ ok: true, value: undefined });
    }
  });

  test('isBlank recognises blank forms only', () => {
    expect(['', '   ', null, undefined].map((cell) => isBlank(cell))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([0, false, 'x', ' x ', new Date(0)].map((cell) => isBlank(cell))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('text', () => {
  test('is trimmed', () => {
    expect(valueOf(parseCell('text', '  Leeds  ', 'Authority', noDateCell))).toBe('Leeds');
  });

  test('a number becomes text', () => {
    expect(valueOf(parseCell('text', 383, 'LA code', noDateCell))).toBe('383');
    expect(valueOf(parseCell('text', 0, 'LA code', noDateCell))).toBe('0');
  });

  test('a date cell in a text column is reported', () => {
    const message = expectFailure(
      parseCell('text', new Date(Date.UTC(2024, 2, 11)), 'DCS name', noDateCell),
      'DCS name',
    );
    expect(message).toBe('DCS name: expected text, found a date.');
  });
});

describe('dates', () => {
  const column = 'Last inspection';

  test('a Date cell is read through the injected dateOfCell', () => {
    const seen: Date[] = [];
    const dateOfCell: DateOfCell = (value) => {
      seen.push(value);
      return civil('2024-03-11');
    };
    const cell = new Date(Date.UTC(2024, 2, 10, 23, 0));
    expect(parseCell('date', cell, column, dateOfCell)).toEqual({
      ok: true,
      value: civil('2024-03-11'),
    });
    expect(seen).toEqual([cell]);
  });

  test('Date cells give the day dateOfCell says, not a fixed one', () => {
    expect(
      valueOf(parseCell('date', new Date(Date.UTC(2023, 11, 31, 12)), column, utcDateOfCell)),
    ).toEqual(civil('2023-12-31'));
    expect(
      valueOf(parseCell('date', new Date(Date.UTC(2024, 1, 29, 12)), column, utcDateOfCell)),
    ).toEqual(civil('2024-02-29'));
  });

  test('an invalid Date is reported without calling dateOfCell', () => {
    const message = expectFailure(
      parseCell('date', new Date(Number.NaN), column, noDateCell),
      column,
    );
    expect(message).toBe(
      'Last inspection: expected a date such as 2024-03-11 or 11/03/2024, found an invalid date.',
    );
  });

  test.each([
    ['2024-03-11', '2024-03-11'],
    ['  2024-03-11  ', '2024-03-11'],
    ['2024-3-1', '2024-03-01'],
    ['2024-02-29', '2024-02-29'],
    ['11/03/2024', '2024-03-11'],
    ['1/3/2024', '2024-03-01'],
    ['03/11/2024', '2024-11-03'],
    ['29/02/2024', '2024-02-29'],
    ['31/12/2025', '2025-12-31'],
  ])('text %j is the date %s', (text, iso) => {
    expect(parseCell('date', text, column, noDateCell)).toEqual({ ok: true, value: civil(iso) });
  });

  test.each([
    '31/02/2024',
    '2023-02-29',
    '29/02/2023',
    '2024-04-31',
    '31/04/2024',
    '2024-13-01',
    '13/13/2024',
    '00/01/2024',
    '2024-03-11T10:00',
    '11-03-2024',
    '2024/03/11',
    '11 March 2024',
    'next week',
  ])('impossible or unreadable date text %j is reported', (text) => {
    const message = expectFailure(parseCell('date', text, column, noDateCell), column);
    expect(message).toBe(
      `Last inspection: expected a date such as 2024-03-11 or 11/03/2024, found '${text}'.`,
    );
  });

  test('a number or a boolean in a date column is reported', () => {
    expect(expectFailure(parseCell('date', 45362, column, noDateCell), column)).toBe(
      'Last inspection: expected a date such as 2024-03-11 or 11/03/2024, found the number 45362.',
    );
    // `2024` typed into a column not formatted as dates arrives as the number 2024.
    expect(messageOf(parseCell('date', 2024, column, noDateCell))).toBe(
      'Last inspection: expected a date such as 2024-03-11 or 11/03/2024, found the number 2024.',
    );
    expectFailure(parseCell('date', true, column, noDateCell), column);
  });
});

describe('grades', () => {
  const column = 'Overall effectiveness';

  test.each([
    ['outstanding', 'outstanding'],
    ['Outstanding', 'outstanding'],
    ['OUTSTANDING', 'outstanding'],
    ['good', 'good'],
    ['GoOd', 'good'],
    ['  Good  ', 'good'],
    ['Requires improvement', 'requires improvement'],
    ['REQUIRES  IMPROVEMENT', 'requires improvement'],
    ['RI', 'requires improvement'],
    ['ri', 'requires improvement'],
    ['Ri', 'requires improvement'],
    ['requires improvement to be good', 'requires improvement'],
    ['Requires Improvement To Be Good', 'requires improvement'],
    ['Inadequate', 'inadequate'],
  ])('%j is %s', (text, grade) => {
    expect(parseCell('grade', text, column, noDateCell)).toEqual({ ok: true, value: grade });
  });

  test('an unknown grade gets the exact message', () => {
    expect(messageOf(parseCell('grade', 'excellent', column, noDateCell))).toBe(
      "Overall effectiveness: expected a grade: outstanding, good, requires improvement (or RI) or inadequate, found 'excellent'.",
    );
  });

  test.each<Cell>(['R.I.', 'requires improvement to be outstanding', 'satisfactory', 2, true])(
    '%j is not a grade',
    (cell) => {
      expectFailure(parseCell('grade', cell, column, noDateCell), column);
    },
  );
});

describe('inspection type', () => {
  const column = 'Inspection type';

  test.each([
    ['ILACS standard', 'ILACS standard'],
    ['ilacs standard', 'ILACS standard'],
    [' ILACS SHORT ', 'ILACS short'],
    ['sif', 'SIF'],
    ['SIF RE-INSPECTION', 'SIF re-inspection'],
  ])('%j is %s', (text, type) => {
    expect(parseCell('inspectionType', text, column, noDateCell)).toEqual({
      ok: true,
      value: type,
    });
  });

  test.each<Cell>(['Short', 'ILACS', 'JTAI', 1])('%j is not an inspection type', (cell) => {
    const message = expectFailure(parseCell('inspectionType', cell, column, noDateCell), column);
    expect(message).toContain('ILACS standard, ILACS short, SIF, SIF re-inspection');
  });
});

describe('counts', () => {
  const column = 'Focused visits since';

  test.each<[Cell, number]>([
    [0, 0],
    [2, 2],
    ['3', 3],
    [' 4 ', 4],
    [2.0, 2],
  ])('%j is %d', (cell, count) => {
    expect(parseCell('count', cell, column, noDateCell)).toEqual({ ok: true, value: count });
  });

  test('text in a number column gets the exact message', () => {
    expect(messageOf(parseCell('count', 'three', column, noDateCell))).toBe(
      "Focused visits since: expected a whole number, 0 or more, found 'three'.",
    );
  });

  test.each<Cell>([
    -1,
    '-1',
    1.5,
    '1.5',
    0.1,
    '2 visits',
    'three',
    true,
    new Date(Date.UTC(2024, 0, 1)),
  ])('%j is not a whole number 0 or more', (cell) => {
    expectFailure(parseCell('count', cell, column, noDateCell), column);
  });

  test('a negative count names the value it found', () => {
    expect(messageOf(parseCell('count', -2, column, noDateCell))).toBe(
      "Focused visits since: expected a whole number, 0 or more, found '-2'.",
    );
  });
});

describe('yes/no', () => {
  const column = 'Priority action';

  test.each<[Cell, boolean]>([
    [true, true],
    [false, false],
    ['yes', true],
    ['Yes', true],
    ['YES', true],
    [' y ', true],
    ['TRUE', true],
    ['no', false],
    ['No', false],
    ['N', false],
    ['false', false],
  ])('%j is %s', (cell, value) => {
    expect(parseCell('yesNo', cell, column, noDateCell)).toEqual({ ok: true, value });
  });

  test.each<Cell>(['maybe', 'yes please', 1, 0])('%j is reported', (cell) => {
    const message = expectFailure(parseCell('yesNo', cell, column, noDateCell), column);
    expect(message).toContain('expected yes or no');
  });
});

describe('email', () => {
  const column = 'DCS email';

  test('one address, trimmed', () => {
    expect(parseCell('email', '  jo.bloggs@leeds.gov.uk ', column, noDateCell)).toEqual({
      ok: true,
      value: 'jo.bloggs@leeds.gov.uk',
    });
  });

  test.each<Cell>([
    'jo.bloggs',
    'jo@',
    '@leeds.gov.uk',
    'jo bloggs@leeds.gov.uk',
    'a@b.com, c@d.com',
    42,
  ])('%j is not an email address', (cell) => {
    const message = expectFailure(parseCell('email', cell, column, noDateCell), column);
    expect(message).toContain('expected an email address');
  });

  test('the message names what was found', () => {
    expect(messageOf(parseCell('email', 'jo.bloggs', column, noDateCell))).toBe(
      "DCS email: expected an email address, found 'jo.bloggs'.",
    );
  });
});

describe('emails', () => {
  const column = 'Other recipients';

  test('one address', () => {
    expect(valueOf(parseCell('emails', 'a@leeds.gov.uk', column, noDateCell))).toEqual([
      'a@leeds.gov.uk',
    ]);
  });

  test('several, separated by commas, semicolons or both, with spaces', () => {
    expect(valueOf(parseCell('emails', 'a@x.org,b@y.org', column, noDateCell))).toEqual([
      'a@x.org',
      'b@y.org',
    ]);
    expect(valueOf(parseCell('emails', 'a@x.org; b@y.org', column, noDateCell))).toEqual([
      'a@x.org',
      'b@y.org',
    ]);
    expect(
      valueOf(parseCell('emails', ' a@x.org , b@y.org ; c@z.org; ', column, noDateCell)),
    ).toEqual(['a@x.org', 'b@y.org', 'c@z.org']);
  });

  test('one bad address among good ones fails the whole cell', () => {
    const text = 'a@x.org; not-an-email, c@z.org';
    const message = expectFailure(parseCell('emails', text, column, noDateCell), column);
    expect(message).toBe(
      `Other recipients: expected email addresses separated by commas or semicolons, found '${text}'.`,
    );
  });

  test('addresses separated only by spaces are reported', () => {
    expectFailure(parseCell('emails', 'a@x.org b@y.org', column, noDateCell), column);
  });
});

describe('reminders', () => {
  const column = 'Reminders';

  test.each([
    ['On', 'On'],
    ['on', 'On'],
    [' ON ', 'On'],
    ['Paused', 'Paused'],
    ['paused', 'Paused'],
    ['PAUSED', 'Paused'],
  ])('%j is %s', (text, setting) => {
    expect(parseCell('reminders', text, column, noDateCell)).toEqual({ ok: true, value: setting });
  });

  test.each<Cell>(['Off', 'pause', 'yes', true])('%j is reported', (cell) => {
    const message = expectFailure(parseCell('reminders', cell, column, noDateCell), column);
    expect(message).toContain('expected On or Paused');
  });
});

describe('notes', () => {
  test.each<Cell>(['anything at all', 42, true, new Date(Number.NaN), '#REF!', '#N/A'])(
    'never fail and are never read: %j',
    (cell) => {
      expect(parseCell('notes', cell, 'Notes', noDateCell)).toEqual({ ok: true, value: undefined });
    },
  );
});

describe('formula errors', () => {
  test('exact message for #N/A in a date column', () => {
    expect(messageOf(parseCell('date', '#N/A', 'Last inspection', noDateCell))).toBe(
      'Last inspection: the cell shows the formula error #N/A; expected a date such as 2024-03-11 or 11/03/2024.',
    );
  });

  test('exact message for #REF! in a grade column', () => {
    expect(messageOf(parseCell('grade', '#REF!', 'Care leavers', noDateCell))).toBe(
      'Care leavers: the cell shows the formula error #REF!; expected a grade: outstanding, good, requires improvement (or RI) or inadequate.',
    );
  });

  const inputKinds = ALL_KINDS.filter((kind) => kind !== 'notes');
  const errors = ['#N/A', '#REF!', '#VALUE!', ' #VALUE! '];

  test.each(inputKinds)(
    '%s: each error names the column, the error and what was expected',
    (kind) => {
      for (const error of errors) {
        const message = expectFailure(
          parseCell(kind, error, 'Some column', noDateCell),
          'Some column',
        );
        expect(message).toContain(`formula error ${error.trim()};`);
        expect(message).toMatch(/; expected .+\.$/);
        expect(message).not.toContain('found');
      }
    },
  );

  test('a text column does not take a formula error as text', () => {
    expect(messageOf(parseCell('text', '#VALUE!', 'Authority', noDateCell))).toBe(
      'Authority: the cell shows the formula error #VALUE!; expected text.',
    );
  });
});

describe('every failure message', () => {
  const bad: ReadonlyArray<[CellKind, Cell]> = [
    ['text', new Date(Date.UTC(2024, 0, 1))],
    ['date', 'soon'],
    ['date', 3],
    ['grade', 'fine'],
    ['inspectionType', 'full'],
    ['count', -1],
    ['count', 'many'],
    ['yesNo', 'perhaps'],
    ['email', 'nobody'],
    ['emails', 'a@x.org; nobody'],
    ['reminders', 'Off'],
    ['date', '#N/A'],
    ['count', '#DIV/0!'],
  ];

  test.each(bad)('%s %j starts with the column name and contains "expected"', (kind, cell) => {
    expectFailure(parseCell(kind, cell, 'My column', noDateCell), 'My column');
  });
});

/** The Date a spreadsheet hands over for a date cell holding `serial` (days since 1899-12-30). */
function dateOfSerial(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
}

describe('a number that is not a plausible date never becomes one', () => {
  const column = 'Last inspection';

  test('2024 typed into a date-formatted cell (1905-07-16) names the number and what was expected', () => {
    expect(messageOf(parseCell('date', dateOfSerial(2024), column, utcDateOfCell))).toBe(
      'Last inspection: expected a date on or after 2013-01-01 (the first SIF inspections were in November 2013), found 1905-07-16, which is how a spreadsheet shows the number 2024 typed into a date cell (it counts days from 30 December 1899); type the whole date, such as 2024-03-11.',
    );
  });

  test('45 typed into a date-formatted cell (1900-02-13) likewise', () => {
    const message = messageOf(parseCell('date', dateOfSerial(45), column, utcDateOfCell));
    expect(message).toContain('found 1900-02-13, which is how a spreadsheet shows the number 45');
  });

  test.each([0, 1, 12, 2013, 2026, 9999])('serial %d is never a date', (serial) => {
    const message = messageOf(parseCell('date', dateOfSerial(serial), column, utcDateOfCell));
    expect(message).toContain(`the number ${serial} typed into a date cell`);
  });

  test('a date before 2013 is reported, typed or in a date cell; 2013-01-01 is the first accepted', () => {
    expect(messageOf(parseCell('date', '31/12/2012', column, noDateCell))).toBe(
      "Last inspection: expected a date on or after 2013-01-01 (the first SIF inspections were in November 2013), found '31/12/2012'.",
    );
    expect(messageOf(parseCell('date', '1999-05-01', column, noDateCell))).toContain(
      "found '1999-05-01'",
    );
    const cell = new Date(Date.UTC(2012, 11, 31, 12));
    expect(messageOf(parseCell('date', cell, column, utcDateOfCell))).toBe(
      'Last inspection: expected a date on or after 2013-01-01 (the first SIF inspections were in November 2013), found 2012-12-31.',
    );
    expect(valueOf(parseCell('date', '2013-01-01', column, noDateCell))).toEqual(
      civil('2013-01-01'),
    );
    expect(
      valueOf(parseCell('date', new Date(Date.UTC(2013, 0, 1, 12)), column, utcDateOfCell)),
    ).toEqual(civil('2013-01-01'));
  });

  test('a date cell before 1900 is reported too', () => {
    expect(messageOf(parseCell('date', dateOfSerial(-400), column, utcDateOfCell))).toBe(
      'Last inspection: expected a date on or after 2013-01-01 (the first SIF inspections were in November 2013), found 1898-11-25.',
    );
  });
});

describe('a bad value is quoted as a short excerpt', () => {
  test('short values are quoted whole', () => {
    expect(quoteText('excellent')).toBe("'excellent'");
    expect(quoteText('x'.repeat(EXCERPT_LENGTH))).toBe(`'${'x'.repeat(EXCERPT_LENGTH)}'`);
  });

  test('a long value: its first 40 characters, then … and how long it was', () => {
    const text = `${'abcdefghij'.repeat(4)}${'z'.repeat(49_950)}`;
    expect(quoteText(text)).toBe(`'${'abcdefghij'.repeat(4)}…' (49,990 characters long)`);
    expect(excerpt(text)).toBe(`${'abcdefghij'.repeat(4)}… (49,990 characters long)`);
  });

  test('a 49,990-character cell of any kind gives a message far below the 50,000-character cell limit', () => {
    const text = 'q'.repeat(49_990);
    for (const kind of ALL_KINDS.filter((kind) => kind !== 'notes' && kind !== 'text')) {
      const message = messageOf(parseCell(kind, text, 'Some column', noDateCell));
      expect(message.length).toBeLessThan(400);
      expect(message).toContain(`'${'q'.repeat(40)}…' (49,990 characters long)`);
    }
  });

  test('characters outside the basic plane are never cut in half', () => {
    const text = '😀'.repeat(50);
    expect(quoteText(text)).toBe(`'${'😀'.repeat(40)}…' (50 characters long)`);
  });

  test('line breaks become spaces, so that one problem stays on one line', () => {
    expect(quoteText('goo\nd')).toBe("'goo d'");
    expect(messageOf(parseCell('grade', 'very\r\ngood', 'Care leavers', noDateCell))).toBe(
      "Care leavers: expected a grade: outstanding, good, requires improvement (or RI) or inadequate, found 'very good'.",
    );
  });

  test('an invisible character is shown and named', () => {
    expect(messageOf(parseCell('grade', 'good\u200B', 'Care leavers', noDateCell))).toBe(
      "Care leavers: expected a grade: outstanding, good, requires improvement (or RI) or inadequate, found 'good[U+200B]', which contains an invisible character, U+200B (zero-width space).",
    );
    expect(quoteText('\u2060a\u200Db\u2060')).toBe(
      "'[U+2060]a[U+200D]b[U+2060]', which contains invisible characters, U+2060 (word joiner) and U+200D (zero-width joiner)",
    );
  });
});
