import { civil } from '../../../src/domain/rules/civil-date';
import {
  type NationalChange,
  nationalChangeWords,
  nationalChanges,
} from '../../../src/domain/tracker/national-changes';
import { parseNationalFile } from '../../../src/domain/tracker/national-file';
import type { NationalRecord } from '../../../src/domain/tracker/national-record';
import { readData } from './national-fixtures';

const shipped = parseNationalFile(readData('english-la-latest-inspections.csv'));
if (!shipped.ok) throw new Error(shipped.problems.join('\n'));
const current = shipped.rows;
const of = (name: string) => current.find((row) => row.authority === name)!;

/** The current rows with some replaced, by authority name. */
function withRows(replaced: Record<string, NationalRecord | undefined>): NationalRecord[] {
  return current.flatMap((row) => {
    if (!(row.authority in replaced)) return [row];
    const replacement = replaced[row.authority];
    return replacement ? [replacement] : [];
  });
}

const summary = (changes: readonly NationalChange[]) =>
  changes.map((change) => [
    change.kind,
    change.authority,
    ...('fields' in change ? change.fields.map((field) => field.column) : []),
  ]);

test('the same rows: no changes, whatever their order or row numbers', () => {
  const shuffled = [...current].reverse().map((row, index) => ({ ...row, row: index + 2 }));
  expect(nationalChanges(current, shuffled)).toEqual([]);
});

test('a new inspection, a corrected grade and an older inspection, each with the columns that differ', () => {
  const barnet = of('Barnet');
  const kent = of('Kent');
  const leeds = of('Leeds');
  const incoming = withRows({
    Barnet: {
      ...barnet,
      start: civil('2026-06-08'),
      end: civil('2026-06-12'),
      published: civil('2026-07-21'),
      judgements: { ...barnet.judgements, overall: undefined, leaders: 'outstanding' },
      reportLink: 'https://files.ofsted.gov.uk/v1/file/1',
      previousStart: barnet.start,
    },
    Kent: { ...kent, judgements: { ...kent.judgements, careLeavers: 'good' } },
    Leeds: { ...leeds, start: civil('2020-01-06'), previousStart: undefined },
  });
  const changes = nationalChanges(current, incoming);
  expect(summary(changes)).toEqual([
    [
      'newInspection',
      'Barnet',
      'start_date',
      'end_date',
      'publication_date',
      'overall_effectiveness',
      'impact_of_leaders',
      'report_link',
      'previous_start_date',
    ],
    ['corrected', 'Kent', 'care_leavers'],
    ['olderInspection', 'Leeds', 'start_date', 'previous_start_date'],
  ]);
  const kentChange = changes[1]!;
  expect('fields' in kentChange && kentChange.fields).toEqual([
    { column: 'care_leavers', before: kent.judgements.careLeavers, after: 'good' },
  ]);
  expect(changes.map(nationalChangeWords)).toEqual([
    'Barnet: a new inspection from 8 Jun 2026 (the current one is from 10 Jun 2024).',
    `Kent: care leavers ${kent.judgements.careLeavers} → good.`,
    "Leeds: the file's latest inspection is from 6 Jan 2020, before the current one from 30 Jun 2025; the file is behind for it.",
  ]);
});

test('an authority newly present, and one the file does not have', () => {
  const cumberland = of('Cumberland');
  const held = current.filter((row) => row !== cumberland);
  const cumbria: NationalRecord = { ...cumberland, laCode: '909', authority: 'Cumbria' };
  const changes = nationalChanges([...held, cumbria], current);
  expect(changes.map((change) => [change.kind, change.authority])).toEqual([
    ['added', 'Cumberland'],
    ['removed', 'Cumbria'],
  ]);
  expect(changes.map(nationalChangeWords)).toEqual([
    'Cumberland: newly listed, ILACS from 7 Oct 2024.',
    'Cumbria: not in the file; its row would go.',
  ]);
});

test('LA codes match as numbers: 0301 is 301', () => {
  const barking = of('Barking and Dagenham');
  expect(
    nationalChanges(current, withRows({ 'Barking and Dagenham': { ...barking, laCode: '0301' } })),
  ).toEqual([]);
});

test('a blank previous start where one is held is a change the dialog shows', () => {
  const barnet = of('Barnet');
  const [change] = nationalChanges(
    current,
    withRows({ Barnet: { ...barnet, previousStart: undefined } }),
  );
  expect(change && nationalChangeWords(change)).toBe(
    'Barnet: previous inspection 2019-05-13 → blank.',
  );
});
