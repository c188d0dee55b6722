/**
 * Excel 365's extension lists: the x14 validations and conditional formats it keeps inside
 * <extLst>, and the form controls it wraps in mc:AlternateContent, carry the names of the
 * worksheet's own elements. `npm start` must put its own elements among the worksheet's children,
 * where CT_Worksheet's sequence puts them, and leave every byte of the extensions as it was; the
 * result must parse (saxes, strict, namespaces bound) and openpyxl must read it. The children are
 * listed here by a namespace-aware parse of the test's own, not by the code under test.
 */
import JSZip from 'jszip';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { readParts } from '../support/openpyxl';
import { root, scratch, start, xlsxParts, xmlError } from './support';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const TODAY = '2026-12-01';
/** What the tool writes in its own conditional formats' formulas (src/sheets/setup.ts). */
const TOOL_MARK = 'ilacs-tracker';

/** CT_Worksheet's sequence (ECMA-376 Part 1, 18.3.1.99, Transitional). */
const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

// --- reading what was written -------------------------------------------------------------------

interface TopChild {
  /** `sheetData`; an mc:AlternateContent's as `mc:AlternateContent(controls)`, what it offers. */
  readonly name: string;
  readonly text: string;
}

/** The worksheet root's own children, by a namespace-aware parse. */
function worksheetChildren(xml: string): TopChild[] {
  const parser = new SaxesParser({ xmlns: true });
  const children: TopChild[] = [];
  let depth = 0;
  let current: { name: string; uri: string; start: number; offers?: string } | undefined;
  parser.on('opentag', (tag) => {
    depth += 1;
    if (depth === 2)
      current = { name: tag.local, uri: tag.uri, start: xml.lastIndexOf('<', parser.position - 1) };
    if (depth === 4 && current && current.offers === undefined) current.offers = tag.local;
  });
  parser.on('closetag', () => {
    if (depth === 2 && current) {
      const { name, uri, start, offers } = current;
      children.push({
        name:
          uri === MAIN
            ? name
            : uri === MC && name === 'AlternateContent'
              ? `mc:AlternateContent(${offers ?? ''})`
              : `{${uri}}${name}`,
        text: xml.slice(start, parser.position),
      });
    }
    depth -= 1;
  });
  parser.write(xml).close();
  return children;
}

/** Where a child stands in CT_Worksheet: an mc:AlternateContent where what it offers does. */
function rankOf(name: string): number {
  return WORKSHEET_ORDER.indexOf(/^mc:AlternateContent\((\w+)\)$/.exec(name)?.[1] ?? name);
}

/** The children's names as they are, and in the schema's order (the same when all is well). */
function order(xml: string): { written: string[]; schema: string[] } {
  const written = worksheetChildren(xml).map((child) => child.name);
  const schema = [...written].sort((a, b) => rankOf(a) - rankOf(b));
  return { written, schema };
}

function childrenNamed(xml: string, name: string): TopChild[] {
  return worksheetChildren(xml).filter((child) => child.name === name);
}

const malformed = (parts: Map<string, string>) =>
  [...parts]
    .filter(([name]) => /\.(xml|rels|vml)$/.test(name))
    .flatMap(([name, text]) => {
      const error = xmlError(text);
      return error ? [`${name}: ${error}`] : [];
    });

// --- runs ---------------------------------------------------------------------------------------

/** `npm start` on `file`, its workbook written into `out`; the written workbook's path. */
async function run(file: string, out: string): Promise<string> {
  const result = await start('--tracker', file, '--today', TODAY, '--out', out);
  if (result.status !== 0) throw new Error(`npm start failed: ${result.stderr}`);
  return path.join(out, path.basename(file));
}

describe('excel-extensions.xlsx: x14 validations and conditional formats, form controls', () => {
  const TRACKER = 'xl/worksheets/sheet1.xml';
  const runs: { file: string; parts: Map<string, string> }[] = [];

  beforeAll(async () => {
    const dir = scratch();
    const input = path.join(dir, 'excel-extensions.xlsx');
    copyFileSync(path.join(root, 'test', 'fixtures', 'workbooks', 'excel-extensions.xlsx'), input);
    runs.push({ file: input, parts: await xlsxParts(input) });
    const first = await run(input, path.join(dir, 'out'));
    runs.push({ file: first, parts: await xlsxParts(first) });
    const second = await run(first, path.join(dir, 'out2'));
    runs.push({ file: second, parts: await xlsxParts(second) });
  }, 240_000);

  const [input, first, second] = [0, 1, 2].map((index) => () => {
    const found = runs[index];
    if (!found) throw new Error('the runs did not complete');
    return found;
  }) as [() => (typeof runs)[0], () => (typeof runs)[0], () => (typeof runs)[0]];
  const tracker = (which: () => (typeof runs)[0]) => which().parts.get(TRACKER) ?? '';

  test('the fixture has what the test relies on', () => {
    const sheet = tracker(input);
    expect(order(sheet).written).toEqual(expect.arrayContaining(['extLst']));
    expect(order(sheet).written).toContain('mc:AlternateContent(controls)');
    expect(order(sheet).written).not.toContain('dataValidations');
    const [extensions] = childrenNamed(sheet, 'extLst');
    expect(extensions?.text).toContain('<x14:dataValidations count="2"');
    expect(extensions?.text).toContain('<xm:f>Lookups!$A$1:$A$3</xm:f>');
    expect(extensions?.text).toContain('<x14:dataBar ');
    expect(extensions?.text).toContain('<x14:iconSet iconSet="3Triangles">');
  });

  test.each([
    ['first', first],
    ['second', second],
  ])('after the %s run every XML part is well formed, its prefixes bound', (_, which) => {
    expect(malformed(which().parts)).toEqual([]);
  });

  test.each([
    ['first', first],
    ['second', second],
  ])("after the %s run each sheet's children are in the schema's order", (_, which) => {
    const sheets = [...which().parts].filter(([name]) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
    for (const [name, xml] of sheets) {
      const { written, schema } = order(xml);
      expect({ name, written }).toEqual({ name, written: schema });
    }
  });

  test.each([
    ['first', first],
    ['second', second],
  ])(
    "after the %s run the tool's conditional formats are the worksheet's own, and its extension list and controls are as they were, byte for byte",
    (_, which) => {
      const before = tracker(input);
      const after = tracker(which);
      const tools = childrenNamed(after, 'conditionalFormatting').filter((child) =>
        child.text.includes(TOOL_MARK),
      );
      expect(tools.length).toBeGreaterThan(0);
      for (const name of ['extLst', 'mc:AlternateContent(controls)'])
        expect(childrenNamed(after, name).map((child) => child.text)).toEqual(
          childrenNamed(before, name).map((child) => child.text),
        );
      // The coordinator's own conditional formats, the data bar's x14:id among them, stay.
      for (const theirs of childrenNamed(before, 'conditionalFormatting'))
        expect(after).toContain(theirs.text);
    },
  );

  test("a second run writes the tool's formats again in place of its own: none accumulate", () => {
    const count = (xml: string) =>
      childrenNamed(xml, 'conditionalFormatting').filter((child) => child.text.includes(TOOL_MARK))
        .length;
    expect(count(tracker(second))).toBe(count(tracker(first)));
  });

  test('openpyxl reads both outputs, with no warning the input did not give', () => {
    const warnings = readParts(input().file).warnings;
    expect(readParts(first().file).warnings).toEqual(warnings);
    expect(readParts(second().file).warnings).toEqual(warnings);
  });
});

// --- workbooks made here, each with one form --------------------------------------------------

const LOOKUPS_SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Red</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Amber</t></is></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>Green</t></is></c></row></sheetData></worksheet>`;

const ROWS =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Authority</t></is></c><c r="B1" t="inlineStr"><is><t>RAG</t></is></c></row>' +
  '<row r="2"><c r="A2" t="inlineStr"><is><t>Kent</t></is></c><c r="B2" t="inlineStr"><is><t>Green</t></is></c></row>' +
  '<row r="3"><c r="A3" t="inlineStr"><is><t>Devon</t></is></c></row>';

/** The coordinator's RAG list from the Lookups sheet, as Excel 365 writes it: in x14 only. */
const X14_VALIDATION = `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>Lookups!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>B2:B3</xm:sqref></x14:dataValidation></x14:dataValidations></ext>`;

/** A data bar's x14 half and an icon set only Excel 2010 and later have. */
const X14_FORMATS = `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="iconSet" priority="1" id="{0A327384-BF2F-4BF5-9767-123CD690A536}"><x14:iconSet iconSet="3Stars"><x14:cfvo type="percent"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="percent"><xm:f>33</xm:f></x14:cfvo><x14:cfvo type="percent"><xm:f>67</xm:f></x14:cfvo></x14:iconSet></x14:cfRule><xm:sqref>B2:B3</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>`;

const CONTROLS = `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="x14"><controls><mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="x14"><control shapeId="1025" r:id="rId9" name="Check Box 1"><controlPr defaultSize="0" autoFill="0" autoLine="0" autoPict="0"><anchor moveWithCells="1"><from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></from><to><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>6</xdr:row><xdr:rowOff>0</xdr:rowOff></to></anchor></controlPr></control></mc:Choice></mc:AlternateContent></controls></mc:Choice></mc:AlternateContent>`;

const PAGE_MARGINS =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

const worksheet = (
  inner: string,
  declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
) =>
  `${declaration}<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:xdr="${XDR}" xmlns:x14="${X14}" xmlns:mc="${MC}" mc:Ignorable="x14">${inner}</worksheet>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** A Tracker (Authority and RAG only: Set up adds every other column) and a Lookups sheet. */
async function trackerFile(sheet: string, styles = STYLES): Promise<string> {
  const zip = new JSZip();
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${type}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${type}.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${type}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${type}.styles+xml"/><Override PartName="/xl/ctrlProps/ctrlProp1.xml" ContentType="application/vnd.ms-excel.controlproperties+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Tracker" sheetId="1" r:id="rId1"/><sheet name="Lookups" sheetId="2" r:id="rId2"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="${REL}/ctrlProp" Target="../ctrlProps/ctrlProp1.xml"/></Relationships>`,
  );
  zip.file(
    'xl/ctrlProps/ctrlProp1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><formControlPr xmlns="${X14}" objectType="CheckBox" lockText="1" noThreeD="1"/>`,
  );
  zip.file('xl/worksheets/sheet1.xml', sheet);
  zip.file('xl/worksheets/sheet2.xml', LOOKUPS_SHEET);
  zip.file('xl/styles.xml', styles);
  const file = path.join(scratch(), 'tracker.xlsx');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

/** `npm start` on a workbook made here: the written package's parts. */
async function started(sheet: string, styles?: string): Promise<Map<string, string>> {
  const file = await trackerFile(sheet, styles);
  return xlsxParts(await run(file, path.join(path.dirname(file), 'out')));
}

describe('workbooks made here, each in one of the forms Excel 365 writes', () => {
  test("only x14 validations in <extLst>: the tool's validations go into a <dataValidations> of the worksheet's own, before <pageMargins>", async () => {
    const sheet = worksheet(
      `<sheetData>${ROWS}</sheetData>${PAGE_MARGINS}<extLst>${X14_VALIDATION}</extLst>`,
    );
    const after = await started(sheet);
    const written = after.get('xl/worksheets/sheet1.xml') ?? '';
    expect(malformed(after)).toEqual([]);
    const { written: names, schema } = order(written);
    expect(names).toEqual(schema);
    expect(names.indexOf('dataValidations')).toBe(names.indexOf('pageMargins') - 1);
    expect(childrenNamed(written, 'dataValidations')).toHaveLength(1);
    expect(childrenNamed(written, 'extLst').map((child) => child.text)).toEqual([
      `<extLst>${X14_VALIDATION}</extLst>`,
    ]);
  });

  test("x14 conditional formats, a BOM, an x: prefix and astral characters: the tool's formats are the worksheet's own, the rest byte for byte", async () => {
    // Characters outside the BMP and a CRLF before the edits: saxes's offsets must be the string's.
    const rows = `${ROWS}<row r="4"><c r="A4" t="inlineStr"><is><t>Tyne\r\nand Wear 🚲 é</t></is></c></row>`;
    const sheet = `\ufeff<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<x:worksheet xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheetData>${rows.replace(/<(\/?)(row|c|is|t)\b/g, '<$1x:$2')}</x:sheetData>${PAGE_MARGINS.replace('<', '<x:')}<x:extLst>${X14_FORMATS}</x:extLst></x:worksheet>`;
    const after = await started(sheet);
    const written = after.get('xl/worksheets/sheet1.xml') ?? '';
    expect(malformed(after)).toEqual([]);
    expect(
      written.startsWith(
        '\ufeff<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<x:worksheet ',
      ),
    ).toBe(true);
    expect(order(written).written).toEqual(order(written).schema);
    const tools = childrenNamed(written, 'conditionalFormatting');
    expect(tools.length).toBeGreaterThan(0);
    expect(tools.every((child) => child.text.startsWith('<x:conditionalFormatting '))).toBe(true);
    expect(childrenNamed(written, 'extLst').map((child) => child.text)).toEqual([
      `<x:extLst>${X14_FORMATS}</x:extLst>`,
    ]);
    expect(written).toContain('<x:c r="A4" t="inlineStr"><x:is><x:t>Tyne\r\nand Wear 🚲 é</x:t>');
    // Priorities run on from the x14 rules': one order for both lists.
    expect(tools[0]?.text).toMatch(/priority="2"/);
  });

  test("form controls in mc:AlternateContent right after the data: the tool's validations, formats and notes' drawing go before it, never inside", async () => {
    const sheet = worksheet(`<sheetData>${ROWS}</sheetData>${CONTROLS}`);
    const after = await started(sheet);
    const written = after.get('xl/worksheets/sheet1.xml') ?? '';
    expect(malformed(after)).toEqual([]);
    const { written: names, schema } = order(written);
    expect(names).toEqual(schema);
    expect(names).toEqual(
      expect.arrayContaining(['dataValidations', 'legacyDrawing', 'mc:AlternateContent(controls)']),
    );
    expect(
      childrenNamed(written, 'mc:AlternateContent(controls)').map((child) => child.text),
    ).toEqual([CONTROLS]);
  });

  test('a sheet that is not well-formed XML is refused on reading, in one line naming the part', async () => {
    const file = await trackerFile(worksheet(`<sheetData>${ROWS}</sheetData><extLst><ext>`));
    const result = await start('--tracker', file, '--today', TODAY, '--out', scratch());
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^ilacs-tracker: .*tracker\.xlsx: not a readable \.xlsx workbook \(xl\/worksheets\/sheet1\.xml: not well-formed XML \(.+\)\)\.\n$/,
    );
  });

  test("x14 dxfs in the style sheet's <extLst> and no <dxfs>: the tool's formats get a <dxfs> of the style sheet's own", async () => {
    const slicerDxfs = `<extLst><ext uri="{46F421CA-312F-682f-3DD2-61675219B42D}" xmlns:x14="${X14}"><x14:dxfs count="1"><x14:dxf><x14:fill><x14:patternFill patternType="solid"><x14:fgColor rgb="FF00FF00"/></x14:patternFill></x14:fill></x14:dxf></x14:dxfs></ext></extLst>`;
    const styles = STYLES.replace('</styleSheet>', `${slicerDxfs}</styleSheet>`);
    const after = await started(worksheet(`<sheetData>${ROWS}</sheetData>${PAGE_MARGINS}`), styles);
    const written = after.get('xl/styles.xml') ?? '';
    expect(malformed(after)).toEqual([]);
    expect(written).toContain(`</cellStyles><dxfs count="`);
    expect(written).toContain(`${slicerDxfs}</styleSheet>`);
    // The tool's first format refers to the first of the style sheet's own dxfs.
    const sheet = after.get('xl/worksheets/sheet1.xml') ?? '';
    const ids = [...sheet.matchAll(/dxfId="(\d+)"/g)].map((match) => Number(match[1]));
    expect(Math.min(...ids)).toBe(0);
  });
});
