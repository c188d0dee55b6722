/**
 * `npm start` at the edges: the Settings' problems listed as Check for problems lists them, and
 * every file the tool cannot take refused in one line with exit code 1 (or flagged), never a stack
 * trace: a cell too long for Sheets, UTF-16 without a byte order mark, control characters in
 * names (shown inert), a Tracker at the last column, a zip that inflates to gigabytes, an input
 * that names a file the run writes in place, and a header row ending in blank columns.
 */
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDeflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';
import { hash, root, scratch, start } from './support';

const TRACKER =
  'LA,Last inspection,Overall,Last engagement meeting,DCS email\n' +
  'Oneshire,2024-06-10,good,2025-12-20,dcs@one.example.org\n';

function file(name: string, contents: string | Uint8Array, dir = scratch()): string {
  const at = path.join(dir, name);
  writeFileSync(at, contents);
  return at;
}

function runOn(tracker: string, ...more: string[]) {
  return start(
    '--tracker',
    tracker,
    '--today',
    '2026-12-01',
    '--out',
    path.join(path.dirname(tracker), 'out'),
    ...more,
  );
}

/** One line on stderr, exit code 1, nothing on stdout. */
function expectOneLine(result: { status: number; stdout: string; stderr: string }): void {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
}

test("--settings: the Settings' problems are in the summary, each with its row, setting and message", async () => {
  const tracker = file('tracker.csv', TRACKER);
  const settings = file(
    'settings.csv',
    'Setting,Value\nSend mode,Sometimes\nColour,blue\n',
    path.dirname(tracker),
  );
  const result = await runOn(tracker, '--settings', settings);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain(
    'Settings with problems (2):\n' +
      "  Row 2, Send mode: expected Live, Test or Paused, found 'Sometimes'; nothing is sent until it is fixed.\n" +
      "  Row 3, Colour: 'Colour' is not a setting of this tool, so it is ignored.\n",
  );
});

describe('a CSV the tool cannot take is one line', () => {
  test('a cell over 50,000 characters, naming its row and column', async () => {
    const tracker = file('tracker.csv', `LA,Notes\nOneshire,${'x'.repeat(50_001)}\n`);
    const result = await runOn(tracker);
    expectOneLine(result);
    expect(result.stderr).toBe(
      'ilacs-tracker: tracker.csv: row 2, column B (Notes), holds 50,001 characters; a cell holds at most 50,000, as in Google Sheets. Shorten it and run again.\n',
    );
  });

  test.each([
    ['utf-16le', 'UTF-16LE'],
    ['utf16be', 'UTF-16BE'],
  ] as const)('%s text without a byte order mark, naming the encoding', async (encoding, named) => {
    const text = Buffer.from(TRACKER, 'utf16le');
    if (encoding === 'utf16be') text.swap16();
    const result = await runOn(file('tracker.csv', text));
    expectOneLine(result);
    expect(result.stderr).toBe(
      `ilacs-tracker: tracker.csv: the file looks like ${named} text without a byte order mark (a NUL byte beside every letter), not UTF-8. Save it as "CSV UTF-8" and run again.\n`,
    );
  });
});

test('control characters in names (a terminal escape, a right-to-left override, C1 controls) are printed inert', async () => {
  const tracker = file(
    'tracker.csv',
    'LA,Last inspection,Overall\n' +
      '\u001b[31mRedshire\u001b[0m,2024-06-10,good\n' +
      'Evil\u202eerihs,2031-01-01,good\n' +
      'Bell\u0007\u009b2Jshire,2024-06-10,good\n',
  );
  const result = await runOn(tracker);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('⟨U+001B⟩[31mRedshire⟨U+001B⟩[0m');
  expect(result.stdout).toContain('Evil⟨U+202E⟩erihs');
  expect(result.stdout).toContain('Bell⟨U+0007⟩⟨U+009B⟩2Jshire');
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);

  const titled = await runOn(file('tracker.csv', 'Our \u001b[2Jtracker\nOneshire\n'));
  expectOneLine(titled);
  expect(titled.stderr).toContain("(found 'Our ⟨U+001B⟩[2Jtracker')");
});

test('a Tracker that uses the last column (XFD) is refused before anything is sent; the workbook untouched', async () => {
  const dir = scratch();
  const tracker = path.join(dir, 'tracker.xlsx');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tracker');
  sheet.addRow(['LA', 'Last inspection', 'Overall']);
  sheet.addRow(['Oneshire', '2024-06-10', 'good']);
  sheet.getCell('XFD1').value = 'The last column';
  await workbook.xlsx.writeFile(tracker);
  const before = hash(tracker);
  const result = await start('--tracker', tracker, '--in-place', '--today', '2026-12-01');
  expectOneLine(result);
  expect(result.stderr).toMatch(
    /^ilacs-tracker: tracker\.xlsx: the Tracker sheet's columns reach past XFD, the last an \.xlsx sheet has \(the tool's columns would end at X[A-Z]{2}\); delete unused columns at its right and run again\.\n$/,
  );
  expect(hash(tracker)).toBe(before);
  expect(existsSync(path.join(dir, 'tracker-out'))).toBe(false);
});

describe('a zip that inflates to gigabytes is refused in one line, without inflating it', () => {
  /** `bytes` spaces, deflated (a megabyte or so for 256 MB). */
  async function deflatedSpaces(bytes: number): Promise<Buffer> {
    const deflate = createDeflateRaw({ level: 1 });
    const chunks: Buffer[] = [];
    deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
    const megabyte = Buffer.alloc(1 << 20, 0x20);
    for (let written = 0; written < bytes; written += megabyte.length)
      if (!deflate.write(megabyte)) await once(deflate, 'drain');
    deflate.end();
    await once(deflate, 'end');
    return Buffer.concat(chunks);
  }

  /** A zip of deflated entries, each declaring `declared` bytes once inflated. */
  function zipOf(entries: readonly { name: string; deflated: Buffer; declared: number }[]): Buffer {
    const parts: Buffer[] = [];
    const directory: Buffer[] = [];
    let offset = 0;
    for (const { name, deflated, declared } of entries) {
      const nameBytes = Buffer.from(name);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(8, 8);
      local.writeUInt32LE(deflated.length, 18);
      local.writeUInt32LE(declared, 22);
      local.writeUInt16LE(nameBytes.length, 26);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(20, 4);
      central.writeUInt16LE(20, 6);
      central.writeUInt16LE(8, 10);
      central.writeUInt32LE(deflated.length, 20);
      central.writeUInt32LE(declared, 24);
      central.writeUInt16LE(nameBytes.length, 28);
      central.writeUInt32LE(offset, 42);
      parts.push(local, nameBytes, deflated);
      directory.push(central, nameBytes);
      offset += local.length + nameBytes.length + deflated.length;
    }
    const centralDirectory = Buffer.concat(directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(centralDirectory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...parts, centralDirectory, end]);
  }

  const SHEET = 'xl/worksheets/sheet1.xml';

  test('a part that says it inflates to 256 MB', async () => {
    const deflated = await deflatedSpaces(256 << 20);
    const result = await runOn(
      file('tracker.xlsx', zipOf([{ name: SHEET, deflated, declared: 256 << 20 }])),
    );
    expectOneLine(result);
    expect(result.stderr).toMatch(
      /: not a readable \.xlsx workbook \(xl\/worksheets\/sheet1\.xml inflates to 256 MB, more than the 200 MB a part may\)\.\n$/,
    );
  });

  test('a part that says 1,000 bytes and inflates to 256 MB', async () => {
    const deflated = await deflatedSpaces(256 << 20);
    const result = await runOn(
      file('tracker.xlsx', zipOf([{ name: SHEET, deflated, declared: 1000 }])),
    );
    expectOneLine(result);
    expect(result.stderr).toMatch(
      /\(xl\/worksheets\/sheet1\.xml inflates to more than the 1000 bytes it declares; the file is corrupt, or made to fill memory\)\.\n$/,
    );
  });

  test('parts that say they inflate to 570 MB in all', async () => {
    const deflated = await deflatedSpaces(1 << 20);
    const declared = 190 << 20;
    const result = await runOn(
      file(
        'tracker.xlsx',
        zipOf([1, 2, 3].map((n) => ({ name: `xl/worksheets/sheet${n}.xml`, deflated, declared }))),
      ),
    );
    expectOneLine(result);
    expect(result.stderr).toMatch(
      /\(its XML parts inflate to 570 MB, more than the 500 MB a workbook may\)\.\n$/,
    );
  });
});

describe('--in-place: an input naming a file the run writes beside the workbook is refused', () => {
  const NATIONAL = 'la_name,start_date\nOneshire,2024-06-10\n';

  test.each([
    ['--national', 'tracker.csv.ilacs-lock', "the run's lock"],
    ['--national', 'tracker.csv.ilacs-state.json', 'the state the tool keeps beside the workbook'],
    [
      '--national',
      'tracker.backup-2026-01-01.csv',
      'named as a dated backup of the workbook, which the run removes when it is old',
    ],
    ['--settings', 'tracker.settings.csv', 'the Settings kept beside the workbook'],
    ['--national', 'tracker.reminder-log.csv', 'the Reminder log kept beside the workbook'],
  ])('%s %s', async (option, name, what) => {
    const dir = scratch();
    const tracker = file('tracker.csv', TRACKER, dir);
    const input = file(name, option === '--settings' ? 'Setting,Value\n' : NATIONAL, dir);
    const result = await start('--tracker', tracker, '--in-place', option, input);
    expectOneLine(result);
    expect(result.stderr).toBe(
      `ilacs-tracker: ${option}: ${input} is ${what}; the run writes it with --in-place, so name another file.\n`,
    );
    expect(readFileSync(input, 'utf8')).toBe(
      option === '--settings' ? 'Setting,Value\n' : NATIONAL,
    );
    expect(readFileSync(tracker, 'utf8')).toBe(TRACKER);
  });

  test("--national in the run's outbox", async () => {
    const dir = scratch();
    const tracker = file('tracker.csv', TRACKER, dir);
    const outbox = path.join(dir, 'tracker-out', 'outbox', '2026-11-30');
    mkdirSync(outbox, { recursive: true });
    const input = file('national.csv', NATIONAL, outbox);
    const result = await start('--tracker', tracker, '--in-place', '--national', input);
    expectOneLine(result);
    expect(result.stderr).toContain(`--national: ${input} is in the run's outbox;`);
  });
});

test("a header row ending in blank columns: the next run finds the tool's columns again and adds none", async () => {
  const dir = scratch();
  // The example's first rows, its header ending in two blank columns, which Set up names.
  const [header = '', ...rows] = readFileSync(path.join(root, 'examples', 'tracker.csv'), 'utf8')
    .split('\n')
    .slice(0, 4);
  const tracker = file('tracker.csv', [`${header},,`, ...rows, ''].join('\n'), dir);
  const run = () => start('--tracker', tracker, '--in-place', '--today', '2026-12-01');
  const headerNow = () => (readFileSync(tracker, 'utf8').split('\n')[0] ?? '').split(',');
  expect((await run()).status).toBe(0);
  const first = headerNow();
  expect(first.slice(0, header.split(',').length + 2)).toEqual([
    ...header.split(','),
    'Focused visits since',
    'Last focused visit',
  ]);
  expect((await run()).status).toBe(0);
  expect((await run()).status).toBe(0);
  expect(headerNow()).toEqual(first);
  expect(first).toHaveLength(new Set(first).size);
});
