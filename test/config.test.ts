import { readFileSync } from 'node:fs';
import path from 'node:path';

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

test('.clasp.json pushes build/ only and holds no real script id', () => {
  expect(JSON.parse(read('.clasp.json'))).toEqual({
    scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID',
    rootDir: 'build',
  });
});

test('.ci/run installs from the lock file and runs the README test command; the README starts with the two commands', () => {
  expect(read('.ci/run')).toMatch(/npm ci\nnpm test\n/);
  expect(read('README.md')).toMatch(
    /^# ilacs-tracker\n\n```sh\nnpm install && npm start\nnpm test\n```/,
  );
});
