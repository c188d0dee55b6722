/**
 * The five-year reliability simulation (test/support/soak.ts): 1,826 simulated days of the example
 * tracker's 153 authorities, the daily trigger at 07:00 with seeded cut-offs, service faults, log
 * edits and Send mode changes, for several seeds, each beside its clean control run (the same
 * Tracker edits and nothing else going wrong). Prints runs, sends, duplicates and silent losses,
 * and every finding with its seed, day and scenario; writes nothing.
 *
 *   npx tsx bench/soak.ts [--seeds 1,2,3,4] [--days 1826] [--authorities 153] [--jobs 2]
 *
 * Each simulation runs in its own process (a few minutes each), as many at once as `--jobs`
 * (default: the machine's cores), all on the build/Code.js read when the bench started.
 */
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import {
  type Finding,
  type SoakOptions,
  type SoakReport,
  describeFinding,
  soak,
} from '../test/support/soak';

interface Job {
  readonly options: SoakOptions;
}

interface Done {
  readonly report: SoakReport;
  readonly seconds: number;
}

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

/** A child process: one simulation, its report sent back (Sets and all) to the parent. */
function child(): void {
  process.once('message', (job: Job) => {
    const started = process.hrtime.bigint();
    const report = soak(job.options);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    process.send?.({ report, seconds } satisfies Done, () => process.exit(0));
  });
}

function run(job: Job): Promise<Done> {
  return new Promise((resolve, reject) => {
    const worker = fork(__filename, ['--child'], { serialization: 'advanced' });
    worker.once('message', (done: Done) => resolve(done));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0)
        reject(new Error(`simulation ${JSON.stringify(job.options.seed)} exited ${code}`));
    });
    worker.send(job);
  });
}

async function pool(jobs: readonly Job[], parallel: number): Promise<Done[]> {
  const results: Done[] = new Array<Done>(jobs.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(parallel, jobs.length) }, async () => {
    while (next < jobs.length) {
      const index = next;
      next += 1;
      const job = jobs[index];
      if (!job) return;
      const done = await run(job);
      results[index] = done;
      const { report } = done;
      console.error(
        `  seed ${report.seed} ${report.disturbed ? 'disturbed' : 'clean'}: ${report.runs} runs, ${report.duplicates.length} duplicates, ${report.silentLosses.length} silent losses (${Math.round(done.seconds)} s)`,
      );
    }
  });
  await Promise.all(lanes);
  return results;
}

const sum = (reports: readonly SoakReport[], pick: (report: SoakReport) => number) =>
  reports.reduce((total, report) => total + pick(report), 0);

function merged(records: readonly Readonly<Record<string, number>>[]): [string, number][] {
  const totals: Record<string, number> = {};
  for (const record of records)
    for (const [name, count] of Object.entries(record)) totals[name] = (totals[name] ?? 0) + count;
  return Object.entries(totals).sort((a, b) => b[1] - a[1]);
}

function row(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function printFindings(title: string, findings: readonly Finding[]): void {
  console.log(`\n${title}: ${findings.length}`);
  for (const finding of findings) console.log(describeFinding(finding));
}

async function main(): Promise<void> {
  const seeds = argument('seeds', '1,2,3,4').split(',').map(Number);
  const days = Number(argument('days', '1826'));
  const authorities = Number(argument('authorities', '153'));
  const parallel = Number(argument('jobs', String(availableParallelism())));
  const code = readFileSync(path.join(__dirname, '..', 'build', 'Code.js'), 'utf8');
  const digest = createHash('sha256').update(code).digest('hex').slice(0, 12);
  const started = Date.now();
  console.log(
    `Reliability simulation: ${days} days from 2026-11-23, ${authorities} authorities, seeds ${seeds.join(', ')}; build/Code.js ${code.length} bytes, sha256 ${digest}`,
  );
  const jobs = seeds.flatMap((seed) =>
    [true, false].map((disturbed) => ({ options: { seed, days, authorities, disturbed, code } })),
  );
  const results = await pool(jobs, parallel);
  const reports = results.map((done) => done.report);
  const disturbed = reports.filter((report) => report.disturbed);
  const clean = reports.filter((report) => !report.disturbed);

  console.log('');
  console.log(
    row([
      'seed',
      'run',
      'days',
      'runs',
      'stopped runs',
      'emails',
      'sends',
      'test emails',
      'notices',
      'due',
      'duplicates',
      'silent losses',
      'other problems',
      'minutes',
    ]),
  );
  console.log(row(new Array<string>(14).fill('---')));
  results.forEach(({ report, seconds }) =>
    console.log(
      row([
        report.seed,
        report.disturbed ? 'disturbed' : 'clean',
        report.days,
        report.runs,
        report.stoppedRuns,
        report.emails,
        report.sends,
        report.testEmails,
        report.notices,
        report.due,
        report.duplicates.length,
        report.silentLosses.length,
        report.otherProblems.length,
        (seconds / 60).toFixed(1),
      ]),
    ),
  );
  for (const [name, group] of [
    ['disturbed', disturbed],
    ['clean', clean],
  ] as const)
    console.log(
      row([
        'all',
        name,
        sum(group, (report) => report.days),
        sum(group, (report) => report.runs),
        sum(group, (report) => report.stoppedRuns),
        sum(group, (report) => report.emails),
        sum(group, (report) => report.sends),
        sum(group, (report) => report.testEmails),
        sum(group, (report) => report.notices),
        sum(group, (report) => report.due),
        sum(group, (report) => report.duplicates.length),
        sum(group, (report) => report.silentLosses.length),
        sum(group, (report) => report.otherProblems.length),
        '',
      ]),
    );

  console.log(
    '\nThe clean control beside each disturbed run (the same Tracker, nothing going wrong):',
  );
  for (const report of disturbed) {
    const control = clean.find((each) => each.seed === report.seed);
    if (!control) continue;
    const extra = [...report.delivered].filter((identity) => !control.delivered.has(identity));
    console.log(
      `  seed ${report.seed}: clean ${control.sends} sends, disturbed ${report.sends}; delivered only when disturbed: ${extra.length}${extra.length > 0 ? ` (${extra.slice(0, 5).join('; ')})` : ''}; rows nobody keeps up: ${report.neglectedRows}`,
    );
  }
  console.log('\nSends by kind (disturbed runs):');
  for (const [kind, count] of merged(disturbed.map((report) => report.sendsByKind)))
    console.log(`  ${kind}: ${count}`);
  console.log('\nDue reminders not sent, by what the record says (disturbed runs):');
  for (const [reason, count] of merged(disturbed.map((report) => report.accounted)))
    console.log(`  ${reason}: ${count}`);
  console.log(
    '\nDisturbances (disturbed runs; those during a run are armed, and fire if the run gets that far):',
  );
  for (const [kind, count] of merged(disturbed.map((report) => report.disturbances)))
    console.log(`  ${kind}: ${count}`);

  printFindings(
    'Duplicates',
    reports.flatMap((report) => report.duplicates),
  );
  printFindings(
    'Silent losses',
    reports.flatMap((report) => report.silentLosses),
  );
  printFindings(
    'Other problems',
    reports.flatMap((report) => report.otherProblems),
  );
  printFindings(
    'Observations (logged Deferred or Failed, never sent: the next lead replaced it, or its date passed)',
    reports.flatMap((report) => report.observations),
  );
  console.log(`\nTime: ${((Date.now() - started) / 60_000).toFixed(1)} minutes`);
}

if (process.argv.includes('--child')) child();
else
  void main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
