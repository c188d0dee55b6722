import { type CivilDate, addMonths, formatIso, isAfter, isBefore } from '../rules/civil-date';
import { shortDate } from '../rules/date-words';
import { countOf } from '../text/words';
import { type NationalChange, nationalChangeWords, nationalChanges } from './national-changes';
import type { NationalFileResult, NationalFormat } from './national-file';
import type { NationalRecord } from './national-record';

/**
 * Update national data: what the dialog says about a file before anything is replaced,
 * and Check for problems' line when the National data has grown old. Pure: the sheet is read and
 * written in src/sheets/national-import.ts.
 */

/** The inspection history of the `ofsted-ilacs-scrape-tool` fork, updated daily. */
export const HISTORY_URL =
  'https://jt-39.github.io/ofsted-ilacs-scrape-tool/ofsted_csc_ilacs_history.csv';

/**
 * The longest file text taken (characters). The live history is about 0.5 MB; ten times that is
 * still no National data file, and google.script.run documents no size limit of its own.
 */
export const MAX_FILE_CHARACTERS = 5_000_000;

/** The dialog lists at most this many changes, then says how many more there are. */
export const CHANGES_SHOWN = 40;

/** National data older than this many months (from its latest date to today) is a problem. */
export const STALE_AFTER_MONTHS = 3;

/** What the dialog's page gets: plain values only, as google.script.run hands back. */
export interface NationalPreview {
  readonly ok: boolean;
  /** Why the file is refused (empty when it is not). */
  readonly problems: string[];
  /** `history`, `tool`, or '' when the file was not recognised. */
  readonly format: string;
  /** The file's as-of date, ISO (`2026-11-20`); '' when refused. */
  readonly asOf: string;
  readonly authorities: number;
  /** The file in a sentence, and the current data's date beside it. */
  readonly summary: string;
  /** What deserves a second look before replacing (the file behind the current data). */
  readonly warnings: string[];
  /** The line before the list of changes. */
  readonly changesIntro: string;
  /** The first {@link CHANGES_SHOWN} changes, one sentence each: new inspections first. */
  readonly changes: string[];
  /** How many changes are not listed. */
  readonly moreChanges: number;
  /** Whether the page offers to replace the National data with the file. */
  readonly canReplace: boolean;
}

export const FORMAT_WORDS: Record<NationalFormat, string> = {
  history: 'the inspection history (ofsted-ilacs-scrape-tool)',
  tool: "the tool's own National data CSV",
};

/** The problem with what the page sent, before reading it: not text, or far too long. */
export function fileTextProblem(text: unknown): string | undefined {
  if (typeof text !== 'string') return "The page sent no file's text: choose the file again.";
  if (text.length > MAX_FILE_CHARACTERS) {
    return `The file has ${text.length} characters, more than any National data file (the inspection history has about 500,000).`;
  }
  return undefined;
}

/** The latest start, end or publication date in the records: the day they run to. */
export function recordsAsOf(records: readonly NationalRecord[]): CivilDate | undefined {
  let found: CivilDate | undefined;
  for (const record of records) {
    for (const date of [record.start, record.end, record.published]) {
      if (date && (!found || isAfter(date, found))) found = date;
    }
  }
  return found;
}

const KIND_ORDER: Record<NationalChange['kind'], number> = {
  newInspection: 0,
  added: 1,
  corrected: 2,
  olderInspection: 3,
  removed: 4,
};

const KIND_WORDS: Record<NationalChange['kind'], [string, string]> = {
  newInspection: ['new inspection', 'new inspections'],
  added: ['authority newly listed', 'authorities newly listed'],
  corrected: ['inspection corrected', 'inspections corrected'],
  olderInspection: ['authority where the file is behind', 'authorities where the file is behind'],
  removed: ['row that would go', 'rows that would go'],
};

/** The changes, new inspections first, then by authority. */
export function orderedChanges(changes: readonly NationalChange[]): NationalChange[] {
  return [...changes].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.authority.localeCompare(b.authority, 'en'),
  );
}

/** `3 new inspections, 1 inspection corrected`: each kind of change counted, in the list's order. */
export function changeCounts(changes: readonly NationalChange[]): string {
  const counts = new Map<NationalChange['kind'], number>();
  for (const change of changes) counts.set(change.kind, (counts.get(change.kind) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => KIND_ORDER[a] - KIND_ORDER[b])
    .map(([kind, count]) => countOf(count, ...KIND_WORDS[kind]))
    .join(', ');
}

function refusedPreview(problems: readonly string[], format = ''): NationalPreview {
  return {
    ok: false,
    problems: [...problems],
    format,
    asOf: '',
    authorities: 0,
    summary: '',
    warnings: [],
    changesIntro: '',
    changes: [],
    moreChanges: 0,
    canReplace: false,
  };
}

/**
 * What the dialog shows for a file read against the National data held now: its problems, or
 * what it is and what replacing the National data with it would change.
 */
export function nationalPreview(
  result: NationalFileResult,
  held: readonly NationalRecord[],
): NationalPreview {
  if (!result.ok) return refusedPreview(result.problems, result.format);
  const { format, rows, asOf } = result;
  const heldAsOf = recordsAsOf(held);
  const changes = orderedChanges(nationalChanges(held, rows));
  const now = heldAsOf
    ? ` The National data now runs to ${shortDate(heldAsOf)} (${countOf(held.length, 'authority', 'authorities')}).`
    : ' The National data sheet has no rows the tool can read now.';
  const warnings: string[] = [];
  if (heldAsOf && isBefore(asOf, heldAsOf)) {
    warnings.push(
      `The file runs to ${shortDate(asOf)}, before the National data now (${shortDate(heldAsOf)}): check it is the latest download.`,
    );
  }
  const behind = changes.filter((change) => change.kind === 'olderInspection').length;
  if (behind > 0) {
    warnings.push(
      `For ${countOf(behind, 'authority', 'authorities')} the file's latest inspection is older than the one held now: replacing would put the older one back.`,
    );
  }
  return {
    ok: true,
    problems: [],
    format,
    asOf: formatIso(asOf),
    authorities: rows.length,
    summary:
      `This file is ${FORMAT_WORDS[format]}: ${countOf(rows.length, 'authority', 'authorities')}, ` +
      `each with its latest full inspection, as of ${shortDate(asOf)} (its latest date).${now}`,
    warnings,
    changesIntro:
      changes.length === 0
        ? 'Replacing the National data with it would change no row: it holds the same inspections.'
        : `Replacing the National data with it would change ${countOf(changes.length, 'row')}: ${changeCounts(changes)}.`,
    changes: changes.slice(0, CHANGES_SHOWN).map(nationalChangeWords),
    moreChanges: Math.max(0, changes.length - CHANGES_SHOWN),
    canReplace: changes.length > 0 || held.length === 0,
  };
}

/**
 * Check for problems' line when the National data's latest date is more than
 * {@link STALE_AFTER_MONTHS} months before today: the forecast's national queue is then a guess
 * rolled forward from an old picture. None when the data has no date (no National data at all).
 */
export function staleNationalData(
  asOf: CivilDate | undefined,
  today: CivilDate,
): string | undefined {
  if (!asOf || !isAfter(today, addMonths(asOf, STALE_AFTER_MONTHS))) return undefined;
  return (
    `The National data runs to ${shortDate(asOf)}, more than ${STALE_AFTER_MONTHS} months before ` +
    `today (${shortDate(today)}), so the forecast guesses at the inspections since. Download the ` +
    `inspection history (${HISTORY_URL}), then ILACS tracker > Update national data... and choose it.`
  );
}
