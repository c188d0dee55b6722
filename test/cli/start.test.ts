/**
 * `npm start`: the real bundle on a workbook file, end to end. The command runs in this process
 * through runStart (its code without a process of its own); one test spawns it through tsx, as
 * `npm start` does, to check the entry point.
 */
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  realpathSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { simpleParser } from 'mailparser';
import { AppsScriptEmulator } from '../../emulator';
import { loadWorkbook } from '../../cli/workbook';
import { workbookFiles } from '../../cli/workbook-files';
import {
  type Result,
  column,
  example,
  hash,
  readWorkbook,
  root,
  scratch,
  sheetRows,
  smtpServer,
  start,
} from './support';

const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

/** The command as `npm start` runs it (after its build): a process of its own, through tsx. */
function spawnStart(...args: string[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['cli/start.ts', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status: status ?? -1, stdout, stderr }));
  });
}

/** A local port where nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Two authorities whose meetings are 18 days from 2026-11-22, one with a name to escape. */
/** A Setting,Value file choosing Live: a new tracker starts in Test. */
function liveSettings(dir: string): string {
  const file = path.join(dir, 'settings.csv');
  writeFileSync(file, 'Setting,Value\nSend mode,Live\n');
  return file;
}

function smtpTracker(dir: string): string {
  const input = path.join(dir, 'tracker.csv');
  writeFileSync(
    input,
    'Authority,Last inspection,Overall,Last engagement meeting,DCS name,DCS email,Other recipients\n' +
      '"<script>alert(1)</script>",2024-06-10,good,2025-12-10,{{Authority}} & co,dcs@one.example.org,pa@one.example.org\n' +
      'Twoshire,2024-06-10,good,2025-12-12,Jo,dcs@two.example.org,\n',
  );
  return input;
}

describe('the example, end to end', () => {
  let out: string;
  let result: Result;
  beforeAll(async () => {
    out = scratch();
    result = await start('--today', '2026-11-22', '--out', out);
  });

  test('prints the summary: next windows, overdue items, reminders sent', () => {
    expect(result.status).toBe(0);
    // The track record's line, as the README quotes it for the shipped snapshot.
    const trackRecord = /^Forecast track record: \d+ of \d+ .*$/m.exec(result.stdout)?.[0];
    expect(trackRecord).toBeDefined();
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toContain(`\n${trackRecord}\n`);
    expect(result.stdout).toContain('ilacs-tracker on tracker.xlsx, 2026-11-22: 153 authorities.');
    // The forecast's front of the national queue: the example's oldest inspections.
    expect(result.stdout).toMatch(
      /Next full inspections expected \(forecast from the national queue; see Expected from and Expected by\):\n {2}2026-11-22 to 2027-\d\d-\d\d {2}Nottingham: Standard inspection/,
    );
    expect(result.stdout).toMatch(/Overdue \(\d+\):\n {2}\S/);
    expect(result.stdout).toMatch(
      /Reminders: \d+ sent, 0 test, 0 deferred, 0 failed, \d+ skipped, 0 unknown\.\n/,
    );
  });

  test('the updated workbook reads back with its computed columns, settings and reminder log', async () => {
    const workbook = await readWorkbook(path.join(out, 'tracker.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tracker',
      'Settings',
      'Reminder log',
      'National data',
    ]);
    const tracker = sheetRows(workbook.getWorksheet('Tracker'));
    const barnet = column(tracker, 'Authority').indexOf('Barnet') + 1;
    const at = (header: string) => tracker[barnet]?.[(tracker[0] ?? []).indexOf(header)];
    expect(at('Next inspection')).toBe('Short inspection');
    expect(at('Due')).toEqual(new Date(Date.UTC(2027, 5, 10)));
    expect(at('Last inspection')).toEqual(new Date(Date.UTC(2024, 5, 10)));
    expect(String(at('Explanation'))).toContain('(R2c)');
    expect(at('Expected from')).toBeInstanceOf(Date);
    expect(at('Expected by')).toBeInstanceOf(Date);
    const sheet = workbook.getWorksheet('Tracker');
    // The coordinator's own columns keep their validation (here none); Sheets' dropdowns are not
    // forced on a workbook file.
    expect(sheet?.getCell('G2').dataValidation).toBeUndefined();
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const log = sheetRows(workbook.getWorksheet('Reminder log'));
    const sent = column(log, 'Outcome').filter((outcome) => outcome === 'Sent');
    expect(sent.length).toBeGreaterThan(0);
    // One email for each set of recipients, whatever reminders it holds.
    const recipients = column(log, 'Recipients').filter(
      (_, index) => column(log, 'Outcome')[index] === 'Sent',
    );
    expect(
      readdirSync(path.join(out, 'outbox', '2026-11-22')).filter((file) => file.endsWith('.eml')),
    ).toHaveLength(new Set(recipients).size);
  });

  test('each .eml is a multipart email with a plain-text and an HTML part', async () => {
    const files = readdirSync(path.join(out, 'outbox', '2026-11-22'));
    const mail = await simpleParser(
      readFileSync(path.join(out, 'outbox', '2026-11-22', files[0] ?? '')),
    );
    expect(mail.from?.value).toEqual([
      { name: 'ILACS tracker', address: 'ilacs-tracker@example.org' },
    ]);
    expect(mail.text).toContain('To prepare: the meeting usually covers');
    expect(mail.html).toContain('<li>How do you know it?</li>');
    // The meeting as a calendar file, read by ical.js from the attachment mailparser found.
    const [calendar] = mail.attachments.filter((part) => part.contentType === 'text/calendar');
    expect(calendar?.filename).toBe('engagement-meeting.ics');
    const vevent = new ICAL.Component(
      ICAL.parse(calendar!.content.toString('utf8')),
    ).getFirstSubcomponent('vevent')!;
    expect(new ICAL.Event(vevent).startDate.isDate).toBe(true);
    expect(new ICAL.Event(vevent).summary).toMatch(/: annual engagement meeting with Ofsted$/);
  });

  test('the input file is only read, and never overwritten by the output', async () => {
    const copy = path.join(scratch(), 'tracker.xlsx');
    copyFileSync(example, copy);
    const before = hash(copy);
    expect(
      (
        await start(
          '--tracker',
          copy,
          '--today',
          '2026-11-22',
          '--out',
          path.join(path.dirname(copy), 'out'),
        )
      ).status,
    ).toBe(0);
    expect(hash(copy)).toBe(before);
    const refused = await start(
      '--tracker',
      copy,
      '--today',
      '2026-11-22',
      '--out',
      path.dirname(copy),
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('holds the input file, which the output would overwrite');
    expect(hash(copy)).toBe(before);
  });

  test('round trip: a workbook read and written unchanged keeps every value, date, note and validation rule', async () => {
    expect(result.status).toBe(0);
    const first = path.join(out, 'tracker.xlsx');
    const emulator = new AppsScriptEmulator({ timeZone: 'Europe/London' });
    const opened = await loadWorkbook(emulator, first);
    const again = scratch();
    for (const file of await workbookFiles(emulator, opened, path.join(again, 'tracker.xlsx')))
      writeFileSync(file.file, file.contents);
    const [before, after] = await Promise.all([
      readWorkbook(first),
      readWorkbook(path.join(again, 'tracker.xlsx')),
    ]);
    for (const name of ['Tracker', 'Settings', 'Reminder log']) {
      expect(sheetRows(after.getWorksheet(name))).toEqual(sheetRows(before.getWorksheet(name)));
    }
    const cells = (workbook: ExcelJS.Workbook) => {
      const sheet = workbook.getWorksheet('Tracker');
      return ['A1', 'G2', 'G500', 'D2', 'L2', 'Q1'].map((address) => {
        const cell = sheet?.getCell(address);
        return {
          address,
          validation: cell?.dataValidation,
          format: cell?.numFmt,
          note: cell?.note,
          bold: cell?.font?.bold,
        };
      });
    };
    expect(cells(after)).toEqual(cells(before));
    const rules = (workbook: ExcelJS.Workbook) =>
      (
        workbook.getWorksheet('Tracker') as unknown as {
          conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
        }
      ).conditionalFormattings.map((format) => [
        format.ref,
        format.rules.map((rule) => ('formulae' in rule ? rule.formulae : undefined)),
      ]);
    expect(rules(after)).toEqual(rules(before));
    expect(rules(before).length).toBeGreaterThanOrEqual(4);
  });
});

test("a .csv gives a .csv out, the coordinator's cells as typed, the tool's dates ISO, and its Reminder log beside it", async () => {
  const dir = scratch();
  const input = path.join(dir, 'mine.csv');
  writeFileSync(
    input,
    'LA,Inspection start,Overall,Last engagement meeting,DCS email\nTestshire,11/03/2024,good,2025-12-10,dcs@testshire.example.org\n',
  );
  const out = path.join(dir, 'out');
  const result = await start(
    '--tracker',
    input,
    '--settings',
    liveSettings(dir),
    '--today',
    '2026-11-22',
    '--out',
    out,
  );
  expect(result.status).toBe(0);
  const tracker = readFileSync(path.join(out, 'mine.csv'), 'utf8').split('\n');
  expect(tracker[0]).toMatch(
    /^LA,Inspection start,Overall,Last engagement meeting,DCS email,.*Pathway,Next inspection,Due,/,
  );
  expect(tracker[1]).toMatch(
    /^Testshire,11\/03\/2024,good,2025-12-10,dcs@testshire\.example\.org,.*,Short,Short inspection,2027-03-11,2026-09-11,2027-09-11,/,
  );
  const log = readFileSync(path.join(out, 'mine.reminder-log.csv'), 'utf8').split('\r\n');
  expect(log[0]).toBe('Time,Authority,Kind,Event date,Lead days,Recipients,Outcome,Detail,Key');
  expect(log.find((line) => line.includes(',Sent,'))).toMatch(
    /^2026-11-22 07:00:\d\d,Testshire,Engagement meeting,2026-12-10,30,dcs@testshire\.example\.org,Sent,In one email with 1 other reminder\.,testshire\|Engagement meeting\|2026-12-10\|30$/,
  );
});

describe('real SMTP', () => {
  test('each message arrives with its recipients, subject, text and HTML parts, escaped; with the server down, a clear error and nothing lost', async () => {
    const server = await smtpServer();
    const port = server.port;
    const dir = scratch();
    const input = smtpTracker(dir);
    try {
      const up = await start(
        '--tracker',
        input,
        '--settings',
        liveSettings(dir),
        '--today',
        '2026-11-22',
        '--out',
        path.join(dir, 'up'),
        '--smtp',
        `smtp://127.0.0.1:${port}`,
        '--from',
        "Children's Services <coordinator@council.example.org>",
      );
      expect(up.stderr).toBe('');
      expect(up.status).toBe(0);
      const received = await server.received();
      // Each authority's meeting is 18 days away (its 30-day lead) and its self-evaluation overdue:
      // one email each, holding both.
      expect(received).toHaveLength(2);
      const meetings = received.filter(({ mail }) =>
        mail.subject?.includes('annual engagement meeting'),
      );
      const [first, second] = meetings;
      expect(first?.envelope).toEqual(['dcs@one.example.org', 'pa@one.example.org']);
      expect(first?.mail.subject).toMatch(
        /^<script>alert\(1\)<\/script>: annual engagement meeting with Ofsted on Thursday 10 December 2026; self-evaluation overdue since /,
      );
      expect(first?.mail.text).toContain('Dear {{Authority}} & co,');
      expect(first?.mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(first?.mail.html).not.toContain('<script>');
      expect(second?.envelope).toEqual(['dcs@two.example.org']);
    } finally {
      await server.stop();
      await server.terminate();
    }
    const downDir = path.join(dir, 'down');
    const down = await start(
      '--tracker',
      input,
      '--settings',
      liveSettings(dir),
      '--today',
      '2026-11-22',
      '--out',
      downDir,
      '--smtp',
      `smtp://127.0.0.1:${port}`,
      '--from',
      "Children's Services <coordinator@council.example.org>",
    );
    expect(down.status).toBe(1);
    expect(down.stderr.trim().split('\n')).toHaveLength(1);
    expect(down.stderr).toMatch(
      new RegExp(
        `^ilacs-tracker: 2 emails were not delivered through smtp://127\\.0\\.0\\.1:${port} \\(ESOCKET: connect ECONNREFUSED`,
      ),
    );
    expect(down.stderr).toContain('they are logged Failed and go again on the next run.');
    const log = readFileSync(path.join(downDir, 'tracker.reminder-log.csv'), 'utf8');
    expect(log.match(/,Failed,/g)).toHaveLength(4);
    expect(log).not.toMatch(/,Sent,/);
  });
});

describe('npm start as a daily tool', () => {
  const FROM = "Children's Services <coordinator@council.example.org>";

  test('a second run into the same --out sends nothing twice: it goes on from the state it left there', async () => {
    const server = await smtpServer();
    const dir = scratch();
    const input = smtpTracker(dir);
    const out = path.join(dir, 'out');
    const run = (today: string) =>
      start(
        '--tracker',
        input,
        '--settings',
        liveSettings(dir),
        '--today',
        today,
        '--out',
        out,
        '--smtp',
        `smtp://127.0.0.1:${server.port}`,
        '--from',
        FROM,
      );
    try {
      expect((await run('2026-11-22')).status).toBe(0);
      expect(await server.received()).toHaveLength(2);
      const again = await run('2026-11-22');
      expect(again.status).toBe(0);
      expect(await server.received()).toHaveLength(2);
      expect(again.stdout).toContain('Emails: none.');
      expect(again.stdout).toContain(`Note: went on from the earlier run into ${out}`);
      // Eight days on, the first overdue chase of each self-evaluation: new reminders only.
      expect((await run('2026-11-30')).status).toBe(0);
      const received = await server.received();
      const sent = received.map(({ envelope, mail }) => `${envelope.join(' ')}: ${mail.subject}`);
      expect(new Set(sent).size).toBe(sent.length);
    } finally {
      await server.stop();
      await server.terminate();
    }
    // The log in --out holds every run's rows, each key sent once; the input is as it was.
    const log = readFileSync(path.join(out, 'tracker.reminder-log.csv'), 'utf8')
      .split('\r\n')
      .filter((line) => line.includes(',Sent,'));
    const keys = log.map((line) => line.split(',').at(-1));
    expect(keys.length).toBeGreaterThanOrEqual(4);
    expect(new Set(keys).size).toBe(keys.length);
    expect(readdirSync(dir).sort()).toEqual(['out', 'settings.csv', 'tracker.csv']);
  });

  test("an --out holding another workbook's output is refused, and nothing is sent", async () => {
    const dir = scratch();
    const out = path.join(dir, 'out');
    const first = path.join(dir, 'one', 'tracker.xlsx');
    const second = path.join(dir, 'two', 'tracker.xlsx');
    for (const file of [first, second]) {
      mkdirSync(path.dirname(file));
      copyFileSync(example, file);
    }
    expect((await start('--tracker', first, '--today', '2026-11-22', '--out', out)).status).toBe(0);
    const refused = await start('--tracker', second, '--today', '2026-11-22', '--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `ilacs-tracker: --out: ${out} holds the output of ${realpathSync(first)}, not of ${second}; choose another --out.`,
    );
    expect(readdirSync(path.join(out, 'outbox'))).toEqual(['2026-11-22']);
  });

  test("--from names the sender (and Test mode sends to it); --sheet-url is the link in the coordinators' letter, and no email has one without it", async () => {
    const dir = scratch();
    const testMode = path.join(dir, 'test-mode.csv');
    writeFileSync(testMode, 'Setting,Value\nSend mode,Test\n');
    const emails = async (out: string, ...args: string[]) => {
      const result = await start(
        '--today',
        '2026-12-01',
        '--out',
        out,
        '--settings',
        testMode,
        ...args,
      );
      expect(result.status).toBe(0);
      const folder = path.join(out, 'outbox', '2026-12-01');
      return Promise.all(
        readdirSync(folder).map(async (file) =>
          simpleParser(readFileSync(path.join(folder, file))),
        ),
      );
    };
    const url = 'https://docs.google.com/spreadsheets/d/1abcDEF/edit';
    const tested = await emails(path.join(dir, 'from'), '--from', FROM, '--sheet-url', url);
    expect(tested.length).toBeGreaterThan(1);
    for (const mail of tested) {
      expect(mail.from?.value).toEqual([
        { name: "Children's Services", address: 'coordinator@council.example.org' },
      ]);
      expect(mail.to).toMatchObject({ value: [{ address: 'coordinator@council.example.org' }] });
    }
    const linked = tested.filter((mail) => mail.text?.includes(url));
    expect(linked.map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^\[TEST\] ILACS tracker: \d+ reminders for \d+ authorities/),
    ]);
    expect(linked[0]?.html).toContain(`href="${url}"`);
    const plain = await emails(path.join(dir, 'plain'));
    expect(plain.length).toBe(tested.length);
    for (const mail of plain) {
      expect(mail.from?.value).toEqual([
        { name: 'ILACS tracker', address: 'ilacs-tracker@example.org' },
      ]);
      expect(`${mail.text} ${String(mail.html)}`).not.toMatch(/https?:\/\/|The tracker:/);
    }
  });
});

describe('--national: another snapshot for the forecast, in either format Update national data takes', () => {
  const shipped = path.join(root, 'data', 'english-la-latest-inspections.csv');

  test("the shipped snapshot on a past day: authorities inspected since stand at their previous inspection, the Tracker's in the same queue", async () => {
    const dir = scratch();
    const tracker = path.join(dir, 'tracker.csv');
    writeFileSync(
      tracker,
      'Authority,LA code,Last inspection,Overall\nSurrey,936,2021-03-01,good\n',
    );
    const result = await start(
      '--tracker',
      tracker,
      '--national',
      shipped,
      '--today',
      '2025-11-03',
      '--out',
      path.join(dir, 'out'),
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // Surrey (the Tracker's own, the oldest) first.
    expect(result.stdout).toMatch(
      /forecast from the national queue[^\n]*\n {2}2025-11-03 to \d{4}-\d\d-\d\d {2}Surrey: Short inspection/,
    );
    expect(result.stdout).toMatch(/\nForecast track record: \d+ of \d+ windows/);
    const rows = readFileSync(path.join(dir, 'out', 'tracker.csv'), 'utf8').split('\n');
    // All 153 in the queue: those inspected after the day asked about at their previous inspection.
    expect(rows[1]).toContain('1st of 153 in the national order');
  });

  test('the ofsted-ilacs-scrape-tool history file: refused while it lacks a date or an authority (naming the row), read once complete', async () => {
    const dir = scratch();
    const sample = path.join(root, 'data', 'jt39', 'ofsted_csc_ilacs_history-before-2024-07.csv');
    const refused = await start('--national', sample, '--out', path.join(dir, 'refused'));
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr.trim()).toMatch(
      /^ilacs-tracker: --national: .*Row 289: inspection_start_date: expected the first day of Redcar and Cleveland's latest full inspection.*nothing was replaced\.$/,
    );
    // As the message says: Redcar and Cleveland's dates typed in from the report, and Cumberland's
    // first report (October 2024, after the sample ends) added.
    const [header = [], ...rows] = parse(readFileSync(sample, 'utf8')) as string[][];
    const at = (name: string) => header.indexOf(name);
    const redcar = rows[289 - 2]!;
    redcar[at('inspection_start_date')] = '20/06/2022';
    redcar[at('inspection_end_date')] = '01/07/2022';
    const cumberland = header.map((name) => {
      const values: Record<string, string> = {
        urn: '2733690',
        local_authority: 'cumberland',
        inspection_link: 'https://files.ofsted.gov.uk/v1/file/50268497',
        publication_date: '20/12/24',
        inspection_framework: 'standard',
        inspection_start_date: '14/10/2024',
        inspection_end_date: '25/10/2024',
        overall_effectiveness_grade: 'good',
      };
      return values[name] ?? '';
    });
    const complete = path.join(dir, 'history.csv');
    writeFileSync(
      complete,
      [header, ...rows, cumberland]
        .map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(','))
        .join('\n'),
    );
    const read = await start(
      '--national',
      complete,
      '--today',
      '2024-12-31',
      '--out',
      path.join(dir, 'read'),
    );
    expect(read.stderr).toBe('');
    expect(read.status).toBe(0);
    expect(read.stdout).toContain('153 authorities');
    const national = (await readWorkbook(path.join(dir, 'read', 'tracker.xlsx'))).getWorksheet(
      'National data',
    );
    const table = sheetRows(national);
    expect(String(table[0]?.[0])).toContain('as of 20 Dec 2024');
    expect(table[1]).toEqual(
      expect.arrayContaining(['la_name', 'start_date', 'previous_start_date']),
    );
    expect(table).toHaveLength(2 + 153);
  });

  test.each([
    ['wrong columns', 'name,date\nKent,2022-06-13\n', /header/i],
    ['an empty file', '', /empty/],
    [
      'a partial file',
      (text: string) => text.split('\n').slice(0, 20).join('\n'),
      /missing|lacks|153/,
    ],
    [
      'a bad date',
      (text: string) =>
        text.replace(/(\n[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,)\d{4}-\d\d-\d\d/, '$131/02/2023'),
      /date/,
    ],
  ])('%s is one clear line, and nothing is replaced', async (_, content, message) => {
    const dir = scratch();
    const file = path.join(dir, 'national.csv');
    writeFileSync(
      file,
      typeof content === 'string' ? content : content(readFileSync(shipped, 'utf8')),
    );
    const result = await start('--national', file, '--out', path.join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('nothing was replaced.');
  });
});

describe('errors: one clear line, exit code 1', () => {
  test.each([
    [['--tracker', 'no/such.xlsx'], 'ilacs-tracker: no/such.xlsx: cannot be read (no such file).'],
    [
      ['--tracker', 'README.md'],
      'ilacs-tracker: README.md: expected a .xlsx workbook or a .csv of the Tracker sheet.',
    ],
    [
      ['--today', '2026-02-30'],
      "ilacs-tracker: --today: expected a date such as 2026-11-22, found '2026-02-30'.",
    ],
    [
      ['--days', 'ten'],
      "ilacs-tracker: --days: expected a whole number of days from 1 to 3660, found 'ten'.",
    ],
    [
      ['--smtp', 'mail.example.org'],
      "ilacs-tracker: --smtp: expected a URL such as smtp://127.0.0.1:2525, found 'mail.example.org'.",
    ],
    [
      ['--from', 'the coordinators'],
      'ilacs-tracker: --from: expected "Name <address>" or an address such as coordinator@council.gov.uk, found \'the coordinators\'.',
    ],
    [
      ['--smtp', 'smtp://127.0.0.1:2525'],
      'ilacs-tracker: --smtp: say who the emails are from with --from "Name <address>"',
    ],
    [
      ['--sheet-url', 'docs.google.com/spreadsheets/d/1abc'],
      "ilacs-tracker: --sheet-url: expected the Sheet's address",
    ],
    [['--colour'], "ilacs-tracker: Unknown option '--colour'"],
  ])('%j', async (args, message) => {
    const result = await start(...args, '--out', scratch());
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
  });

  test('a workbook without a Tracker sheet', async () => {
    const dir = scratch();
    const file = path.join(dir, 'other.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['hello']);
    await workbook.xlsx.writeFile(file);
    const before = hash(file);
    const result = await start('--tracker', file, '--out', path.join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`ilacs-tracker: ${file}: there is no sheet named Tracker.`);
    expect(hash(file)).toBe(before);
  });

  test('--help', async () => {
    const result = await start('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--tracker FILE');
  });
});

test('the entry point: npm start, as a process of its own, writes and exits as runStart does', async () => {
  // Mail that cannot be delivered: a summary on stdout, one line on stderr, exit code 1.
  const dir = scratch();
  const input = smtpTracker(dir);
  const port = await closedPort();
  const settings = liveSettings(dir);
  const args = (out: string) => [
    '--tracker',
    input,
    '--settings',
    settings,
    '--today',
    '2026-11-22',
    '--out',
    path.join(dir, out),
    '--smtp',
    `smtp://127.0.0.1:${port}`,
    '--from',
    "Children's Services <coordinator@council.example.org>",
  ];
  const spawned = spawnStart(...args('spawned'));
  const inProcess = await start(...args('in-process'));
  const result = await spawned;
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('ilacs-tracker on tracker.csv, 2026-11-22: 2 authorities.');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(/^ilacs-tracker: 2 emails were not delivered through smtp:/);
  expect(result).toEqual({
    ...inProcess,
    stdout: inProcess.stdout.split('in-process').join('spawned'),
  });
  // The process starts tsx and compiles the CLI: seconds, and more on a busy machine.
}, 120_000);
