/**
 * Writes the emulator's sheets back into the package they were read from, changing only what the
 * tool owns: each sheet through cli/xlsx/sheet-writer.ts, the sheets it added registered in the
 * workbook, and the styles it added. Every other part is left as it came.
 */
import type { AppsScriptEmulator } from '../../emulator';
import { CONTENT_TYPES, RELATIONSHIP_TYPES, isKind } from './package';
import type { LoadedWorkbook } from './read';
import { SheetWriter, finalSheet } from './sheet-writer';
import { NEW_SHEET } from './worksheet';
import { child, declaresPrefix, elements, escapeXml, splice } from './xml';

const RELATIONSHIPS_NAMESPACE =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Adds the sheet `name`, whose part is `part`, to the workbook's list of sheets. */
function addSheetToWorkbook(loaded: LoadedWorkbook, name: string, part: string): void {
  const { xlsx, workbookPart } = loaded;
  const id = xlsx.addRelationship(workbookPart, RELATIONSHIP_TYPES.worksheet, part);
  xlsx.declareContentType(part, CONTENT_TYPES.worksheet);
  const workbook = xlsx.text(workbookPart) ?? '';
  const sheets = child(workbook, 'sheets');
  if (!sheets) throw new Error('the workbook part lists no sheets');
  const existing = [...elements(sheets.inner, 'sheet')];
  const idAttribute =
    [...(existing[0]?.attributes.keys() ?? [])].find((key) => key.endsWith(':id')) ?? 'r:id';
  const sheetId =
    Math.max(0, ...existing.map((sheet) => Number(sheet.attributes.get('sheetId') ?? 0))) + 1;
  const prefix = idAttribute.split(':')[0] ?? 'r';
  // openpyxl declares the relationships namespace on each sheet element, not on the root.
  const declaration = declaresPrefix(workbook, 'workbook', prefix)
    ? ''
    : ` xmlns:${prefix}="${RELATIONSHIPS_NAMESPACE}"`;
  const entry = `<${sheets.prefix}sheet${declaration} name="${escapeXml(name)}" sheetId="${sheetId}" ${idAttribute}="${id}"/>`;
  const at = sheets.end - `</${sheets.prefix}sheets>`.length;
  xlsx.setText(workbookPart, splice(workbook, [{ start: at, end: at, text: entry }]));
}

/** The package again, with the emulator's sheets written into it. */
export async function writeXlsx(
  loaded: LoadedWorkbook,
  emulator: AppsScriptEmulator,
): Promise<Buffer> {
  const { xlsx } = loaded;
  const vmlParts = () =>
    loaded.sheets
      .flatMap((sheet) => xlsx.relationships(sheet.entry.part))
      .filter((relationship) => isKind(relationship, 'vmlDrawing'))
      .map((relationship) => relationship.part);
  for (const sheet of emulator.spreadsheet.getSheets()) {
    const name = sheet.getName();
    const original = loaded.sheets.find(
      (each) => each.entry.name.toLowerCase() === name.toLowerCase(),
    );
    const part = original?.entry.part ?? xlsx.freePart((n) => `xl/worksheets/sheet${n}.xml`);
    const xml = original ? (xlsx.text(part) ?? NEW_SHEET) : NEW_SHEET;
    const written = new SheetWriter(loaded, original, finalSheet(emulator, name), xml).write(
      part,
      vmlParts(),
    );
    if (!original) addSheetToWorkbook(loaded, name, part);
    xlsx.setText(part, written);
  }
  const styles = loaded.styles.updated();
  if (styles !== undefined) {
    // A package may have no styles part at all (the format allows it); the tool's formats need one.
    const part =
      loaded.stylesPart ?? xlsx.freePart((n) => (n === 1 ? 'xl/styles.xml' : `xl/styles${n}.xml`));
    if (loaded.stylesPart === undefined) {
      xlsx.addRelationship(loaded.workbookPart, RELATIONSHIP_TYPES.styles, part);
      xlsx.declareContentType(part, CONTENT_TYPES.styles);
    }
    xlsx.setText(part, styles);
  }
  return xlsx.bytes();
}
