/**
 * Tests of the artifact that ships: build/Code.js (made by `npm run build`, which `npm test` runs
 * first), loaded the way Apps Script loads it, into a bare V8 context.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { Linter } from 'eslint';
import globals from 'globals';
import ts from 'typescript';
import { DIALOG_HANDLERS, MENU_ITEMS } from '../../src/sheets/menu';
import { DAILY_HANDLER } from '../../src/sheets/triggers';
import * as main from '../../src/main';
import { isoIn, sheetDate } from '../support/utilities';
import { formatDate, parseDate } from '../../emulator/utilities';
import { AppsScriptEmulator, oauthScopesIn } from '../../emulator';
import { CUSTOM_FUNCTION_PARAMETERS } from '../../src/sheets/custom-functions';

const codePath = path.join(__dirname, '..', '..', 'build', 'Code.js');
const code = readFileSync(codePath, 'utf8');

/** The spec's custom functions (tracker.md) and their parameter names, from their one list. */
const CUSTOM_FUNCTIONS: Readonly<Record<string, readonly string[]>> = CUSTOM_FUNCTION_PARAMETERS;

function parameterNames(source: string): string[] {
  const list = /^function\s*\w*\s*\(([^)]*)\)/.exec(source)?.[1] ?? '';
  return list
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

/** The services and globals of Apps Script's V8 runtime, beside ECMAScript's own built-ins. */
const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'Utilities',
  'Session',
  'MailApp',
  'GmailApp',
  'ScriptApp',
  'LockService',
  'PropertiesService',
  'CacheService',
  'HtmlService',
  'ContentService',
  'UrlFetchApp',
  'DriveApp',
  'CalendarApp',
  'DocumentApp',
  'FormApp',
  'SlidesApp',
  'XmlService',
  'Charts',
  'Browser',
  'Logger',
  'console',
];

/** A context with nothing but what the test puts in it: no require, process, module or timers. */
function load(globals: Record<string, unknown> = {}): vm.Context {
  const context = vm.createContext({ ...globals });
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context;
}

/** A service that fails the test if the bundle touches it while loading. */
function untouchable(name: string): unknown {
  return new Proxy(
    {},
    {
      get: (_, property) => {
        throw new Error(`${name}.${String(property)} used at load`);
      },
    },
  );
}

function appsScriptGlobals(timeZone: string) {
  return {
    SpreadsheetApp: {
      getActive: () => ({
        getSpreadsheetTimeZone: () => timeZone,
        getSpreadsheetLocale: () => 'en_GB',
      }),
    },
    Utilities: { formatDate, parseDate },
  };
}

describe('build/Code.js', () => {
  test('every export of src/main.ts is a top-level function with the same parameters', () => {
    const exported = Object.entries(main).filter(([, value]) => typeof value === 'function');
    // The custom functions (named in capitals, as Sheets shows them) are the list's, no more.
    expect(
      exported
        .map(([name]) => name)
        .filter((name) => /^[A-Z_]+$/.test(name))
        .sort(),
    ).toEqual(Object.keys(CUSTOM_FUNCTIONS).sort());
    const context = load();
    for (const [name, fn] of exported) {
      expect(typeof context[name]).toBe('function');
      expect(parameterNames(String(context[name]))).toEqual(parameterNames(String(fn)));
    }
  });

  test("each of the spec's custom functions has its JSDoc with @customfunction right above it", () => {
    for (const [name, parameters] of Object.entries(CUSTOM_FUNCTIONS)) {
      const match = new RegExp(
        String.raw`/\*\*((?:(?!\*/)[\s\S])*)\*/\n(function ${name}\([^)]*\))`,
      ).exec(code);
      expect(match).not.toBeNull();
      const [, jsDoc = '', declaration = ''] = match ?? [];
      expect(jsDoc).toContain('@customfunction');
      expect(parameterNames(declaration)).toEqual(parameters);
      expect([...jsDoc.matchAll(/@param \{[^}]+\} (\w+)/g)].map((param) => param[1])).toEqual(
        parameters,
      );
    }
  });

  test('the top level only declares: functions, and variables with no value', () => {
    const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true);
    for (const statement of source.statements) {
      const declaresOnly =
        ts.isFunctionDeclaration(statement) ||
        (ts.isVariableStatement(statement) &&
          statement.declarationList.declarations.every((item) => !item.initializer));
      expect(declaresOnly).toBe(true);
    }
  });

  test('loading touches no service, and the bundle is evaluated on the first call only', () => {
    const context = load({
      SpreadsheetApp: untouchable('SpreadsheetApp'),
      Utilities: untouchable('Utilities'),
    });
    expect(context.ilacsLoaded_).toBeUndefined();
    Object.assign(context, appsScriptGlobals('Europe/London'));
    vm.runInContext("SELF_EVALUATION_DUE('2026-03-10')", context);
    const loaded = context.ilacsLoaded_;
    expect(loaded).toBeDefined();
    vm.runInContext("SELF_EVALUATION_DUE('2026-03-11')", context);
    expect(context.ilacsLoaded_).toBe(loaded);
  });

  test('every global it reads is one Apps Script V8 provides: ECMAScript built-ins and services', () => {
    const linter = new Linter();
    const messages = linter.verify(code, {
      languageOptions: {
        ecmaVersion: 2020,
        sourceType: 'script',
        globals: {
          ...globals.builtin,
          ...Object.fromEntries(APPS_SCRIPT_GLOBALS.map((name) => [name, 'readonly'])),
        },
      },
      rules: { 'no-undef': ['error', { typeof: false }] },
    });
    expect(messages.map((message) => message.message)).toEqual([]);
  });

  test('the check above would catch a Node or browser global', () => {
    const linter = new Linter();
    const messages = linter.verify(
      'function f() { return Buffer.from(structuredClone(process)); }',
      {
        languageOptions: { ecmaVersion: 2020, sourceType: 'script', globals: globals.builtin },
        rules: { 'no-undef': 'error' },
      },
    );
    expect(messages.map((message) => message.message)).toEqual([
      "'Buffer' is not defined.",
      "'structuredClone' is not defined.",
      "'process' is not defined.",
    ]);
  });

  test('a stack trace names the real functions (each keeps its name through bundling)', () => {
    const context = load({
      SpreadsheetApp: {
        getActive: () => {
          throw new Error('no spreadsheet');
        },
      },
    });
    let stack = '';
    try {
      vm.runInContext("NEXT_INSPECTION('2024-01-01', 'good')", context);
    } catch (error) {
      stack = String((error as Error).stack);
    }
    const frames = [...stack.matchAll(/^\s+at (?:new )?([\w$.]+) \(/gm)].map((match) => match[1]!);
    expect(frames).toEqual(
      expect.arrayContaining(['activeSpreadsheetDateCodec', 'NEXT_INSPECTION']),
    );
    for (const frame of frames) expect(frame.replace(/^.*\./, '').length).toBeGreaterThan(2);
  });

  test('every handler the menu, the dialogs and the daily trigger name is a top-level function', () => {
    const handlers = [
      ...MENU_ITEMS.flatMap((item) => (item ? [item.handler] : [])),
      ...DIALOG_HANDLERS,
      DAILY_HANDLER,
      'onOpen',
    ];
    const context = load();
    for (const handler of handlers) expect(typeof context[handler]).toBe('function');
  });

  // Apps Script evaluates Code.js for every custom-function call, but its top level only declares
  // functions: `npm run bench` measures that evaluation at under 0.5 ms, the same readable (about
  // 370 KB) as minified (202 KB), so the budget is a guard against runaway growth (a data set or
  // library pulled in unawares). One data set is in on purpose: the authority lookup (about 9 KB
  // minified) through which Update national data joins the history file to LA codes.
  test('it is at most 512 KB', () => {
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(512 * 1024);
  });

  test('it is readable: not minified, one statement a line, as the Apps Script editor shows it', () => {
    const lines = code.split('\n');
    expect(lines.length).toBeGreaterThan(5000);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(2000);
    expect(code).toContain('function forecastQueue(');
  });
});

/**
 * A cell's formula calling a custom function of the artifact, in a spreadsheet of this zone: run
 * as Sheets runs it (the emulator's custom-function kind: reading only, as nobody), with the
 * manifest's scopes.
 */
function formulaIn(timeZone: string): (name: string, ...args: unknown[]) => unknown {
  const emulator = new AppsScriptEmulator({
    timeZone,
    oauthScopes: oauthScopesIn(path.dirname(codePath)),
  });
  const context = emulator.load(code);
  return (name, ...args) => emulator.runCustomFunction(context, name, ...args);
}

describe('custom functions in the artifact', () => {
  test.each(['Europe/London', 'Australia/Sydney', 'America/Los_Angeles'])(
    'dates are read and written in the spreadsheet time zone (%s), whatever the process zone',
    (timeZone) => {
      expect(process.env.TZ).not.toBe('UTC');
      const formula = formulaIn(timeZone);
      const due = formula(
        'NEXT_INSPECTION',
        sheetDate('2023-07-10', timeZone),
        'requires improvement',
      );
      expect(isoIn(due, timeZone)).toBe('2026-07-10');
      const column = [[sheetDate('2024-02-29', timeZone)], [''], ['2017-03-06']];
      const window = formula('NEXT_INSPECTION_WINDOW', column, 'good') as unknown[][];
      expect(
        window.map((row) => row.map((cell) => (cell === '' ? '' : isoIn(cell, timeZone)))),
      ).toEqual([
        ['2026-08-28', '2027-08-28'],
        ['', ''],
        ['2020-12-17', '2021-12-18'],
      ]);
    },
  );

  test('a bad row gets its own message and the others still compute', () => {
    const result = formulaIn('Europe/London')(
      'NEXT_INSPECTION_TYPE',
      [['2023-07-10'], ['2023-07-10'], ['2023-07-10']],
      [['good'], ['#N/A'], ['']],
    );
    expect(result).toEqual([
      ['Short inspection'],
      [
        'overall: the cell shows the formula error #N/A; expected a grade: outstanding, good, requires improvement (or RI) or inadequate.',
      ],
      [
        'No pathway (R1c): overall effectiveness is blank; inspections before 1 April 2026 give one (R1a).',
      ],
    ]);
  });
});
