/**
 * `npm run push`: the tests, then `clasp push` of build/ to the Sheet's script. What identifies the
 * script stays out of git: the id lives in `.clasp.local.json` (ignored), which
 * `npm run push -- --script-id ID` writes once; the committed `.clasp.json` keeps its placeholder.
 * Each thing that is missing is one line saying what to do, before anything slow runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCAL_PROJECT = '.clasp.local.json';
const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';
/** Apps Script ids are long strings of letters, digits, `-` and `_`. */
const SCRIPT_ID = /^[A-Za-z0-9_-]{20,}$/;

export interface PushEnvironment {
  /** The project's folder. */
  readonly root: string;
  /** The home folder, where `clasp login` keeps its credentials (~/.clasprc.json). */
  readonly home: string;
  /** Where clasp is told to find credentials instead, if set (clasp_config_auth). */
  readonly authFile?: string | undefined;
  /** Runs a command in the project's folder, printing as it goes; returns its exit code. */
  readonly run: (command: string, args: readonly string[]) => number;
  readonly say: (line: string) => void;
}

function scriptIdIn(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const id = (JSON.parse(readFileSync(file, 'utf8')) as { scriptId?: unknown }).scriptId;
  return typeof id === 'string' && id !== PLACEHOLDER && id.trim() !== '' ? id : undefined;
}

function argument(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index >= 0) return args[index + 1] ?? '';
  return args.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
}

/** The whole push; returns the exit code. */
export function push(args: readonly string[], env: PushEnvironment): number {
  const local = path.join(env.root, LOCAL_PROJECT);
  const given = argument(args, '--script-id');
  if (given !== undefined) {
    if (!SCRIPT_ID.test(given)) {
      env.say(
        `"${given}" is not a script id: copy the Script ID from the Apps Script editor, Project Settings > IDs.`,
      );
      return 1;
    }
    writeFileSync(local, `${JSON.stringify({ scriptId: given, rootDir: 'build' }, null, 2)}\n`);
    env.say(`Script id kept in ${LOCAL_PROJECT}, which git ignores.`);
  }
  if (scriptIdIn(path.join(env.root, '.clasp.json'))) {
    env.say(
      `.clasp.json holds a script id, which git would commit: put ${PLACEHOLDER} back in it and run npm run push -- --script-id <your id> instead.`,
    );
    return 1;
  }
  if (!scriptIdIn(local)) {
    env.say(
      'No script id set: in the Sheet, Extensions > Apps Script > Project Settings > IDs, copy the Script ID, then run npm run push -- --script-id <that id>.',
    );
    return 1;
  }
  const credentials = env.authFile ?? path.join(env.home, '.clasprc.json');
  if (!existsSync(credentials)) {
    env.say(
      'Not logged in to clasp: run npx clasp login (it opens a browser to sign in to Google), turn on the Apps Script API at script.google.com > Settings, then npm run push again.',
    );
    return 1;
  }
  if (env.run('npm', ['test']) !== 0) {
    env.say('The tests failed, so nothing was pushed.');
    return 1;
  }
  const clasp = path.join(env.root, 'node_modules', '.bin', 'clasp');
  // --force: the manifest is the project's own (appsscript.json), so clasp need not ask.
  if (env.run(clasp, ['--project', LOCAL_PROJECT, 'push', '--force']) !== 0) {
    env.say('clasp push failed (its message is above); the Sheet still has the script it had.');
    return 1;
  }
  env.say('Pushed. Reload the Sheet, then ILACS tracker > Set up tracker.');
  return 0;
}

if (require.main === module) {
  const root = path.join(__dirname, '..');
  process.exitCode = push(process.argv.slice(2), {
    root,
    home: os.homedir(),
    authFile: process.env.clasp_config_auth,
    run: (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1,
    say: (line) => console.log(line),
  });
}
