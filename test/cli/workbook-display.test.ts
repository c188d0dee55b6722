/**
 * What a coordinator sees who opens the workbook `npm start` wrote in LibreOffice: every sheet
 * printed by LibreOffice Calc and read back as text (test/support/libreoffice.ts), the values
 * behind it read by openpyxl (test/support/openpyxl.ts). Neither is code of the project's. No cell
 * shows `###` (a number or date wider than its column), and every date the tool wrote reads one
 * way, as any reader reads it: `1 Dec 2026`, `1 Dec 2026 07:00` in the Reminder log.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { COMPUTED_COLUMNS } from '../../src/domain/tracker/columns';
import { SHEET_NAMES } from '../../src/sheets/workbook';
import { printedSheets } from '../support/libreoffice';
import { type Cell, type Sheet, type WorkbookParts, readParts } from '../support/openpyxl';
import { example, scratch, start } from './support';

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** 2026-12-01 as `1 Dec 2026`; with its time, 2026-12-01T07:00:00 as `1 Dec 2026 07:00`. */
function inWords(iso: string, withTime = false): string {
  const [, year, month, day, time = '00:00'] =
    /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso) ?? [];
  const date = `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
  return withTime ? `${date} ${time}` : date;
}

/** Text that stands alone: not part of a longer number (1 Dec 2026 is not in 11 Dec 2026). */
const standingAlone = (text: string) =>
  new RegExp(`(?<![\\d:])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d:])`);

function columnNumber(letters: string): number {
  return [...letters].reduce((total, ch) => total * 26 + ch.charCodeAt(0) - 64, 0);
}

/** The sheet's rows, each a map of header to cell, from row 2 on. */
function rowsOf(sheet: Sheet): Map<string, Cell>[] {
  const grid = new Map<number, Map<number, Cell>>();
  for (const [ref, cell] of Object.entries(sheet.cells)) {
    const [, letters = '', row = ''] = /^([A-Z]+)(\d+)$/.exec(ref) ?? [];
    const cells = grid.get(Number(row)) ?? new Map<number, Cell>();
    cells.set(columnNumber(letters), cell);
    grid.set(Number(row), cells);
  }
  const headers = grid.get(1) ?? new Map<number, Cell>();
  return [...grid.keys()]
    .filter((row) => row > 1)
    .sort((a, b) => a - b)
    .map(
      (row) =>
        new Map(
          [...(grid.get(row) ?? [])].map(([column, cell]) => [
            String(headers.get(column)?.value ?? ''),
            cell,
          ]),
        ),
    );
}

interface Printed {
  readonly parts: WorkbookParts;
  /** Each sheet's printed text, by name. */
  readonly pages: Readonly<Record<string, string>>;
}

const state: { first?: Printed; second?: Printed } = {};

async function printed(tracker: string, today: string, out: string): Promise<Printed> {
  const result = await start('--tracker', tracker, '--today', today, '--out', out);
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  const file = path.join(out, path.basename(tracker));
  const parts = readParts(file);
  const pages = printedSheets(file);
  expect(pages).toHaveLength(parts.sheet_order.length);
  return {
    parts,
    pages: Object.fromEntries(parts.sheet_order.map((name, index) => [name, pages[index] ?? ''])),
  };
}

beforeAll(async () => {
  const dir = scratch();
  const input = path.join(dir, 'tracker.xlsx');
  copyFileSync(example, input);
  state.first = await printed(input, '2026-12-01', path.join(dir, 'out'));
  // A week on, from the first run's workbook: rows added to a log the tool already sized.
  state.second = await printed(
    path.join(dir, 'out', 'tracker.xlsx'),
    '2026-12-08',
    path.join(dir, 'out2'),
  );
}, 300_000);

const RUNS = ['first', 'second'] as const;
const run = (which: (typeof RUNS)[number]): Printed => {
  const printedRun = state[which];
  if (!printedRun) throw new Error(`The ${which} run did not finish.`);
  return printedRun;
};

describe.each(RUNS)('after the %s run, printed by LibreOffice', (which) => {
  test('no cell of any sheet shows ###', () => {
    const { pages } = run(which);
    const hashes = Object.fromEntries(
      Object.entries(pages).map(([name, text]) => [
        name,
        text
          .split('\n')
          .filter((line) => line.includes('###'))
          .slice(0, 5),
      ]),
    );
    expect(hashes).toEqual(Object.fromEntries(Object.keys(pages).map((name) => [name, []])));
  });

  test("the Reminder log's Time reads 1 Dec 2026 07:00 and its Event date 13 Jan 2027, row by row", () => {
    const { parts, pages } = run(which);
    const log = parts.sheets[SHEET_NAMES.reminderLog];
    if (!log) throw new Error('The workbook has no Reminder log');
    const rows = rowsOf(log).filter((row) => row.get('Time')?.is_date);
    expect(rows.length).toBeGreaterThan(40);
    // Line for line below the header, as the sheet's rows are.
    const lines = (pages[SHEET_NAMES.reminderLog] ?? '').split('\n').filter((line) => line.trim());
    const header = lines.findIndex((line) => /^Time\s+Authority\s+Kind\s+Event date/.test(line));
    expect(header).toBeGreaterThanOrEqual(0);
    const shown = rows.map((row, index) => {
      const line = lines[header + 1 + index] ?? '';
      const time = inWords(String(row.get('Time')?.value), true);
      const eventCell = row.get('Event date');
      const eventDate = eventCell?.is_date ? inWords(String(eventCell.value)) : undefined;
      return {
        time: line.trimStart().startsWith(`${time} `) ? time : line,
        eventDate:
          eventDate === undefined || standingAlone(eventDate).test(line) ? eventDate : line,
      };
    });
    expect(shown).toEqual(
      rows.map((row) => {
        const eventCell = row.get('Event date');
        return {
          time: inWords(String(row.get('Time')?.value), true),
          eventDate: eventCell?.is_date ? inWords(String(eventCell.value)) : undefined,
        };
      }),
    );
    // The day of the first run, at the daily hour, as a reader anywhere reads it.
    expect(lines[header + 1]?.trimStart()).toMatch(/^1 Dec 2026 07:00 /);
    expect(
      [...new Set(rows.map((row) => row.get('Time')?.number_format))].concat([
        ...new Set(rows.map((row) => row.get('Event date')?.number_format).filter(Boolean)),
      ]),
    ).toEqual(['d mmm yyyy hh:mm', 'd mmm yyyy']);
  });

  test("the Tracker's computed dates read 10 Jul 2026 on each authority's line", () => {
    const { parts, pages } = run(which);
    const tracker = parts.sheets[SHEET_NAMES.tracker];
    if (!tracker) throw new Error('The workbook has no Tracker');
    const lines = (pages[SHEET_NAMES.tracker] ?? '').split('\n');
    const computed = Object.values(COMPUTED_COLUMNS).map((column) => column.header);
    const unreadable = rowsOf(tracker).flatMap((row) => {
      const authority = String(row.get('Authority')?.value ?? '');
      if (authority === '') return [];
      const line = lines.find((each) => each.trimStart().startsWith(`${authority} `)) ?? '';
      return computed.flatMap((header) => {
        const cell = row.get(header);
        if (!cell?.is_date) return [];
        const words = inWords(String(cell.value));
        return cell.number_format === 'd mmm yyyy' && standingAlone(words).test(line)
          ? []
          : [`${authority}, ${header}: ${words} (${cell.number_format}) not on its line`];
      });
    });
    expect(unreadable).toEqual([]);
    const dates = rowsOf(tracker).flatMap((row) =>
      computed.filter((header) => row.get(header)?.is_date),
    );
    expect(dates.length).toBeGreaterThan(153 * 4);
  });
});
