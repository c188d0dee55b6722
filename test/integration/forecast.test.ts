/**
 * The forecast through build/Code.js (issue 10): Set up fills National data from the snapshot that
 * ships with the tool, Recalculate reads it in one call and writes Expected from and Expected by,
 * the Tracker's own row wins for its authority, and nothing dated after today is used.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { column, isoIn, openSheet } from './support';

const SYDNEY = 'Australia/Sydney';
const snapshot = parse(
  readFileSync(
    path.join(__dirname, '..', '..', 'data', 'english-la-latest-inspections.csv'),
    'utf8',
  ),
  { skip_empty_lines: true },
) as string[][];

const HEADER = ['Authority', 'LA code', 'Last inspection', 'Overall effectiveness'];

function tracker(rows: string[][], now = '2026-11-22T09:00:00Z') {
  const session = openSheet({ now: new Date(now), sheets: { Tracker: [HEADER, ...rows] } });
  session.run('setUpTracker');
  session.run('recalculateNow');
  return session;
}

/** The place and queue length the Explanation gives, and the inspections assumed since the snapshot. */
function queueWords(explanation: unknown) {
  const text = String(explanation);
  const [, place, length] = /(\d+)\w\w of (\d+) in the national order/.exec(text) ?? [];
  const [, assumed] = /(\d+) inspections are assumed to have happened since/.exec(text) ?? [];
  return { place: Number(place), length: Number(length), assumed: Number(assumed ?? 0) };
}

function rowOf(session: ReturnType<typeof tracker>, authority: string) {
  const values = session.emulator.values('Tracker');
  const row = values.find((cells) => cells[0] === authority) ?? [];
  return (header: string) => row[(values[0] ?? []).indexOf(header)];
}

describe('National data', () => {
  test('Set up fills it from the shipped snapshot, with its as-of date, and never overwrites it', () => {
    const session = tracker([['Kent', '886', '2022-06-13', 'good']]);
    const national = session.emulator.values('National data');
    expect(String(national[0]?.[0])).toContain(
      'as of 20 Aug 2026 (2026-08-20, the latest date in it)',
    );
    // The Settings sheet says which framework the rules follow, and when to look for an update.
    const rulesFollow = session.emulator
      .values('Settings')
      .find((row) => row[0] === 'Rules follow');
    expect(String(rulesFollow?.[1])).toMatch(
      /^ILACS as changed from 1 April 2026 .*renewed framework for 2027/,
    );
    expect(national[1]).toEqual(snapshot[0]);
    expect(national.slice(2)).toHaveLength(153);
    expect(column(national.slice(1), 'la_name')).toEqual(snapshot.slice(1).map((row) => row[0]));
    // A coordinator's own copy stays as it is.
    session.emulator.globals.SpreadsheetApp.getActive()
      .getSheetByName('National data')!
      .getRange('A3')
      .setValue('Edited by a coordinator');
    session.run('setUpTracker');
    expect(session.emulator.values('National data')[2]?.[0]).toBe('Edited by a coordinator');
  });

  test('Recalculate writes Expected from and Expected by, and Status speaks from the forecast', () => {
    const session = tracker([['Kent', '886', '2022-06-13', 'good']]);
    const kent = rowOf(session, 'Kent');
    expect(kent('Expected from')).toBeInstanceOf(Date);
    expect(kent('Expected by')).toBeInstanceOf(Date);
    // Last inspected in 2022, Kent is at the front of the national order: expected from today.
    expect(isoIn(kent('Expected from'), SYDNEY)).toBe('2026-11-22');
    expect(String(kent('Status'))).toMatch(
      /^Expected Nov 2026-\w{3} 2027 \(framework window closed Dec 2025\)/,
    );
    expect(String(kent('Status'))).not.toContain('Overdue');
    expect(String(kent('Explanation'))).toMatch(/1st of \d+ in the national order/);
  });

  test("the Tracker's row wins over the national one for its authority (by LA code, then name)", () => {
    // Barnet's national row says 2024-06-10; the Tracker says 2021-01-11, so Barnet is first, and
    // the queue holds the 153 authorities less those assumed inspected since the snapshot.
    const byCode = tracker([['London Borough of Barnet', '302', '2021-01-11', 'good']]);
    const code = queueWords(rowOf(byCode, 'London Borough of Barnet')('Explanation'));
    expect(code.place).toBe(1);
    expect(code.length + code.assumed).toBe(153);
    const byName = tracker([['Barnet', '', '2021-01-11', 'good']]);
    expect(queueWords(rowOf(byName, 'Barnet')('Explanation'))).toEqual(code);
    // An authority in neither is one more in the queue.
    const extra = tracker([['New Town', '', '2021-01-11', 'good']]);
    const added = queueWords(rowOf(extra, 'New Town')('Explanation'));
    expect(added.length + added.assumed).toBe(154);
  });

  test('national rows dated after today are not used: such an authority stands at its previous inspection, where the data gives one', () => {
    const session = tracker([['Kent', '886', '2022-06-13', 'good']], '2024-01-01T09:00:00Z');
    // Kent's own national row is a later inspection: the Tracker's row speaks for Kent.
    const header = snapshot[0] ?? [];
    const start = header.indexOf('start_date');
    const previous = header.indexOf('previous_start_date');
    const known = (row: readonly string[]) =>
      (row[start] ?? '') < '2024-01-01' ||
      ((row[previous] ?? '') !== '' && (row[previous] ?? '') < '2024-01-01');
    const others = snapshot.slice(1).filter((row) => row[1] !== '886' && known(row));
    // Some authorities were first inspected after the day asked about (Cumberland, Westmorland
    // and Furness, from 2024): they are not in the queue at all.
    expect(others.length).toBeLessThan(snapshot.length - 2);
    const kent = queueWords(rowOf(session, 'Kent')('Explanation'));
    expect(kent.length + kent.assumed).toBe(others.length + 1);
  });

  test('a National data row that cannot be read is listed by Check for problems; the others still count', () => {
    const session = tracker([['Kent', '886', '2022-06-13', 'good']]);
    session.emulator.globals.SpreadsheetApp.getActive()
      .getSheetByName('National data')!
      .getRange('G3')
      .setValue('2023-02-30');
    session.run('checkForProblems');
    const dialog = session.emulator.ui.dialogs.at(-1);
    expect(dialog?.html).toContain('<td>National data</td><td>3</td><td></td><td>start_date</td>');
    expect(dialog?.html).toContain('found &#39;2023-02-30&#39;');
    session.run('recalculateNow');
    const kent = queueWords(rowOf(session, 'Kent')('Explanation'));
    expect(kent.length + kent.assumed).toBe(152);
  });

  test('Recalculate reads National data in one call, whatever the number of rows', () => {
    const counts = [3, 60].map((count) => {
      const rows = Array.from({ length: count }, (_, index) => [
        `Authority ${index}`,
        '',
        '2022-06-13',
        'good',
      ]);
      const session = tracker(rows);
      session.emulator.calls.reset();
      session.run('recalculateNow');
      return session.emulator.calls.snapshot();
    });
    expect(counts[1]).toEqual(counts[0]);
    // Settings, Tracker, National data, and the Tracker's header again just before writing.
    expect(counts[0]?.['Range.getValues']).toBe(4);
  });
});

test('an LA code that is no English authority is a Problem, and the authority is not a stranger in the national order', () => {
  const session = tracker([
    ['Kent', '999', '2022-06-13', 'good'],
    ['Leeds', '383', '2022-06-13', 'good'],
  ]);
  const kent = rowOf(session, 'Kent');
  expect(String(kent('Problems'))).toContain(
    'LA code: expected the DfE code of an English local authority (as on the National data sheet), found 999.',
  );
  expect(String(rowOf(session, 'Leeds')('Problems'))).not.toContain('LA code');
  // Matched by name, Kent is in the order as with its right code, not one more.
  const right = tracker([
    ['Kent', '886', '2022-06-13', 'good'],
    ['Leeds', '383', '2022-06-13', 'good'],
  ]);
  expect(queueWords(kent('Explanation'))).toEqual(queueWords(rowOf(right, 'Kent')('Explanation')));
});
