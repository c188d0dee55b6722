import { compareDates } from '../rules/civil-date';
import { shortDate } from '../rules/date-words';
import { laCodeKey } from './authorities';
import { NATIONAL_FILE_COLUMNS, type NationalRecord, nationalRecordCells } from './national-record';

/**
 * What a National data file would change, per authority, for the dialog that shows it before
 * anything is replaced. Authorities match on DfE code; one that did not change is left
 * out.
 */
export type NationalChange =
  /** In the file, not in the current data. */
  | {
      readonly kind: 'added';
      readonly laCode: string;
      readonly authority: string;
      readonly incoming: NationalRecord;
    }
  /** In the current data, not in the file (a former council, a code the file does not know). */
  | {
      readonly kind: 'removed';
      readonly laCode: string;
      readonly authority: string;
      readonly current: NationalRecord;
    }
  /**
   * `newInspection`: the file's latest inspection started after the current one; `olderInspection`:
   * before it (the file is behind the current data for this authority); `corrected`: the same
   * inspection (the same start) with a grade, a date or another field changed.
   */
  | {
      readonly kind: 'newInspection' | 'olderInspection' | 'corrected';
      readonly laCode: string;
      readonly authority: string;
      readonly current: NationalRecord;
      readonly incoming: NationalRecord;
      /** Every column that differs, in the tool's column order. */
      readonly fields: readonly FieldChange[];
    };

/** One column of the tool's format, as the current data and the file give it ('' for blank). */
export interface FieldChange {
  readonly column: (typeof NATIONAL_FILE_COLUMNS)[number];
  readonly before: string;
  readonly after: string;
}

/** The columns that differ between two records of one authority (its code aside). */
export function fieldChanges(current: NationalRecord, incoming: NationalRecord): FieldChange[] {
  const before = nationalRecordCells(current);
  const after = nationalRecordCells(incoming);
  return NATIONAL_FILE_COLUMNS.flatMap((column, index) =>
    column !== 'dfe_la_code' && before[index] !== after[index]
      ? [{ column, before: before[index] ?? '', after: after[index] ?? '' }]
      : [],
  );
}

function change(current: NationalRecord, incoming: NationalRecord): NationalChange | undefined {
  const fields = fieldChanges(current, incoming);
  if (fields.length === 0) return undefined;
  const order = compareDates(incoming.start, current.start);
  const kind = order > 0 ? 'newInspection' : order < 0 ? 'olderInspection' : 'corrected';
  const { laCode, authority } = incoming;
  return { kind, laCode, authority, current, incoming, fields };
}

/** Every authority whose row the file would change, ordered by authority. */
export function nationalChanges(
  current: readonly NationalRecord[],
  incoming: readonly NationalRecord[],
): NationalChange[] {
  const currentByCode = new Map(current.map((record) => [laCodeKey(record.laCode), record]));
  const incomingCodes = new Set(incoming.map((record) => laCodeKey(record.laCode)));
  const changes: NationalChange[] = [];
  for (const record of incoming) {
    const held = currentByCode.get(laCodeKey(record.laCode));
    const found = held
      ? change(held, record)
      : {
          kind: 'added' as const,
          laCode: record.laCode,
          authority: record.authority,
          incoming: record,
        };
    if (found) changes.push(found);
  }
  for (const record of current) {
    if (incomingCodes.has(laCodeKey(record.laCode))) continue;
    changes.push({
      kind: 'removed',
      laCode: record.laCode,
      authority: record.authority,
      current: record,
    });
  }
  return changes.sort((a, b) => a.authority.localeCompare(b.authority, 'en'));
}

const COLUMN_WORDS: Partial<Record<FieldChange['column'], string>> = {
  la_name: 'name',
  ons_code: 'ONS code',
  inspection_type: 'ILACS type',
  start_date: 'start',
  end_date: 'end',
  publication_date: 'published',
  overall_effectiveness: 'overall effectiveness',
  impact_of_leaders: 'impact of leaders',
  help_and_protection: 'help and protection',
  children_in_care: 'children in care',
  care_leavers: 'care leavers',
  report_link: 'report',
  previous_start_date: 'previous inspection',
};

function fieldWords({ column, before, after }: FieldChange): string {
  return `${COLUMN_WORDS[column] ?? column} ${before || 'blank'} → ${after || 'blank'}`;
}

/** A change in a sentence, for the dialog and the command line. */
export function nationalChangeWords(item: NationalChange): string {
  switch (item.kind) {
    case 'added':
      return `${item.authority}: newly listed, ${item.incoming.framework} from ${shortDate(item.incoming.start)}.`;
    case 'removed':
      return `${item.authority}: not in the file; its row would go.`;
    case 'newInspection':
      return `${item.authority}: a new inspection from ${shortDate(item.incoming.start)} (the current one is from ${shortDate(item.current.start)}).`;
    case 'olderInspection':
      return `${item.authority}: the file's latest inspection is from ${shortDate(item.incoming.start)}, before the current one from ${shortDate(item.current.start)}; the file is behind for it.`;
    case 'corrected':
      return `${item.authority}: ${item.fields.map(fieldWords).join('; ')}.`;
  }
}
