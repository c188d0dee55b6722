import { civil } from '../../../src/domain/rules/civil-date';
import { parseNationalFile } from '../../../src/domain/tracker/national-file';
import type { NationalRecord } from '../../../src/domain/tracker/national-record';
import {
  CHANGES_SHOWN,
  HISTORY_URL,
  MAX_FILE_CHARACTERS,
  fileTextProblem,
  nationalPreview,
  recordsAsOf,
  staleNationalData,
} from '../../../src/domain/tracker/national-update';
import { readData } from './national-fixtures';

const SHIPPED = readData('english-la-latest-inspections.csv');

function rowsOf(text: string): NationalRecord[] {
  const result = parseNationalFile(text);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return [...result.rows];
}

const held = rowsOf(SHIPPED);

describe('staleNationalData', () => {
  test('none up to 3 calendar months after the data’s date, a line from the day after', () => {
    const asOf = civil('2026-08-20');
    expect(staleNationalData(asOf, civil('2026-11-20'))).toBeUndefined();
    const line = staleNationalData(asOf, civil('2026-11-21'));
    expect(line).toBe(
      'The National data runs to 20 Aug 2026, more than 3 months before today (21 Nov 2026), so ' +
        'the forecast guesses at the inspections since. Download the inspection history ' +
        `(${HISTORY_URL}), then ILACS tracker > Update national data... and choose it.`,
    );
  });

  test('the end of a month: 30 November plus 3 months is the end of February', () => {
    expect(staleNationalData(civil('2025-11-30'), civil('2026-02-28'))).toBeUndefined();
    expect(staleNationalData(civil('2025-11-30'), civil('2026-03-01'))).toBeDefined();
  });

  test('no National data (no date): no line', () => {
    expect(staleNationalData(undefined, civil('2030-01-01'))).toBeUndefined();
  });
});

describe('fileTextProblem', () => {
  test('text up to the limit is taken; anything else is named', () => {
    expect(fileTextProblem('')).toBeUndefined();
    expect(fileTextProblem('x'.repeat(MAX_FILE_CHARACTERS))).toBeUndefined();
    expect(fileTextProblem('x'.repeat(MAX_FILE_CHARACTERS + 1))).toMatch(/^The file has 5000001/);
    for (const value of [undefined, null, 42, ['a'], { text: 'a' }])
      expect(fileTextProblem(value)).toMatch(/^The page sent no file's text/);
  });
});

describe('nationalPreview', () => {
  test('a refused file: its problems, nothing offered', () => {
    const preview = nationalPreview(parseNationalFile(''), held);
    expect(preview).toMatchObject({ ok: false, canReplace: false, changes: [], asOf: '' });
    expect(preview.problems[0]).toMatch(/^The file is empty/);
  });

  test('changes: new inspections first, then corrections, then where the file is behind', () => {
    const incoming = held.map((record) => {
      if (record.authority === 'York')
        return { ...record, start: civil('2026-09-07'), end: undefined, published: undefined };
      if (record.authority === 'Kent')
        return { ...record, judgements: { ...record.judgements, careLeavers: 'good' as const } };
      if (record.authority === 'Barnet')
        return { ...record, start: civil('2019-05-13'), previousStart: undefined };
      return record;
    });
    const preview = nationalPreview(
      { ok: true, format: 'tool', rows: incoming, asOf: civil('2026-09-07') },
      held,
    );
    expect(preview.changesIntro).toBe(
      'Replacing the National data with it would change 3 rows: 1 new inspection, 1 inspection ' +
        'corrected, 1 authority where the file is behind.',
    );
    expect(preview.changes).toEqual([
      'York: a new inspection from 7 Sep 2026 (the current one is from 24 Feb 2025).',
      'Kent: care leavers requires improvement → good.',
      "Barnet: the file's latest inspection is from 13 May 2019, before the current one from 10 Jun 2024; the file is behind for it.",
    ]);
    expect(preview.moreChanges).toBe(0);
    expect(preview.canReplace).toBe(true);
  });

  test('at most 40 changes listed, and how many more', () => {
    const older = held.map((record, index) =>
      index < 60
        ? { ...record, start: civil('2015-01-05'), end: undefined, published: undefined }
        : record,
    );
    const preview = nationalPreview(
      { ok: true, format: 'tool', rows: held, asOf: recordsAsOf(held)! },
      older,
    );
    expect(preview.changes).toHaveLength(CHANGES_SHOWN);
    expect(preview.moreChanges).toBe(60 - CHANGES_SHOWN);
    expect(preview.changes[0]).toMatch(/^Barking and Dagenham: a new inspection from 10 Jul 2023/);
  });

  test('a file behind the data held for one authority: the warning, and the count', () => {
    const behind = held.map((record) =>
      record.authority === 'Kent'
        ? {
            ...record,
            start: civil('2019-01-07'),
            end: undefined,
            published: undefined,
            previousStart: undefined,
          }
        : record,
    );
    const preview = nationalPreview(
      { ok: true, format: 'tool', rows: behind, asOf: recordsAsOf(behind)! },
      held,
    );
    expect(preview.warnings).toEqual([
      "For 1 authority the file's latest inspection is older than the one held now: replacing would put the older one back.",
    ]);
    expect(preview.changesIntro).toMatch(/1 authority where the file is behind\.$/);
  });
});
