/**
 * A workbook file as the emulator's spreadsheet: .xlsx through ExcelJS (values, dates, notes,
 * bold, frozen rows, number formats, data validation, conditional formatting), or .csv holding the
 * Tracker sheet alone. Reading never writes to the input file.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppsScriptEmulator, StoredCell } from '../emulator';
import { COMPUTED_COLUMNS, normalizeHeader } from '../src/domain/tracker/columns';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export class WorkbookError extends Error {}

/** Excel and Sheets count days from 1899-12-30; a serial's fraction is the time of day. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function serialOf(date: Date): number {
  return (date.getTime() - SERIAL_EPOCH_MS) / DAY_MS;
}

function dateOfSerial(serial: number): Date {
  return new Date(Math.round(SERIAL_EPOCH_MS + serial * DAY_MS));
}

const isDateFormat = (format: string | undefined) =>
  format !== undefined && /[dy]/i.test(format.replace(/"[^"]*"/g, ''));

export type WorkbookKind = 'xlsx' | 'csv';

export function workbookKind(file: string): WorkbookKind {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xlsx') return 'xlsx';
  if (extension === '.csv') return 'csv';
  throw new WorkbookError(`${file}: expected a .xlsx workbook or a .csv of the Tracker sheet.`);
}

// --- reading ------------------------------------------------------------------------------------

function storedCell(cell: ExcelJS.Cell): StoredCell {
  const format = cell.numFmt || undefined;
  const note =
    typeof cell.note === 'string' ? cell.note : cell.note?.texts?.map((text) => text.text).join('');
  const extras = {
    ...(note ? { note } : {}),
    ...(cell.font?.bold ? { bold: true as const } : {}),
  };
  let value: unknown = cell.value;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    if ('error' in value) return { value: String(value.error), error: true, ...extras };
    if ('result' in value) value = value.result;
    else if ('richText' in value)
      value = (value as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join('');
    else if ('text' in value) value = value.text;
  }
  if (value instanceof Date)
    return {
      value: serialOf(value),
      numberFormat: isDateFormat(format) ? (format as string) : 'yyyy-mm-dd',
      ...extras,
    };
  if (value === null || value === undefined)
    return { value: null, ...(format ? { numberFormat: format } : {}), ...extras };
  return {
    value: value as string | number | boolean,
    ...(format ? { numberFormat: format } : {}),
    ...extras,
  };
}

function emulatorValidation(
  emulator: AppsScriptEmulator,
  rule: ExcelJS.DataValidation,
): DataValidation | undefined {
  const builder = emulator.globals.SpreadsheetApp.newDataValidation()
    .setAllowInvalid(rule.errorStyle === 'warning' || rule.showErrorMessage === false)
    .setHelpText(rule.prompt ?? '');
  const [first] = rule.formulae ?? [];
  switch (rule.type) {
    case 'list':
      return builder
        .requireValueInList(
          String(first ?? '')
            .replace(/^"|"$/g, '')
            .split(','),
          true,
        )
        .build();
    case 'date':
      return builder.requireDate().build();
    case 'decimal':
    case 'whole':
      return rule.operator === 'greaterThanOrEqual'
        ? builder.requireNumberGreaterThanOrEqualTo(Number(first)).build()
        : undefined;
    case 'custom':
      return String(first).includes('SEARCH("@"')
        ? builder.requireTextIsEmail().build()
        : builder.requireFormulaSatisfied(`=${String(first)}`).build();
    default:
      return undefined;
  }
}

function readWorksheet(emulator: AppsScriptEmulator, worksheet: ExcelJS.Worksheet): void {
  const rows = Math.max(worksheet.rowCount, 1);
  const columns = Math.max(worksheet.columnCount, 1);
  const cells = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => storedCell(worksheet.getCell(r + 1, c + 1))),
  );
  const frozen = (worksheet.views ?? []).find((view) => view.state === 'frozen');
  emulator.addStoredSheet(worksheet.name, {
    cells,
    maxRows: Math.max(rows, 1000),
    maxColumns: Math.max(columns, 26),
    frozenRows: frozen && 'ySplit' in frozen ? (frozen.ySplit ?? 0) : 0,
  });
  const sheet = emulator.sheet(worksheet.name);
  const validations = (
    worksheet as unknown as {
      dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
    }
  ).dataValidations.model;
  for (const [address, rule] of Object.entries(validations)) {
    const validation = rule && emulatorValidation(emulator, rule);
    if (validation) sheet.getRange(address.replace(/^range:/, '')).setDataValidation(validation);
  }
  const formats =
    (worksheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings ?? [];
  const SpreadsheetApp = emulator.globals.SpreadsheetApp;
  sheet.setConditionalFormatRules(
    formats.flatMap((format) =>
      format.rules.flatMap((rule) => {
        if (rule.type !== 'expression' || !rule.formulae?.[0]) return [];
        const colour =
          rule.style?.fill && 'bgColor' in rule.style.fill
            ? rule.style.fill.bgColor?.argb
            : undefined;
        const builder = SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied(`=${String(rule.formulae[0])}`)
          .setRanges(format.ref.split(' ').map((ref) => sheet.getRange(ref)));
        return [
          (colour ? builder.setBackground(`#${colour.slice(-6).toLowerCase()}`) : builder).build(),
        ];
      }),
    ),
  );
}

/** Loads a workbook file into the emulator's spreadsheet. */
export async function loadWorkbook(emulator: AppsScriptEmulator, file: string): Promise<void> {
  const kind = workbookKind(file);
  let contents: Buffer;
  try {
    contents = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WorkbookError(
      `${file}: cannot be read (${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}).`,
    );
  }
  if (kind === 'csv') {
    const rows = parse(contents, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as string[][];
    const tracker = emulator.addSheet('Tracker', rows);
    // A CSV cannot hold the header notes that mark the tool's own columns: its computed headers
    // are taken as the tool's, as the tool wrote them.
    const computed = new Map(
      Object.values(COMPUTED_COLUMNS).map((column) => [
        normalizeHeader(column.header),
        column.note,
      ]),
    );
    (rows[0] ?? []).forEach((header, index) => {
      const note = computed.get(normalizeHeader(header));
      if (note) tracker.getRange(1, index + 1).setNote(note);
    });
  } else {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(contents as unknown as ArrayBuffer);
    } catch (error) {
      throw new WorkbookError(
        `${file}: not a readable .xlsx workbook (${(error as Error).message}).`,
      );
    }
    for (const worksheet of workbook.worksheets) readWorksheet(emulator, worksheet);
  }
  if (!emulator.spreadsheet.getSheetByName('Tracker')) {
    throw new WorkbookError(`${file}: there is no sheet named Tracker.`);
  }
  emulator.calls.reset();
}

// --- writing ------------------------------------------------------------------------------------

function excelValidation(
  rule: DataValidation,
  address: string,
): ExcelJS.DataValidation | undefined {
  const common = {
    allowBlank: true,
    showErrorMessage: !rule.getAllowInvalid(),
    errorStyle: rule.getAllowInvalid() ? ('warning' as const) : ('stop' as const),
    ...(rule.getHelpText() ? { showInputMessage: true, prompt: rule.getHelpText() } : {}),
  };
  const values = rule.getCriteriaValues();
  switch (String(rule.getCriteriaType())) {
    case 'VALUE_IN_LIST':
      return { ...common, type: 'list', formulae: [`"${(values[0] as string[]).join(',')}"`] };
    case 'DATE_IS_VALID_DATE':
      return {
        ...common,
        type: 'date',
        operator: 'greaterThan',
        formulae: [new Date(Date.UTC(1900, 0, 1))],
      };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return {
        ...common,
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        formulae: [Number(values[0])],
      };
    case 'TEXT_IS_VALID_EMAIL':
      return { ...common, type: 'custom', formulae: [`ISNUMBER(SEARCH("@",${address}))`] };
    case 'CUSTOM_FORMULA':
      return { ...common, type: 'custom', formulae: [String(values[0]).replace(/^=/, '')] };
    default:
      return undefined;
  }
}

function writeWorksheet(
  emulator: AppsScriptEmulator,
  workbook: ExcelJS.Workbook,
  name: string,
): void {
  const stored = emulator.storedSheet(name);
  const worksheet = workbook.addWorksheet(name, {
    views: stored.frozenRows > 0 ? [{ state: 'frozen', ySplit: stored.frozenRows }] : [],
  });
  stored.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = worksheet.getCell(r + 1, c + 1);
      const isDate = typeof cell.value === 'number' && isDateFormat(cell.numberFormat);
      if (cell.error) target.value = { error: cell.value as ExcelJS.CellErrorValue['error'] };
      else if (cell.value !== null)
        target.value = isDate
          ? dateOfSerial(cell.value as number)
          : (cell.value as ExcelJS.CellValue);
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
      if (cell.note) target.note = cell.note;
      if (cell.bold) target.font = { bold: true };
    }),
  );
  const sheet = emulator.sheet(name);
  const range = sheet.getRange(1, 1, sheet.getMaxRows(), Math.max(sheet.getLastColumn(), 1));
  range.getDataValidations().forEach((row, r) =>
    row.forEach((rule, c) => {
      if (!rule) return;
      const cell = worksheet.getCell(r + 1, c + 1);
      const validation = excelValidation(rule, cell.address);
      if (validation) cell.dataValidation = validation;
    }),
  );
  sheet.getConditionalFormatRules().forEach((rule, index) => {
    const condition = rule.getBooleanCondition();
    const formula = condition?.getCriteriaValues()[0];
    if (
      !condition ||
      String(condition.getCriteriaType()) !== 'CUSTOM_FORMULA' ||
      typeof formula !== 'string'
    )
      return;
    const background = condition.getBackground();
    worksheet.addConditionalFormatting({
      ref: rule
        .getRanges()
        .map((each) => each.getA1Notation())
        .join(' '),
      rules: [
        {
          type: 'expression',
          priority: index + 1,
          formulae: [formula.replace(/^=/, '')],
          style: background
            ? {
                fill: {
                  type: 'pattern',
                  pattern: 'solid',
                  bgColor: { argb: `FF${background.replace('#', '').toUpperCase()}` },
                },
              }
            : {},
        },
      ],
    });
  });
}

/** A CSV cell: dates as ISO text (date-times with their time), everything else as shown. */
function csvText(cell: StoredCell): string {
  if (cell.value === null) return '';
  if (typeof cell.value === 'number' && isDateFormat(cell.numberFormat)) {
    const iso = dateOfSerial(cell.value).toISOString();
    return cell.value % 1 === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  return String(cell.value);
}

function csv(rows: readonly (readonly StoredCell[])[]): string {
  const quote = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((row) => row.map((cell) => quote(csvText(cell))).join(',')).join('\n') + '\n';
}

/**
 * Writes the spreadsheet into `outDir` under the input's name and format: the whole workbook for
 * .xlsx; for .csv the Tracker and, beside it, reminder-log.csv. Returns the files written.
 */
export async function saveWorkbook(
  emulator: AppsScriptEmulator,
  inputFile: string,
  outDir: string,
): Promise<string[]> {
  const output = path.join(outDir, path.basename(inputFile));
  if (workbookKind(inputFile) === 'csv') {
    const logFile = path.join(outDir, 'reminder-log.csv');
    await writeFile(output, csv(emulator.storedSheet('Tracker').cells));
    await writeFile(logFile, csv(emulator.storedSheet('Reminder log').cells));
    return [output, logFile];
  }
  const workbook = new ExcelJS.Workbook();
  for (const sheet of emulator.spreadsheet.getSheets())
    writeWorksheet(emulator, workbook, sheet.getName());
  await workbook.xlsx.writeFile(output);
  return [output];
}
