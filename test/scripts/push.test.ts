/**
 * `npm run push`: the script id kept out of git, one line for each thing missing, and the tests run
 * before anything is pushed. Commands are recorded, not run.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCAL_PROJECT, push } from '../../scripts/push';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdefghijklmnopq';

function workspace(options: { loggedIn?: boolean; exitCodes?: Record<string, number> } = {}) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ilacs-push-'));
  const home = mkdtempSync(path.join(os.tmpdir(), 'ilacs-home-'));
  writeFileSync(
    path.join(root, '.clasp.json'),
    JSON.stringify({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'build' }),
  );
  if (options.loggedIn) writeFileSync(path.join(home, '.clasprc.json'), '{}');
  const ran: string[] = [];
  const said: string[] = [];
  const env = {
    root,
    home,
    run: (command: string, args: readonly string[]) => {
      const line = [path.basename(command), ...args].join(' ');
      ran.push(line);
      return options.exitCodes?.[line] ?? 0;
    },
    say: (line: string) => said.push(line),
  };
  return { root, env, ran, said };
}

test('no script id: one line on where to find it and how to give it; nothing runs', () => {
  const { env, ran, said } = workspace({ loggedIn: true });
  expect(push([], env)).toBe(1);
  expect(said).toEqual([expect.stringContaining('npm run push -- --script-id')]);
  expect(said[0]).toContain('Project Settings > IDs');
  expect(ran).toEqual([]);
});

test('not logged in: one line saying npx clasp login; nothing runs', () => {
  const { env, ran, said } = workspace();
  expect(push(['--script-id', ID], env)).toBe(1);
  expect(said.at(-1)).toMatch(/^Not logged in to clasp: run npx clasp login/);
  expect(ran).toEqual([]);
});

test('--script-id is kept in the ignored local project file; .clasp.json keeps its placeholder; the tests run before the push', () => {
  const { root, env, ran } = workspace({ loggedIn: true });
  expect(push(['--script-id', ID], env)).toBe(0);
  expect(JSON.parse(readFileSync(path.join(root, LOCAL_PROJECT), 'utf8'))).toEqual({
    scriptId: ID,
    rootDir: 'build',
  });
  expect(JSON.parse(readFileSync(path.join(root, '.clasp.json'), 'utf8')).scriptId).toBe(
    'REPLACE_WITH_YOUR_SCRIPT_ID',
  );
  expect(ran).toEqual(['npm test', `clasp --project ${LOCAL_PROJECT} push --force`]);
  // Later pushes need no id.
  ran.length = 0;
  expect(push([], env)).toBe(0);
  expect(ran).toHaveLength(2);
});

test('failing tests push nothing', () => {
  const { env, ran, said } = workspace({ loggedIn: true, exitCodes: { 'npm test': 1 } });
  expect(push(['--script-id', ID], env)).toBe(1);
  expect(ran).toEqual(['npm test']);
  expect(said.at(-1)).toBe('The tests failed, so nothing was pushed.');
});

test('a script id typed into .clasp.json is refused, since git would commit it', () => {
  const { root, env, ran, said } = workspace({ loggedIn: true });
  writeFileSync(path.join(root, '.clasp.json'), JSON.stringify({ scriptId: ID, rootDir: 'build' }));
  expect(push([], env)).toBe(1);
  expect(said[0]).toMatch(/^\.clasp\.json holds a script id, which git would commit/);
  expect(ran).toEqual([]);
});

test('a mistyped id is refused before it is kept', () => {
  const { root, env, said } = workspace({ loggedIn: true });
  expect(push(['--script-id', 'abc'], env)).toBe(1);
  expect(said[0]).toContain('is not a script id');
  expect(() => readFileSync(path.join(root, LOCAL_PROJECT))).toThrow();
});
