/**
 * cli/xlsx: reading a package as Sheets reads an upload, and patching only what the tool owns.
 * The packages here are written by hand in the forms other writers use (a namespace prefix, rows
 * and cells without references, shared formulas, the 1904 date system, LibreOffice's column
 * ranges), so each test can fail on one form.
 */
import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppsScriptEmulator, type StoredCell } from '../../emulator';
import { serialOfWall } from '../../emulator/values';
import { loadWorkbook } from '../../cli/workbook';
import { workbookFiles } from '../../cli/workbook-files';
import { widthFor } from '../../cli/xlsx/widths';
import { COMPUTED_COLUMNS } from '../../src/domain/tracker/columns';
import { DATE_FORMAT, DATE_TIME_FORMAT } from '../../src/sheets/dates';
import { SHEET_NAMES } from '../../src/sheets/workbook';
import { scratch } from './support';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const TRANSITIONAL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = TRANSITIONAL;

interface Parts {
  readonly sheet: string;
  readonly workbookPr?: string;
  readonly styles?: string;
  readonly strings?: string;
  readonly comments?: string;
  readonly extraSheet?: string;
  /** A package without xl/styles.xml, which the format allows. */
  readonly noStyles?: true;
  /** The relationship types' namespace: ISO 29500 Strict's instead of Transitional's. */
  readonly strict?: true;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Arial"/></font><font><b/><sz val="11"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`;

async function xlsxFile(parts: Parts): Promise<string> {
  const REL = parts.strict
    ? 'http://purl.oclc.org/ooxml/officeDocument/relationships'
    : TRANSITIONAL;
  const zip = new JSZip();
  const extra = parts.extraSheet !== undefined;
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${extra ? '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' : ''}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${parts.strings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}${parts.comments ? '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' : ''}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${parts.workbookPr ?? ''}<sheets><sheet name="Tracker" sheetId="1" r:id="rId1"/>${extra ? '<sheet name="Contacts" sheetId="2" state="hidden" r:id="rId9"/>' : ''}</sheets><definedNames><definedName name="Mine">Tracker!$A$1:$B$3</definedName></definedNames></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${extra ? `<Relationship Id="rId9" Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>` : ''}<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>${parts.strings ? `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
  );
  if (!parts.noStyles) zip.file('xl/styles.xml', parts.styles ?? STYLES);
  zip.file('xl/worksheets/sheet1.xml', parts.sheet);
  if (parts.extraSheet) zip.file('xl/worksheets/sheet2.xml', parts.extraSheet);
  if (parts.strings) zip.file('xl/sharedStrings.xml', parts.strings);
  if (parts.comments) {
    zip.file('xl/comments1.xml', parts.comments);
    zip.file(
      'xl/worksheets/_rels/sheet1.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/></Relationships>`,
    );
  }
  const file = path.join(scratch(), 'tracker.xlsx');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

const sheetXml = (data: string, after = '', before = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${before}<sheetData>${data}</sheetData>${after}</worksheet>`;

async function open(file: string) {
  const emulator = new AppsScriptEmulator({ timeZone: 'Europe/London', sheets: {} });
  const opened = await loadWorkbook(emulator, file);
  return { emulator, opened };
}

async function partsOf(bytes: string | Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files))
    parts.set(name, await zip.files[name]!.async('string'));
  return parts;
}

describe('reading as Sheets does', () => {
  test('every cell type, shared strings with rich text and phonetic runs, a namespace prefix, rows and cells without references', async () => {
    const file = await xlsxFile({
      strings: `<?xml version="1.0"?><sst xmlns="${MAIN}"><si><t>Authority</t></si><si><r><t>Ken</t></r><r><rPr><b/></rPr><t xml:space="preserve">t </t></r><rPh><t>KENTO</t></rPh></si><si><t>a_x000D_b &amp; c</t></si></sst>`,
      sheet: `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>Inline</x:t></x:is></x:c></x:row><x:row><x:c t="s"><x:v>1</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c t="str"><x:f>A1&amp;"!"</x:f><x:v>Authority!</x:v></x:c><x:c><x:f t="shared" si="0"/><x:v>7</x:v></x:c></x:row><x:row r="5"><x:c r="C5" t="s"><x:v>2</x:v></x:c><x:c r="D5" s="1" t="d"><x:v>2024-03-11T00:00:00</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    });
    const { emulator } = await open(file);
    const cells = emulator.storedSheet('Tracker').cells;
    expect(cells[0]?.map((cell) => cell.value).slice(0, 2)).toEqual(['Authority', 'Inline']);
    expect(cells[1]?.[0]?.value).toBe('Kent ');
    expect(cells[1]?.[1]?.value).toBe(true);
    expect(cells[1]?.[2]).toMatchObject({ value: '#DIV/0!', error: true });
    expect(cells[1]?.[3]).toMatchObject({ value: 'Authority!', formula: '=A1&"!"' });
    expect(cells[1]?.[4]?.formula).toBeDefined();
    expect(cells[1]?.[4]?.value).toBe(7);
    expect(cells[4]?.[2]?.value).toBe('a\rb & c');
    expect(emulator.values('Tracker')[4]?.[3]).toEqual(new Date(Date.UTC(2024, 2, 11)));
  });

  test('a merge holds its value in the top-left cell only; notes, bold and frozen rows are read', async () => {
    const file = await xlsxFile({
      sheet: sheetXml(
        '<row r="1"><c r="A1" s="2" t="inlineStr"><is><t>Region</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>London</t></is></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>London</t></is></c></row>',
        '<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>',
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" state="frozen"/></sheetView></sheetViews>',
      ),
      comments: `<?xml version="1.0"?><comments xmlns="${MAIN}"><authors><author>Sam</author></authors><commentList><comment ref="A2" authorId="0"><text><r><t>Ask </t></r><r><t>Sam</t></r></text></comment></commentList></comments>`,
    });
    const { emulator } = await open(file);
    const cells = emulator.storedSheet('Tracker').cells;
    // A3, under the merge, holds no value however the file stored it.
    expect(cells.map((row) => row[0]?.value)).toEqual(['Region', 'London']);
    expect(emulator.sheet('Tracker').getRange('A3').getValue()).toBe('');
    expect(cells[1]?.[0]?.note).toBe('Ask Sam');
    expect(cells[0]?.[0]?.bold).toBe(true);
    expect(emulator.storedSheet('Tracker').frozenRows).toBe(1);
  });

  test('a formula with no stored result (as openpyxl writes it) reads as its text, so its column is not blank', async () => {
    const file = await xlsxFile({
      sheet: sheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Due</t></is></c></row><row r="2"><c r="A2"><f>B2+1095</f></c></row>',
      ),
    });
    const { emulator } = await open(file);
    expect(emulator.values('Tracker')[1]?.[0]).toBe('=B2+1095');
    expect(emulator.storedSheet('Tracker').cells[1]?.[0]?.formula).toBe('=B2+1095');
  });

  test('the 1904 date system moves dates, and only dates', async () => {
    const file = await xlsxFile({
      workbookPr: '<workbookPr date1904="1"/>',
      sheet: sheetXml('<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1"><v>0</v></c></row>'),
    });
    const { emulator } = await open(file);
    const [row] = emulator.values('Tracker');
    expect(row?.[0]).toEqual(new Date(Date.UTC(1904, 0, 1)));
    expect(row?.[1]).toBe(0);
  });
});

describe('writing only what the tool owns', () => {
  const tracker = sheetXml(
    '<row r="1" spans="1:2"><c r="A1" s="2" t="inlineStr"><is><t>Authority</t></is></c><c r="B1" t="inlineStr"><is><t>Last inspection</t></is></c></row>' +
      '<row r="2" spans="1:2" ht="30" customHeight="1"><c r="A2" t="inlineStr"><is><t>Kent</t></is></c><c r="B2" s="1"><v>45362</v></c></row>' +
      '<row r="3"><c r="A3"><f>UPPER("x")</f><v>X</v></c></row>',
    '<mergeCells count="1"><mergeCell ref="A4:B4"/></mergeCells>',
    '<dimension ref="A1:B3"/><cols><col min="1" max="1" width="30" customWidth="1"/><col min="2" max="1025" width="11.5" style="0"/></cols>',
  );

  async function changed(file: string, change: (emulator: AppsScriptEmulator) => void) {
    const { emulator, opened } = await open(file);
    change(emulator);
    const [output] = await workbookFiles(emulator, opened, file);
    return {
      before: await partsOf(readFileSync(file)),
      after: await partsOf(output!.contents),
    };
  }

  const status = COMPUTED_COLUMNS.status;

  test('a new column of the tool: its cells and width are added, every other byte of the sheet stays, and every other part is the same', async () => {
    const file = await xlsxFile({
      sheet: tracker,
      extraSheet: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Mine</t></is></c></row>'),
    });
    const { before, after } = await changed(file, (emulator) => {
      const sheet = emulator.sheet('Tracker');
      sheet.getRange('C1').setValue(status.header).setNote(status.note).setFontWeight('bold');
      sheet.getRange('C2').setValue('Expected Jan-May 2027 <soon> & "then"');
      sheet.getRange('A3').setValue('typed over a formula');
    });
    for (const [name, text] of before) {
      if (
        !['xl/worksheets/sheet1.xml', 'xl/styles.xml', '[Content_Types].xml'].includes(name) &&
        !name.endsWith('.rels')
      )
        expect({ name, text: after.get(name) }).toEqual({ name, text });
    }
    const sheet = after.get('xl/worksheets/sheet1.xml') ?? '';
    // The coordinator's cells, exactly as they were.
    expect(sheet).toContain(
      '<c r="A1" s="2" t="inlineStr"><is><t>Authority</t></is></c><c r="B1" t="inlineStr"><is><t>Last inspection</t></is></c>',
    );
    expect(sheet).toContain(
      '<c r="A2" t="inlineStr"><is><t>Kent</t></is></c><c r="B2" s="1"><v>45362</v></c>',
    );
    expect(sheet).toContain('<row r="2" ht="30" customHeight="1">');
    // A formula cell is never written over.
    expect(sheet).toContain('<row r="3"><c r="A3"><f>UPPER("x")</f><v>X</v></c></row>');
    expect(sheet).toContain('Expected Jan-May 2027 &lt;soon&gt; &amp; &quot;then&quot;');
    expect(sheet).toContain('<dimension ref="A1:C3"/>');
    // LibreOffice's range over every other column is split around the tool's column.
    expect(sheet).toMatch(
      /<col min="2" max="2" width="11.5" style="0"\/><col min="3" max="3" width="\d+(\.\d+)?" style="0" customWidth="1"\/><col min="4" max="1025" width="11.5" style="0"\/>/,
    );
    expect(sheet).toMatch(/<legacyDrawing r:id="rId\d+"\/><\/worksheet>$/);
    const comments = [...after.keys()].find((name) => /^xl\/comments\d+\.xml$/.test(name));
    expect(after.get(comments ?? '')).toContain('Computed by ilacs-tracker');
    expect(after.get('[Content_Types].xml')).toContain('Extension="vml"');
    // The tool's bold header: a new style, appended, so that every existing index keeps its meaning.
    expect(sheet).toMatch(/<c r="C1" s="3" t="inlineStr">/);
    expect(after.get('xl/styles.xml')).toMatch(
      /<fonts count="3">.*<font><b\/><sz val="11"\/><name val="Arial"\/><\/font><\/fonts>.*<cellXfs count="4">.*<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"\/><\/cellXfs>/,
    );
  });

  test("a note of the tool beside the coordinator's keeps theirs", async () => {
    const file = await xlsxFile({
      sheet: tracker,
      comments: `<?xml version="1.0"?><comments xmlns="${MAIN}"><authors><author>Sam</author></authors><commentList><comment ref="A2" authorId="0"><text><t>Mine</t></text></comment></commentList></comments>`,
    });
    const { after } = await changed(file, (emulator) => {
      emulator.sheet('Tracker').getRange('C1').setValue(status.header).setNote(status.note);
    });
    const comments = after.get('xl/comments1.xml') ?? '';
    expect(comments).toContain('<comment ref="A2" authorId="0"><text><t>Mine</t></text></comment>');
    expect(comments).toContain('<author>Sam</author><author>ilacs-tracker</author>');
    expect(comments).toMatch(/<comment ref="C1" authorId="1">/);
  });

  test("a sheet the tool adds is in the workbook, its relationships and content types; the coordinator's sheets and names stay", async () => {
    const file = await xlsxFile({ sheet: tracker });
    const { after } = await changed(file, (emulator) => {
      emulator.spreadsheet
        .insertSheet('Settings')
        .getRange('A1:B1')
        .setValues([['Setting', 'Value']]);
      emulator.sheet('Settings').setFrozenRows(1);
    });
    const workbook = after.get('xl/workbook.xml') ?? '';
    expect(workbook).toMatch(
      /<sheet name="Tracker" sheetId="1" r:id="rId1"\/><sheet name="Settings" sheetId="2" r:id="(rId\d+)"\/><\/sheets>/,
    );
    const id = /name="Settings" sheetId="2" r:id="(rId\d+)"/.exec(workbook)?.[1];
    expect(after.get('xl/_rels/workbook.xml.rels')).toContain(
      `Id="${id}" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"`,
    );
    expect(after.get('[Content_Types].xml')).toContain('PartName="/xl/worksheets/sheet2.xml"');
    expect(after.get('xl/worksheets/sheet2.xml')).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
    expect(workbook).toContain('<definedName name="Mine">Tracker!$A$1:$B$3</definedName>');
  });

  test("nothing changed: the package's parts come back as they were", async () => {
    const file = await xlsxFile({ sheet: tracker });
    const { before, after } = await changed(file, () => undefined);
    expect(after).toEqual(before);
  });

  test("a style derived for the tool keeps the base cell's font and fill and adds the number format once", async () => {
    const file = await xlsxFile({ sheet: tracker });
    const { after } = await changed(file, (emulator) => {
      const sheet = emulator.sheet('Tracker');
      sheet.getRange('C1').setValue(COMPUTED_COLUMNS.due.header).setNote(COMPUTED_COLUMNS.due.note);
      sheet
        .getRange('C2:C3')
        .setValues([[new Date(Date.UTC(2027, 0, 5))], [new Date(Date.UTC(2027, 0, 6))]])
        .setNumberFormat(DATE_FORMAT);
    });
    const styles = after.get('xl/styles.xml') ?? '';
    expect(styles).toContain('<numFmt numFmtId="165" formatCode="d mmm yyyy"/>');
    expect(styles).toContain('<cellXfs count="4">');
    const sheet = after.get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toMatch(/<c r="C2" s="3"><v>46392<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="C3" s="3"><v>46393<\/v><\/c>/);
  });

  test("a package without a styles part gets one, declared, for the tool's dates", async () => {
    const file = await xlsxFile({ sheet: tracker, noStyles: true });
    const { after } = await changed(file, (emulator) => {
      const sheet = emulator.sheet('Tracker');
      sheet.getRange('C1').setValue(COMPUTED_COLUMNS.due.header).setNote(COMPUTED_COLUMNS.due.note);
      sheet
        .getRange('C2')
        .setValue(new Date(Date.UTC(2027, 0, 5)))
        .setNumberFormat(DATE_FORMAT);
    });
    const rels = after.get('xl/_rels/workbook.xml.rels') ?? '';
    const target = /Type="[^"]*\/styles" Target="([^"]+)"/.exec(rels)?.[1];
    expect(target).toBeDefined();
    expect(after.get(`xl/${target}`)).toContain('formatCode="d mmm yyyy"');
    expect(after.get('[Content_Types].xml')).toContain(`PartName="/xl/${target}"`);
  });
});

describe('the width of a column the tool sizes: what its cells show, so that none shows ###', () => {
  /** A serial for a wall-clock moment, as the emulator stores a date. */
  const serial = (...parts: [number, number, number, number?, number?]) =>
    serialOfWall(Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3] ?? 0, parts[4] ?? 0));
  const column = (...cells: StoredCell[]) => cells.map((cell) => [cell]);
  const header = (text: string): StoredCell => ({ value: text, bold: true });

  test("a number is as wide as it shows in its format, not as its value's digits", () => {
    // 1,234,567.89 is 12 characters; the value's own digits, 1234567.891, are 11.
    expect(widthFor(column(header('N'), { value: 1234567.891, numberFormat: '#,##0.00' }), 0)).toBe(
      14,
    );
    // Unformatted: up to 10 significant digits, as Sheets shows it.
    expect(widthFor(column(header('N'), { value: 1 / 3 }), 0)).toBe('0.3333333333'.length + 2);
  });

  test("a date-time column is wide enough for its format's widest moment, not 11 as any date was", () => {
    const time = { value: serial(2026, 12, 1, 7, 0), numberFormat: DATE_TIME_FORMAT };
    // 1 Dec 2026 07:00 is 16 characters; 30 Sep 2026 23:59, the widest, 17.
    expect(widthFor(column(header('Time'), time), 0)).toBe(19);
    const date = { value: serial(2026, 12, 1), numberFormat: DATE_FORMAT };
    // 1 Dec 2026; 30 Sep 2026 at the widest: 11.
    expect(widthFor(column(header('Due'), date), 0)).toBe(13);
    expect(
      widthFor(column(header('Due'), { ...date, numberFormat: 'dd/mm/yyyy hh:mm:ss' }), 0),
    ).toBe(21);
    expect(widthFor(column(header('Due'), { ...date, numberFormat: 'dddd d mmmm yyyy' }), 0)).toBe(
      'Wednesday 30 September 2026'.length + 2,
    );
  });

  test('a column with no date yet is sized for the dates its format is waiting for: on its empty cells, or the row below', () => {
    const empty = { value: null, numberFormat: DATE_FORMAT };
    expect(widthFor(column(header('Event date'), empty, empty), 0)).toBe(13);
    // The Reminder log as Set up leaves it: the header alone, the Time column formatted below it.
    expect(widthFor(column(header('Time')), 0, DATE_TIME_FORMAT)).toBe(19);
    expect(widthFor(column(header('Time')), 0, '0.###############')).toBe(8);
    expect(widthFor(column(header('Time')), 0)).toBe(8);
  });

  test('text gets its length and the margin, from 8 up to 60; a number past 60 still gets its width', () => {
    expect(widthFor(column(header('Kind')), 0)).toBe(8);
    expect(widthFor(column(header('Engagement meeting overdue')), 0)).toBe(28);
    expect(widthFor(column(header('Detail'), { value: 'x'.repeat(200) }), 0)).toBe(60);
    expect(widthFor(column(header('N'), { value: 1, numberFormat: '0'.repeat(70) }), 0)).toBe(72);
    expect(widthFor(column(header('Flag'), { value: '#DIV/0!', error: true }), 0)).toBe(9);
  });

  async function writtenCols(change: (emulator: AppsScriptEmulator) => void, cols = '') {
    const file = await xlsxFile({
      sheet: sheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Authority</t></is></c></row>',
        '',
        cols,
      ),
    });
    const { emulator, opened } = await open(file);
    change(emulator);
    const outputs = await workbookFiles(emulator, opened, file);
    const parts = await partsOf(outputs[0]!.contents);
    const workbook = parts.get('xl/workbook.xml') ?? '';
    const rels = parts.get('xl/_rels/workbook.xml.rels') ?? '';
    const sheetPart = (name: string) => {
      const id = new RegExp(`name="${name}" sheetId="\\d+" r:id="(rId\\d+)"`).exec(workbook)?.[1];
      const target = new RegExp(`Id="${id}" Type="[^"]*" Target="([^"]+)"`).exec(rels)?.[1];
      return parts.get(target?.startsWith('/') ? target.slice(1) : `xl/${target ?? ''}`) ?? '';
    };
    return (name: string) =>
      Object.fromEntries(
        [...sheetPart(name).matchAll(/<col min="(\d+)" max="\1" width="([\d.]+)"[^>]*\/>/g)].map(
          (match) => [Number(match[1]), Number(match[2])],
        ),
      );
  }

  test('the Reminder log as Set up leaves it, before anything is logged: its Time and Event date columns fit the dates to come', async () => {
    const widths = await writtenCols((emulator) => {
      const log = emulator.spreadsheet.insertSheet(SHEET_NAMES.reminderLog);
      log.getRange(1, 1, 1, 4).setValues([['Time', 'Authority', 'Kind', 'Event date']]);
      log.getRange(2, 1, log.getMaxRows() - 1, 1).setNumberFormat(DATE_TIME_FORMAT);
      log.getRange(2, 4, log.getMaxRows() - 1, 1).setNumberFormat(DATE_FORMAT);
    });
    expect(widths(SHEET_NAMES.reminderLog)).toEqual({ 1: 19, 2: 11, 3: 8, 4: 13 });
  });

  /** The tool's Due in column B, a date, and its Status in column C, text. */
  const dueAndStatus = (emulator: AppsScriptEmulator) => {
    const sheet = emulator.sheet('Tracker');
    sheet.getRange('B1').setValue(COMPUTED_COLUMNS.due.header).setNote(COMPUTED_COLUMNS.due.note);
    sheet
      .getRange('B2')
      .setValue(new Date(Date.UTC(2027, 0, 5)))
      .setNumberFormat(DATE_FORMAT);
    const { status } = COMPUTED_COLUMNS;
    sheet.getRange('C1').setValue(status.header).setNote(status.note);
    sheet.getRange('C2').setValue('Expected Jan-May 2027');
  };

  test('a width someone set on a column of the tool stays, even one narrower than the tool would make it', async () => {
    const widths = await writtenCols(
      dueAndStatus,
      '<cols><col min="3" max="3" width="9" customWidth="1"/></cols>',
    );
    expect(widths('Tracker')).toEqual({ 2: 13, 3: 9 });
  });

  test("a width set on a column of the tool too narrow for its dates (an older version's Time, 13 wide) is widened to fit them, never narrowed", async () => {
    const widths = await writtenCols((emulator) => {
      const log = emulator.spreadsheet.insertSheet(SHEET_NAMES.reminderLog);
      log.getRange(1, 1, 1, 2).setValues([['Time', 'Authority']]);
      log
        .getRange(2, 1)
        .setValue(new Date(Date.UTC(2026, 11, 1, 7)))
        .setNumberFormat(DATE_TIME_FORMAT);
      log.getRange(2, 2).setValue('Barking and Dagenham, with a long name');
    }, '');
    expect(widths(SHEET_NAMES.reminderLog)[1]).toBe(19);
    const narrowed = await writtenCols(
      dueAndStatus,
      '<cols><col min="2" max="2" width="9" customWidth="1"/><col min="3" max="3" width="40" customWidth="1"/></cols>',
    );
    // The date column set too narrow grows to its dates; the wide text column keeps its 40.
    expect(narrowed('Tracker')).toEqual({ 2: 13, 3: 40 });
  });
});

test('ISO 29500 Strict relationship types are read like Transitional ones', async () => {
  const file = await xlsxFile({
    strict: true,
    sheet: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Authority</t></is></c></row>'),
  });
  const { emulator } = await open(file);
  expect(emulator.values('Tracker')[0]?.[0]).toBe('Authority');
});
