/**
 * `--in-place`'s run lock (`<workbook>.ilacs-lock`): refused while another run that is still going
 * holds it, taken over when the run that left it is gone, whatever its process id names now (in a
 * container every run may be process 12, this one included), and when nobody has touched it for
 * two hours (a lock from another machine, whose process cannot be seen from here).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { type Disk, localDisk } from '../../cli/disk';
import { scratch, start, startOn } from './support';

const TRACKER =
  'LA,Last inspection,Overall,Last engagement meeting,DCS email\n' +
  'Oneshire,2024-06-10,good,2025-12-20,dcs@one.example.org\n';

function tracker(): string {
  const file = path.join(scratch(), 'tracker.csv');
  writeFileSync(file, TRACKER);
  return file;
}

function runOn(file: string) {
  return start('--tracker', file, '--in-place', '--today', '2026-12-01');
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
function processStart(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
}

function lock(file: string, record: Record<string, unknown>, ageHours = 0): void {
  const lockFile = `${file}.ilacs-lock`;
  writeFileSync(lockFile, JSON.stringify(record));
  const at = new Date(Date.now() - ageHours * 3_600_000);
  utimesSync(lockFile, at, at);
}

let sleeper: ChildProcess;
beforeAll(() => {
  sleeper = spawn('sleep', ['120'], { stdio: 'ignore' });
});
afterAll(() => {
  sleeper.kill();
});

const startedAt = '2026-12-01T07:00:00.000Z';
const live = () => ({
  pid: sleeper.pid,
  hostname: hostname(),
  runId: 'another-run',
  startedAt,
  processStart: processStart(sleeper.pid ?? 0),
});

test('another run still going holds it: refused in one line, naming its process; the workbook untouched', async () => {
  const file = tracker();
  lock(file, live());
  const result = await runOn(file);
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(
    `ilacs-tracker: ${file}: another run of the tool (process ${sleeper.pid}, started ${startedAt}) is updating it; try again when it has finished (a lock untouched for 2 hours is taken over; delete tracker.csv.ilacs-lock if no run is going).\n`,
  );
  expect(readFileSync(file, 'utf8')).toBe(TRACKER);
});

test.each([
  ['as older versions wrote it (a bare process id)', () => `${process.pid}\n`],
  [
    'with the start of the process that had the id then',
    () =>
      JSON.stringify({
        pid: process.pid,
        hostname: hostname(),
        runId: 'a-killed-run',
        startedAt,
        processStart: '1',
      }),
  ],
])(
  "a killed run's lock naming the process id this run now has, %s, is taken over",
  async (_, text) => {
    const file = tracker();
    writeFileSync(`${file}.ilacs-lock`, text());
    const result = await runOn(file);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(`${file}.ilacs-lock`)).toBe(false);
  },
);

test.each([
  ['its process has ended', () => ({ ...live(), pid: 99_999_999 }), 0],
  ['its process id names a process started since', () => ({ ...live(), processStart: '1' }), 0],
  ['nobody has touched it for 3 hours, though its process lives', live, 3],
  [
    'it is from another machine and untouched for 3 hours',
    () => ({ ...live(), hostname: 'elsewhere' }),
    3,
  ],
])('a lock is taken over when %s', async (_, record, ageHours) => {
  const file = tracker();
  lock(file, record(), ageHours);
  const result = await runOn(file);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

test("another machine's lock touched an hour ago is refused: its process cannot be seen from here", async () => {
  const file = tracker();
  lock(file, { ...live(), pid: 12, hostname: 'elsewhere' }, 1);
  const result = await runOn(file);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('another run of the tool (process 12 on elsewhere, started ');
});

test('two runs in one process at once: one runs, the other is refused', async () => {
  const file = tracker();
  const results = await Promise.all([runOn(file), runOn(file)]);
  expect(results.map((result) => result.status).sort()).toEqual([0, 1]);
  expect(results.find((result) => result.status === 1)?.stderr).toContain(
    `another run of the tool (process ${process.pid}, started `,
  );
});

test('the lock records the host, a run id, when the run started and when its process did', async () => {
  const file = tracker();
  const written: string[] = [];
  const recording: Disk = {
    write(target, contents, flag) {
      if (target.endsWith('.ilacs-lock')) written.push(String(contents));
      localDisk.write(target, contents, flag);
    },
  };
  const result = await startOn(recording, '--tracker', file, '--in-place', '--today', '2026-12-01');
  expect(result.status).toBe(0);
  expect(written).toHaveLength(1);
  expect(JSON.parse(written[0] ?? '')).toEqual({
    pid: process.pid,
    hostname: hostname(),
    runId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    processStart: processStart(process.pid),
  });
});
