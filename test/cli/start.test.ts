import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { civil } from '../../src/domain/civil-date';
import { computeSchedule } from '../../src/domain/schedule';
import { readTrackerCsv, scheduleTable } from '../../cli/start';

const root = path.join(__dirname, '..', '..');
const example = path.join(root, 'examples', 'tracker.csv');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function start(...args: string[]) {
  return spawnSync(tsx, ['cli/start.ts', ...args], { cwd: root, encoding: 'utf8' });
}

describe('the example tracker', () => {
  test('holds all 153 authorities, each of which gets a next inspection with no problems', () => {
    const { rows } = readTrackerCsv(example);
    expect(rows).toHaveLength(153);
    for (const { row, problems } of rows) {
      const schedule = computeSchedule(row, civil('2026-11-22'));
      expect({ authority: row.authority, problems: [...problems, ...schedule.problems] }).toEqual({
        authority: row.authority,
        problems: [],
      });
      expect(schedule.nextInspection).toBeDefined();
    }
  });

  test('the table has a line per authority with its pathway, type, due date, window and status', () => {
    const lines = scheduleTable(readTrackerCsv(example).rows, civil('2026-11-22')).split('\n');
    expect(lines).toHaveLength(153 + 2);
    expect(lines[0]).toMatch(
      /^Authority\s+Pathway\s+Next inspection\s+Due\s+Window\s+Status on 2026-11-22$/,
    );
    expect(lines.find((line) => line.startsWith('Barnet '))).toMatch(
      /^Barnet\s+Short\s+Short inspection\s+2027-06-10\s+2026-12-10 to 2027-12-10\s+Window opens in 18 days$/,
    );
  });
});

describe('npm start', () => {
  test('prints the example schedule as of --today', () => {
    const result = start('--today', '2026-11-22');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Barking and Dagenham');
    expect(result.stdout).toMatch(
      /Bristol, City of\s+Standard\s+Standard inspection\s+2026-01-16.*Overdue \(window closed 129 days ago\)/,
    );
    expect(result.stdout).toContain('153 authorities.');
  });

  test('reads another tracker, finding columns by alias in any order, and flags rows with problems', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ilacs-'));
    const file = path.join(dir, 'mine.csv');
    writeFileSync(
      file,
      'Overall,Notes,LA,Inspection start\ngood,x,Testshire,11/03/2024\nexcellent,,Otherby,2024-03-11\n',
    );
    const output = execFileSync(tsx, ['cli/start.ts', '--tracker', file, '--today', '2026-11-22'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(output).toMatch(/Testshire\s+Short\s+Short inspection\s+2027-03-11/);
    expect(output).toMatch(/Otherby\s+-.*\(see problems\)/);
  });

  test.each([
    [['--today', '2026-02-30'], "--today: expected a date such as 2026-11-22, found '2026-02-30'."],
    [['--tracker', 'no/such.csv'], 'ENOENT'],
    [['--colour'], "Unknown option '--colour'"],
  ])('%j: one clear line and exit code 1', (args, message) => {
    const result = start(...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
