/**
 * The offline Apps Script harness: the services a bound script uses (SpreadsheetApp, HtmlService,
 * ScriptApp, MailApp, PropertiesService, LockService, Session, Utilities, Logger, console) over
 * one emulated spreadsheet, a clock, call counting and fault injection. `load` runs a script
 * (build/Code.js) in a node:vm context with those globals and a Date on the emulator's clock.
 *
 * Tests seed and inspect through the harness (`addSheet`, `sheet`, `values`, `ui`, `mail`...):
 * those calls go straight to the emulated objects and are not counted. Only what the script (or
 * a test, through `globals`) calls via the services is counted.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { Clock } from './clock';
import { type ExecutionKind, ExecutionState } from './execution';
import { type GasObject, asGas, gasError } from './gas';
import { CallLog, type Realm, View, importValue } from './instrument';
import { type LockHolder, type LockKind, EmulatedLockService, LockState } from './lock';
import { type LogLine, EmulatedConsole, EmulatedLogger, LogState } from './logging';
import { type MailDelivery, type SentMail, EmulatedMailApp, MailState } from './mail';
import {
  type PropertyScope,
  type StoredProperties,
  EmulatedPropertiesService,
  PropertyStores,
} from './properties';
import { AUTH_MODE, type TriggerRecord, EmulatedScriptApp, TriggerStore } from './script-app';
import { EmulatedSession, EmulatedUser, SessionState } from './session';
import type { SeededFormula } from './cells';
import type { EmulatedSheet } from './sheet';
import { EmulatedSpreadsheet } from './spreadsheet';
import { EmulatedSpreadsheetApp } from './spreadsheet-app';
import { EmulatedHtmlService, UiLog } from './ui';
import { EmulatedUtilities } from './utilities';
import { CellError } from './values';

export { CallLog } from './instrument';
export type { ExecutionKind } from './execution';
export { SCOPES, permissionError, requiredScopes } from './execution';
export type { LockHolder, LockKind } from './lock';
export type { LogLine } from './logging';
export type { MailDelivery, SentMail } from './mail';
export type { PropertyScope } from './properties';
export type { TriggerRecord } from './script-app';
export type {
  AlertRecord,
  ButtonName,
  DialogRecord,
  MenuItemRecord,
  MenuRecord,
  PromptRecord,
  ToastRecord,
  UiLog,
} from './ui';
export { LOCK_TIMEOUT } from './lock';
export { BODY_TOO_LARGE, QUOTA_EXCEEDED, TOO_MANY_RECIPIENTS } from './mail';
export { ARBITRARY_RANGE } from './metadata';
export {
  PROPERTY_STORE_LIMIT,
  PROPERTY_VALUE_LIMIT,
  STORE_QUOTA_EXCEEDED,
  VALUE_TOO_LARGE,
} from './properties';
export { TOO_MANY_TRIGGERS, TRIGGER_LIMIT } from './script-app';
export type { SeededFormula } from './cells';
export { PROTECTED_CELL } from './protection';
export { OUTSIDE_SHEET } from './sheet';
export { CELL_CHARACTER_LIMIT, CELL_LIMIT_MESSAGE } from './values';

/** The simple triggers a bound spreadsheet script can have (onInstall is an add-on's, in FULL). */
export type SimpleTriggerName = 'onOpen' | 'onEdit' | 'onSelectionChange';

/** The emulator's clock when the test gives none: Monday 11 March 2024, 09:00 UTC. */
export const DEFAULT_NOW = Date.UTC(2024, 2, 11, 9, 0, 0);

export interface EmulatorOptions {
  /** The spreadsheet's time zone (default Europe/London). */
  readonly timeZone?: string;
  /** Session.getScriptTimeZone and triggers' zone (default: the spreadsheet's time zone). */
  readonly scriptTimeZone?: string;
  /** The clock's start (default DEFAULT_NOW). */
  readonly now?: Date;
  /** The active and effective user (default user@example.com). */
  readonly userEmail?: string;
  /** The effective user, when it differs (a trigger installed by someone else). */
  readonly effectiveUserEmail?: string;
  /** The spreadsheet's owner, who may always edit protected cells (default: userEmail). */
  readonly ownerEmail?: string;
  /** Recipients MailApp may still send to today (default 100, a consumer account's quota). */
  readonly mailQuota?: number;
  /** Delivers each message for real as MailApp sends it; when it throws, sendEmail fails. */
  readonly deliverMail?: MailDelivery;
  /** The spreadsheet's locale (default en_GB). */
  readonly locale?: string;
  readonly spreadsheetName?: string;
  readonly spreadsheetId?: string;
  /**
   * What Spreadsheet.getUrl answers (default: Google's address for the id). A workbook file has
   * none: the CLI passes '' unless it is told the Sheet's address.
   */
  readonly spreadsheetUrl?: string;
  /**
   * The spreadsheet's sheets and their rows (typed input, and `{ formula, value }` cells, as
   * addSheet takes them); default one empty 'Sheet1'.
   */
  readonly sheets?: Readonly<Record<string, readonly (readonly unknown[])[]>>;
  /** Milliseconds the clock moves on at every call of these methods, e.g. 'MailApp.sendEmail'. */
  readonly advanceOn?: Readonly<Record<string, number>>;
  /** Called with every Logger and console line (the CLI prints them). */
  readonly onLog?: (line: LogLine) => void;
  /**
   * The script project's HTML files by name without `.html` (build/*.html), for
   * HtmlService.createHtmlOutputFromFile.
   */
  readonly htmlFiles?: Readonly<Record<string, string>>;
  /**
   * The manifest's `oauthScopes` (appsscript.json; `oauthScopesIn` reads them): a call needing a
   * scope that is not among them throws Google's permission error. Absent, as in a manifest
   * without oauthScopes, whose scopes Apps Script finds in the code, nothing is checked.
   */
  readonly oauthScopes?: readonly string[] | undefined;
}

export interface SeedOptions {
  /** USER_ENTERED (default) reads strings as typed input, as setValues does; RAW keeps them text. */
  readonly input?: 'USER_ENTERED' | 'RAW';
  /** Number formats by 1-based column, applied before the values (e.g. { 3: '@' } for text). */
  readonly columnFormats?: Readonly<Record<number, string>>;
}

/**
 * A cell as Sheets stores it, for saving a sheet to a file and loading it back (the CLI's .xlsx):
 * dates are numbers (serials: days since 1899-12-30 on the spreadsheet's wall clock) in a cell
 * whose number format is a date format, as in .xlsx files.
 */
export interface StoredCell {
  /**
   * A number, text, boolean, a formula error code when `error` is set, or null when empty; for a
   * formula cell, its result.
   */
  readonly value: number | string | boolean | null;
  /** The cell's formula ("=..."), when it holds one. */
  readonly formula?: string;
  readonly error?: true;
  /** The number format, absent when automatic. */
  readonly numberFormat?: string;
  readonly note?: string;
  readonly bold?: true;
}

export interface SavedState {
  readonly properties: StoredProperties;
  readonly triggers: readonly TriggerRecord[];
}

export interface StoredSheet {
  readonly cells: readonly (readonly StoredCell[])[];
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly frozenRows: number;
}

/** The globals a bound script sees, typed as Google declares them. */
export interface AppsScriptGlobals {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly ScriptApp: GoogleAppsScript.Script.ScriptApp;
  readonly MailApp: GoogleAppsScript.Mail.MailApp;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly Session: GoogleAppsScript.Base.Session;
  readonly Utilities: GoogleAppsScript.Utilities.Utilities;
  readonly Logger: GoogleAppsScript.Base.Logger;
  readonly console: Console;
}

type GlobalName = keyof AppsScriptGlobals;

/**
 * A Date constructor of a vm context whose `new Date()`, `Date()` and `Date.now()` read the
 * emulator's clock; everything else (arguments, Date.UTC, parse, prototype, instanceof) is the
 * context's own Date.
 */
function clockedDate(intrinsic: DateConstructor, clock: Clock): DateConstructor {
  const now = () => clock.millis;
  const proxy: DateConstructor = new Proxy(intrinsic, {
    construct: (target, args: unknown[], newTarget: NewableFunction) =>
      Reflect.construct(target, args.length === 0 ? [clock.millis] : args, newTarget) as object,
    apply: (target) => new target(clock.millis).toString(),
    get: (target, key) => (key === 'now' ? now : (Reflect.get(target, key) as unknown)),
  });
  Object.defineProperty(intrinsic.prototype, 'constructor', {
    value: proxy,
    writable: true,
    configurable: true,
    enumerable: false,
  });
  return proxy;
}

/** The `oauthScopes` of a script project's manifest (`appsscript.json` in the directory), if any. */
export function oauthScopesIn(directory: string): string[] | undefined {
  const manifest = JSON.parse(readFileSync(path.join(directory, 'appsscript.json'), 'utf8')) as {
    oauthScopes?: unknown;
  };
  const scopes = manifest.oauthScopes;
  if (scopes === undefined) return undefined;
  if (!Array.isArray(scopes) || !scopes.every((scope) => typeof scope === 'string'))
    throw new Error(`oauthScopes in ${directory}/appsscript.json is not a list of scopes`);
  return scopes as string[];
}

/** The HTML files of a built script project (build/*.html), by name without `.html`. */
export function htmlFilesIn(directory: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(directory)
      .filter((name) => name.endsWith('.html'))
      .map((name) => [
        name.slice(0, -'.html'.length),
        readFileSync(path.join(directory, name), 'utf8'),
      ]),
  );
}

export class AppsScriptEmulator {
  readonly clock: Clock;
  /** Every call the script made: count(key), total(), snapshot(), sequence(), reset(). */
  readonly calls: CallLog;
  /** The services as a script sees them (counted), in Node's realm. */
  readonly globals: AppsScriptGlobals;
  /** Menus, alerts, prompts, dialogs and toasts shown; replies to give at alerts and prompts. */
  readonly ui = new UiLog();

  private readonly book: EmulatedSpreadsheet;
  private readonly raw: Record<GlobalName, GasObject>;
  private readonly mailState: MailState;
  private readonly triggerStore: TriggerStore;
  private readonly propertyStores = new PropertyStores();
  private readonly lockState = new LockState();
  private readonly session: SessionState;
  private readonly execution: ExecutionState;
  private readonly logState: LogState;
  private readonly views = new WeakMap<vm.Context, View>();

  constructor(options: EmulatorOptions = {}) {
    this.clock = new Clock(options.now ?? new Date(DEFAULT_NOW));
    this.calls = new CallLog(this.clock);
    for (const [key, milliseconds] of Object.entries(options.advanceOn ?? {}))
      this.calls.advanceOn(key, milliseconds);
    const timeZone = options.timeZone ?? 'Europe/London';
    const userEmail = options.userEmail ?? 'user@example.com';
    this.execution = new ExecutionState(options.oauthScopes && new Set(options.oauthScopes));
    this.session = new SessionState(
      userEmail,
      options.effectiveUserEmail ?? userEmail,
      options.scriptTimeZone ?? timeZone,
      'en',
      this.execution,
    );
    const session = this.session;
    const currentUser = () => session.effectiveUserEmail;
    this.book = new EmulatedSpreadsheet(
      {
        id: options.spreadsheetId ?? '1EmulatedSpreadsheet0000000000000000000000000',
        name: options.spreadsheetName ?? 'Untitled spreadsheet',
        ...(options.spreadsheetUrl === undefined ? {} : { url: options.spreadsheetUrl }),
        timeZone,
        locale: options.locale ?? 'en_GB',
        owner: options.ownerEmail ?? userEmail,
        currentUser,
      },
      this.ui,
    );
    const sheets = options.sheets ?? { Sheet1: [] };
    for (const [name, rows] of Object.entries(sheets)) this.addSheet(name, rows);
    this.mailState = new MailState(options.mailQuota ?? 100, options.deliverMail);
    this.triggerStore = new TriggerStore(
      () => this.session.scriptTimeZone,
      currentUser,
      () => this.clock.millis,
    );
    this.logState = new LogState(this.clock, options.onLog);
    this.raw = {
      SpreadsheetApp: new EmulatedSpreadsheetApp(this.book, this.ui),
      HtmlService: new EmulatedHtmlService(options.htmlFiles ?? {}),
      ScriptApp: new EmulatedScriptApp(this.triggerStore, '1EmulatedScript'),
      MailApp: new EmulatedMailApp(this.mailState, this.clock),
      PropertiesService: new EmulatedPropertiesService(this.propertyStores, currentUser),
      LockService: new EmulatedLockService(this.lockState, this.clock),
      Session: new EmulatedSession(this.session),
      Utilities: new EmulatedUtilities(this.clock),
      Logger: new EmulatedLogger(this.logState),
      console: new EmulatedConsole(this.logState, this.clock),
    };
    this.globals = asGas(this.wrapGlobals(this.view(undefined)));
  }

  /** Services as one realm sees them: counted, and refused as the running execution's kind is. */
  private view(realm: Realm | undefined): View {
    return new View(this.calls, realm, (key) => this.execution.check(key));
  }

  private wrapGlobals(view: View): Record<GlobalName, object> {
    const globals: Partial<Record<GlobalName, object>> = {};
    for (const name of Object.keys(this.raw) as GlobalName[])
      globals[name] = view.wrap(this.raw[name]);
    return globals as Record<GlobalName, object>;
  }

  // --- the clock -------------------------------------------------------------------------------

  /** A fresh Date of the emulator's time. */
  get now(): Date {
    return this.clock.now();
  }

  setNow(date: Date): void {
    this.clock.set(date);
  }

  advance(milliseconds: number): void {
    this.clock.advance(milliseconds);
  }

  /** Every later call of `key` ('MailApp.sendEmail') moves the clock on by `milliseconds`. */
  advanceOn(key: string, milliseconds: number): void {
    this.calls.advanceOn(key, milliseconds);
  }

  // --- faults ----------------------------------------------------------------------------------

  /**
   * The n-th call (1-based, counted from now) of `key` ('Range.setValues') throws an Error with
   * this message (default "Service error: Spreadsheets", or the service's name).
   */
  failOn(key: string, n: number, message?: string): void {
    this.calls.failOn(key, n, message);
  }

  /**
   * Just before the n-th call (1-based, counted from now) of `key` runs, `action` runs: another
   * user or execution changing the spreadsheet between two of the script's calls (seed through
   * the harness, e.g. `emulator.sheet('Tracker').insertColumnBefore(3)`, so it is not counted).
   */
  onCall(key: string, n: number, action: () => void): void {
    this.calls.onCall(key, n, action);
  }

  // --- scripts ---------------------------------------------------------------------------------

  /**
   * A vm context holding only the Apps Script globals and a Date on the emulator's clock, with
   * `code` (e.g. build/Code.js) run in it. Values the services hand over are of that context's
   * realm (its Date, Array and Error).
   */
  load(code: string, filename = 'Code.js'): vm.Context {
    const context = vm.createContext({}, { name: 'Apps Script' });
    const realm = vm.runInContext(
      '({ Date: Date, Array: Array, Error: Error, Object: Object })',
      context,
    ) as Realm;
    const view = this.view(realm);
    Object.assign(context, this.wrapGlobals(view), { Date: clockedDate(realm.Date, this.clock) });
    this.views.set(context, view);
    vm.runInContext(code, context, { filename });
    return context;
  }

  /**
   * Calls a global function of a loaded script as a menu item, a dialog's google.script.run or
   * the editor's Run does (AuthMode.FULL, as the acting user, checked against `oauthScopes`):
   * arguments are handed over in the script's realm, the result comes back in Node's, and the
   * script's locks are released when it ends, as at the end of an execution.
   */
  run(context: vm.Context, functionName: string, ...args: unknown[]): unknown {
    return this.execute('editor', context, functionName, args);
  }

  /**
   * Calls a custom function as a formula in a cell does (AuthMode.CUSTOM_FUNCTION): it may read
   * the spreadsheet but not change it ("You do not have permission to call setValue"), may use no
   * service that needs authorization (MailApp, ScriptApp, a Ui), and Session names nobody.
   */
  runCustomFunction(context: vm.Context, functionName: string, ...args: unknown[]): unknown {
    return this.execute('customFunction', context, functionName, args);
  }

  /**
   * Runs a simple trigger of the bound script as Sheets does when the file opens or is edited
   * (AuthMode.LIMITED): it may read and change the spreadsheet, add menus and alert, but may use
   * no service that needs authorization (MailApp, ScriptApp, dialogs), and Session names nobody.
   * Its event has `authMode`, `source` (the spreadsheet) and `user` (blank), `event` merged over.
   */
  runSimpleTrigger(
    context: vm.Context,
    functionName: SimpleTriggerName,
    event: Readonly<Record<string, unknown>> = {},
  ): unknown {
    return this.execute('simpleTrigger', context, functionName, [
      { authMode: AUTH_MODE.LIMITED, source: this.book, user: new EmulatedUser(''), ...event },
    ]);
  }

  private execute(
    kind: ExecutionKind,
    context: vm.Context,
    functionName: string,
    args: readonly unknown[],
  ): unknown {
    const view = this.views.get(context);
    if (!view) throw new Error("Scripts run only in a context made by this emulator's load()");
    const fn = (context as Record<string, unknown>)[functionName];
    if (typeof fn !== 'function') throw gasError(`Script function not found: ${functionName}`);
    const outerKind = this.execution.kind;
    const uiAvailable = this.ui.available;
    this.execution.kind = kind;
    // A formula's execution has nobody to show anything to.
    if (kind === 'customFunction') this.ui.available = false;
    try {
      return importValue(
        (fn as (...args: unknown[]) => unknown)(...args.map((arg) => view.export(arg))),
      );
    } finally {
      this.execution.kind = outerKind;
      this.ui.available = uiAvailable;
      this.lockState.releaseScriptLocks();
    }
  }

  // --- the spreadsheet (not counted) -----------------------------------------------------------

  /** The active spreadsheet, for seeding and inspection; calls through it are not counted. */
  get spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return asGas(this.book);
  }

  /** A sheet by name (not counted); throws when there is none. */
  sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet {
    const sheet = this.book.getSheetByName(name);
    if (!sheet)
      throw new Error(
        `No sheet named ${name}; there are ${this.book.sheets.map((each) => each.name).join(', ')}`,
      );
    return sheet;
  }

  /**
   * Adds a sheet holding `rows` from A1 (as typed input unless `input: 'RAW'`), at least 1000
   * rows by 26 columns, larger if the rows need it. A cell given as `{ formula: '=IF(...)', value:
   * 44 }` holds that formula with that result (what Sheets, or an .xlsx file, last computed for
   * it); `{ formula }` alone has the emulator's result ('' unless the formula is a literal).
   */
  addSheet(
    name: string,
    rows: readonly (readonly unknown[])[] = [],
    options: SeedOptions = {},
  ): GoogleAppsScript.Spreadsheet.Sheet {
    const sheet = this.book._addSheet(name);
    const formats = Object.entries(options.columnFormats ?? {}).map(
      ([column, format]) => [Number(column), format] as const,
    );
    sheet.maxRows = Math.max(sheet.maxRows, rows.length);
    sheet.maxColumns = Math.max(
      sheet.maxColumns,
      ...rows.map((row) => row.length),
      ...formats.map(([column]) => column),
    );
    for (const [column, format] of formats)
      sheet._range(1, column, sheet.maxRows, 1).setNumberFormat(format);
    sheet._write(1, 1, rows, options.input ?? 'USER_ENTERED', true);
    return asGas(sheet);
  }

  /**
   * A person types a formula into a cell and Sheets computes it: the cell holds the formula with
   * that result (the emulator evaluates nothing itself). Not counted.
   */
  enterFormula(sheetName: string, a1Notation: string, formula: string, result: unknown): void {
    const sheet = this.rawSheet(sheetName);
    const range = sheet._rangeOfA1(a1Notation);
    const cell: SeededFormula = { formula, value: result };
    const rows = Array.from({ length: range.numRows }, () =>
      new Array<SeededFormula>(range.numColumns).fill(cell),
    );
    sheet._write(range.row, range.column, rows, 'USER_ENTERED', true);
  }

  /** Every value of a sheet's data range, as getValues gives them (not counted). */
  values(sheetName: string): unknown[][] {
    return this.sheet(sheetName).getDataRange().getValues();
  }

  /** Every value of a sheet's data range as shown (not counted). */
  displayValues(sheetName: string): string[][] {
    return this.sheet(sheetName).getDataRange().getDisplayValues();
  }

  private rawSheet(name: string): EmulatedSheet {
    this.sheet(name);
    const wanted = name.toLowerCase();
    const sheet = this.book.sheets.find((each) => each.name.toLowerCase() === wanted);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }

  /** A sheet's cells as stored, over its data range (not counted). */
  storedSheet(name: string): StoredSheet {
    const sheet = this.rawSheet(name);
    const rows = Math.max(sheet.getLastRow(), 1);
    const columns = Math.max(sheet.getLastColumn(), 1);
    const cells = Array.from({ length: rows }, (_, row) =>
      Array.from({ length: columns }, (_, column): StoredCell => {
        const { values, formulas, formats, notes, weights } = sheet.cells;
        const value = values.get(row, column);
        const formula = formulas.get(row, column);
        const numberFormat = formats.get(row, column);
        const note = notes.get(row, column);
        return {
          value: value instanceof CellError ? value.code : (value ?? null),
          ...(formula === undefined ? {} : { formula }),
          ...(value instanceof CellError ? { error: true as const } : {}),
          ...(numberFormat === undefined ? {} : { numberFormat }),
          ...(note === undefined ? {} : { note }),
          ...(weights.get(row, column) === 'bold' ? { bold: true as const } : {}),
        };
      }),
    );
    return {
      cells,
      maxRows: sheet.maxRows,
      maxColumns: sheet.maxColumns,
      frozenRows: sheet.frozenRows,
    };
  }

  /** Adds a sheet from stored cells, exactly as given (no typed-input reading), formulas too. */
  addStoredSheet(name: string, stored: StoredSheet): GoogleAppsScript.Spreadsheet.Sheet {
    const sheet = this.book._addSheet(name);
    sheet.maxRows = Math.max(stored.maxRows, stored.cells.length);
    sheet.maxColumns = Math.max(stored.maxColumns, ...stored.cells.map((row) => row.length));
    sheet.frozenRows = stored.frozenRows;
    const { values, formulas, formats, notes, weights } = sheet.cells;
    stored.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const value = cell.value;
        values.set(
          r,
          c,
          value === null || value === ''
            ? undefined
            : cell.error
              ? new CellError(String(value))
              : value,
        );
        formulas.set(r, c, cell.formula);
        formats.set(r, c, cell.numberFormat);
        notes.set(r, c, cell.note);
        weights.set(r, c, cell.bold ? 'bold' : undefined);
      }),
    );
    return asGas(sheet);
  }

  /** Whether there is a user to show things to; false as in a time-driven trigger. */
  setUiAvailable(available: boolean): void {
    this.ui.available = available;
  }

  // --- mail, triggers, properties, logs, locks, users ------------------------------------------

  /** Every message sent, in order. */
  get mail(): readonly SentMail[] {
    return this.mailState.sent;
  }

  get remainingMailQuota(): number {
    return this.mailState.remainingQuota;
  }

  setMailQuota(remaining: number): void {
    this.mailState.remainingQuota = remaining;
  }

  /**
   * Every user's installed triggers with their schedules and owners, in the order they were made
   * (a script sees only its user's, through ScriptApp.getProjectTriggers).
   */
  get triggers(): TriggerRecord[] {
    return this.triggerStore.records();
  }

  /** What Apps Script keeps between executions of a script: its properties and triggers. */
  get savedState(): SavedState {
    return { properties: this.propertyStores.snapshot(), triggers: this.triggerStore.records() };
  }

  /** Starts from what an earlier execution kept (savedState, perhaps through JSON). */
  restoreState(state: SavedState): void {
    this.propertyStores.restore(state.properties);
    this.triggerStore.restore(
      state.triggers.map((trigger) => ({
        ...trigger,
        ...(trigger.at ? { at: new Date(trigger.at) } : {}),
        ...(trigger.dueAt ? { dueAt: new Date(trigger.dueAt) } : {}),
      })),
    );
  }

  /** One-off triggers (at, after) whose time has come and that have not run yet. */
  dueTriggers(): TriggerRecord[] {
    const now = this.clock.millis;
    return this.triggers
      .filter((trigger) => trigger.dueAt && trigger.dueAt.getTime() <= now && !trigger.fired)
      .sort((a, b) => (a.dueAt?.getTime() ?? 0) - (b.dueAt?.getTime() ?? 0));
  }

  /**
   * Runs a trigger's function as Apps Script runs an installable trigger (AuthMode.FULL, checked
   * against `oauthScopes`): as the user who made it (Session's effective user), with nobody at the
   * keyboard (Session's active user is blank) and no user interface, given a time-driven event
   * object; the acting user and the Ui come back after. A one-off trigger is then spent: it stays
   * listed (fired) until deleted, as in Apps Script.
   */
  runTrigger(context: vm.Context, triggerId: string): unknown {
    const trigger = this.triggerStore.triggers.find((each) => each.record.id === triggerId);
    if (!trigger) throw new Error(`No trigger ${triggerId}`);
    const { activeUserEmail, effectiveUserEmail } = this.session;
    const available = this.ui.available;
    this.actAs(trigger.record.owner);
    this.ui.available = false;
    if (trigger.record.dueAt) trigger.fired = true;
    const now = this.clock.now();
    try {
      return this.execute('installableTrigger', context, trigger.record.functionName, [
        {
          authMode: AUTH_MODE.FULL,
          triggerUid: triggerId,
          timezone: 'UTC',
          year: now.getUTCFullYear(),
          month: now.getUTCMonth() + 1,
          'day-of-month': now.getUTCDate(),
          hour: now.getUTCHours(),
          minute: now.getUTCMinutes(),
          second: now.getUTCSeconds(),
        },
      ]);
    } finally {
      this.session.activeUserEmail = activeUserEmail;
      this.session.effectiveUserEmail = effectiveUserEmail;
      this.ui.available = available;
    }
  }

  /**
   * A trigger someone installed earlier, as ScriptApp makes it (not counted): the acting user's
   * unless `owner` is given. Gives its record, whose `id` runTrigger takes.
   */
  addTrigger(
    record: Omit<TriggerRecord, 'id' | 'owner' | 'fired'> & { readonly owner?: string },
  ): TriggerRecord {
    const { owner, ...trigger } = record;
    return this.triggerStore.add(trigger, owner)._snapshot();
  }

  /** Runs every due one-off trigger (dueTriggers), earliest first; gives the ids run. */
  runDueTriggers(context: vm.Context): string[] {
    const due = this.dueTriggers().map((trigger) => trigger.id);
    for (const id of due) this.runTrigger(context, id);
    return due;
  }

  /**
   * A copy of a property store (default the document's); the user store is the acting user's
   * unless another user is named.
   */
  properties(
    scope: PropertyScope = 'document',
    user = this.session.effectiveUserEmail,
  ): Record<string, string> {
    return Object.fromEntries(this.propertyStores.store(scope, user));
  }

  /** Replaces a property store's contents (the user store: the acting user's, or the named one). */
  setProperties(
    scope: PropertyScope,
    properties: Readonly<Record<string, string>>,
    user = this.session.effectiveUserEmail,
  ): void {
    const store = this.propertyStores.store(scope, user);
    store.clear();
    for (const [key, value] of Object.entries(properties)) store.set(key, value);
  }

  /** Every Logger and console line, in order. */
  get logs(): readonly LogLine[] {
    return this.logState.lines;
  }

  /** Another execution takes the lock: the script's tryLock fails and waitLock throws. */
  holdLock(kind: LockKind): void {
    this.lockState.hold(kind);
  }

  /** The lock is free again, whoever held it. */
  releaseLock(kind: LockKind): void {
    this.lockState.release(kind);
  }

  /** 'script' (the running script), 'other' (holdLock) or null. */
  lockHolder(kind: LockKind): LockHolder {
    return this.lockState.holders[kind];
  }

  /**
   * Another user opens the spreadsheet and runs the script: Session's active and effective user
   * become `email`, whose triggers ScriptApp shows, whose user properties PropertiesService gives
   * and whose edits protections check ('' for a user Apps Script will not name).
   */
  actAs(email: string): void {
    this.session.activeUserEmail = email;
    this.session.effectiveUserEmail = email;
  }

  /** The user the script runs as now (Session.getEffectiveUser). */
  get actingUser(): string {
    return this.session.effectiveUserEmail;
  }

  setActiveUserEmail(email: string): void {
    this.session.activeUserEmail = email;
  }

  setEffectiveUserEmail(email: string): void {
    this.session.effectiveUserEmail = email;
  }
}
