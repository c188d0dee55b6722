import { type CivilDate, formatIso, isBefore } from '../rules/civil-date';
import { type Grade, parseGrade } from '../rules/grades';
import type { Judgements } from '../rules/inspection';
import { NATIONAL_COLUMNS } from './national-data';

/**
 * One authority's latest full inspection, as a National data file gives it (the tool's own CSV or
 * the inspection history), in the tool's words: the row of the National data sheet, and what a
 * refresh compares.
 */
export interface NationalRecord {
  readonly laCode: string;
  readonly authority: string;
  readonly onsCode: string;
  readonly region: string;
  readonly framework: NationalFramework;
  readonly ilacsType?: IlacsType | undefined;
  readonly start: CivilDate;
  readonly end?: CivilDate | undefined;
  readonly published?: CivilDate | undefined;
  /** Blank (undefined) where the report gives no grade, or the file could not read it. */
  readonly judgements: Judgements;
  readonly reportLink: string;
  /** The start of the authority's full inspection before this one, when known. */
  readonly previousStart?: CivilDate | undefined;
  /** The file's row it was read from (1-based: the header is row 1). */
  readonly row: number;
}

export type NationalFramework = 'ILACS' | 'SIF';

export const ILACS_TYPES = ['short', 'standard', 'longer than standard'] as const;
export type IlacsType = (typeof ILACS_TYPES)[number];

/** The column the tool's format adds to the snapshot's: optional in a file it reads. */
export const PREVIOUS_START_COLUMN = 'previous_start_date';

/** The tool's own National data columns, as it writes them. */
export const NATIONAL_FILE_COLUMNS = [...NATIONAL_COLUMNS, PREVIOUS_START_COLUMN] as const;

/** Each judgement and its column in the tool's format. */
export const JUDGEMENT_COLUMNS = {
  overall: 'overall_effectiveness',
  leaders: 'impact_of_leaders',
  helpAndProtection: 'help_and_protection',
  childrenInCare: 'children_in_care',
  careLeavers: 'care_leavers',
} as const satisfies Record<keyof Judgements, string>;

export type JudgementKey = keyof typeof JUDGEMENT_COLUMNS;
export const JUDGEMENT_KEYS = Object.keys(JUDGEMENT_COLUMNS) as JudgementKey[];

/**
 * What the inspection history writes where there is no grade to give: the report could not be
 * read, the judgement did not exist yet (care leavers before 2023), or the framework no longer
 * gives it (overall effectiveness from April 2026).
 */
const NO_GRADE = new Set([
  'data unreadable',
  'inspection pre dates judgement',
  'not reported post reform',
]);

/** A grade as the history's scraper sometimes cuts `requires improvement to be good`. */
const CUT_GRADES: ReadonlyMap<string, Grade> = new Map([
  ['to requires improvement', 'requires improvement'],
]);

/** A judgement's text in the tool's words: a grade, none (undefined), or not one (`false`). */
export function gradeOfText(text: string): Grade | undefined | false {
  const words = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
  if (words === '' || NO_GRADE.has(words)) return undefined;
  return parseGrade(words) ?? CUT_GRADES.get(words) ?? false;
}

/** What a judgement column accepts, in a problem's words. */
export const GRADE_EXPECTED =
  'a grade (outstanding, good, requires improvement or inadequate) or blank';

const TYPE_WORDS: ReadonlyMap<string, IlacsType> = new Map([
  ['short', 'short'],
  ['ilacs short', 'short'],
  ['standard', 'standard'],
  ['ilacs standard', 'standard'],
  ['longer than standard', 'longer than standard'],
  ['inspection duration longer than standard framework', 'longer than standard'],
]);

/** An ILACS type in the tool's words (the history's long form included); `false` if it is none. */
export function ilacsTypeOfText(text: string): IlacsType | undefined | false {
  const words = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return words === '' ? undefined : (TYPE_WORDS.get(words) ?? false);
}

const iso = (date: CivilDate | undefined) => (date ? formatIso(date) : '');

/** One record as the tool's format writes it, in {@link NATIONAL_FILE_COLUMNS}' order. */
export function nationalRecordCells(record: NationalRecord): string[] {
  const cells: Record<(typeof NATIONAL_FILE_COLUMNS)[number], string> = {
    la_name: record.authority,
    dfe_la_code: record.laCode,
    ons_code: record.onsCode,
    region: record.region,
    framework: record.framework,
    inspection_type: record.ilacsType ?? '',
    start_date: iso(record.start),
    end_date: iso(record.end),
    publication_date: iso(record.published),
    overall_effectiveness: record.judgements.overall ?? '',
    impact_of_leaders: record.judgements.leaders ?? '',
    help_and_protection: record.judgements.helpAndProtection ?? '',
    children_in_care: record.judgements.childrenInCare ?? '',
    care_leavers: record.judgements.careLeavers ?? '',
    report_link: record.reportLink,
    previous_start_date: iso(record.previousStart),
  };
  return NATIONAL_FILE_COLUMNS.map((column) => cells[column]);
}

/** The records as the tool's format: the header, then one row each, ordered by authority. */
export function nationalTable(records: readonly NationalRecord[]): string[][] {
  const ordered = [...records].sort((a, b) => a.authority.localeCompare(b.authority, 'en'));
  return [[...NATIONAL_FILE_COLUMNS], ...ordered.map(nationalRecordCells)];
}

/** What reading a file's rows gives: the records, and the problems of the rows that did not fit. */
export interface TableRead {
  readonly records: NationalRecord[];
  readonly problems: string[];
  /** The LA code (as `laCodeKey` gives it) of every authority some row names, used or not. */
  readonly named: ReadonlySet<string>;
}

/** The inspection's dates in their order: start, then end, then publication; the previous before. */
export function dateOrderProblems(
  start: CivilDate,
  end: CivilDate | undefined,
  published: CivilDate | undefined,
  previousStart?: CivilDate,
  columns = {
    start: 'start_date',
    end: 'end_date',
    published: 'publication_date',
    previous: PREVIOUS_START_COLUMN,
  },
): string[] {
  const problems: string[] = [];
  const on = `${columns.start} (${formatIso(start)})`;
  if (end && isBefore(end, start)) {
    problems.push(`${columns.end}: expected a date on or after ${on}, found ${formatIso(end)}.`);
  }
  const latest = end && !isBefore(end, start) ? end : start;
  if (published && isBefore(published, latest)) {
    const after = latest === start ? on : `${columns.end} (${formatIso(latest)})`;
    problems.push(
      `${columns.published}: expected a date on or after ${after}, found ${formatIso(published)}.`,
    );
  }
  if (previousStart && !isBefore(previousStart, start)) {
    problems.push(
      `${columns.previous}: expected a date before ${on}, found ${formatIso(previousStart)}.`,
    );
  }
  return problems;
}
