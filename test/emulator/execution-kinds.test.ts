/**
 * What each kind of execution may do (emulator/execution.ts has Google's words): a custom
 * function reads and calls nothing that needs authorization, and sees no user; a simple trigger
 * may change its spreadsheet but calls nothing that needs authorization; an installable trigger
 * runs as its owner with nobody at the keyboard; and with the manifest's oauthScopes, a call whose
 * scope is missing fails with Google's permission error.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppsScriptEmulator, SCOPES, oauthScopesIn, permissionError } from '../../emulator';

const OWNER = 'owner@example.com';
const COLLEAGUE = 'colleague@example.com';
const EVERY_SCOPE: readonly string[] = Object.values(SCOPES);

/** Google's message for a call, whatever the help text it ends with. */
const refusal = (key: string, scopes: readonly string[]) =>
  permissionError(key, scopes).message.replace(/\. For more information.*$/, '');

const SCRIPT = `
  function sheet() { return SpreadsheetApp.getActive().getSheetByName('Sheet1'); }
  function READ(a1) { return sheet().getRange(a1).getValue(); }
  function WRITE() { sheet().getRange('A1').setValue('changed'); }
  function WRITE_ALL() { sheet().getRange('A1:B1').setValues([['x', 'y']]); }
  function APPEND() { sheet().appendRow(['x']); }
  function TOAST() { SpreadsheetApp.getActive().toast('hello'); }
  function MAIL() { MailApp.sendEmail('someone@example.org', 'Subject', 'Body'); }
  function QUOTA() { return MailApp.getRemainingDailyQuota(); }
  function TRIGGERS() { return ScriptApp.getProjectTriggers().length; }
  function NEW_TRIGGER() { ScriptApp.newTrigger('x').timeBased().everyDays(1).create(); }
  function UI() { SpreadsheetApp.getUi(); }
  function DIALOG() {
    SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<p>hi</p>'), 'Hi');
  }
  function MENU() { SpreadsheetApp.getUi().createMenu('Tools').addItem('Go', 'go').addToUi(); }
  function ALERT() { SpreadsheetApp.getUi().alert('Hello'); }
  function USERS() {
    return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()];
  }
  function ANONYMOUS_SERVICES() {
    const properties = PropertiesService.getDocumentProperties();
    properties.setProperty('seen', 'yes');
    const lock = LockService.getDocumentLock();
    const locked = lock.tryLock(1000);
    lock.releaseLock();
    const html = HtmlService.createHtmlOutput('<b>x</b>').getContent();
    Logger.log('logged');
    return [properties.getProperty('seen'), locked, html,
      Utilities.formatDate(new Date(0), 'UTC', 'yyyy'), Session.getScriptTimeZone()];
  }
  var events = [];
  function onOpen(e) {
    events.push([String(e.authMode), e.authMode === ScriptApp.AuthMode.LIMITED,
      e.source.getId(), e.user.getEmail()]);
    MENU();
    sheet().getRange('B2').setValue('opened');
    SpreadsheetApp.getActive().toast('Opened');
  }
  function onEdit(e) { events.push([String(e.authMode), e.value]); }
  function daily(e) {
    events.push([String(e.authMode), e.authMode === ScriptApp.AuthMode.FULL].concat(USERS()));
  }
  function seen() { return events; }`;

function sheetWith(options: { oauthScopes?: readonly string[] } = {}) {
  const emulator = new AppsScriptEmulator({
    userEmail: OWNER,
    sheets: { Sheet1: [['original', 'kept']] },
    ...options,
  });
  const context = emulator.load(SCRIPT);
  return { emulator, context };
}

describe('a custom function (AuthMode.CUSTOM_FUNCTION)', () => {
  test('reads the spreadsheet, even when the manifest grants nothing', () => {
    const { emulator, context } = sheetWith({ oauthScopes: [] });
    expect(emulator.runCustomFunction(context, 'READ', 'A1')).toBe('original');
  });

  test.each([
    ['WRITE', 'setValue'],
    ['WRITE_ALL', 'setValues'],
    ['APPEND', 'appendRow'],
    ['TOAST', 'toast'],
  ])(
    "may not change the spreadsheet: %s throws Google's error and changes nothing",
    (name, method) => {
      const { emulator, context } = sheetWith();
      expect(() => emulator.runCustomFunction(context, name)).toThrow(
        new Error(`You do not have permission to call ${method}`),
      );
      expect(emulator.values('Sheet1')).toEqual([['original', 'kept']]);
      expect(emulator.ui.toasts).toEqual([]);
    },
  );

  test("the refusal is an Exception of the script's realm, and the call is not counted", () => {
    const { emulator, context } = sheetWith();
    const catching = emulator.load(`${SCRIPT}
      function CAUGHT() {
        try { WRITE(); } catch (e) { return [e instanceof Error, e.name, e.message]; }
      }`);
    expect(emulator.runCustomFunction(catching, 'CAUGHT')).toEqual([
      true,
      'Exception',
      'You do not have permission to call setValue',
    ]);
    expect(emulator.calls.count('Range.setValue')).toBe(0);
    expect(emulator.run(context, 'READ', 'A1')).toBe('original');
  });

  test.each([
    ['MAIL', 'MailApp.sendEmail', SCOPES.sendMail],
    ['QUOTA', 'MailApp.getRemainingDailyQuota', SCOPES.sendMail],
    ['TRIGGERS', 'ScriptApp.getProjectTriggers', SCOPES.scriptApp],
    ['NEW_TRIGGER', 'ScriptApp.newTrigger', SCOPES.scriptApp],
  ])(
    'may use no service that needs authorization: %s is refused as %s, whatever the manifest grants',
    (name, key, scope) => {
      const { emulator, context } = sheetWith({ oauthScopes: EVERY_SCOPE });
      expect(() => emulator.runCustomFunction(context, name)).toThrow(refusal(key, [scope]));
      expect(emulator.mail).toEqual([]);
      expect(emulator.triggers).toEqual([]);
    },
  );

  test('has no user interface: getUi throws as in Sheets; afterwards a menu item has one again', () => {
    const { emulator, context } = sheetWith();
    expect(() => emulator.runCustomFunction(context, 'UI')).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
    emulator.run(context, 'ALERT');
    expect(emulator.ui.alerts).toHaveLength(1);
  });

  test('sees a blank user, active and effective; a menu item afterwards sees its user', () => {
    const { emulator, context } = sheetWith();
    expect(emulator.runCustomFunction(context, 'USERS')).toEqual(['', '']);
    expect(emulator.run(context, 'USERS')).toEqual([OWNER, OWNER]);
  });

  test('may use the services that need no authorization: Properties, Lock, HTML, Logger, Utilities, Session', () => {
    const { emulator, context } = sheetWith({ oauthScopes: [] });
    expect(emulator.runCustomFunction(context, 'ANONYMOUS_SERVICES')).toEqual([
      'yes',
      true,
      '<b>x</b>',
      '1970',
      'Europe/London',
    ]);
  });
});

describe('a simple trigger (AuthMode.LIMITED)', () => {
  test('onOpen gets an event in LIMITED mode, from its spreadsheet, with a blank user', () => {
    const { emulator, context } = sheetWith();
    emulator.runSimpleTrigger(context, 'onOpen');
    expect(emulator.run(context, 'seen')).toEqual([
      ['LIMITED', true, emulator.spreadsheet.getId(), ''],
    ]);
    emulator.runSimpleTrigger(context, 'onEdit', { value: 'typed' });
    expect(emulator.run(context, 'seen')).toContainEqual(['LIMITED', 'typed']);
  });

  test('may change its spreadsheet, add a menu and show a toast, even when the manifest grants nothing', () => {
    const { emulator, context } = sheetWith({ oauthScopes: [] });
    emulator.runSimpleTrigger(context, 'onOpen');
    expect(emulator.ui.menus.map((menu) => menu.caption)).toEqual(['Tools']);
    expect(emulator.values('Sheet1')[1]?.[1]).toBe('opened');
    expect(emulator.ui.toasts.map((toast) => toast.message)).toEqual(['Opened']);
  });

  test.each([
    ['MAIL', 'MailApp.sendEmail', SCOPES.sendMail],
    ['TRIGGERS', 'ScriptApp.getProjectTriggers', SCOPES.scriptApp],
    ['DIALOG', 'Ui.showModalDialog', SCOPES.containerUi],
  ])(
    'may use no service that needs authorization, though the manifest grants it: %s is refused as %s',
    (name, key, scope) => {
      const { emulator, context } = sheetWith({ oauthScopes: EVERY_SCOPE });
      const trigger = emulator.load(`${SCRIPT} function onSelectionChange() { ${name}(); }`);
      expect(() => emulator.runSimpleTrigger(trigger, 'onSelectionChange')).toThrow(
        refusal(key, [scope]),
      );
      expect(emulator.mail).toEqual([]);
      expect(emulator.ui.dialogs).toEqual([]);
      // The same call from a menu item, authorized, goes through.
      emulator.run(context, name);
    },
  );

  test('sees a blank user, active and effective', () => {
    const { emulator } = sheetWith();
    const context = emulator.load(`${SCRIPT} function onSelectionChange() { return USERS(); }`);
    expect(emulator.runSimpleTrigger(context, 'onSelectionChange')).toEqual(['', '']);
  });
});

describe('an installable trigger (AuthMode.FULL, as its owner)', () => {
  test("its active user is blank, its effective user the trigger's owner; the acting user comes back after", () => {
    const { emulator, context } = sheetWith();
    const trigger = emulator.addTrigger({
      functionName: 'daily',
      eventType: 'CLOCK',
      source: 'CLOCK',
      everyDays: 1,
      owner: COLLEAGUE,
    });
    expect(trigger.owner).toBe(COLLEAGUE);
    emulator.runTrigger(context, trigger.id);
    expect(emulator.run(context, 'seen')).toEqual([['FULL', true, '', COLLEAGUE]]);
    expect(emulator.run(context, 'USERS')).toEqual([OWNER, OWNER]);
  });

  test('one-off triggers run by runDueTriggers see the same: nobody at the keyboard', () => {
    const { emulator, context } = sheetWith();
    emulator.addTrigger({
      functionName: 'daily',
      eventType: 'CLOCK',
      source: 'CLOCK',
      after: 1000,
      dueAt: new Date(emulator.now.getTime() + 1000),
    });
    emulator.advance(1000);
    expect(emulator.runDueTriggers(context)).toHaveLength(1);
    expect(emulator.run(context, 'seen')).toEqual([['FULL', true, '', OWNER]]);
  });

  test("is held to the manifest's scopes as a menu item is", () => {
    const { emulator, context } = sheetWith({
      oauthScopes: EVERY_SCOPE.filter((scope) => scope !== SCOPES.sendMail),
    });
    const trigger = emulator.addTrigger({
      functionName: 'MAIL',
      eventType: 'CLOCK',
      source: 'CLOCK',
      everyDays: 1,
    });
    expect(() => emulator.runTrigger(context, trigger.id)).toThrow(
      refusal('MailApp.sendEmail', [SCOPES.sendMail]),
    );
  });
});

describe("the manifest's oauthScopes", () => {
  const SPREADSHEETS: readonly string[] = [SCOPES.spreadsheetsCurrentOnly, SCOPES.spreadsheets];

  test.each([
    ['READ', 'SpreadsheetApp.getActive', SPREADSHEETS],
    ['MAIL', 'MailApp.sendEmail', [SCOPES.sendMail]],
    ['QUOTA', 'MailApp.getRemainingDailyQuota', [SCOPES.sendMail]],
    ['TRIGGERS', 'ScriptApp.getProjectTriggers', [SCOPES.scriptApp]],
    ['NEW_TRIGGER', 'ScriptApp.newTrigger', [SCOPES.scriptApp]],
    ['DIALOG', 'Ui.showModalDialog', [SCOPES.containerUi]],
    ['USERS', 'Session.getActiveUser', [SCOPES.userInfoEmail]],
  ])('%s, a menu item, fails at %s without its scope, and works with it', (name, key, scopes) => {
    const missing = sheetWith({
      oauthScopes: EVERY_SCOPE.filter((scope) => !scopes.includes(scope)),
    });
    expect(() => missing.emulator.run(missing.context, name, 'A1')).toThrow(refusal(key, scopes));
    const granted = sheetWith({ oauthScopes: EVERY_SCOPE });
    expect(() => granted.emulator.run(granted.context, name, 'A1')).not.toThrow();
  });

  test("Google's message names the call, the scopes (either of two in parentheses) and the help page", () => {
    const { emulator, context } = sheetWith({ oauthScopes: [SCOPES.sendMail] });
    expect(() => emulator.run(context, 'READ', 'A1')).toThrow(
      new Error(
        'You do not have permission to call SpreadsheetApp.getActive. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets). For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is',
      ),
    );
  });

  test('either spreadsheet scope will do; menus and alerts need none', () => {
    for (const scope of [SCOPES.spreadsheetsCurrentOnly, SCOPES.spreadsheets]) {
      const { emulator, context } = sheetWith({ oauthScopes: [scope] });
      expect(emulator.run(context, 'READ', 'A1')).toBe('original');
    }
    const { emulator, context } = sheetWith({ oauthScopes: [] });
    emulator.run(context, 'MENU');
    emulator.run(context, 'ALERT');
    expect(emulator.ui.menus).toHaveLength(1);
    expect(emulator.ui.alerts).toHaveLength(1);
  });

  test('the harness globals are held to them too, outside any run', () => {
    const { emulator } = sheetWith({ oauthScopes: [SCOPES.spreadsheetsCurrentOnly] });
    expect(() => emulator.globals.MailApp.getRemainingDailyQuota()).toThrow(
      refusal('MailApp.getRemainingDailyQuota', [SCOPES.sendMail]),
    );
    expect(emulator.globals.SpreadsheetApp.getActive().getName()).toBe('Untitled spreadsheet');
  });

  test('without oauthScopes (Apps Script finds them in the code) nothing is checked', () => {
    const { emulator, context } = sheetWith();
    emulator.run(context, 'MAIL');
    emulator.run(context, 'NEW_TRIGGER');
    emulator.run(context, 'DIALOG');
    expect(emulator.mail).toHaveLength(1);
    expect(emulator.triggers).toHaveLength(1);
    expect(emulator.ui.dialogs).toHaveLength(1);
  });

  test('oauthScopesIn reads appsscript.json: its scopes, none when it names none, an error when they are not a list', () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    const manifest = (content: unknown) =>
      writeFileSync(path.join(directory, 'appsscript.json'), JSON.stringify(content));
    manifest({ timeZone: 'Europe/London', oauthScopes: [SCOPES.sendMail] });
    expect(oauthScopesIn(directory)).toEqual([SCOPES.sendMail]);
    manifest({ timeZone: 'Europe/London' });
    expect(oauthScopesIn(directory)).toBeUndefined();
    manifest({ oauthScopes: 'https://www.googleapis.com/auth/script.send_mail' });
    expect(() => oauthScopesIn(directory)).toThrow('is not a list of scopes');
  });
});
