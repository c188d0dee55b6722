import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.join(__dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

test('appsscript.json: V8, Europe/London, exception logging, and only the scopes the tool needs', () => {
  const manifest = JSON.parse(read('appsscript.json'));
  expect(manifest).toMatchObject({
    runtimeVersion: 'V8',
    timeZone: 'Europe/London',
    exceptionLogging: 'STACKDRIVER',
  });
  expect([...manifest.oauthScopes].sort()).toEqual([
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/script.scriptapp',
    'https://www.googleapis.com/auth/script.send_mail',
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    // Session.getActiveUser().getEmail(): where Test mode and the test reminder go.
    'https://www.googleapis.com/auth/userinfo.email',
  ]);
});

test('.clasp.json pushes build/ only; what git holds of it has no real script id, and the local id file is ignored', () => {
  // The working copy may be anyone's; what would be committed is what must hold no id.
  const committed = (() => {
    try {
      return execFileSync('git', ['show', 'HEAD:.clasp.json'], { cwd: root, encoding: 'utf8' });
    } catch {
      return read('.clasp.json');
    }
  })();
  expect(JSON.parse(committed)).toEqual({
    scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID',
    rootDir: 'build',
  });
  expect(JSON.parse(read('.clasp.json')).rootDir).toBe('build');
  expect(read('.gitignore').split('\n')).toContain('.clasp.local.json');
});

test('.ci/run installs from the lock file and runs the README test command; the README starts with the two commands', () => {
  expect(read('.ci/run')).toMatch(/npm ci\nnpm test\n/);
  // The tests read workbooks back with openpyxl and drive Debian's Chromium.
  expect(read('.ci/run')).toMatch(/apt-get install .*python3-openpyxl chromium/);
  expect(read('README.md')).toMatch(
    /^# ilacs-tracker\n\n```sh\nnpm install && npm start\nnpm test\n```/,
  );
});

describe('src/tsconfig.json: what ships sees only the language and Apps Script', () => {
  const NODE_OR_BROWSER_ONLY = [
    'Buffer',
    'process',
    'structuredClone',
    'TextEncoder',
    'setTimeout',
    'URL',
    'require',
    'fetch',
  ];

  function diagnosticsFor(source: string): string[] {
    const configPath = path.join(root, 'src', 'tsconfig.json');
    const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configPath));
    const file = path.join(root, 'src', '__probe__.ts');
    const host = ts.createCompilerHost(parsed.options);
    const readFile = host.readFile.bind(host);
    host.readFile = (name) => (path.resolve(name) === file ? source : readFile(name));
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (name) => path.resolve(name) === file || fileExists(name);
    const program = ts.createProgram([file], parsed.options, host);
    return ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  }

  test('each Node or browser global fails the type check', () => {
    const probe = NODE_OR_BROWSER_ONLY.map((name, index) => `export const p${index} = ${name};`);
    const messages = diagnosticsFor(probe.join('\n'));
    expect(messages).toHaveLength(NODE_OR_BROWSER_ONLY.length);
    for (const name of NODE_OR_BROWSER_ONLY) {
      expect(messages).toContainEqual(expect.stringContaining(`'${name}'`));
    }
  });

  test("Apps Script's services and the language's built-ins type-check", () => {
    expect(
      diagnosticsFor(
        'export const probe = [SpreadsheetApp.getActive(), new Intl.DateTimeFormat("en-GB"), Object.entries({})];',
      ),
    ).toEqual([]);
  });
});

test("the README's layout names exactly the rooms of src/domain, and the architecture lint knows each", () => {
  const layout = read('README.md').split('### Layout')[1]?.split('\n## ')[0] ?? '';
  const named = new Set(
    [...layout.matchAll(/`src\/domain\/([a-z-]+)\/`/g)].map((match) => match[1]),
  );
  const rooms = readdirSync(path.join(root, 'src', 'domain'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  expect([...named].sort()).toEqual([...rooms].sort());
  const architecture = read('.dependency-cruiser.cjs');
  for (const room of rooms) expect(architecture).toContain(`'${room}'`);
});
