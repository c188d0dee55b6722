/**
 * Update national data (issue 22) through build/Code.js: the menu's dialog, the page's two calls
 * (previewNationalData, replaceNationalData) with a file's text as the browser reads it, the
 * National data sheet written in one go or not at all, Recalculate after it, and Check for
 * problems' line when the National data has grown old.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { addDays, civil, formatIso } from '../../src/domain/rules/civil-date';
import type { Cell } from '../../src/domain/tracker/cells';
import { parseNationalFile } from '../../src/domain/tracker/national-file';
import { nationalTable } from '../../src/domain/tracker/national-record';
import { readToolFormat } from '../../src/domain/tracker/national-tool-format';
import { CHANGES_SHOWN, HISTORY_URL } from '../../src/domain/tracker/national-update';
import {
  AUTHORITIES,
  HISTORY_HEADER,
  type Report,
  csvText,
  historyRow,
  historyText,
  ilacs,
  wholeHistory,
} from '../domain/tracker/national-fixtures';
import { column, exampleTracker, openSheet } from './support';

const DATA = path.join(__dirname, '..', '..', 'data');
const SHIPPED = readFileSync(path.join(DATA, 'english-la-latest-inspections.csv'), 'utf8');
const SAMPLE = readFileSync(
  path.join(DATA, 'jt39', 'ofsted_csc_ilacs_history-before-2024-07.csv'),
  'utf8',
);
const SHIPPED_ROWS = parse(SHIPPED) as string[][];
const SHIPPED_HEADER = SHIPPED_ROWS[0]!;
const at = (name: string) => SHIPPED_HEADER.indexOf(name);

interface Preview {
  ok: boolean;
  problems: string[];
  format: string;
  asOf: string;
  authorities: number;
  summary: string;
  warnings: string[];
  changesIntro: string;
  changes: string[];
  moreChanges: number;
  canReplace: boolean;
}

interface Replaced {
  ok: boolean;
  problems: string[];
  message: string;
}

/** The example's 153 authorities, set up (National data from the shipped snapshot) and computed. */
function trackerSheet(options: Parameters<typeof openSheet>[0] = {}) {
  const session = openSheet({ sheets: { Tracker: exampleTracker() }, ...options });
  session.run('setUpTracker');
  session.run('recalculateNow');
  return {
    ...session,
    preview: (text: unknown) => session.run('previewNationalData', text) as Preview,
    replace: (text: unknown) => session.run('replaceNationalData', text) as Replaced,
    national: () => session.emulator.values('National data'),
    stored: () => JSON.stringify(session.emulator.storedSheet('National data')),
  };
}

/** The shipped CSV with some of its rows edited (by la_name). */
function shippedWith(edits: Record<string, Record<string, string>>): string {
  const rows = SHIPPED_ROWS.map((row) => [...row]);
  for (const [name, cells] of Object.entries(edits)) {
    const row = rows.find((each) => each[0] === name);
    if (!row) throw new Error(`No ${name} in the shipped CSV`);
    for (const [column, value] of Object.entries(cells)) row[at(column)] = value;
  }
  return csvText(rows);
}

/** Barnet inspected again in September 2026, after the shipped snapshot: a new inspection. */
const BARNET_AGAIN = shippedWith({
  Barnet: {
    inspection_type: 'standard',
    start_date: '2026-09-07',
    end_date: '2026-09-18',
    publication_date: '2026-10-30',
    overall_effectiveness: '',
    report_link: 'https://files.ofsted.gov.uk/v1/file/50299999',
    previous_start_date: '2024-06-10',
  },
});

/**
 * The real sample completed as the live file is (national-file-sample.test.ts): Redcar and
 * Cleveland's 2022 dates typed in, and Cumberland's first report (from the shipped snapshot).
 */
function completedSample(extra: readonly string[][] = []): string {
  const [header = [], ...rows] = parse(SAMPLE) as string[][];
  const column = (name: string) => HISTORY_HEADER.indexOf(name);
  // Row 289 of the file: Redcar and Cleveland's 2022 report, which the scraper left undated.
  const redcar = rows[287]!;
  expect([redcar[column('local_authority')], redcar[column('inspection_start_date')]]).toEqual([
    'redcar and cleveland',
    '',
  ]);
  redcar[column('inspection_start_date')] = '20/06/2022';
  redcar[column('inspection_end_date')] = '01/07/2022';
  const cumberland = SHIPPED_ROWS.find((row) => row[at('dfe_la_code')] === '942')!;
  const cumberlandRow = historyRow({
    urn: '2733690',
    name: 'cumberland',
    link: cumberland[at('report_link')]!,
    published: cumberland[at('publication_date')]!,
    start: cumberland[at('start_date')]!,
    end: cumberland[at('end_date')]!,
    framework: 'standard',
    grades: ['good', 'good', 'requires improvement', 'good', 'good'],
  });
  return csvText([header, ...rows, cumberlandRow, ...extra]);
}

/** A valid inspection history of exactly `rows` reports: the whole history, then older ILACS. */
function historyOfRows(rows: number): string {
  const reports: Report[] = wholeHistory();
  for (let k = 1; reports.length < rows; k += 1) {
    AUTHORITIES.forEach(({ urn, name }, index) => {
      if (reports.length >= rows) return;
      const start = formatIso(addDays(civil('2018-06-04'), -40 * k + (index % 7)));
      reports.push(ilacs(urn, start, { name: name.toLowerCase() }));
    });
  }
  return historyText(reports);
}

describe('the dialog', () => {
  test('the menu item opens it: the current data, where to download the history, a file input; no external resource', () => {
    const session = trackerSheet();
    session.run('updateNationalData');
    const dialog = session.emulator.ui.dialogs.at(-1)!;
    expect(dialog).toMatchObject({
      kind: 'modal',
      title: 'ILACS tracker: update national data',
      width: 960,
      height: 600,
    });
    expect(dialog.html).toContain(
      'The National data now holds 153 authorities, as of 20 Aug 2026 (its latest date).',
    );
    expect(dialog.html).toContain(`<a href="${HISTORY_URL}" target="_blank" rel="noopener">`);
    expect(dialog.html).toContain('<input type="file" id="file" accept=".csv,text/csv">');
    expect(dialog.html).toContain('google.script.run');
    expect(dialog.html).not.toMatch(/\ssrc=|<link|@import|url\(/);
  });

  test('without National data it says so, and the file fills it', () => {
    const session = openSheet({ sheets: { Tracker: exampleTracker() }, htmlFiles: {} });
    session.run('setUpTracker');
    session.run('updateNationalData');
    expect(session.emulator.ui.dialogs.at(-1)?.html).toContain(
      'The National data sheet has no inspections the tool can read yet',
    );
    const preview = session.run('previewNationalData', SHIPPED) as Preview;
    expect(preview).toMatchObject({ ok: true, canReplace: true });
    expect(preview.changesIntro).toBe(
      'Replacing the National data with it would change 153 rows: 153 authorities newly listed.',
    );
    expect((session.run('replaceNationalData', SHIPPED) as Replaced).ok).toBe(true);
    expect(session.emulator.values('National data').slice(2)).toHaveLength(153);
    expect(session.emulator.sheet('National data').getFrozenRows()).toBe(2);
  });
});

describe('a valid file', () => {
  test('the shipped CSV: read whole, 153 authorities as of its latest date, and nothing to change', () => {
    const session = trackerSheet();
    expect(session.preview(SHIPPED)).toEqual({
      ok: true,
      problems: [],
      format: 'tool',
      asOf: '2026-08-20',
      authorities: 153,
      summary:
        "This file is the tool's own National data CSV: 153 authorities, each with its latest full " +
        'inspection, as of 20 Aug 2026 (its latest date). The National data now runs to 20 Aug ' +
        '2026 (153 authorities).',
      warnings: [],
      changesIntro:
        'Replacing the National data with it would change no row: it holds the same inspections.',
      changes: [],
      moreChanges: 0,
      canReplace: false,
    });
  });

  test("a newer inspection for one authority: listed, then applied, the banner's date moved and the Tracker recalculated", () => {
    const session = trackerSheet({
      sheets: {
        Tracker: [
          ['Authority', 'LA code', 'Last inspection', 'Overall effectiveness'],
          ['Kent', '886', '2022-06-13', 'good'],
        ],
      },
    });
    /** How many inspections Kent's forecast assumes since the National data's latest start. */
    const assumed = () =>
      Number(
        /(\d+) inspections are assumed to have happened since/.exec(
          String(column(session.emulator.values('Tracker'), 'Explanation')[0]),
        )?.[1],
      );
    const assumedBefore = assumed();
    const preview = session.preview(BARNET_AGAIN);
    expect(preview).toMatchObject({ ok: true, asOf: '2026-10-30', canReplace: true });
    expect(preview.changesIntro).toBe(
      'Replacing the National data with it would change 1 row: 1 new inspection.',
    );
    expect(preview.changes).toEqual([
      'Barnet: a new inspection from 7 Sep 2026 (the current one is from 10 Jun 2024).',
    ]);
    // The preview changed nothing.
    expect(String(session.national()[0]?.[0])).toContain('as of 20 Aug 2026 (2026-08-20');

    session.emulator.calls.reset();
    const replaced = session.replace(BARNET_AGAIN);
    expect(replaced).toEqual({
      ok: true,
      problems: [],
      message:
        "The National data now holds 153 authorities from the tool's own National data CSV, as of " +
        '30 Oct 2026: 1 row changed (1 new inspection). Recalculated: 1 row computed, 1 with problems.',
    });
    const calls = session.emulator.calls.snapshot();
    expect(calls['Sheet.clearContents']).toBe(1);
    expect(calls['Lock.tryLock']).toBe(1);
    expect(calls['Lock.releaseLock']).toBe(1);
    const national = session.national();
    expect(String(national[0]?.[0])).toContain('as of 30 Oct 2026 (2026-10-30, the latest date');
    expect(national[0]?.[0]).toContain('ILACS tracker > Update national data...');
    const barnet = national.find((row) => row[0] === 'Barnet')!;
    expect(barnet.slice(at('start_date'), at('publication_date') + 1)).toEqual([
      '2026-09-07',
      '2026-09-18',
      '2026-10-30',
    ]);
    expect(barnet[at('previous_start_date')]).toBe('2024-06-10');
    // Recalculate ran on the new data: it runs to September, not August, so fewer inspections
    // are assumed since (Kent has 1 problem, no engagement meeting recorded).
    expect(assumed()).toBeLessThan(assumedBefore);
    expect(session.emulator.sheet('National data').getFrozenRows()).toBe(2);
    // Replacing again with the same file changes no row.
    expect(session.preview(BARNET_AGAIN).changes).toEqual([]);
  });

  test('the inspection history: the real sample, completed as the live file is, read against the sheet; behind the snapshot, so it says so', () => {
    const session = trackerSheet();
    const preview = session.preview(completedSample());
    expect(preview).toMatchObject({
      ok: true,
      format: 'history',
      asOf: '2024-11-26',
      authorities: 153,
    });
    expect(preview.summary).toMatch(
      /^This file is the inspection history \(ofsted-ilacs-scrape-tool\): 153 authorities, .* as of 26 Nov 2024/,
    );
    expect(preview.warnings).toEqual([
      'The file runs to 26 Nov 2024, before the National data now (20 Aug 2026): check it is the latest download.',
      "For 87 authorities the file's latest inspection is older than the one held now: replacing would put the older one back.",
    ]);
    expect(preview.changes).toHaveLength(CHANGES_SHOWN);
    expect(preview.changes.length + preview.moreChanges).toBe(87);
    expect(preview.changes[0]).toMatch(
      /: the file's latest inspection is from .*; the file is behind for it\.$/,
    );
    expect(session.replace(completedSample()).ok).toBe(true);
    expect(String(session.national()[0]?.[0])).toContain('as of 26 Nov 2024 (2024-11-26');

    // The next day's history: Barnet inspected again (URN 80487). One new inspection.
    const barnet = historyRow(
      ilacs('80487', '2024-11-25', {
        name: 'barnet',
        published: '2025-01-10',
        framework: 'short',
        link: 'https://files.ofsted.gov.uk/v1/file/50260001',
      }),
    );
    const next = session.preview(completedSample([barnet]));
    expect(next.changes).toEqual([
      'Barnet: a new inspection from 25 Nov 2024 (the current one is from 10 Jun 2024).',
    ]);
    expect(next.warnings).toEqual([]);
    expect(session.replace(completedSample([barnet])).ok).toBe(true);
    const row = session.national().find((cells) => cells[0] === 'Barnet')!;
    expect([row[at('start_date')], row[at('previous_start_date')]]).toEqual([
      '2024-11-25',
      '2024-06-10',
    ]);
  });

  test('the sheet reads back what was written: the same records, text cells as written, no formula, no stale row below', () => {
    const session = trackerSheet();
    // A longer table than the new one: rows a coordinator pasted below, and a cell far to the right.
    const sheet = session.emulator.sheet('National data');
    sheet.getRange(156, 1, 3, 2).setValues([
      ['Old row', '999'],
      ['Old row', '998'],
      ['Old row', '997'],
    ]);
    sheet.getRange(10, 20).setValue('a note of mine');
    // A name Sheets would read as a formula, and a code it would read as a number, stay text.
    const text = shippedWith({ Barnet: { la_name: '=HYPERLINK("x")' }, Kent: { la_name: '+44' } });
    expect(session.replace(text).ok).toBe(true);
    expect(sheet.getLastRow()).toBe(155);
    expect(sheet.getLastColumn()).toBe(16);
    const values = session.national();
    const result = parseNationalFile(text);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(values.slice(1)).toEqual(nationalTable(result.rows));
    expect(values.flat().every((cell) => typeof cell === 'string')).toBe(true);
    expect(values.find((row) => row[1] === '302')?.[0]).toBe('=HYPERLINK("x")');
    expect(values.find((row) => row[1] === '886')?.[0]).toBe('+44');
    expect(
      sheet
        .getDataRange()
        .getFormulas()
        .flat()
        .every((formula) => formula === ''),
    ).toBe(true);
    // readToolFormat (what the next file is compared with) reads back the file's records.
    const read = readToolFormat(values as Cell[][], () => {
      throw new Error('no date cells: the dates are ISO text');
    });
    expect(read.problems).toEqual([]);
    expect(read.records.map(({ row: _, ...record }) => record)).toEqual(
      result.rows.map(({ row: _, ...record }) => record),
    );
    // parseNationalData (what Recalculate and Check for problems read) finds no problem in it.
    session.run('checkForProblems');
    const dialog = session.emulator.ui.dialogs.at(-1);
    expect(dialog?.html ?? '').not.toContain('<td>National data</td><td>3');
  });
});

describe('a file that cannot be read whole changes nothing', () => {
  const tenThousandToolRows = csvText([
    SHIPPED_HEADER,
    ...Array.from({ length: 10_000 }, (_, index) => SHIPPED_ROWS[1 + (index % 153)]!),
  ]);
  const cases: [string, unknown, RegExp][] = [
    ['an empty file', '', /^The file is empty/],
    ['only a header', `${SHIPPED_HEADER.join(',')}\n`, /^The file has its header but no rows\.$/],
    [
      'wrong columns',
      'name,code,date\nKent,886,2022-06-13\n',
      /^Row 1: expected the header of the tool's National data .* found 'name', 'code', 'date'\.$/,
    ],
    [
      'a column missing',
      csvText(SHIPPED_ROWS.map((row) => row.filter((_, index) => index !== at('region')))),
      /^Row 1: the header of the tool's National data lacks region\.$/,
    ],
    [
      'unknown URNs',
      historyText([...wholeHistory(), ilacs('99999', '2024-01-08', { name: 'atlantis' })]),
      /^urn 99999 \('atlantis'\), row 461: expected the Ofsted URN of an English local authority/,
    ],
    [
      'bad dates',
      shippedWith({ Barnet: { start_date: '2023-02-30' }, Kent: { end_date: 'soon' } }),
      /^Row 3: start_date: expected a date such as 2024-03-11 or 11\/03\/2024, found '2023-02-30'\.$/,
    ],
    [
      'a partial file',
      csvText(SHIPPED_ROWS.filter((row) => row[0] !== 'Kent')),
      /^The file lacks 1 of the 153 English local authorities, .*: Kent\.$/,
    ],
    [
      '10,000 rows of the tool format (each authority many times)',
      tenThousandToolRows,
      /^Row 155: dfe_la_code: 301 \(Barking and Dagenham\) is in row 2 too/,
    ],
    [
      'the real sample as it is (three undated reports, no Cumberland)',
      SAMPLE,
      /^Row 289: inspection_start_date: expected the first day of Redcar and Cleveland's latest/,
    ],
    ['no text at all (a page that sent nothing)', undefined, /^The page sent no file's text/],
    ['a number instead of text', 42, /^The page sent no file's text/],
    [
      'more text than any National data file',
      'x'.repeat(5_000_001),
      /^The file has 5000001 characters, more than any National data file/,
    ],
  ];

  test.each(cases)('%s', (_, text, firstProblem) => {
    const session = trackerSheet();
    const before = session.stored();
    const preview = session.preview(text);
    expect(preview.ok).toBe(false);
    expect(preview.canReplace).toBe(false);
    expect(preview.problems[0]).toMatch(firstProblem);
    expect(preview.problems.length).toBeLessThanOrEqual(51);
    session.emulator.calls.reset();
    const replaced = session.replace(text);
    expect(replaced).toEqual({ ok: false, problems: preview.problems, message: '' });
    const calls = session.emulator.calls.snapshot();
    for (const write of ['clearContents', 'setValues', 'setValue', 'setNumberFormat'])
      expect(Object.keys(calls).filter((key) => key.endsWith(`.${write}`))).toEqual([]);
    expect(session.stored()).toBe(before);
  });

  test('10,000 tool rows: the problems are cut to 50 and a count of the rest', () => {
    const session = trackerSheet();
    const { problems } = session.preview(tenThousandToolRows);
    expect(problems).toHaveLength(51);
    expect(problems[50]).toMatch(/^… and \d+ more problems\.$/);
  });

  test('while another run holds the lock: the page is told to try again, and nothing changes', () => {
    const session = trackerSheet();
    const before = session.stored();
    session.emulator.holdLock('document');
    expect(() => session.replace(BARNET_AGAIN)).toThrow(
      /The tracker is busy with another run \(the daily reminders, or someone else's National data update\)/,
    );
    expect(session.stored()).toBe(before);
  });
});

describe("service calls do not grow with the file's rows", () => {
  test('preview and replace: the same calls for 459 and for 10,000 reports of the history', () => {
    const counts = [459, 10_000].map((rows) => {
      const text = historyOfRows(rows);
      expect(text.trimEnd().split('\n')).toHaveLength(rows + 1);
      const session = trackerSheet();
      session.emulator.calls.reset();
      const preview = session.preview(text);
      expect(preview).toMatchObject({ ok: true, authorities: 153 });
      const previewCalls = session.emulator.calls.snapshot();
      session.emulator.calls.reset();
      expect(session.replace(text).ok).toBe(true);
      return { preview: previewCalls, replace: session.emulator.calls.snapshot() };
    });
    expect(counts[1]).toEqual(counts[0]);
    // The preview: one read of the National data sheet, nothing written.
    expect(counts[0]?.preview['Range.getValues']).toBe(1);
    expect(
      Object.keys(counts[0]!.preview).filter((key) => /\.(set|clear|insert)/.test(key)),
    ).toEqual([]);
    // Replacing: one clear and one write of the sheet (and Recalculate's own).
    expect(counts[0]?.replace['Sheet.clearContents']).toBe(1);
    expect(counts[0]?.replace['Range.setNumberFormat']).toBe(1);
  });
});

describe('Check for problems: National data more than 3 months old', () => {
  const staleLine = (html: string) =>
    /<td>National data<\/td><td>1<\/td><td><\/td><td><\/td><td>(The National data runs to [^<]*)<\/td>/.exec(
      html,
    )?.[1];

  test('says so, naming its date and how to update; in the spreadsheet time zone', () => {
    // 21 Nov 2026 in Sydney (20 Nov in UTC): 3 months and a day after 20 Aug 2026.
    const session = trackerSheet({ now: new Date('2026-11-20T14:00:00Z') });
    session.run('checkForProblems');
    const dialog = session.emulator.ui.dialogs.at(-1);
    expect(dialog?.title).toBe('ILACS tracker: 1 problem');
    expect(staleLine(dialog?.html ?? '')).toBe(
      'The National data runs to 20 Aug 2026, more than 3 months before today (21 Nov 2026), so ' +
        'the forecast guesses at the inspections since. Download the inspection history ' +
        `(${HISTORY_URL}), then ILACS tracker &gt; Update national data... and choose it.`,
    );
  });

  test('none on the day it turns 3 months old, nor once a newer file replaced it', () => {
    // 20 Nov 2026 in Sydney: exactly 3 months.
    const fresh = trackerSheet({ now: new Date('2026-11-19T14:00:00Z') });
    fresh.run('checkForProblems');
    expect(fresh.emulator.ui.alerts.at(-1)?.prompt).toBe(
      'No problems found in 153 rows or the Settings.',
    );
    const session = trackerSheet({ now: new Date('2027-01-15T00:00:00Z') });
    session.run('checkForProblems');
    expect(staleLine(session.emulator.ui.dialogs.at(-1)?.html ?? '')).toMatch(
      /^The National data runs to 20 Aug 2026, more than 3 months before today \(15 Jan 2027\)/,
    );
    expect(session.replace(BARNET_AGAIN).ok).toBe(true);
    session.emulator.ui.clear();
    session.run('checkForProblems');
    expect(session.emulator.ui.alerts.at(-1)?.prompt).toBe(
      'No problems found in 153 rows or the Settings.',
    );
  });
});
