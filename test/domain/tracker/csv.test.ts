import fc from 'fast-check';
import { parseCsv } from '../../../src/domain/tracker/csv';
import { csvText } from './national-fixtures';

function records(text: string): string[][] {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.problem);
  return result.records;
}

describe('parseCsv', () => {
  test('fields, records and the line ends of every system', () => {
    expect(records('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(records('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(records('a,b\r1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('a final line break ends the last record; a blank line is a record of one empty field', () => {
    expect(records('a\n')).toEqual([['a']]);
    expect(records('a\n\nb')).toEqual([['a'], [''], ['b']]);
    expect(records('')).toEqual([]);
  });

  test('empty fields, a trailing comma and a UTF-8 byte-order mark', () => {
    expect(records('\uFEFFurn,,x,\n')).toEqual([['urn', '', 'x', '']]);
  });

  test('quoted fields hold commas, line breaks and doubled quotes', () => {
    expect(records('"bournemouth, christchurch & poole","say ""hi""","two\r\nlines",""\n')).toEqual(
      [['bournemouth, christchurch & poole', 'say "hi"', 'two\r\nlines', '']],
    );
  });

  test('a quote inside an unquoted field is kept as it is (children\'s, 5")', () => {
    expect(records(`children's services inspection,5"\n`)).toEqual([
      ["children's services inspection", '5"'],
    ]);
  });

  test('a quoted field never closed, or text after its closing quote: the row is named', () => {
    expect(parseCsv('a,b\n1,"open\n')).toEqual({
      ok: false,
      problem:
        'Row 2: a field opened with a double quote (column 2) is never closed; expected a closing ".',
    });
    expect(parseCsv('a\n"x"y\n')).toEqual({
      ok: false,
      problem:
        'Row 2: column 1 has text after its closing double quote; expected a comma or the end of the line (a quote inside a quoted field is written "").',
    });
  });

  test('whatever the fields, what is written as CSV reads back the same', () => {
    const field = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('\n', '\r\n'),
        (rows, eol) => {
          expect(records(csvText(rows, eol))).toEqual(rows);
        },
      ),
    );
  });

  test('100,000 rows in one pass', () => {
    const text = 'a,"b, c",d\r\n'.repeat(100_000);
    const started = Date.now();
    expect(records(text)).toHaveLength(100_000);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
