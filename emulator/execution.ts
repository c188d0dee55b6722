/**
 * What each kind of execution may do, and the manifest's scopes. Every call a script makes goes
 * through `ExecutionState.check` (see instrument.ts) before it runs, and is refused as Apps Script
 * refuses it. What Google documents, quoted from its pages:
 *
 * - "Enum AuthMode" (developers.google.com/apps-script/reference/script/auth-mode):
 *   CUSTOM_FUNCTION "allows access to a limited subset of services for use in custom spreadsheet
 *   functions. Some of these services — including read-only access to the Spreadsheet service —
 *   normally require authorization, but are allowed without authorization when used in a custom
 *   function." LIMITED "allows access to a limited subset of services. This mode occurs when an
 *   add-on or a script bound to a document executes an onOpen(e) or onEdit(e) simple trigger".
 *   FULL "allows access to all services that require authorization. This mode occurs when an
 *   add-on or a script executes as the result of any trigger other than the cases described for
 *   LIMITED or NONE."
 * - "Custom Functions in Google Sheets" (developers.google.com/apps-script/guides/sheets/functions),
 *   its table of services: Spreadsheet "Read only (can use most get*() methods, but not set*())";
 *   Cache, HTML (can generate HTML, not display it), Language, Lock, Maps, Properties, URL Fetch,
 *   Utilities and XML work; "If your custom function throws the error message You do not have
 *   permission to call X service., the service requires user authorization and thus cannot be
 *   used in your custom function." A write is refused as "You do not have permission to call
 *   setValue" (the method alone, as scripts on GitHub quote it).
 * - "Simple Triggers" (developers.google.com/apps-script/guides/triggers), Restrictions: "They
 *   cannot access services that require authorization. For example, a simple trigger cannot send
 *   an email because the Gmail service requires authorization" and "They can modify the file
 *   they are bound to, but cannot access other files because that would require authorization."
 *   GitHub issues quote what onOpen and onEdit got: "You do not have permission to call
 *   ScriptApp.getProjectTriggers. Required permissions:
 *   https://www.googleapis.com/auth/script.scriptapp" (diegomanuel/binance-to-google-sheets#106,
 *   with that scope in appsscript.json) and "... Ui.showModalDialog. Required permissions:
 *   https://www.googleapis.com/auth/script.container.ui".
 * - "Class User", getEmail(): "the user's email address is not available in any context that
 *   allows a script to run without that user's authorization, like a simple onOpen(e) or
 *   onEdit(e) trigger, a custom function in Google Sheets"; "Class Session", getEffectiveUser():
 *   "If the script is running under an installable trigger, this returns the account of the user
 *   who created the trigger. In most other cases, this returns the same account as
 *   getActiveUser()". A time-driven trigger has nobody at the keyboard: its active user is blank.
 *   "Authorization for Google Services" (developers.google.com/apps-script/guides/services/
 *   authorization), Permissions and types of scripts: "Custom function in a spreadsheet:
 *   Anonymous user; however, quota limits count against user at the keyboard", "Installable
 *   trigger: User who created the trigger".
 * - Where there is nobody to show it to, SpreadsheetApp.getUi() throws "Cannot call
 *   SpreadsheetApp.getUi() from this context." (spreadsheet-app.ts): a custom function has no Ui.
 * - Each method's "Authorization" section names the scopes it needs (Session.getActiveUser:
 *   userinfo.email; SpreadsheetApp's classes: spreadsheets.currentonly or spreadsheets;
 *   MailApp: script.send_mail; ScriptApp's triggers: script.scriptapp; Ui's dialogs and sidebar:
 *   script.container.ui). With `oauthScopes` in the manifest, a call needing a scope it lacks
 *   throws "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required
 *   permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly ||
 *   https://www.googleapis.com/auth/spreadsheets). For more information, see
 *   https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is"
 *   (the wording logged in December 2025; older logs end after the scopes).
 */
import { gasError } from './gas';

/**
 * - `editor`: a menu item, a dialog's google.script.run, the script editor's Run (AuthMode.FULL).
 * - `customFunction`: a formula calling the function (AuthMode.CUSTOM_FUNCTION), run anonymously.
 * - `simpleTrigger`: onOpen / onEdit of a bound script, without authorization (AuthMode.LIMITED).
 * - `installableTrigger`: a trigger ScriptApp made, as its owner, with nobody at the keyboard
 *   (AuthMode.FULL).
 */
export type ExecutionKind = 'editor' | 'customFunction' | 'simpleTrigger' | 'installableTrigger';

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export const AUTH_MODE_OF: Readonly<Record<ExecutionKind, AuthModeName>> = {
  editor: 'FULL',
  customFunction: 'CUSTOM_FUNCTION',
  simpleTrigger: 'LIMITED',
  installableTrigger: 'FULL',
};

const SCOPE = 'https://www.googleapis.com/auth/';
export const SCOPES = {
  spreadsheetsCurrentOnly: `${SCOPE}spreadsheets.currentonly`,
  spreadsheets: `${SCOPE}spreadsheets`,
  sendMail: `${SCOPE}script.send_mail`,
  scriptApp: `${SCOPE}script.scriptapp`,
  containerUi: `${SCOPE}script.container.ui`,
  userInfoEmail: `${SCOPE}userinfo.email`,
} as const;

/** What Google's permission errors end with since 2025. */
const PERMISSION_HELP =
  'For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is';

/** The classes of SpreadsheetApp that touch the spreadsheet itself. */
const SPREADSHEET_CLASSES: ReadonlySet<string> = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'Protection',
  'DeveloperMetadata',
]);

/** SpreadsheetApp's objects that only describe something (builders, rules, a finder's query). */
const SPREADSHEET_VALUE_CLASSES: ReadonlySet<string> = new Set([
  'DataValidationBuilder',
  'DataValidation',
  'ConditionalFormatRuleBuilder',
  'ConditionalFormatRule',
  'BooleanCondition',
  'DeveloperMetadataFinder',
  'DeveloperMetadataLocation',
]);

/** Whether a class is SpreadsheetApp's ('Range', 'DataValidationBuilder'...): Google's "Spreadsheets". */
export function isSpreadsheetClass(className: string): boolean {
  return SPREADSHEET_CLASSES.has(className) || SPREADSHEET_VALUE_CLASSES.has(className);
}

const TRIGGER_CLASSES = new Set([
  'ScriptApp',
  'TriggerBuilder',
  'ClockTriggerBuilder',
  'SpreadsheetTriggerBuilder',
  'Trigger',
]);

/** Ui's methods that show HTML: the rest (menus, alert, prompt) need no scope. */
const UI_DIALOGS = new Set(['showModalDialog', 'showModelessDialog', 'showSidebar']);

/** Spreadsheet methods a custom function may call beside get*, is*, has* and can*: they change nothing. */
const READ_ONLY_METHODS = new Set([
  'flush',
  'offset',
  'createDeveloperMetadataFinder',
  'newDataValidation',
  'newConditionalFormatRule',
]);

const IDENTITY_METHODS = new Set(['Session.getActiveUser', 'Session.getEffectiveUser']);

function parts(key: string): { className: string; method: string } {
  const dot = key.indexOf('.');
  return { className: key.slice(0, dot), method: key.slice(dot + 1) };
}

/**
 * The scopes a call needs, any one of which will do (Google writes `(a || b)`), or none for a
 * call that needs no authorization. SpreadsheetApp.getUi needs none: an add-on's onOpen builds
 * its menu from it even in AuthMode.NONE, which reaches no document.
 */
export function requiredScopes(key: string): readonly string[] {
  const { className, method } = parts(key);
  if (key === 'SpreadsheetApp.getUi') return [];
  if (isSpreadsheetClass(className)) return [SCOPES.spreadsheetsCurrentOnly, SCOPES.spreadsheets];
  if (className === 'MailApp') return [SCOPES.sendMail];
  if (TRIGGER_CLASSES.has(className) && key !== 'ScriptApp.getScriptId') return [SCOPES.scriptApp];
  if (className === 'Ui' && UI_DIALOGS.has(method)) return [SCOPES.containerUi];
  if (IDENTITY_METHODS.has(key)) return [SCOPES.userInfoEmail];
  return [];
}

/** Google's error for a call the execution is not authorized to make. */
export function permissionError(key: string, scopes: readonly string[]): Error {
  const needed = scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
  return gasError(
    `You do not have permission to call ${key}. Required permissions: ${needed}. ${PERMISSION_HELP}`,
  );
}

/** A custom function's write: Google names the method alone. */
export function readOnlyError(key: string): Error {
  return gasError(`You do not have permission to call ${parts(key).method}`);
}

function changesSpreadsheet(key: string): boolean {
  const { className, method } = parts(key);
  if (!SPREADSHEET_CLASSES.has(className)) return false;
  return !/^(get|is|has|can)[A-Z]/.test(method) && !READ_ONLY_METHODS.has(method);
}

/** The kind of execution running now and the scopes the manifest grants. */
export class ExecutionState {
  kind: ExecutionKind = 'editor';

  /** `grantedScopes` undefined: a manifest without oauthScopes, whose scopes Apps Script finds. */
  constructor(readonly grantedScopes: ReadonlySet<string> | undefined) {}

  get authMode(): AuthModeName {
    return AUTH_MODE_OF[this.kind];
  }

  /** Session names the user at the keyboard only where they authorized the script. */
  get showsActiveUser(): boolean {
    return this.kind === 'editor';
  }

  /** An installable trigger runs as its owner; a custom function and a simple trigger as nobody. */
  get showsEffectiveUser(): boolean {
    return this.kind === 'editor' || this.kind === 'installableTrigger';
  }

  /** Throws Google's error when this execution may not make the call `key` ('Range.setValues'). */
  check(key: string): void {
    const scopes = requiredScopes(key);
    if (scopes.length === 0) return;
    const { className } = parts(key);
    const ofSpreadsheet = isSpreadsheetClass(className);
    switch (this.kind) {
      case 'customFunction':
        if (changesSpreadsheet(key)) throw readOnlyError(key);
        // Reading the spreadsheet and Session (which names nobody) need no authorization here.
        if (ofSpreadsheet || IDENTITY_METHODS.has(key)) return;
        throw permissionError(key, scopes);
      case 'simpleTrigger':
        // The bound spreadsheet, read and written, and Session (naming nobody) need none either.
        if (ofSpreadsheet || IDENTITY_METHODS.has(key)) return;
        throw permissionError(key, scopes);
      case 'editor':
      case 'installableTrigger':
        if (this.grantedScopes && !scopes.some((scope) => this.grantedScopes?.has(scope)))
          throw permissionError(key, scopes);
    }
  }
}
