import { parse } from 'csv-parse/sync';
import { addDays, civil, formatIso } from '../../../src/domain/rules/civil-date';
import type { DateOfCell } from '../../../src/domain/tracker/cells';
import {
  MAX_PROBLEMS,
  type NationalFileResult,
  parseNationalFile,
} from '../../../src/domain/tracker/national-file';
import {
  NATIONAL_FILE_COLUMNS,
  type NationalRecord,
  nationalTable,
} from '../../../src/domain/tracker/national-record';
import { readToolFormat } from '../../../src/domain/tracker/national-tool-format';
import {
  AUTHORITIES,
  HISTORY_HEADER,
  type Report,
  csvText,
  historyRow,
  historyText,
  ilacs,
  readData,
  wholeHistory,
} from './national-fixtures';

const SHIPPED = readData('english-la-latest-inspections.csv');
const SHIPPED_RECORDS = parse(SHIPPED) as string[][];

function rowsOf(result: NationalFileResult): readonly NationalRecord[] {
  if (!result.ok) throw new Error(`expected the file to be read:\n${result.problems.join('\n')}`);
  return result.rows;
}

function problemsOf(result: NationalFileResult): readonly string[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

/** A record in the tool's words, dates as ISO, for comparing. */
function plain(record: NationalRecord | undefined) {
  if (!record) return undefined;
  const iso = (date: typeof record.start | undefined) => (date ? formatIso(date) : undefined);
  return {
    ...record,
    start: iso(record.start),
    end: iso(record.end),
    published: iso(record.published),
    previousStart: iso(record.previousStart),
  };
}

const byName = (rows: readonly NationalRecord[], name: string) =>
  rows.find((row) => row.authority === name);

/** The shipped CSV with `edit` applied to its rows (header first). */
function shippedWith(edit: (rows: string[][]) => string[][], eol = '\r\n'): string {
  return csvText(edit(SHIPPED_RECORDS.map((row) => [...row])), eol);
}

const column = (name: string) => NATIONAL_FILE_COLUMNS.indexOf(name as never);

describe("the tool's own format", () => {
  test('the shipped snapshot: 153 authorities, read back exactly as written', () => {
    const result = parseNationalFile(SHIPPED);
    expect(result.ok && result.format).toBe('tool');
    expect(result.ok && formatIso(result.asOf)).toBe('2026-08-20');
    const rows = rowsOf(result);
    expect(rows).toHaveLength(153);
    expect(nationalTable(rows)).toEqual(SHIPPED_RECORDS);
    expect(plain(byName(rows, 'Barking and Dagenham'))).toEqual({
      laCode: '301',
      authority: 'Barking and Dagenham',
      onsCode: 'E09000002',
      region: 'London',
      framework: 'ILACS',
      ilacsType: 'standard',
      start: '2023-07-10',
      end: '2023-07-21',
      published: '2023-09-04',
      judgements: {
        overall: 'requires improvement',
        leaders: 'requires improvement',
        helpAndProtection: 'requires improvement',
        childrenInCare: 'requires improvement',
        careLeavers: 'good',
      },
      reportLink: 'https://files.ofsted.gov.uk/v1/file/50227183',
      previousStart: '2019-02-18',
      row: 2,
    });
    // Formed in 2023: no inspection before; inspected after April 2026: no overall grade.
    expect(plain(byName(rows, 'Cumberland'))?.previousStart).toBeUndefined();
    expect(byName(rows, 'North Northamptonshire')?.judgements.overall).toBeUndefined();
  });

  test('a file from before previous_start_date: read, with no previous start', () => {
    const without = shippedWith((rows) => rows.map((row) => row.slice(0, -1)));
    const rows = rowsOf(parseNationalFile(without));
    expect(rows).toHaveLength(153);
    expect(rows.every((row) => row.previousStart === undefined)).toBe(true);
  });

  test('LF or CRLF line ends, a byte-order mark, columns in another order: the same rows', () => {
    const expected = rowsOf(parseNationalFile(SHIPPED));
    expect(rowsOf(parseNationalFile(shippedWith((rows) => rows, '\n')))).toEqual(expected);
    expect(rowsOf(parseNationalFile(`\uFEFF${SHIPPED}`))).toEqual(expected);
    const reversed = shippedWith((rows) => rows.map((row) => [...row].reverse()));
    expect(rowsOf(parseNationalFile(reversed))).toEqual(expected);
  });

  test('the sheet saved as CSV, its banner above the header: the header is found below it', () => {
    const banner = shippedWith((rows) => [['Every authority ... as of 2026-08-20'], ...rows]);
    const rows = rowsOf(parseNationalFile(banner));
    expect(rows).toHaveLength(153);
    expect(byName(rows, 'Barnet')?.row).toBe(4);
  });

  test('each cell that does not fit is named with its row and column and what was expected', () => {
    const text = shippedWith((rows) => {
      const set = (row: number, name: string, value: string) => {
        rows[row - 1]![column(name)] = value;
      };
      set(2, 'dfe_la_code', '999');
      set(3, 'dfe_la_code', '909');
      set(4, 'start_date', '2023-02-30');
      set(5, 'overall_effectiveness', 'gd');
      set(6, 'framework', 'focused visit');
      set(7, 'inspection_type', 'long');
      set(8, 'end_date', '2020-01-01');
      set(9, 'previous_start_date', '2030-01-01');
      set(10, 'start_date', '');
      return rows;
    });
    expect(problemsOf(parseNationalFile(text))).toEqual([
      "Row 2: dfe_la_code: expected the DfE code of an English local authority, found '999', which is no authority's.",
      'Row 3: dfe_la_code: expected the DfE code of an English local authority, found 909, the code of Cumbria, a former council.',
      "Row 4: start_date: expected a date such as 2024-03-11 or 11/03/2024, found '2023-02-30'.",
      "Row 5: overall_effectiveness: expected a grade (outstanding, good, requires improvement or inadequate) or blank, found 'gd'.",
      "Row 6: framework: expected ILACS or SIF, found 'focused visit'.",
      "Row 7: inspection_type: expected short, standard, longer than standard or blank, found 'long'.",
      'Row 8: end_date: expected a date on or after start_date (2023-02-20), found 2020-01-01.',
      'Row 9: previous_start_date: expected a date before start_date (2025-03-03), found 2030-01-01.',
      'Row 10: start_date: expected the first day of the inspection, found nothing.',
      // Rows 2 and 3 name no authority of today: theirs are missing.
      'The file lacks 2 of the 153 English local authorities, so it would replace only part of the National data: Barking and Dagenham and Barnet.',
    ]);
  });

  test('an authority listed twice is refused, naming both rows', () => {
    const text = shippedWith((rows) => [...rows, [...rows[3]!]]);
    expect(problemsOf(parseNationalFile(text))).toEqual([
      'Row 155: dfe_la_code: 370 (Barnsley) is in row 4 too; expected each authority once.',
    ]);
  });

  test('a partial file is refused, naming the authorities it lacks', () => {
    const text = shippedWith((rows) => rows.filter((row) => !['Kent', 'Leeds'].includes(row[0]!)));
    expect(problemsOf(parseNationalFile(text))).toEqual([
      'The file lacks 2 of the 153 English local authorities, so it would replace only part of the National data: Kent and Leeds.',
    ]);
  });

  test('a header without every column of the snapshot is refused, naming what it lacks', () => {
    const text = shippedWith((rows) => rows.map((row) => row.filter((_, index) => index !== 3)));
    expect(parseNationalFile(text)).toEqual({
      ok: false,
      format: 'tool',
      problems: ["Row 1: the header of the tool's National data lacks region."],
    });
  });

  test("the National data sheet's values, date cells and number cells included", () => {
    const dateOfCell: DateOfCell = (value) => civil(value.toISOString().slice(0, 10));
    const [header = [], barnet = []] = [SHIPPED_RECORDS[0]!, SHIPPED_RECORDS[2]!];
    const cells = barnet.map((value, index) =>
      /date/.test(header[index]!) && value
        ? new Date(`${value}T00:00:00Z`)
        : index === 1
          ? Number(value)
          : value,
    );
    const read = readToolFormat([['banner'], header, cells], dateOfCell);
    expect(read.problems).toEqual([]);
    expect(read.records.map(plain)).toEqual([
      expect.objectContaining({ laCode: '302', start: '2024-06-10', previousStart: '2019-05-13' }),
    ]);
  });
});

describe('the inspection history', () => {
  test("a whole history: each authority's latest full inspection and the start of the one before", () => {
    const result = parseNationalFile(historyText(wholeHistory()));
    expect(result.ok && result.format).toBe('history');
    const rows = rowsOf(result);
    expect(rows).toHaveLength(153);
    expect(rows.map((row) => row.laCode).sort()).toEqual(
      AUTHORITIES.map((item) => item.laCode).sort(),
    );
    // The last authority in the lookup's order starts last: 152 days after the first.
    expect(result.ok && formatIso(result.asOf)).toBe(
      formatIso(addDays(civil('2023-01-02'), 152 + 53)),
    );
    expect(plain(byName(rows, 'Bournemouth, Christchurch and Poole'))).toEqual({
      laCode: '839',
      authority: 'Bournemouth, Christchurch and Poole',
      onsCode: 'E06000058',
      region: 'South West',
      framework: 'ILACS',
      ilacsType: 'short',
      start: '2023-01-12',
      end: '2023-01-23',
      published: '2023-03-06',
      judgements: {
        overall: 'good',
        leaders: 'outstanding',
        helpAndProtection: 'requires improvement',
        childrenInCare: 'good',
        careLeavers: 'inadequate',
      },
      reportLink: 'https://files.ofsted.gov.uk/v1/file/253228720230306',
      previousStart: '2019-01-17',
      row: 34,
    });
  });

  /** The whole history, with Barnet's (URN 80487) reports replaced by `reports`. */
  function withBarnet(...reports: Report[]): string {
    const others = wholeHistory().filter((report) => report.urn !== '80487');
    return historyText([...others, ...reports]);
  }
  const barnet = (text: string, held: readonly NationalRecord[] = []) =>
    plain(byName(rowsOf(parseNationalFile(text, held)), 'Barnet'));

  test("grades in the tool's words: none where the history has none to give", () => {
    const row = barnet(
      withBarnet(
        ilacs('80487', '2026-05-11', {
          grades: [
            'not_reported_post_reform',
            'Outstanding',
            'to requires improvement',
            'inspection_pre_dates_judgement',
            'data_unreadable',
          ],
        }),
      ),
    );
    expect(row?.judgements).toEqual({
      leaders: 'outstanding',
      helpAndProtection: 'requires improvement',
    });
  });

  test('a grade that is none is refused where it is used, and ignored in an older report', () => {
    const odd = ['gd', 'good', 'good', 'good', 'good'];
    expect(
      barnet(
        withBarnet(ilacs('80487', '2019-05-13', { grades: odd }), ilacs('80487', '2024-06-10')),
      )?.start,
    ).toBe('2024-06-10');
    expect(
      problemsOf(parseNationalFile(withBarnet(ilacs('80487', '2024-06-10', { grades: odd })))),
    ).toEqual([
      "Row 458: overall_effectiveness_grade: expected a grade (outstanding, good, requires improvement or inadequate) or blank, found 'gd'.",
    ]);
  });

  test("the history's framework words; a dated report without them is an SIF before 2018", () => {
    const longer = withBarnet(
      ilacs('80487', '2024-06-10', {
        end: '2024-06-28',
        framework: 'inspection duration longer than standard framework',
      }),
    );
    expect(barnet(longer)).toMatchObject({ framework: 'ILACS', ilacsType: 'longer than standard' });
    const untimed = withBarnet(ilacs('80487', '2024-06-10', { framework: 'invalid date format' }));
    expect(barnet(untimed)).toMatchObject({ framework: 'ILACS', ilacsType: undefined });
    const sif = withBarnet(ilacs('80487', '2017-04-25', { framework: '' }));
    expect(barnet(sif)).toMatchObject({ framework: 'SIF', ilacsType: undefined });
  });

  test('reports of former councils and of frameworks before SIF are no full inspections here', () => {
    const text = withBarnet(
      ilacs('80487', '2024-06-10'),
      { urn: '80487', published: '2012-08-17', grades: Array(5).fill('data_unreadable') },
      ilacs('80487', '2012-05-14'),
      // Cumbria, replaced by Cumberland and Westmorland and Furness in 2023.
      ilacs('135513', '2025-01-06'),
    );
    expect(barnet(text)).toMatchObject({ start: '2024-06-10', previousStart: undefined });
  });

  test('unknown URNs are listed, each once with its rows', () => {
    const text = historyText([
      ...wholeHistory(),
      ilacs('99999', '2024-01-08', { name: 'atlantis' }),
      ilacs('99999', '2020-01-06', { name: 'atlantis' }),
      ilacs('12', '2024-01-08', { name: '' }),
    ]);
    expect(problemsOf(parseNationalFile(text))).toEqual([
      "urn 99999 ('atlantis'), rows 461 and 462: expected the Ofsted URN of an English local authority (data/jt39/Provider_data_lookup.csv), found one that is not in the lookup.",
      'urn 12, row 463: expected the Ofsted URN of an English local authority (data/jt39/Provider_data_lookup.csv), found one that is not in the lookup.',
    ]);
  });

  test('dates not in the history’s form, or not on the calendar, are named with their row', () => {
    const rows = [
      ...wholeHistory().map(historyRow),
      [...historyRow(ilacs('80487', '2024-06-10'))],
      [...historyRow(ilacs('80487', '2025-06-10'))],
      [...historyRow(ilacs('80487', '2026-01-12'))],
    ];
    const at = (name: string) => HISTORY_HEADER.indexOf(name);
    rows[459]![at('inspection_start_date')] = '31/02/2024';
    rows[460]![at('inspection_end_date')] = 'June 2025';
    rows[461]![at('publication_date')] = '';
    expect(problemsOf(parseNationalFile(csvText([HISTORY_HEADER, ...rows])))).toEqual([
      "Row 461: inspection_start_date: expected a date as DD/MM/YYYY (such as 11/03/2024), found '31/02/2024'.",
      "Row 462: inspection_end_date: expected a date as DD/MM/YYYY (such as 22/03/2024), found 'June 2025'.",
      'Row 463: publication_date: expected the date the report was published, found nothing.',
    ]);
  });

  test('a report listed twice is refused', () => {
    const text = withBarnet(ilacs('80487', '2024-06-10'), ilacs('80487', '2024-06-10'));
    expect(problemsOf(parseNationalFile(text))).toEqual([
      'Row 459: repeats row 458: the same urn (80487) and inspection_link; expected each report once.',
    ]);
    const relinked = withBarnet(
      ilacs('80487', '2024-06-10'),
      ilacs('80487', '2024-06-10', { link: 'https://files.ofsted.gov.uk/v1/file/1' }),
    );
    expect(problemsOf(parseNationalFile(relinked))).toEqual([
      'Row 459: repeats row 458: the same urn (80487) and inspection_start_date; expected each report once.',
    ]);
  });

  test('a dated report whose dates are out of order is refused where it is used', () => {
    const text = withBarnet(ilacs('80487', '2024-06-10', { end: '2024-06-01' }));
    expect(problemsOf(parseNationalFile(text))).toEqual([
      'Row 458: inspection_end_date: expected a date on or after inspection_start_date (2024-06-10), found 2024-06-01.',
    ]);
  });

  describe('what the history could not read, the rows already held fill', () => {
    const link = 'https://files.ofsted.gov.uk/v1/file/50253182';
    const undatedLatest = withBarnet(ilacs('80487', '2019-05-13'), {
      urn: '80487',
      link,
      published: '2024-07-23',
      framework: '',
    });
    const held = rowsOf(parseNationalFile(SHIPPED));

    test('the latest report undated: refused, saying what to type', () => {
      expect(problemsOf(parseNationalFile(undatedLatest))).toEqual([
        "Row 459: inspection_start_date: expected the first day of Barnet's latest full inspection (report published 2024-07-23, https://files.ofsted.gov.uk/v1/file/50253182), found nothing; type it as DD/MM/YYYY, with inspection_end_date, from the report.",
      ]);
    });

    test("the same report held: its dates and type are the held row's", () => {
      expect(barnet(undatedLatest, held)).toMatchObject({
        start: '2024-06-10',
        end: '2024-06-14',
        published: '2024-07-23',
        ilacsType: 'short',
        previousStart: '2019-05-13',
        reportLink: link,
      });
    });

    test('the report before undated (an SIF): the previous start of the same latest inspection held', () => {
      const sifBefore = withBarnet(
        { urn: '80487', published: '2017-07-07', grades: Array(5).fill('data_unreadable') },
        ilacs('80487', '2024-06-10', { link }),
      );
      expect(barnet(sifBefore)?.previousStart).toBeUndefined();
      expect(barnet(sifBefore, held)?.previousStart).toBe('2019-05-13');
      // A held row of another inspection says nothing about this one's previous.
      const later = withBarnet(
        { urn: '80487', published: '2017-07-07', grades: Array(5).fill('data_unreadable') },
        ilacs('80487', '2025-06-09'),
      );
      expect(barnet(later, held)?.previousStart).toBeUndefined();
    });
  });

  test('a partial history is refused, naming the authorities it lacks', () => {
    const text = historyText(
      wholeHistory().filter((report) => !['80476', '80481'].includes(report.urn)),
    );
    expect(problemsOf(parseNationalFile(text))).toEqual([
      'The file lacks 2 of the 153 English local authorities, so it would replace only part of the National data: Kent and Leeds.',
    ]);
  });

  test('a header without the columns read is refused, naming them', () => {
    const header = HISTORY_HEADER.filter(
      (name) => !name.startsWith('in_care') && name !== 'inspection_link',
    );
    expect(parseNationalFile(csvText([header]))).toEqual({
      ok: false,
      format: 'history',
      problems: [
        'Row 1: the header of the inspection history lacks inspection_link and in_care_grade.',
      ],
    });
  });

  test('10,000 reports are read well within a second', () => {
    // Round the authorities, a week apart: the first 55 have 66 reports, the others 65.
    const reports = Array.from({ length: 10_000 }, (_, index) =>
      ilacs(
        AUTHORITIES[index % AUTHORITIES.length]!.urn,
        formatIso(addDays(civil('2018-01-08'), Math.floor(index / AUTHORITIES.length) * 7)),
      ),
    );
    const text = historyText(reports, '\r\n');
    const started = Date.now();
    const rows = rowsOf(parseNationalFile(text));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(rows).toHaveLength(153);
    expect(plain(rows[0])?.start).toBe(formatIso(addDays(civil('2018-01-08'), 65 * 7)));
  });
});

describe('files that are neither', () => {
  test('an empty file', () => {
    for (const text of ['', '\uFEFF', ' \r\n\n']) {
      expect(parseNationalFile(text)).toEqual({
        ok: false,
        problems: [
          "The file is empty: expected the tool's National data or the inspection history as CSV, a header row and then the rows.",
        ],
      });
    }
  });

  test('a header and no rows', () => {
    expect(parseNationalFile(csvText([HISTORY_HEADER]))).toEqual({
      ok: false,
      format: 'history',
      problems: ['The file has its header but no rows.'],
    });
  });

  test('other columns: both headers are described', () => {
    expect(problemsOf(parseNationalFile('name,date\nKent,2024-01-01\n'))).toEqual([
      "Row 1: expected the header of the tool's National data (la_name, dfe_la_code, ons_code, region, framework, inspection_type, start_date, end_date, publication_date, overall_effectiveness, impact_of_leaders, help_and_protection, children_in_care, care_leavers, report_link, previous_start_date) or of the inspection history (urn, local_authority, inspection_link, publication_date, inspection_framework, inspection_start_date, inspection_end_date, overall_effectiveness_grade, impact_of_leaders_grade, help_and_protection_grade, in_care_grade, care_leavers_grade, ...), found 'name', 'date'.",
    ]);
  });

  test('not CSV at all: the first problem, with its row', () => {
    expect(problemsOf(parseNationalFile('la_name,"start_date\n'))).toEqual([
      'Row 1: a field opened with a double quote (column 2) is never closed; expected a closing ".',
    ]);
  });

  test(`at most ${MAX_PROBLEMS} problems, then how many more; 10,000 rows stay quick`, () => {
    const [header = [], row = []] = [SHIPPED_RECORDS[0]!, SHIPPED_RECORDS[1]!];
    const text = csvText([header, ...Array.from({ length: 10_000 }, () => row)]);
    const started = Date.now();
    const problems = problemsOf(parseNationalFile(text));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]).toBe(
      'Row 3: dfe_la_code: 301 (Barking and Dagenham) is in row 2 too; expected each authority once.',
    );
    expect(problems[MAX_PROBLEMS]).toBe('… and 9950 more problems.');
  });
});
