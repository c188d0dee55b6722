import type { CivilDate } from '../rules/civil-date';
import type { Grade } from '../rules/grades';
import { type Authority, authorityOfCode, laCodeKey } from './authorities';
import { type Cell, type DateOfCell, isBlank, parseCell, quoteText } from './cells';
import { normalizeHeader } from './columns';
import { NATIONAL_COLUMNS } from './national-data';
import {
  GRADE_EXPECTED,
  ILACS_TYPES,
  JUDGEMENT_COLUMNS,
  JUDGEMENT_KEYS,
  type JudgementKey,
  type NationalFramework,
  type NationalRecord,
  PREVIOUS_START_COLUMN,
  type TableRead,
  dateOrderProblems,
  gradeOfText,
  ilacsTypeOfText,
} from './national-record';

/**
 * The tool's own National data format (data/english-la-latest-inspections.csv, the National data
 * sheet): one row per authority, ISO dates, grades in the tool's words. Every column of the
 * snapshot is needed; `previous_start_date` may be missing (files written before it existed).
 */

/** Whether a header row is the tool's format: it names the start and the authority (name or code). */
export function isToolHeader(header: readonly Cell[]): boolean {
  const names = new Set(header.map((cell) => normalizeHeader(String(cell ?? ''))));
  const named = names.has(normalizeHeader('la_name')) || names.has(normalizeHeader('dfe_la_code'));
  return named && names.has(normalizeHeader('start_date'));
}

/** The snapshot's columns a header lacks. */
export function missingToolColumns(header: readonly Cell[]): string[] {
  const names = new Set(header.map((cell) => normalizeHeader(String(cell ?? ''))));
  return NATIONAL_COLUMNS.filter((column) => !names.has(normalizeHeader(column)));
}

const text = (cell: Cell) => (isBlank(cell) ? '' : String(cell).trim());

/** Reads one row; a problem is pushed for each cell that does not fit, and then none is made. */
function readRow(
  cellOf: (column: string) => Cell,
  row: number,
  dateOfCell: DateOfCell,
  problems: string[],
): NationalRecord | undefined {
  const before = problems.length;
  const problem = (message: string) => problems.push(`Row ${row}: ${message}`);
  const authority = authorityOfRow(text(cellOf('dfe_la_code')), problem);
  const framework = frameworkOf(text(cellOf('framework')), problem);
  const type = ilacsTypeOfText(text(cellOf('inspection_type')));
  if (type === false) {
    problem(
      `inspection_type: expected ${ILACS_TYPES.join(', ')} or blank, found ${quoteText(text(cellOf('inspection_type')))}.`,
    );
  }
  const date = (column: string): CivilDate | undefined => {
    const result = parseCell('date', cellOf(column), column, dateOfCell);
    if (!result.ok) problem(result.message);
    return result.ok ? result.value : undefined;
  };
  const start = date('start_date');
  if (!start && isBlank(cellOf('start_date'))) {
    problem('start_date: expected the first day of the inspection, found nothing.');
  }
  const end = date('end_date');
  const published = date('publication_date');
  const previousStart = date(PREVIOUS_START_COLUMN);
  const judgements: { [K in JudgementKey]?: Grade } = {};
  for (const key of JUDGEMENT_KEYS) {
    const column = JUDGEMENT_COLUMNS[key];
    const grade = gradeOfText(text(cellOf(column)));
    if (grade === false) {
      problem(`${column}: expected ${GRADE_EXPECTED}, found ${quoteText(text(cellOf(column)))}.`);
    } else if (grade) judgements[key] = grade;
  }
  if (start) {
    for (const message of dateOrderProblems(start, end, published, previousStart)) problem(message);
  }
  if (problems.length > before || !authority || !framework || !start || type === false) return;
  return {
    laCode: authority.laCode,
    authority: text(cellOf('la_name')) || authority.name,
    onsCode: text(cellOf('ons_code')) || authority.onsCode,
    region: text(cellOf('region')) || authority.region,
    framework,
    ilacsType: framework === 'ILACS' ? type : undefined,
    start,
    end,
    published,
    judgements,
    reportLink: text(cellOf('report_link')),
    previousStart,
    row,
  };
}

function authorityOfRow(code: string, problem: (message: string) => void): Authority | undefined {
  const expected = 'dfe_la_code: expected the DfE code of an English local authority';
  if (code === '') {
    problem(`${expected}, found nothing.`);
    return undefined;
  }
  const found = authorityOfCode(code);
  if (!found) problem(`${expected}, found ${quoteText(code)}, which is no authority's.`);
  else if (!found.current) {
    problem(`${expected}, found ${code}, the code of ${found.name}, a former council.`);
  } else return found;
  return undefined;
}

function frameworkOf(
  value: string,
  problem: (message: string) => void,
): NationalFramework | undefined {
  const word = value.toLowerCase();
  if (word === 'ilacs') return 'ILACS';
  if (word === 'sif' || word === 'sif re-inspection') return 'SIF';
  problem(`framework: expected ILACS or SIF, found ${value ? quoteText(value) : 'nothing'}.`);
  return undefined;
}

/** The rows below `headerIndex`: every authority once, each row that does not fit reported. */
export function readToolRows(
  table: readonly (readonly Cell[])[],
  headerIndex: number,
  dateOfCell: DateOfCell,
): TableRead {
  const header = (table[headerIndex] ?? []).map((cell) => normalizeHeader(String(cell ?? '')));
  const indexOf = new Map(header.map((name, index) => [name, index] as const).reverse());
  const records: NationalRecord[] = [];
  const problems: string[] = [];
  const rowOfCode = new Map<string, number>();
  const named = new Set<string>();
  for (let index = headerIndex + 1; index < table.length; index += 1) {
    const cells = table[index] ?? [];
    if (cells.every(isBlank)) continue;
    const row = index + 1;
    const cellOf = (column: string) => {
      const at = indexOf.get(normalizeHeader(column));
      return at === undefined ? '' : cells[at];
    };
    named.add(laCodeKey(text(cellOf('dfe_la_code'))));
    const record = readRow(cellOf, row, dateOfCell, problems);
    if (!record) continue;
    const key = laCodeKey(record.laCode);
    const first = rowOfCode.get(key);
    if (first !== undefined) {
      problems.push(
        `Row ${row}: dfe_la_code: ${record.laCode} (${record.authority}) is in row ${first} too; expected each authority once.`,
      );
      continue;
    }
    rowOfCode.set(key, row);
    records.push(record);
  }
  return { records, problems, named };
}

/** The National data sheet's values (or a file's records) in the tool's format. */
export function readToolFormat(
  table: readonly (readonly Cell[])[],
  dateOfCell: DateOfCell,
): TableRead {
  const headerIndex = table.findIndex(isToolHeader);
  if (headerIndex < 0) {
    return {
      records: [],
      problems: ['No header row with la_name or dfe_la_code, and start_date.'],
      named: new Set(),
    };
  }
  const missing = missingToolColumns(table[headerIndex] ?? []);
  if (missing.length > 0) {
    return {
      records: [],
      problems: [`Row ${headerIndex + 1}: the header lacks ${missing.join(', ')}.`],
      named: new Set(),
    };
  }
  return readToolRows(table, headerIndex, dateOfCell);
}
