/** Spreadsheet: its sheets, zone and locale, selection, developer metadata and toasts. */
import { GAS_CLASS, GasObject, asGas, gasError, ownObject } from './gas';
import { MetadataStore } from './metadata';
import type { EmulatedRange } from './range';
import { EmulatedSheet, type SheetParent } from './sheet';
import { type ZoneRules, zoneRules } from './time-zone';
import type { UiLog } from './ui';
import type { InputContext } from './values';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;

export interface SpreadsheetOptions {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
  readonly locale: string;
  /** What getUrl answers (default: Google's address for the id). */
  readonly url?: string;
  /** The spreadsheet's owner, who can always edit protected ranges (default: nobody). */
  readonly owner?: string;
  /** The user the script runs as (Session.getEffectiveUser), whose edits protections check. */
  readonly currentUser?: () => string;
}

export class EmulatedSpreadsheet
  extends GasObject
  implements
    SheetParent,
    Pick<
      Spreadsheet,
      | 'addDeveloperMetadata'
      | 'createDeveloperMetadataFinder'
      | 'deleteSheet'
      | 'getDeveloperMetadata'
      | 'getActiveRange'
      | 'getActiveSheet'
      | 'getId'
      | 'getName'
      | 'getProtections'
      | 'getRange'
      | 'getSheetByName'
      | 'getSheets'
      | 'getSpreadsheetLocale'
      | 'getSpreadsheetTimeZone'
      | 'getUrl'
      | 'insertSheet'
      | 'rename'
      | 'setSpreadsheetLocale'
      | 'setSpreadsheetTimeZone'
      | 'toast'
    >
{
  readonly sheets: EmulatedSheet[] = [];
  zone: ZoneRules;
  locale: string;
  name: string;
  readonly id: string;
  private readonly url: string;
  readonly owner: string;
  /** Every piece of developer metadata, wherever it is. */
  readonly metadata = new MetadataStore(this);
  private readonly currentUser: () => string;
  private active: EmulatedSheet | undefined;
  /** The selection, as Range.activate leaves it; on the active sheet. */
  private activeRange: EmulatedRange | undefined;
  private lastSheetId = 0;

  constructor(
    options: SpreadsheetOptions,
    readonly uiLog: UiLog,
  ) {
    super();
    this.zone = zoneRules(options.timeZone);
    this.locale = options.locale;
    this.name = options.name;
    this.id = options.id;
    this.url = options.url ?? `https://docs.google.com/spreadsheets/d/${options.id}/edit`;
    this.owner = options.owner ?? '';
    this.currentUser = options.currentUser ?? (() => this.owner);
  }

  /** The user the script runs as now. */
  get user(): string {
    return this.currentUser();
  }

  get [GAS_CLASS](): string {
    return 'Spreadsheet';
  }

  /** How typed input is read in this spreadsheet's zone and locale. */
  get input(): InputContext {
    return { zone: this.zone, monthFirst: /^en_US$/i.test(this.locale) };
  }

  /** Sheet names are unique whatever their case, and found whatever the case, as in Sheets. */
  private _find(name: string): EmulatedSheet | undefined {
    const wanted = String(name).toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  getSheetByName(name: string): Sheet | null {
    const sheet = this._find(name);
    return sheet ? asGas(sheet) : null;
  }

  getSheets(): Sheet[] {
    return this.sheets.map((sheet) => asGas<Sheet>(sheet));
  }

  getActiveSheet(): Sheet {
    const sheet = this.active ?? this.sheets[0];
    if (!sheet) throw gasError('The spreadsheet has no sheets.');
    return asGas(sheet);
  }

  /** The selected range of the active sheet: A1 until a script selects another. */
  getActiveRange(): Range {
    const sheet = this.active ?? this.sheets[0];
    if (!sheet) throw gasError('The spreadsheet has no sheets.');
    const range = this.activeRange;
    return asGas(range && range.sheet === sheet ? range : sheet._range(1, 1, 1, 1));
  }

  /** Sheet.activate and Range.activate: the sheet comes to the front, with the range selected. */
  _activate(sheet: EmulatedSheet, range?: EmulatedRange): void {
    if (!this.sheets.includes(sheet)) throw gasError('The sheet has already been deleted.');
    this.active = sheet;
    this.activeRange = range;
  }

  /**
   * insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index): the new sheet
   * goes at the end (or at the 0-based index) and becomes the active sheet. Templates are not
   * emulated.
   */
  insertSheet(
    nameOrIndex?: string | number | { template?: Sheet | undefined },
    indexOrOptions?: number | { template?: Sheet | undefined },
    options?: { template?: Sheet | undefined },
  ): Sheet {
    const templated = [nameOrIndex, indexOrOptions, options].some(
      (argument) => typeof argument === 'object' && argument !== null && 'template' in argument,
    );
    if (templated) throw gasError("The emulator's Spreadsheet.insertSheet does not copy templates");
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const index =
      typeof nameOrIndex === 'number'
        ? nameOrIndex
        : typeof indexOrOptions === 'number'
          ? indexOrOptions
          : undefined;
    if (name === undefined) {
      let number = this.sheets.length + 1;
      while (this._find(`Sheet${number}`)) number++;
      name = `Sheet${number}`;
    }
    const sheet = this._addSheet(name, index);
    this.active = sheet;
    return asGas(sheet);
  }

  /** Adds a sheet at the end (or the 0-based index) without making it active. */
  _addSheet(name: string, index?: number): EmulatedSheet {
    if (name.trim() === '') throw gasError('Sheet names cannot be empty.');
    if (this._find(name))
      throw gasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new EmulatedSheet(this, name, ++this.lastSheetId);
    const position =
      index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(position, 0, sheet);
    return sheet;
  }

  deleteSheet(sheet: Sheet): void {
    const target = ownObject(sheet, EmulatedSheet, 'SpreadsheetApp.Spreadsheet.deleteSheet');
    const index = this.sheets.indexOf(target);
    if (index < 0) throw gasError('The sheet has already been deleted.');
    if (this.sheets.length === 1) throw gasError("You can't remove all the sheets in a document.");
    this.sheets.splice(index, 1);
    this.metadata.sheetDeleted(target);
    if (this.active === target) this.active = this.sheets[0];
  }

  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): Spreadsheet {
    this.metadata.add(
      { type: 'SPREADSHEET' },
      'SpreadsheetApp.Spreadsheet.addDeveloperMetadata',
      [key, valueOrVisibility, visibility].filter((arg) => arg !== undefined),
    );
    return asGas(this);
  }

  /** The metadata on the spreadsheet itself (not on its sheets, rows or columns). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.metadata.at({ type: 'SPREADSHEET' });
  }

  /** Finds metadata anywhere in the spreadsheet. */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.metadata.finder({ kind: 'spreadsheet' });
  }

  /** An A1 range on the active sheet, or on a named one: `Tracker!A1:B2`, `'Reminder log'!A:A`. */
  getRange(a1Notation: string): Range {
    const text = String(a1Notation);
    const bang = text.lastIndexOf('!');
    if (bang < 0) return this.getActiveSheet().getRange(text);
    const sheetName = text
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    const sheet = this._find(sheetName);
    if (!sheet) throw gasError('Range not found');
    return sheet.getRange(text.slice(bang + 1));
  }

  getSpreadsheetTimeZone(): string {
    return this.zone.timeZone;
  }

  /** Date cells keep their wall clock: the instants they stand for move with the zone. */
  setSpreadsheetTimeZone(timezone: string): void {
    try {
      this.zone = zoneRules(String(timezone));
    } catch {
      throw gasError(`Invalid argument: ${String(timezone)}`);
    }
  }

  getSpreadsheetLocale(): string {
    return this.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.locale = String(locale);
  }

  /** Recorded in the ui log; where there is no user interface (triggers) nobody sees it. */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    if (!this.uiLog.available) return;
    this.uiLog.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }

  getName(): string {
    return this.name;
  }

  rename(newName: string): void {
    this.name = String(newName);
  }

  getId(): string {
    return this.id;
  }

  getUrl(): string {
    return this.url;
  }

  getProtections(type: ProtectionType): Protection[] {
    return this.sheets.flatMap((sheet) => sheet.getProtections(type));
  }
}
