import {
  type CivilDate,
  civil,
  civilDate,
  compareDates,
  formatIso,
  isBefore,
  parseIsoDate,
} from '../rules/civil-date';
import type { Grade } from '../rules/grades';
import { ILACS_FROM } from '../rules/inspection';
import { type Authority, authorityOfUrn, laCodeKey } from './authorities';
import { quoteText } from './cells';
import { normalizeHeader } from './columns';
import {
  GRADE_EXPECTED,
  type IlacsType,
  type JudgementKey,
  JUDGEMENT_KEYS,
  type NationalFramework,
  type NationalRecord,
  type TableRead,
  dateOrderProblems,
  gradeOfText,
  ilacsTypeOfText,
} from './national-record';
import { listInWords } from '../text/words';

/**
 * The inspection history of the `ofsted-ilacs-scrape-tool` fork (data/README.md, jt39/): one row
 * per published report, several per authority, named by Ofsted URN only; start and end dates
 * `DD/MM/YYYY`, the publication date `DD/MM/YY`. Read into each authority's latest full inspection
 * (ILACS or SIF) and the start of the one before it.
 */

/** Each judgement's column in the history. */
const HISTORY_JUDGEMENTS = {
  overall: 'overall_effectiveness_grade',
  leaders: 'impact_of_leaders_grade',
  helpAndProtection: 'help_and_protection_grade',
  childrenInCare: 'in_care_grade',
  careLeavers: 'care_leavers_grade',
} as const satisfies Record<JudgementKey, string>;

/** The columns read (the history's others, such as the inspector's name, are not needed). */
export const HISTORY_COLUMNS = [
  'urn',
  'local_authority',
  'inspection_link',
  'publication_date',
  'inspection_framework',
  'inspection_start_date',
  'inspection_end_date',
  ...Object.values(HISTORY_JUDGEMENTS),
] as const;

/** The first SIF inspections began in November 2013: a report of an earlier start is of an older framework. */
const SIF_FROM = civil('2013-11-01');
/** An undated report published before this is of a framework before SIF (the first SIF reports came in 2014). */
const SIF_REPORTS_FROM = civil('2014-01-01');

/** What the scraper writes in `inspection_framework` when it could not time an ILACS. */
const UNTIMED_ILACS = new Set(['invalid end or start date extracted', 'invalid date format']);

export function isHistoryHeader(header: readonly string[]): boolean {
  const names = new Set(header.map(normalizeHeader));
  return names.has('urn') && names.has(normalizeHeader('inspection_start_date'));
}

export function missingHistoryColumns(header: readonly string[]): string[] {
  const names = new Set(header.map(normalizeHeader));
  return HISTORY_COLUMNS.filter((column) => !names.has(normalizeHeader(column)));
}

/** One report of a full inspection of one of today's authorities. */
interface Report {
  readonly row: number;
  readonly authority: Authority;
  readonly link: string;
  readonly published: CivilDate;
  readonly start?: CivilDate | undefined;
  readonly end?: CivilDate | undefined;
  readonly framework: NationalFramework;
  readonly ilacsType?: IlacsType | undefined;
  readonly grades: Readonly<Record<JudgementKey, string>>;
}

const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;

/** `19/11/2021` or `19/11/21` (this century), or ISO; blank is undefined, anything else `false`. */
export function historyDate(text: string): CivilDate | undefined | false {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const match = DAY_MONTH_YEAR.exec(trimmed);
  if (!match) return parseIsoDate(trimmed) ?? false;
  const year = Number(match[3]);
  return civilDate(year < 100 ? 2000 + year : year, Number(match[2]), Number(match[1])) ?? false;
}

/** SIF, ILACS, or undefined for a report of a framework before SIF (not a full inspection here). */
function frameworkOfReport(
  start: CivilDate | undefined,
  published: CivilDate,
  typeText: string,
  leaders: string,
): NationalFramework | undefined {
  if (start) {
    if (isBefore(start, SIF_FROM)) return undefined;
    return isBefore(start, ILACS_FROM) ? 'SIF' : 'ILACS';
  }
  // Undated: the scraper reads ILACS reports' grades (SIF ones come out `data_unreadable`).
  if (typeText !== '' || gradeOfText(leaders)) return 'ILACS';
  return isBefore(published, SIF_REPORTS_FROM) ? undefined : 'SIF';
}

/** The order of an authority's reports: by start, else (undated) by publication. */
const orderDate = (report: Report) => report.start ?? report.published;

type HistoryColumn = (typeof HISTORY_COLUMNS)[number];
type CellOf = (column: HistoryColumn) => string;

const DATE_FORMS: Partial<Record<HistoryColumn, string>> = {
  inspection_start_date: 'DD/MM/YYYY (such as 11/03/2024)',
  inspection_end_date: 'DD/MM/YYYY (such as 22/03/2024)',
  publication_date: 'DD/MM/YY (such as 03/05/24)',
};

/**
 * One row of one of today's authorities as a report of a full inspection: undefined for a report
 * of a framework before SIF, or a row that does not fit (each of its problems pushed).
 */
function reportOfRow(
  cell: CellOf,
  row: number,
  authority: Authority,
  problem: (message: string) => void,
): Report | undefined {
  let fits = true;
  const date = (column: HistoryColumn) => {
    const value = historyDate(cell(column));
    if (value !== false) return value;
    problem(
      `${column}: expected a date as ${DATE_FORMS[column]}, found ${quoteText(cell(column))}.`,
    );
    fits = false;
    return undefined;
  };
  const start = date('inspection_start_date');
  const end = date('inspection_end_date');
  const published = date('publication_date');
  if (cell('publication_date') === '') {
    problem('publication_date: expected the date the report was published, found nothing.');
  }
  const typeText = cell('inspection_framework');
  const ilacsType = UNTIMED_ILACS.has(typeText.toLowerCase())
    ? undefined
    : ilacsTypeOfText(typeText);
  if (ilacsType === false) {
    problem(
      `inspection_framework: expected short, standard, 'inspection duration longer than standard framework' or blank, found ${quoteText(typeText)}.`,
    );
  }
  if (!fits || !published || ilacsType === false) return undefined;
  const framework = frameworkOfReport(start, published, typeText, cell('impact_of_leaders_grade'));
  if (!framework) return undefined;
  const grades = Object.fromEntries(
    JUDGEMENT_KEYS.map((key) => [key, cell(HISTORY_JUDGEMENTS[key])]),
  ) as Record<JudgementKey, string>;
  const link = cell('inspection_link');
  return {
    row,
    authority,
    link,
    published,
    start,
    end,
    framework,
    ilacsType: framework === 'ILACS' ? ilacsType : undefined,
    grades,
  };
}

/** The same report (by link) or the same inspection (by start) of an authority seen before. */
function repeatProblem(report: Report, urn: string, seen: Map<string, number>): string | undefined {
  const code = report.authority.laCode;
  const linkKey = report.link ? `${code}|link|${report.link}` : undefined;
  const startKey = report.start ? `${code}|start|${formatIso(report.start)}` : undefined;
  const byLink = linkKey === undefined ? undefined : seen.get(linkKey);
  const byStart = startKey === undefined ? undefined : seen.get(startKey);
  const first = byLink ?? byStart;
  if (first === undefined) {
    if (linkKey) seen.set(linkKey, report.row);
    if (startKey) seen.set(startKey, report.row);
    return undefined;
  }
  const same = byLink === undefined ? 'inspection_start_date' : 'inspection_link';
  return `repeats row ${first}: the same urn (${urn}) and ${same}; expected each report once.`;
}

/** Each URN no authority has, once, with the rows naming it. */
function unknownUrnProblems(unknown: ReadonlyMap<string, { name: string; rows: number[] }>) {
  return [...unknown].map(([urn, { name, rows }]) => {
    const where = rows.length === 1 ? `row ${rows[0]}` : `rows ${listInWords(rows.map(String))}`;
    return `urn ${urn}${name ? ` (${quoteText(name)})` : ''}, ${where}: expected the Ofsted URN of an English local authority (data/jt39/Provider_data_lookup.csv), found one that is not in the lookup.`;
  });
}

/** Reads the rows below the header into reports, each problem reported with its row. */
function readReports(
  table: readonly (readonly string[])[],
  headerIndex: number,
  problems: string[],
  named: Set<string>,
): Report[] {
  const header = (table[headerIndex] ?? []).map(normalizeHeader);
  const indexOf = new Map(header.map((name, index) => [name, index] as const).reverse());
  const reports: Report[] = [];
  const unknown = new Map<string, { name: string; rows: number[] }>();
  const seen = new Map<string, number>();
  for (let index = headerIndex + 1; index < table.length; index += 1) {
    const cells = table[index] ?? [];
    if (cells.every((cell) => cell.trim() === '')) continue;
    const row = index + 1;
    const cell: CellOf = (column) =>
      (cells[indexOf.get(normalizeHeader(column)) ?? -1] ?? '').trim();
    const problem = (message: string) => problems.push(`Row ${row}: ${message}`);
    const urn = cell('urn');
    const authority = urn === '' ? undefined : authorityOfUrn(urn);
    if (urn === '') problem('urn: expected an Ofsted URN, found nothing.');
    else if (!authority) {
      const entry = unknown.get(urn) ?? { name: cell('local_authority'), rows: [] };
      entry.rows.push(row);
      unknown.set(urn, entry);
    }
    // A former council's reports are of no authority today.
    if (!authority?.current) continue;
    named.add(laCodeKey(authority.laCode));
    const report = reportOfRow(cell, row, authority, problem);
    if (!report) continue;
    const repeat = repeatProblem(report, urn, seen);
    if (repeat) problem(repeat);
    else reports.push(report);
  }
  problems.push(...unknownUrnProblems(unknown));
  return reports;
}

/** A report the history gives no dates for, dated from the held row of the same report. */
function datedFromHeld(report: Report, heldByLink: ReadonlyMap<string, NationalRecord>): Report {
  const held = report.start || !report.link ? undefined : heldByLink.get(report.link);
  if (!held || laCodeKey(held.laCode) !== laCodeKey(report.authority.laCode)) return report;
  return {
    ...report,
    start: held.start,
    end: held.end,
    framework: held.framework,
    ilacsType: report.ilacsType ?? held.ilacsType,
  };
}

/** The latest report's record, or the problems that keep it from being one. */
function latestRecord(
  latest: Report,
  previous: Report | undefined,
  held: NationalRecord | undefined,
  problems: string[],
): NationalRecord | undefined {
  const before = problems.length;
  const problem = (message: string) => problems.push(`Row ${latest.row}: ${message}`);
  const { authority, start } = latest;
  if (!start) {
    problem(
      `inspection_start_date: expected the first day of ${authority.name}'s latest full inspection (report published ${formatIso(latest.published)}, ${latest.link || 'no link'}), found nothing; type it as DD/MM/YYYY, with inspection_end_date, from the report.`,
    );
    return undefined;
  }
  const judgements: { [K in JudgementKey]?: Grade } = {};
  for (const key of JUDGEMENT_KEYS) {
    const grade = gradeOfText(latest.grades[key]);
    if (grade === false) {
      problem(
        `${HISTORY_JUDGEMENTS[key]}: expected ${GRADE_EXPECTED}, found ${quoteText(latest.grades[key])}.`,
      );
    } else if (grade) judgements[key] = grade;
  }
  const order = dateOrderProblems(start, latest.end, latest.published, undefined, {
    start: 'inspection_start_date',
    end: 'inspection_end_date',
    published: 'publication_date',
    previous: '',
  });
  for (const message of order) problem(message);
  if (problems.length > before) return undefined;
  const heldPrevious =
    held && compareDates(held.start, start) === 0 ? held.previousStart : undefined;
  return {
    laCode: authority.laCode,
    authority: authority.name,
    onsCode: authority.onsCode,
    region: authority.region,
    framework: latest.framework,
    ilacsType: latest.ilacsType,
    start,
    end: latest.end,
    published: latest.published,
    judgements,
    reportLink: latest.link,
    previousStart: previous?.start ?? heldPrevious,
    row: latest.row,
  };
}

/**
 * Each of today's authorities' latest full inspection in the history below `headerIndex`. `held`
 * (the rows the tool already has) fills what the history lacks: the dates of a report the scraper
 * could not read (matched by report link), and the previous start where the history's previous
 * report is undated (an SIF), for the same latest inspection.
 */
export function readHistoryRows(
  table: readonly (readonly string[])[],
  headerIndex: number,
  held: readonly NationalRecord[],
): TableRead {
  const problems: string[] = [];
  const heldByLink = new Map(held.filter((r) => r.reportLink).map((r) => [r.reportLink, r]));
  const heldByCode = new Map(held.map((record) => [laCodeKey(record.laCode), record]));
  const byAuthority = new Map<string, Report[]>();
  const named = new Set<string>();
  for (const report of readReports(table, headerIndex, problems, named)) {
    const dated = datedFromHeld(report, heldByLink);
    const list = byAuthority.get(dated.authority.laCode);
    if (list) list.push(dated);
    else byAuthority.set(dated.authority.laCode, [dated]);
  }
  const records: NationalRecord[] = [];
  for (const [laCode, reports] of byAuthority) {
    reports.sort((a, b) => compareDates(orderDate(b), orderDate(a)));
    const [latest, previous] = reports;
    if (!latest) continue;
    const record = latestRecord(latest, previous, heldByCode.get(laCodeKey(laCode)), problems);
    if (record) records.push(record);
  }
  return { records, problems, named };
}
