/**
 * National data files for the tests: CSV text, and inspection-history rows in the scrape tool's
 * format (data/README.md, jt39/), built from the shipped lookup.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addDays, civil, formatIso } from '../../../src/domain/rules/civil-date';
import { AUTHORITY_TUPLES } from '../../../src/domain/tracker/authority-lookup';

export const DATA = path.join(__dirname, '..', '..', '..', 'data');
export const readData = (...parts: string[]) => readFileSync(path.join(DATA, ...parts), 'utf8');

/** Rows as CSV, each field quoted only where it must be. */
export function csvText(rows: readonly (readonly string[])[], eol = '\n'): string {
  const field = (value: string) =>
    /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  return rows.map((row) => row.map(field).join(',') + eol).join('');
}

export const HISTORY_HEADER = [
  'urn',
  'local_authority',
  'inspection_link',
  'pdf_filename',
  'publication_date',
  'inspection_framework',
  'inspector_name',
  'inspection_start_date',
  'inspection_end_date',
  'overall_effectiveness_grade',
  'impact_of_leaders_grade',
  'help_and_protection_grade',
  'in_care_grade',
  'care_leavers_grade',
  'parser_version',
];

/** `2024-03-11` as the history writes it: `11/03/2024`, or `11/03/24` for a publication date. */
export function slashDate(iso: string, shortYear = false): string {
  if (iso === '') return '';
  const [year = '', month = '', day = ''] = iso.split('-');
  return `${day}/${month}/${shortYear ? year.slice(2) : year}`;
}

export interface Report {
  readonly urn: string;
  readonly name?: string;
  readonly link?: string;
  /** ISO dates, written as the history writes them. */
  readonly published: string;
  readonly start?: string;
  readonly end?: string;
  readonly framework?: string;
  /** Overall, leaders, help and protection, in care, care leavers. */
  readonly grades?: readonly string[];
}

export function historyRow(report: Report): string[] {
  const grades = report.grades ?? ['good', 'good', 'good', 'good', 'good'];
  return [
    report.urn,
    report.name ?? 'somewhere',
    report.link ??
      `https://files.ofsted.gov.uk/v1/file/${report.urn}${report.published.replace(/-/g, '')}`,
    `children's services inspection - ${report.published}.pdf`,
    slashDate(report.published, true),
    report.framework ?? (report.start ? 'standard' : ''),
    'An Inspector',
    slashDate(report.start ?? ''),
    slashDate(report.end ?? ''),
    ...grades,
    '1',
  ];
}

/** A standard ILACS from `start` (two weeks on site), published about six weeks after. */
export function ilacs(urn: string, start: string, overrides: Partial<Report> = {}): Report {
  const first = civil(start);
  return {
    urn,
    start,
    end: formatIso(addDays(first, 11)),
    published: formatIso(addDays(first, 53)),
    ...overrides,
  };
}

/** Today's 153 authorities: their URNs, DfE codes and names. */
export const AUTHORITIES = AUTHORITY_TUPLES.map(([urn, laCode, , name]) => ({ urn, laCode, name }));

/**
 * A whole history: for each authority an undated SIF report (2015), an ILACS from 2019 and its
 * latest from 2023 (a day later for each authority in turn), lower-case names as the history has.
 */
export function wholeHistory(): Report[] {
  return AUTHORITIES.flatMap(({ urn, name }, index) => [
    {
      urn,
      name: name.toLowerCase(),
      published: formatIso(addDays(civil('2015-03-02'), index)),
      grades: ['', 'data_unreadable', 'data_unreadable', 'data_unreadable', 'data_unreadable'],
    },
    ilacs(urn, formatIso(addDays(civil('2019-01-07'), index)), { name: name.toLowerCase() }),
    ilacs(urn, formatIso(addDays(civil('2023-01-02'), index)), {
      name: name.toLowerCase(),
      framework: 'short',
      grades: ['good', 'outstanding', 'requires improvement', 'good', 'inadequate'],
    }),
  ]);
}

export function historyText(reports: readonly Report[], eol = '\n'): string {
  return csvText([HISTORY_HEADER, ...reports.map(historyRow)], eol);
}
