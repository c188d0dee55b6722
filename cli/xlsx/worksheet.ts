/**
 * A worksheet part's shape: the order CT_Worksheet gives its children, so that what the tool adds
 * goes where the schema puts it, and the part of a sheet the tool adds.
 */
import { insertInOrder } from './xml';

/** CT_Worksheet's children in schema order (ECMA-376 Part 1, 18.3.1.99, Transitional). */
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

/**
 * Inserts `element` where `name` belongs among the worksheet's own children: before the first
 * that comes after it (an mc:AlternateContent where what it wraps would be), so never inside
 * <extLst> or mc:AlternateContent, whose x14 elements have the same names.
 */
export function insertChild(xml: string, name: string, element: string): string {
  return insertInOrder(xml, WORKSHEET_ORDER, name, element);
}

/** The worksheet part of a sheet the tool adds, before its cells are written in. */
export const NEW_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
