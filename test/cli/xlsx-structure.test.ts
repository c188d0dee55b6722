/**
 * What openpyxl forgives and Excel does not: after daily runs in place on workbooks saved by Excel
 * (one with Excel 365's extension lists and form controls), LibreOffice and openpyxl, every XML
 * part is well formed with its namespace prefixes bound, each sheet's column entries are sorted
 * and do not overlap (ECMA-376 Part 1, 18.3.1.13), nothing grows from one run to the next, and
 * every part has a content type.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { root, scratch, startInPlace, xlsxParts, xmlError } from './support';

const FIXTURES = ['excel.xlsx', 'excel-extensions.xlsx', 'libreoffice.xlsx', 'openpyxl.xlsx'];

/** The <col> entries of the sheet's <cols> (a form control's anchor has <xdr:col> elements too). */
function columnRanges(sheet: string): [number, number][] {
  const cols = /<((?:\w+:)?)cols>([\s\S]*?)<\/\1cols>/.exec(sheet)?.[2] ?? '';
  return [...cols.matchAll(/<(?:\w+:)?col\b[^>]*>/g)].map((match) => [
    Number(/\bmin="(\d+)"/.exec(match[0])?.[1]),
    Number(/\bmax="(\d+)"/.exec(match[0])?.[1]),
  ]);
}

/** The part holding the sheet of that name, through the workbook's relationships. */
function sheetPart(parts: Map<string, string>, name: string): string | undefined {
  const sheet = new RegExp(`<sheet\\b[^>]*name="${name}"[^>]*>`).exec(
    parts.get('xl/workbook.xml') ?? '',
  )?.[0];
  const id = /\br:id="([^"]+)"/.exec(sheet ?? '')?.[1];
  const rels = parts.get('xl/_rels/workbook.xml.rels') ?? '';
  const target = new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*>`).exec(rels)?.[0];
  const part = /Target="([^"]+)"/.exec(target ?? '')?.[1];
  return part === undefined ? undefined : part.startsWith('/') ? part.slice(1) : `xl/${part}`;
}

describe.each(FIXTURES)('%s, three mornings in place', (fixture) => {
  const runs: Map<string, string>[] = [];
  beforeAll(async () => {
    const dir = scratch();
    const file = path.join(dir, fixture);
    copyFileSync(path.join(root, 'test', 'fixtures', 'workbooks', fixture), file);
    for (const day of ['2026-12-01', '2026-12-02', '2026-12-03']) {
      const result = await startInPlace(file, path.join(dir, 'out'), '--today', day);
      if (result.status !== 0) throw new Error(result.stderr);
      runs.push(await xlsxParts(file));
    }
  }, 120_000);

  test('every XML part is well formed, its prefixes bound', () => {
    const problems = [...(runs.at(-1) ?? new Map<string, string>())]
      .filter(([name]) => /\.(xml|rels|vml)$/.test(name))
      .flatMap(([name, text]) => {
        const error = xmlError(text);
        return error ? [`${name}: ${error}`] : [];
      });
    expect(problems).toEqual([]);
  });

  test("each sheet's column entries are sorted and do not overlap, and none are added on later runs", () => {
    const last = runs.at(-1) ?? new Map<string, string>();
    for (const [name, text] of last) {
      if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
      const ranges = columnRanges(text);
      ranges.forEach(([min, max], index) => {
        expect({ name, min, max, ok: min <= max }).toEqual({ name, min, max, ok: true });
        const previous = ranges[index - 1];
        if (previous)
          expect({ name, after: previous[1], min, ok: min > previous[1] }).toEqual({
            name,
            after: previous[1],
            min,
            ok: true,
          });
      });
      expect({ name, entries: columnRanges(runs[1]?.get(name) ?? '').length }).toEqual({
        name,
        entries: ranges.length,
      });
    }
  });

  test('from one run to the next only the Reminder log grows: nothing else accumulates', () => {
    const [, second, third] = runs;
    const log = sheetPart(third ?? new Map(), 'Reminder log');
    const grown = [...(third ?? new Map<string, string>())].filter(
      ([name, text]) => name !== log && (second?.get(name)?.length ?? 0) + 2000 < text.length,
    );
    expect(log).toBeDefined();
    expect(grown.map(([name]) => name)).toEqual([]);
  });

  test('every part has a content type', () => {
    const last = runs.at(-1) ?? new Map<string, string>();
    const types = last.get('[Content_Types].xml') ?? '';
    const defaults = new Set(
      [...types.matchAll(/Extension="([^"]+)"/g)].map((m) => (m[1] ?? '').toLowerCase()),
    );
    const overrides = new Set([...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]));
    const untyped = [...last.keys()].filter(
      (name) =>
        name !== '[Content_Types].xml' &&
        !overrides.has(name) &&
        !defaults.has(name.slice(name.lastIndexOf('.') + 1).toLowerCase()),
    );
    expect(untyped).toEqual([]);
  });
});
