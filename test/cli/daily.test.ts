/**
 * npm start as a coordinator's daily job without Google: --in-place with its guards, the state
 * kept between runs (nothing sent twice, nothing lost), a CSV's cells as typed, the summary, and
 * every mistake one line with exit code 1.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { example, hash, readWorkbook, scratch, sheetRows, start, startInPlace } from './support';

const LIVE = 'Setting,Value\nSend mode,Live\n';

/**
 * Oneshire's meeting (2026-12-20) is within its 30-day lead on 2026-12-01; Twoshire's
 * (2027-01-20) and its self-evaluation come in on later days.
 */
const TRACKER =
  'LA,LA code,Last inspection,Overall,Last engagement meeting,DCS email,Notes\n' +
  'Oneshire,0301,2024-06-10,good,2025-12-20,dcs@one.example.org,TRUE\n' +
  'Twoshire,00301,2024-06-10,good,2026-01-20,dcs@two.example.org,10%\n';

function tracker(
  dir: string,
  text = TRACKER,
  name = 'tracker.csv',
): { file: string; settings: string } {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const settings = path.join(dir, 'settings.csv');
  writeFileSync(settings, LIVE);
  return { file, settings };
}

/** `npm start` on a tracker with its settings as of 2026-12-01, the output in `<dir>/out`. */
function startOn(dir: string, file: string, settings: string, ...more: string[]) {
  return start(
    '--tracker',
    file,
    '--settings',
    settings,
    '--today',
    '2026-12-01',
    '--out',
    path.join(dir, 'out'),
    ...more,
  );
}

function emlsIn(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.eml')) : [];
}

describe('--in-place, day after day', () => {
  test('a dated backup, the workbook updated, nothing sent twice on a day run again, the next reminders the next day', async () => {
    const dir = scratch();
    const { file, settings } = tracker(dir);
    const original = readFileSync(file);
    const out = path.join(dir, 'out');
    const run = (day: string) =>
      start('--tracker', file, '--in-place', '--settings', settings, '--today', day, '--out', out);

    const first = await run('2026-12-01');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(readFileSync(path.join(dir, 'tracker.backup-2026-12-01.csv'))).toEqual(original);
    expect(readFileSync(file, 'utf8')).toMatch(/^LA,LA code,.*,Pathway,/);
    expect(existsSync(`${file}.ilacs-state.json`)).toBe(true);
    const firstMail = emlsIn(path.join(out, 'outbox', '2026-12-01'));
    expect(firstMail.length).toBeGreaterThan(0);

    const again = await run('2026-12-01');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Reminders: 0 sent');
    expect(emlsIn(path.join(out, 'outbox', '2026-12-01-2'))).toHaveLength(0);
    expect(readFileSync(path.join(dir, 'tracker.backup-2026-12-01-2.csv'), 'utf8')).toMatch(
      /Pathway/,
    );

    const next = await run('2026-12-21');
    expect(next.status).toBe(0);
    expect(emlsIn(path.join(out, 'outbox', '2026-12-21')).length).toBeGreaterThan(0);
    // Every reminder went once: no key is Sent twice over the three runs.
    const log = readFileSync(path.join(dir, 'tracker.reminder-log.csv'), 'utf8').split('\r\n');
    const sentKeys = log
      .filter((line) => line.includes(',Sent,'))
      .map((line) => line.split(',').pop());
    expect(sentKeys.length).toBeGreaterThan(firstMail.length - 1);
    expect(new Set(sentKeys).size).toBe(sentKeys.length);
    expect(log.some((line) => line.startsWith('2026-12-21') && line.includes(',Sent,'))).toBe(true);
  });

  test("the state lost: the Reminder log's Sent rows still keep a reminder from going twice", async () => {
    const dir = scratch();
    const { file, settings } = tracker(dir);
    const out = path.join(dir, 'out');
    const run = () =>
      start(
        '--tracker',
        file,
        '--in-place',
        '--settings',
        settings,
        '--today',
        '2026-12-01',
        '--out',
        out,
      );
    expect((await run()).status).toBe(0);
    writeFileSync(
      `${file}.ilacs-state.json`,
      '{"version":1,"properties":{"document":{},"script":{},"users":{}},"triggers":[{"id":"1","functionName":"runDailyRemindersFromTrigger","owner":"ilacs-tracker@example.org","eventType":"CLOCK","source":"CLOCK"}]}',
    );
    const again = await run();
    expect(again.stdout).toContain('Reminders: 0 sent');
  });

  test("an .xlsx in place for three mornings: every reminder in its Reminder log once, the coordinator's cells as they were", async () => {
    const dir = scratch();
    const file = path.join(dir, 'tracker.xlsx');
    copyFileSync(example, file);
    const before = sheetRows((await readWorkbook(example)).getWorksheet('Tracker'));
    for (const day of ['2026-12-01', '2026-12-01', '2026-12-02', '2026-12-03']) {
      const result = await startInPlace(file, path.join(dir, 'out'), '--today', day);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
    const workbook = await readWorkbook(file);
    const log = sheetRows(workbook.getWorksheet('Reminder log'));
    const keys = log.filter((row) => row[6] === 'Sent').map((row) => row[8]);
    expect(keys.length).toBeGreaterThan(10);
    expect(new Set(keys).size).toBe(keys.length);
    const tracker = sheetRows(workbook.getWorksheet('Tracker'));
    const width = (before[0] ?? []).length;
    expect(tracker.map((row) => row.slice(0, width))).toEqual(
      before.map((row) => row.slice(0, width)),
    );
    expect(
      readdirSync(dir)
        .filter((name) => name.includes('.backup-'))
        .sort(),
    ).toEqual([
      'tracker.backup-2026-12-01-2.xlsx',
      'tracker.backup-2026-12-01.xlsx',
      'tracker.backup-2026-12-02.xlsx',
      'tracker.backup-2026-12-03.xlsx',
    ]);
  });

  test("a .csv tracker's Settings are kept beside it: Live stays Live on the next run without --settings", async () => {
    const dir = scratch();
    const { file, settings } = tracker(dir);
    const out = path.join(dir, 'out');
    expect(
      (
        await start(
          '--tracker',
          file,
          '--in-place',
          '--settings',
          settings,
          '--today',
          '2026-11-01',
          '--out',
          out,
        )
      ).status,
    ).toBe(0);
    expect(readFileSync(path.join(dir, 'tracker.settings.csv'), 'utf8')).toMatch(
      /^Setting,Value\r\n(.*\r\n)*Send mode,Live\r\n/,
    );
    const next = await start(
      '--tracker',
      file,
      '--in-place',
      '--today',
      '2026-12-01',
      '--out',
      out,
    );
    expect(next.status).toBe(0);
    expect(next.stdout).toMatch(/to dcs@one\.example\.org: Oneshire: /);
    expect(next.stdout).not.toContain('[TEST]');
  });

  test('the daily switch carries over: turned off in the kept state, nothing is sent and the summary says so', async () => {
    const dir = scratch();
    const { file, settings } = tracker(dir);
    const run = (...more: string[]) =>
      startInPlace(file, path.join(dir, 'out'), '--settings', settings, ...more);
    expect((await run('--today', '2026-11-01')).status).toBe(0);
    const stateFile = `${file}.ilacs-state.json`;
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { triggers: unknown[] };
    expect(state.triggers).toHaveLength(1);
    writeFileSync(stateFile, JSON.stringify({ ...state, triggers: [] }));
    const off = await run('--today', '2026-12-01');
    expect(off.status).toBe(0);
    expect(off.stdout).toContain(
      'Note: daily reminders are off for this workbook, so none were sent.',
    );
    expect(off.stdout).toContain('Reminders: 0 sent');
  });

  test.each([
    ['~$tracker.xlsx', 'Excel'],
    ['.~lock.tracker.xlsx#', 'LibreOffice'],
  ])('refused while %s says %s has the file open; the file untouched', async (lock, by) => {
    const dir = scratch();
    const file = path.join(dir, 'tracker.xlsx');
    copyFileSync(example, file);
    writeFileSync(path.join(dir, lock), '');
    const before = hash(file);
    const result = await start('--tracker', file, '--in-place', '--out', path.join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`is open in ${by}`);
    expect(hash(file)).toBe(before);
    expect(readdirSync(dir).filter((name) => name.includes('backup'))).toEqual([]);
  });
});

describe('a CSV comes back as typed', () => {
  test("the coordinator's cells byte for byte, BOM, CRLF and semicolons kept; a Status column of their own kept beside the tool's", async () => {
    const dir = scratch();
    const text =
      '\uFEFFLA;LA code;Last inspection;Overall;Status;Notes;Time\r\n' +
      'Oneshire;0301;3/4/24;good;our own words;TRUE;12:30\r\n' +
      'Twoshire;00301;2024-06-10;good;=1+1;10%;"a; b"\r\n';
    const { file } = tracker(dir, text);
    const out = path.join(dir, 'out');
    const result = await start('--tracker', file, '--today', '2026-12-01', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('2 authorities');
    const written = readFileSync(path.join(out, 'tracker.csv'), 'utf8');
    const lines = written.split('\r\n');
    expect(written.startsWith('\uFEFF')).toBe(true);
    const original = text.split('\r\n');
    for (const [index, line] of lines.slice(0, 3).entries())
      expect(line.startsWith(`${original[index]};`)).toBe(true);
    const header = (lines[0] ?? '').split(';');
    expect(header.filter((name) => name === 'Status')).toHaveLength(2);
    // The tool's own dates are ISO; its text never runs as a formula.
    expect(lines[2]).toMatch(/;2027-06-10;/);
    for (const [index, line] of lines.slice(0, 3).entries())
      expect(line.slice((original[index] ?? '').length)).not.toMatch(/;[=+@]/);
  });

  test('text that is not UTF-8 is one line naming the encoding; the file untouched', async () => {
    const dir = scratch();
    const file = path.join(dir, 'tracker.csv');
    writeFileSync(file, Buffer.from('LA,Notes\nCaf\xe9shire,x\n', 'latin1'));
    const result = await start('--tracker', file, '--out', path.join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^ilacs-tracker: tracker\.csv: line 2 is not UTF-8 \(byte 0xE9\)/,
    );
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('a malformed CSV is one line with its line number', async () => {
    const dir = scratch();
    const { file } = tracker(dir, 'LA,Notes\nOneshire,"never closed\n');
    const result = await start('--tracker', file, '--out', path.join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^ilacs-tracker: tracker\.csv: line 2 opens a quoted field that is never closed/,
    );
  });

  test('an input named reminder-log.csv is not written over by the log', async () => {
    const dir = scratch();
    const { file, settings } = tracker(dir, TRACKER, 'reminder-log.csv');
    const out = path.join(dir, 'out');
    const result = await startOn(dir, file, settings);
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(out, 'reminder-log.csv'), 'utf8')).toMatch(/^LA,LA code,/);
    expect(readFileSync(path.join(out, 'reminder-log.reminder-log.csv'), 'utf8')).toMatch(
      /^Time,Authority,/,
    );
  });
});

describe('mail', () => {
  test('--smtp in Send mode Test sends nothing through the server: .eml files, and the summary says why', async () => {
    const dir = scratch();
    const { file } = tracker(dir);
    const out = path.join(dir, 'out');
    // Port 9 (discard): were anything sent through it, the run would fail.
    const result = await start(
      '--tracker',
      file,
      '--today',
      '2026-12-01',
      '--out',
      out,
      '--smtp',
      'smtp://127.0.0.1:9',
      '--from',
      "Children's Services <coordinator@council.example.org>",
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Send mode is not Live, so nothing went to smtp://127.0.0.1:9');
    expect(emlsIn(path.join(out, 'outbox', '2026-12-01')).length).toBeGreaterThan(0);
  });

  test("each run's emails in a folder of their own; a run that sends none makes none", async () => {
    const dir = scratch();
    const { file, settings } = tracker(dir);
    const out = path.join(dir, 'out');
    const run = () =>
      start('--tracker', file, '--settings', settings, '--today', '2026-12-01', '--out', out);
    await run();
    await run();
    expect(readdirSync(path.join(out, 'outbox'))).toEqual(['2026-12-01']);
    // An authority added since: only its reminder goes, in a folder of its own.
    writeFileSync(
      file,
      `${TRACKER}Threeshire,0302,2024-06-10,good,2025-12-20,dcs@three.example.org,\n`,
    );
    await run();
    expect(readdirSync(path.join(out, 'outbox')).sort()).toEqual(['2026-12-01', '2026-12-01-2']);
    const second = readdirSync(path.join(out, 'outbox', '2026-12-01-2'));
    expect(second).toHaveLength(1);
    expect(
      readFileSync(path.join(out, 'outbox', '2026-12-01-2', second[0] ?? ''), 'utf8'),
    ).toContain('dcs@three.example.org');
  });
});

describe('the summary', () => {
  test('finds the Authority under any header the tool accepts, lists rows with problems, why reminders were not sent, and who was sent what', async () => {
    const dir = scratch();
    const { file, settings } = tracker(
      dir,
      TRACKER +
        'Threeshire,,2031-01-01,good,2025-12-20,,\nFourshire,,2024-06-10,good,2025-12-20,,\n',
    );
    const result = await startOn(dir, file, settings);
    expect(result.stdout).toContain('tracker.csv, 2026-12-01: 4 authorities.');
    expect(result.stdout).toMatch(
      /Rows with problems \(1\):\n {2}Row 4 \(Threeshire\), Last inspection: /,
    );
    expect(result.stdout).toMatch(
      /Not sent, by reason \(see the Reminder log\):\n(.*\n)*? +\d+ {2}Skipped: No valid recipient/,
    );
    expect(result.stdout).toMatch(
      /Emails: 2, holding the 4 reminders sent, as \.eml files in .*:\n {2}2026-12-01 to dcs@one\.example\.org: Oneshire: /,
    );
  });
});

describe('paths: compared as the file system sees them', () => {
  test("an --out that is a link to the input's folder is refused, and the input kept", async () => {
    const dir = scratch();
    const { file } = tracker(dir);
    const link = path.join(scratch(), 'out');
    symlinkSync(dir, link);
    const result = await start('--tracker', file, '--out', link);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('holds the input file');
    expect(readFileSync(file, 'utf8')).toBe(TRACKER);
  });

  test('an --out that names a file is one line', async () => {
    const dir = scratch();
    const { file } = tracker(dir);
    const other = path.join(scratch(), 'not-a-folder');
    writeFileSync(other, 'x');
    const result = await start('--tracker', file, '--out', other);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `ilacs-tracker: --out: ${other} is a file; name a folder for the output.\n`,
    );
  });

  test('an output that is a link to the input is refused', async () => {
    const dir = scratch();
    const { file } = tracker(dir);
    const out = path.join(scratch(), 'out');
    mkdirSync(out);
    symlinkSync(file, path.join(out, 'tracker.csv'));
    const result = await start('--tracker', file, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/would be written over the input/);
    expect(readFileSync(file, 'utf8')).toBe(TRACKER);
  });
});

describe('what the tool cannot read is said, not guessed', () => {
  test('a Tracker whose first row names no Authority column is one line, naming what it found', async () => {
    const dir = scratch();
    const { file } = tracker(
      dir,
      'Our tracker 2026\nCouncil,Last inspection\nOneshire,2024-06-10\n',
    );
    const result = await start('--tracker', file, '--out', path.join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "ilacs-tracker: tracker.csv: the Tracker's first row has no Authority column (found 'Our tracker 2026'); the header is read from row 1: name a column Authority, Local authority, LA.\n",
    );
  });

  test('a tab-separated file is named as such', async () => {
    const dir = scratch();
    const { file } = tracker(dir, 'LA\tLast inspection\nOneshire\t2024-06-10\n');
    const result = await start('--tracker', file, '--out', path.join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('looks tab-separated');
  });

  test('a formula in a CSV is read as the text it is: the row counts, and a formula where a date belongs is a problem', async () => {
    const dir = scratch();
    const { file, settings } = tracker(
      dir,
      'LA,Last inspection,Overall,Last engagement meeting,DCS email\n=1+1,2024-06-10,good,=TODAY(),dcs@one.example.org\n',
    );
    const result = await startOn(dir, file, settings);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 authority.');
    expect(result.stdout).toMatch(/Row 2 \(=1\+1\), Last engagement meeting: .*=TODAY\(\)/);
    // The tool's Reminder log keeps the name as text, not as a formula to run.
    const log = readFileSync(path.join(dir, 'out', 'tracker.reminder-log.csv'), 'utf8');
    expect(log).not.toMatch(/,=1\+1,/);
  });

  test("--settings sets the settings it names and keeps every other row of the workbook's Settings", async () => {
    const dir = scratch();
    const settings = path.join(dir, 'settings.csv');
    writeFileSync(settings, 'Setting,Value\nSend mode,Test\nSender name,Jo Bloggs\n');
    const out = path.join(dir, 'out');
    const result = await start('--settings', settings, '--today', '2026-12-01', '--out', out);
    expect(result.status).toBe(0);
    const rows = sheetRows(
      (await readWorkbook(path.join(out, 'tracker.xlsx'))).getWorksheet('Settings'),
    );
    const value = (name: string) => rows.find((row) => row[0] === name)?.[1];
    expect(value('Send mode')).toBe('Test');
    expect(value('Sender name')).toBe('Jo Bloggs');
    expect(value('Coordinator emails')).toBe('coordinators@example.org');
  });

  test('an output over another input (here --settings) is refused', async () => {
    const dir = scratch();
    const { file } = tracker(dir);
    const out = path.join(scratch(), 'out');
    mkdirSync(out);
    const settings = path.join(out, 'timeline.html');
    writeFileSync(settings, 'Setting,Value\n');
    const result = await start('--tracker', file, '--settings', settings, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`would be written over the input ${settings}`);
    expect(readFileSync(settings, 'utf8')).toBe('Setting,Value\n');
  });
});
