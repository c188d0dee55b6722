/**
 * `npm start --in-place` on a disk that fills up, through a Disk that fails as a full one does
 * (ENOSPC) for the files it names: what is about to be sent is recorded first, so an email that
 * cannot be recorded is not sent; a workbook that cannot be written stays as it was, and what was
 * sent is recorded for the next run. Each failure is one line and exit code 1.
 */
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Disk, localDisk } from '../../cli/disk';
import {
  column,
  example,
  hash,
  readWorkbook,
  scratch,
  sheetRows,
  smtpServer,
  startOn,
} from './support';

/** A disk on which the files `full` picks cannot be written: no space is left for them. */
function fullFor(full: (name: string, folder: string) => boolean): Disk {
  return {
    write(file, contents, flag) {
      if (full(path.basename(file), path.dirname(file))) {
        throw Object.assign(new Error(`ENOSPC: no space left on device, write`), {
          code: 'ENOSPC',
          errno: -28,
          syscall: 'write',
        });
      }
      localDisk.write(file, contents, flag);
    },
  };
}

type Server = Awaited<ReturnType<typeof smtpServer>>;

let server: Server;
beforeAll(async () => {
  server = await smtpServer();
});
afterAll(async () => {
  await server.stop();
  await server.terminate();
});

async function subjects(): Promise<string[]> {
  return (await server.received()).map(({ mail }) => mail.subject ?? '');
}

/** The example in a folder of its own, run in place through `disk` against the test server. */
function inPlaceExample(dir: string) {
  const file = path.join(dir, 'tracker.xlsx');
  copyFileSync(example, file);
  const run = (disk: Disk | undefined) =>
    startOn(
      disk,
      '--tracker',
      file,
      '--in-place',
      '--today',
      '2026-11-22',
      '--smtp',
      `smtp://127.0.0.1:${server.port}`,
      '--from',
      "Children's Services <coordinator@council.example.org>",
    );
  return { file, run };
}

test('a full disk under the workbook: three runs on one day send nothing, each one line, the workbook as it was', async () => {
  const dir = scratch();
  const { file, run } = inPlaceExample(dir);
  const before = hash(file);
  const sentBefore = (await subjects()).length;
  const disk = fullFor((_, folder) => folder === dir);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const result = await run(disk);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `ilacs-tracker: ${file}: could not take tracker.xlsx.ilacs-lock (ENOSPC: no space left on device); nothing was sent.\n`,
    );
  }
  expect((await subjects()).length).toBe(sentBefore);
  expect(hash(file)).toBe(before);
  expect(readdirSync(dir)).toEqual(['tracker.xlsx']);
});

test('the disk full by the time the first email would go: none goes, one line; with room again, each goes once', async () => {
  const dir = scratch();
  const { file, run } = inPlaceExample(dir);
  const before = hash(file);
  const sentBefore = (await subjects()).length;
  const full = await run(fullFor((name) => name.startsWith('.tracker.xlsx.ilacs-state.json.')));
  expect(full.status).toBe(1);
  expect(full.stderr).toBe(
    `ilacs-tracker: ${file}.ilacs-state.json: cannot be written (ENOSPC: no space left on device); each email is recorded there before it is sent, so none was sent. The workbook is as it was: make room and run again.\n`,
  );
  expect((await subjects()).length).toBe(sentBefore);
  expect(hash(file)).toBe(before);
  expect(readdirSync(dir)).toEqual(['tracker.xlsx']);

  const again = await run(undefined);
  expect(again.stderr).toBe('');
  expect(again.status).toBe(0);
  const sent = (await subjects()).slice(sentBefore);
  expect(sent.length).toBeGreaterThan(3);
  expect(new Set(sent).size).toBe(sent.length);
});

test('the workbook cannot be written after the emails went: it stays as it was, and the next run sends none again and logs each once', async () => {
  const dir = scratch();
  const { file, run } = inPlaceExample(dir);
  const before = hash(file);
  const sentBefore = (await subjects()).length;
  const failed = await run(
    fullFor((name) => /^\.tracker\.xlsx\.\d+\.tmp$|^\.tracker\.backup-/.test(name)),
  );
  expect(failed.status).toBe(1);
  expect(failed.stdout).toBe('');
  expect(failed.stderr).toMatch(
    new RegExp(
      `^ilacs-tracker: ${dir}/tracker\\.(xlsx|backup-2026-11-22\\.xlsx): cannot be written \\(ENOSPC: no space left on device\\)\\. No file is half-written, and the \\d+ emails this run sent are recorded in ${file}\\.ilacs-state\\.json: make room and run again\\.\n$`,
    ),
  );
  expect(hash(file)).toBe(before);
  const sent = (await subjects()).slice(sentBefore);
  expect(sent.length).toBeGreaterThan(3);

  const next = await run(undefined);
  expect(next.stderr).toBe('');
  expect(next.status).toBe(0);
  expect(next.stdout).toContain(
    'Reminders: 0 sent, 0 test, 0 deferred, 0 failed, 0 skipped, 0 unknown.',
  );
  expect((await subjects()).length).toBe(sentBefore + sent.length);
  const log = sheetRows((await readWorkbook(file)).getWorksheet('Reminder log'));
  const outcomes = column(log, 'Outcome');
  const keys = column(log, 'Key').filter((_, index) => outcomes[index] === 'Sent');
  expect(keys.length).toBeGreaterThanOrEqual(sent.length);
  expect(new Set(keys).size).toBe(keys.length);
  expect(outcomes).not.toContain('Unknown');
});

test('a .csv whose Reminder log cannot be written: the tracker and its log agree on the next run, nothing sent twice', async () => {
  const dir = scratch();
  const file = path.join(dir, 'tracker.csv');
  writeFileSync(
    file,
    'LA,Last inspection,Overall,Last engagement meeting,DCS email\n' +
      'Oneshire,2024-06-10,good,2025-12-20,dcs@one.example.org\n' +
      'Twoshire,2024-06-10,good,2025-12-12,dcs@two.example.org\n',
  );
  const settings = path.join(scratch(), 'settings.csv');
  writeFileSync(settings, 'Setting,Value\nSend mode,Live\n');
  const run = (disk: Disk | undefined) =>
    startOn(
      disk,
      '--tracker',
      file,
      '--in-place',
      '--settings',
      settings,
      '--today',
      '2026-12-01',
      '--smtp',
      `smtp://127.0.0.1:${server.port}`,
      '--from',
      "Children's Services <coordinator@council.example.org>",
    );
  const sentBefore = (await subjects()).length;
  const failed = await run(fullFor((name) => name.startsWith('.tracker.reminder-log.csv.')));
  expect(failed.status).toBe(1);
  expect(failed.stderr).toContain('tracker.reminder-log.csv: cannot be written (ENOSPC');
  const sent = (await subjects()).length - sentBefore;
  expect(sent).toBe(2);
  const next = await run(undefined);
  expect(next.status).toBe(0);
  expect(next.stdout).toContain('Reminders: 0 sent');
  expect((await subjects()).length).toBe(sentBefore + sent);
  const log = readFileSync(path.join(dir, 'tracker.reminder-log.csv'), 'utf8');
  const sentKeys = log
    .split('\r\n')
    .filter((line) => line.includes(',Sent,'))
    .map((line) => line.split(',').pop());
  expect(sentKeys.length).toBeGreaterThanOrEqual(2);
  expect(new Set(sentKeys).size).toBe(sentKeys.length);
  expect(readFileSync(file, 'utf8').split('\n')[0]).toMatch(/,Pathway,/);
});
