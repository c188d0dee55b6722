/**
 * `npm start` on coordinators' own workbooks, as Excel, LibreOffice and openpyxl save them
 * (test/fixtures/workbooks): everything of the coordinator's comes back as it was, part by part,
 * and the tool's columns are added once, readable. Input and output are read by openpyxl
 * (test/support/xlsx_parts.py), not by the code that wrote them.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { COMPUTED_COLUMNS, locateColumns } from '../../src/domain/tracker/columns';
import { SHEET_NAMES } from '../../src/sheets/workbook';
import {
  type Cell,
  type ConditionalFormat,
  type Sheet,
  type Validation,
  type WorkbookParts,
  readParts,
} from '../support/openpyxl';
import { type Result, root, scratch, start } from './support';

const FIXTURES = path.join(root, 'test', 'fixtures', 'workbooks');
const TODAY = '2026-12-01';
const TRACKER = SHEET_NAMES.tracker;
/** The sheets the tool may add to a workbook: its own, never others. */
const TOOL_SHEETS: readonly string[] = Object.values(SHEET_NAMES).filter(
  (name) => name !== TRACKER,
);
const COMPUTED_HEADERS: readonly string[] = Object.values(COMPUTED_COLUMNS).map(
  (column) => column.header,
);
/**
 * What openpyxl says on loading a fixture: it drops Excel 365's extension lists (x14 validations
 * and conditional formats, and the x14:id a data bar's rule carries), which it does not read.
 */
const LOADING_WARNINGS: Readonly<Record<string, readonly string[]>> = {
  'excel-extensions.xlsx': [
    'Conditional Formatting extension is not supported and will be removed',
    'Data Validation extension is not supported and will be removed',
    'Unknown extension is not supported and will be removed',
  ],
};
/** How many differences a failure lists before it counts the rest. */
const SHOWN = 40;

// --- cells and ranges ---------------------------------------------------------------------------

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((total, ch) => total * 26 + ch.charCodeAt(0) - 64, 0);
}

function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

function splitRef(ref: string): { column: number; row: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (!match) throw new Error(`Not a cell reference: ${ref}`);
  return { column: columnNumber(match[1]!), row: Number(match[2]) };
}

/** The cells of an sqref ("Z2:Z13 AB2"), as "column:row" keys. */
function cellsOf(sqref: string): Set<string> {
  const cells = new Set<string>();
  for (const range of sqref.trim().split(/\s+/)) {
    const [from, to = from] = range.split(':') as [string, string?];
    const a = splitRef(from);
    const b = splitRef(to);
    const count = (Math.abs(b.column - a.column) + 1) * (Math.abs(b.row - a.row) + 1);
    if (count > 500_000) throw new Error(`A range too large to compare cell by cell: ${range}`);
    for (
      let column = Math.min(a.column, b.column);
      column <= Math.max(a.column, b.column);
      column++
    )
      for (let row = Math.min(a.row, b.row); row <= Math.max(a.row, b.row); row++)
        cells.add(`${column}:${row}`);
  }
  return cells;
}

/** Cells as runs down each column ("Z2:Z13"), in order: a set of cells a person can read. */
function describeCells(cells: Iterable<string>): string[] {
  const byColumn = new Map<number, number[]>();
  for (const key of cells) {
    const [column, row] = key.split(':').map(Number) as [number, number];
    byColumn.set(column, [...(byColumn.get(column) ?? []), row]);
  }
  const runs: string[] = [];
  for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
    const rows = byColumn.get(column)!.sort((a, b) => a - b);
    let first = rows[0]!;
    rows.forEach((row, index) => {
      const next = rows[index + 1];
      if (next === row + 1) return;
      const letter = columnLetters(column);
      runs.push(first === row ? `${letter}${row}` : `${letter}${first}:${letter}${row}`);
      if (next !== undefined) first = next;
    });
  }
  return runs;
}

const headerRow = (sheet: Sheet): Map<number, string> =>
  new Map(
    Object.entries(sheet.cells)
      .map(([ref, cell]) => ({ ...splitRef(ref), cell }))
      .filter(({ row, cell }) => row === 1 && cell.value !== null && cell.value !== '')
      .map(({ column, cell }) => [column, String(cell.value)]),
  );

/** The number of the last column with a header. */
const headerWidth = (sheet: Sheet): number => Math.max(0, ...headerRow(sheet).keys());

function headersOf(sheet: Sheet): string[] {
  const row = headerRow(sheet);
  return Array.from({ length: headerWidth(sheet) }, (_, index) => row.get(index + 1) ?? '');
}

/** The column (1-based) of a header in row 1. */
function columnOf(sheet: Sheet, header: string): number {
  const index = headersOf(sheet).indexOf(header);
  if (index < 0)
    throw new Error(`No column headed ${header}; the headers: ${headersOf(sheet).join(', ')}`);
  return index + 1;
}

const cellAt = (sheet: Sheet, column: number, row: number): Cell | undefined =>
  sheet.cells[`${columnLetters(column)}${row}`];

/** The Tracker columns the tool reads or writes (input and computed headers), by number. */
function toolColumns(tracker: Sheet): Set<number> {
  const layout = locateColumns(headersOf(tracker));
  return new Set(
    [...Object.values(layout.input), ...Object.values(layout.computed)].map((index) => index + 1),
  );
}

// --- what is compared ---------------------------------------------------------------------------

const EMPTY: Cell = { value: null, type: 'n' };

/**
 * A cell as the coordinator sees it. A number format Excel and LibreOffice write as yyyy\-mm\-dd
 * is yyyy-mm-dd written another way (the hyphen is a literal either way), so the two are one. The
 * fixtures' dates are in the coordinator's yyyy-mm-dd, not the tool's d mmm yyyy: theirs stay.
 */
function seen(cell: Cell | undefined): Cell {
  const { number_format: format, ...rest } = cell ?? EMPTY;
  return format === undefined ? rest : { ...rest, number_format: format.replace(/\\-/g, '-') };
}

const ATTRIBUTES = [
  'value',
  'type',
  'is_date',
  'formula',
  'cached',
  'number_format',
  'font',
  'fill',
  'alignment',
  'border',
  'protection',
  'comment',
  'hyperlink',
] as const;

/** "Sheet!A1 attribute: input → output" for each difference, then a count of the rest. */
function cellDifferences(
  sheetName: string,
  input: Sheet,
  output: Sheet,
  skip: (column: number) => boolean = () => false,
): string[] {
  const found: string[] = [];
  const counts = new Map<string, number>();
  for (const [ref, inputCell] of Object.entries(input.cells)) {
    if (skip(splitRef(ref).column)) continue;
    const before = seen(inputCell);
    const after = seen(output.cells[ref]);
    for (const attribute of ATTRIBUTES) {
      const was = JSON.stringify(before[attribute] ?? null);
      const is = JSON.stringify(after[attribute] ?? null);
      if (was === is) continue;
      counts.set(attribute, (counts.get(attribute) ?? 0) + 1);
      found.push(`${sheetName}!${ref} ${attribute}: ${was} → ${is}`);
    }
  }
  if (found.length <= SHOWN) return found;
  const summary = [...counts].map(([attribute, count]) => `${attribute} ${count}`).join(', ');
  return [...found.slice(0, SHOWN), `... ${found.length - SHOWN} more (in all: ${summary})`];
}

/** What a sheet looks like apart from its cells, rules and columns. */
function layout(sheet: Sheet, lastRow: number) {
  return {
    state: sheet.state,
    tab_color: sheet.tab_color,
    freeze_panes: sheet.freeze_panes,
    autofilter: sheet.autofilter,
    print_area: sheet.print_area,
    merges: sheet.merges,
    rows: Object.fromEntries(Object.entries(sheet.rows).filter(([row]) => Number(row) <= lastRow)),
  };
}

/** The last row of the coordinator's: of a cell, or of a row with a height or hidden. */
const lastRowOf = (sheet: Sheet): number =>
  Math.max(
    1,
    ...Object.keys(sheet.cells).map((ref) => splitRef(ref).row),
    ...Object.keys(sheet.rows).map(Number),
  );

function columnsOf(sheet: Sheet, keep: (column: number) => boolean) {
  return Object.fromEntries(
    Object.entries(sheet.columns)
      .filter(([letter]) => keep(columnNumber(letter)))
      .sort(([a], [b]) => columnNumber(a) - columnNumber(b)),
  );
}

type Rule = Validation | ConditionalFormat;

/** A validation or conditional format without where it applies (and a format's priority). */
function ruleKey(rule: Rule): string {
  const { sqref: _sqref, ...rest } = rule;
  if ('priority' in rest) {
    const { priority: _priority, ...what } = rest;
    return JSON.stringify(what);
  }
  return JSON.stringify(rest);
}

function cellsByRule(rules: readonly Rule[]): Map<string, Set<string>> {
  const byKey = new Map<string, Set<string>>();
  for (const rule of rules) {
    const key = ruleKey(rule);
    byKey.set(key, new Set([...(byKey.get(key) ?? []), ...cellsOf(rule.sqref)]));
  }
  return byKey;
}

/**
 * Each of the input's rules with the cells it covers in the output, and each rule only the output
 * has with the cells it covers outside the tool's columns: the first should cover what it did in
 * the input, the second nothing.
 */
function ruleChanges(
  input: readonly Rule[],
  output: readonly Rule[],
  isToolColumn: (column: number) => boolean,
) {
  const before = cellsByRule(input);
  const after = cellsByRule(output);
  return {
    theirs: [...before].map(([key, cells]) => ({
      rule: JSON.parse(key) as unknown,
      input: describeCells(cells),
      output: describeCells(after.get(key) ?? []),
    })),
    added: [...after]
      .filter(([key]) => !before.has(key))
      .map(([key, cells]) => ({
        rule: JSON.parse(key) as unknown,
        cells: describeCells(
          [...cells].filter((cell) => !isToolColumn(Number(cell.split(':')[0]))),
        ),
      }))
      .filter(({ cells }) => cells.length > 0),
  };
}

function expectedRules(input: readonly Rule[]) {
  return {
    theirs: [...cellsByRule(input)].map(([key, cells]) => ({
      rule: JSON.parse(key) as unknown,
      input: describeCells(cells),
      output: describeCells(cells),
    })),
    added: [],
  };
}

// --- the runs -----------------------------------------------------------------------------------

interface Run {
  readonly result: Result;
  readonly file: string;
  readonly parts?: WorkbookParts;
  /** Why openpyxl could not read the workbook the run wrote. */
  readonly unreadable?: string;
}

interface Fixture {
  input: WorkbookParts;
  first: Run;
  second?: Run;
}

async function runOn(tracker: string, out: string): Promise<Run> {
  const result = await start('--tracker', tracker, '--today', TODAY, '--out', out);
  const file = path.join(out, path.basename(tracker));
  if (result.status !== 0) return { result, file };
  try {
    return { result, file, parts: readParts(file) };
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    const lines = String(stderr ?? error)
      .trim()
      .split('\n');
    return { result, file, unreadable: lines[lines.length - 1] ?? String(error) };
  }
}

function partsOf(run: Run | undefined, which: string): WorkbookParts {
  if (run?.parts) return run.parts;
  throw new Error(
    !run
      ? `There was no ${which} run: the first run failed.`
      : run.unreadable
        ? `openpyxl cannot read the workbook the ${which} run wrote: ${run.unreadable}`
        : `The ${which} run wrote no workbook: exit ${run.result.status}, ${run.result.stderr.trim()}`,
  );
}

const RUNS = ['first', 'second'] as const;
/** The workbooks as each writer saved them; excel-extensions.xlsx with Excel 365's extensions. */
const WORKBOOKS = ['openpyxl.xlsx', 'libreoffice.xlsx', 'excel.xlsx', 'excel-extensions.xlsx'];

describe.each(WORKBOOKS)('%s', (fixture) => {
  const state = {} as Fixture;
  const outputOf = (which: (typeof RUNS)[number]) =>
    partsOf(which === 'first' ? state.first : state.second, which);
  /** One entry for each of the input's sheets, by name: a failure shows every sheet at once. */
  const bySheet = <T>(part: (name: string, input: Sheet) => T): Record<string, T> =>
    Object.fromEntries(
      state.input.sheet_order.map((name) => [name, part(name, state.input.sheets[name]!)]),
    );

  beforeAll(async () => {
    const dir = scratch();
    const input = path.join(dir, fixture);
    copyFileSync(path.join(FIXTURES, fixture), input);
    state.input = readParts(input);
    state.first = await runOn(input, path.join(dir, 'out'));
    if (state.first.parts) state.second = await runOn(state.first.file, path.join(dir, 'out2'));
  }, 240_000);

  test('the fixture has what the test relies on', () => {
    const tracker = state.input.sheets[TRACKER]!;
    expect(state.input.warnings).toEqual(LOADING_WARNINGS[fixture] ?? []);
    expect(tracker.merges.length).toBeGreaterThan(0);
    expect(Object.values(tracker.cells).filter((cell) => cell.formula).length).toBeGreaterThan(0);
    expect(Object.values(tracker.cells).some((cell) => cell.comment)).toBe(true);
    expect(state.input.sheet_order.length).toBeGreaterThan(1);
  });

  test('the CLI takes the workbook, note and all, and takes its own output again; openpyxl reads both', () => {
    const outcome = (run: Run | undefined) =>
      run && { status: run.result.status, stderr: run.result.stderr, unreadable: run.unreadable };
    expect(outcome(state.first)).toEqual({ status: 0, stderr: '', unreadable: undefined });
    expect(outcome(state.second)).toEqual({ status: 0, stderr: '', unreadable: undefined });
  });

  describe.each(RUNS)('after the %s run', (which) => {
    test("every sheet of the coordinator's is there, in order, with its state; the tool adds only its own sheets; defined names are the same", () => {
      const output = outputOf(which);
      const { input } = state;
      const sheets = (parts: WorkbookParts) => ({
        order: parts.sheet_order.filter((name) => input.sheet_order.includes(name)),
        notTheTools: parts.sheet_order.filter(
          (name) => !input.sheet_order.includes(name) && !TOOL_SHEETS.includes(name),
        ),
        states: Object.fromEntries(
          input.sheet_order.map((name) => [name, parts.sheets[name]?.state ?? 'missing']),
        ),
        definedNames: parts.defined_names,
        definedNamesAsWritten: parts.package.defined_names,
      });
      expect(sheets(output)).toEqual(sheets(input));
    });

    test('the package keeps every kind of part it had (the calculation chain aside) and its threaded comments', () => {
      const output = outputOf(which);
      const kinds = (parts: WorkbookParts) =>
        [...new Set(Object.values(parts.package.parts))]
          .filter((kind): kind is string => kind !== null && !kind.endsWith('.calcChain+xml'))
          .sort();
      // Excel rebuilds a calculation chain it lacks; every other kind of part is the coordinator's.
      expect(kinds(state.input).filter((kind) => !kinds(output).includes(kind))).toEqual([]);
      expect(output.package.threaded_comments).toEqual(state.input.package.threaded_comments);
    });

    test('each sheet keeps its frozen panes, filter, merges, print area, tab colour, row heights and hidden rows', () => {
      const output = outputOf(which);
      const layouts = (parts: WorkbookParts) =>
        bySheet((name, before) => layout(parts.sheets[name]!, lastRowOf(before)));
      expect(layouts(output)).toEqual(layouts(state.input));
    });

    test("each sheet keeps its column widths and hidden columns (the tool's added columns aside)", () => {
      const output = outputOf(which);
      const widths = (parts: WorkbookParts) =>
        bySheet((name, before) =>
          columnsOf(
            parts.sheets[name]!,
            (column) =>
              name !== TRACKER ||
              column <= headerWidth(before) ||
              before.columns[columnLetters(column)] !== undefined,
          ),
        );
      expect(widths(output)).toEqual(widths(state.input));
    });

    test.each(['validations', 'conditional_formats'] as const)(
      "the coordinator's %s stay as they were; the tool's own are only on its columns",
      (rules) => {
        const output = outputOf(which);
        expect(
          bySheet((name, before) => {
            const after = output.sheets[name]!;
            const tools = name === TRACKER ? toolColumns(after) : new Set<number>();
            return ruleChanges(before[rules], after[rules], (column) => tools.has(column));
          }),
        ).toEqual(bySheet((_, before) => expectedRules(before[rules])));
      },
    );

    test("every cell of the coordinator's keeps its value, formula, cached result, number format, font, fill, alignment, border, note and link", () => {
      const output = outputOf(which);
      const differences = state.input.sheet_order.flatMap((name) => {
        const before = state.input.sheets[name]!;
        // Cells under a computed header are the tool's (none on a first run's input).
        const computed = (column: number) =>
          name === TRACKER && COMPUTED_HEADERS.includes(headersOf(before)[column - 1] ?? '');
        return cellDifferences(name, before, output.sheets[name]!, computed);
      });
      expect(differences).toEqual([]);
    });

    test('formula cells keep their formula and cached result', () => {
      const output = outputOf(which);
      const formulas = (parts: WorkbookParts) =>
        state.input.sheet_order.flatMap((name) =>
          Object.entries(state.input.sheets[name]!.cells)
            .filter(([, cell]) => cell.formula !== undefined)
            .map(([ref]) => {
              const cell = parts.sheets[name]?.cells[ref];
              return { cell: `${name}!${ref}`, formula: cell?.formula, cached: cell?.cached };
            }),
        );
      expect(formulas(output)).toEqual(formulas(state.input));
      if (fixture !== 'openpyxl.xlsx') {
        // openpyxl writes no results; Excel and LibreOffice do.
        expect(formulas(state.input).filter((cell) => cell.cached === null)).toEqual([]);
      }
    });

    test('the computed columns are added once, at the right of the headers, each with a width that fits it and dates as dates', () => {
      const output = outputOf(which);
      const before = state.input.sheets[TRACKER]!;
      const after = output.sheets[TRACKER]!;
      const width = headerWidth(before);
      expect(headersOf(after).slice(width)).toEqual(COMPUTED_HEADERS);
      expect(headersOf(after).slice(0, width)).toEqual(headersOf(before));
      const lastRow = lastRowOf(before);
      const cellsIn = (column: number) =>
        Array.from({ length: lastRow - 1 }, (_, row) => cellAt(after, column, row + 2));
      const columns = COMPUTED_HEADERS.map((header, index) => {
        const column = width + index + 1;
        const cells = cellsIn(column);
        const dates = cells.filter((cell) => cell?.is_date);
        const longest = Math.max(0, ...cells.map((cell) => String(cell?.value ?? '').length));
        const needed = dates.length > 0 ? 10 : Math.min(longest, 10);
        const set = after.columns[columnLetters(column)]?.width;
        return {
          header,
          width: set !== undefined && set >= needed ? `at least ${needed}` : set,
          // A date written as a plain number, or with General: openpyxl reads a number.
          numbers: cells
            .map((cell, row) => ({ cell, row: row + 2 }))
            .filter(({ cell }) => cell?.type === 'n' && typeof cell.value === 'number')
            .map(
              ({ row, cell }) =>
                `${columnLetters(column)}${row}: ${String(cell?.value)} (${cell?.number_format ?? 'General'})`,
            ),
          dateFormats: [...new Set(dates.map((cell) => cell?.number_format ?? 'General'))].filter(
            (format) => format === 'General',
          ),
          needed,
        };
      });
      expect(columns).toEqual(
        columns.map(({ header, needed }) => ({
          header,
          width: `at least ${needed}`,
          numbers: [],
          dateFormats: [],
          needed,
        })),
      );
      const dateColumns = COMPUTED_HEADERS.filter((_, index) =>
        cellsIn(width + index + 1).some((cell) => cell?.is_date),
      );
      expect(dateColumns).toEqual(
        expect.arrayContaining([COMPUTED_COLUMNS.due.header, COMPUTED_COLUMNS.expectedFrom.header]),
      );
    });

    test('a merged Region is read in its top-left row only, as Sheets does: no duplicate reported, one computed row for each authority', () => {
      const output = outputOf(which);
      const before = state.input.sheets[TRACKER]!;
      const after = output.sheets[TRACKER]!;
      const region = columnOf(before, 'Region');
      const merged = before.merges
        .map(
          (range) =>
            range.split(':').map(splitRef) as [
              { column: number; row: number },
              { column: number; row: number },
            ],
        )
        .filter(([from]) => from.column === region);
      expect(merged.length).toBeGreaterThan(0);
      const problems = columnOf(after, COMPUTED_COLUMNS.problems.header);
      const underMerge = merged.flatMap(([from, to]) =>
        Array.from({ length: to.row - from.row }, (_, offset) => from.row + offset + 1),
      );
      expect(
        underMerge.map((row) => ({ row, problems: cellAt(after, problems, row)?.value ?? null })),
      ).toEqual(
        underMerge.map((row) => ({ row, problems: expect.not.stringMatching(/already in row/) })),
      );
      const authority = columnOf(before, 'Authority');
      const status = columnOf(after, COMPUTED_COLUMNS.status.header);
      const lastRow = Math.max(lastRowOf(before), lastRowOf(after));
      const rowsWhere = (sheet: Sheet, column: number) =>
        Array.from({ length: lastRow - 1 }, (_, index) => index + 2).filter(
          (row) => String(cellAt(sheet, column, row)?.value ?? '').trim() !== '',
        );
      expect(rowsWhere(after, status)).toEqual(rowsWhere(before, authority));
    });
  });

  test("a second run on the first run's output adds no column and changes none of the tool's headers", () => {
    const first = partsOf(state.first, 'first').sheets[TRACKER]!;
    const second = partsOf(state.second, 'second').sheets[TRACKER]!;
    expect(headersOf(second)).toEqual(headersOf(first));
    expect(second.merges).toEqual(first.merges);
  });
});
