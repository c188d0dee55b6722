/**
 * `npm run bench`: what decides the tool's speed in Apps Script, measured here. Writes
 * bench/results.md and prints it. Times are Node's on this machine (medians); service calls are
 * counted by the emulator and are what costs most in Apps Script, where each is a round trip.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { parse } from 'csv-parse/sync';
import { AppsScriptEmulator, htmlFilesIn } from '../emulator';
import { loadWorkbook } from '../cli/workbook';
import type { Cell } from '../src/domain/tracker/cells';
import { civil } from '../src/domain/rules/civil-date';
import { computeTracker } from '../src/domain/tracker/compute-tracker';
import { DEFAULT_TRACKER_SETTINGS } from '../src/domain/reminders/settings';
import { forecastQueue } from '../src/domain/forecast/queue';
import { nationalPicture, parseNationalData } from '../src/domain/tracker/national-data';
import { ledgerOverYears } from './ledger-simulation';
import { naiveDailyJob, naiveRecalculate, naiveSetUp } from './naive';
import { withReadmeSection } from '../scripts/readme-section';
import { CHROMIUM, hasChromium } from '../scripts/chromium';
import { firstFrameMs } from './timeline-render';

const ROOT = path.join(__dirname, '..');
const README = path.join(ROOT, 'README.md');
const CODE = readFileSync(path.join(ROOT, 'build', 'Code.js'), 'utf8');
const HTML_FILES = htmlFilesIn(path.join(ROOT, 'build'));
const TODAY = new Date('2026-11-23T07:00:00Z');
/** Apps Script's limits: a custom function's call, and a trigger's run. */
const CUSTOM_FUNCTION_LIMIT_S = 30;
const TRIGGER_LIMIT_S = 6 * 60;
/** Assumed costs in Apps Script, for a rough estimate only. */
const SECONDS_PER_CALL = 0.05;
const SECONDS_PER_EMAIL = 0.3;

function appsScriptSeconds(calls: number, emails: number): number {
  return calls * SECONDS_PER_CALL + emails * SECONDS_PER_EMAIL;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(runs: number, work: () => void): number {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(samples);
}

const format = (value: number, digits = 1) =>
  value.toLocaleString('en-GB', { maximumFractionDigits: digits });

/** The example's 153 rows, repeated with distinct names, with engagement data so that reminders are due. */
function trackerRows(count: number): string[][] {
  const [header = [], ...rows] = parse(
    readFileSync(path.join(ROOT, 'examples', 'tracker.csv'), 'utf8'),
    { skip_empty_lines: true },
  ) as string[][];
  const extra = ['Last engagement meeting', 'DCS email'];
  return [
    [...header, ...extra],
    ...Array.from({ length: count }, (_, index) => {
      const row = [...(rows[index % rows.length] ?? [])];
      row[0] = `${row[0]} ${Math.floor(index / rows.length) + 1}`;
      const meeting = new Date(Date.UTC(2025, 11, 1 + (index % 360))).toISOString().slice(0, 10);
      return [...row, meeting, `dcs${index}@example.org`];
    }),
  ];
}

function session(rows: string[][]) {
  const emulator = new AppsScriptEmulator({
    timeZone: 'Europe/London',
    now: TODAY,
    mailQuota: 1500,
    sheets: { Tracker: rows },
    htmlFiles: HTML_FILES,
  });
  const context = emulator.load(CODE);
  return {
    emulator,
    run: (name: string, ...args: unknown[]) => emulator.run(context, name, ...args),
  };
}

function callsOf(
  work: (emulator: AppsScriptEmulator) => void,
  emulator: AppsScriptEmulator,
): number {
  emulator.calls.reset();
  work(emulator);
  return emulator.calls.total();
}

const lines: string[] = [];
const table = (header: string[], rows: (string | number)[][]) => {
  lines.push(
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  );
};

// --- the bundle ---------------------------------------------------------------------------------
const raw = Buffer.byteLength(CODE);
const gzipped = gzipSync(CODE).length;
const loadMs = time(50, () => vm.runInNewContext(CODE, {}));
const probe = new AppsScriptEmulator({ timeZone: 'Europe/London', now: TODAY });
const firstCallMs = time(50, () => {
  const context = probe.load(CODE);
  probe.run(context, 'NEXT_INSPECTION', new Date('2023-07-10T00:00:00+01:00'), 'good');
});
lines.push('## Bundle', '');
table(
  ['measure', 'value'],
  [
    ['build/Code.js, raw (readable, not minified)', `${format(raw / 1024)} KB (budget 512 KB)`],
    ['build/Code.js, gzipped', `${format(gzipped / 1024)} KB`],
    ['evaluate in a fresh node:vm context (median of 50)', `${format(loadMs, 2)} ms`],
    ['fresh context + first custom-function call (median of 50)', `${format(firstCallMs, 2)} ms`],
  ],
);

// --- the engine ---------------------------------------------------------------------------------
const values = trackerRows(10_000) as Cell[][];
const engineMs = time(5, () =>
  computeTracker(values, civil('2026-11-23'), DEFAULT_TRACKER_SETTINGS, () => civil('2000-01-01')),
);
const big = session(trackerRows(10_000));
big.run('setUpTracker');
const columnOf = (header: string) => {
  const all = big.emulator.values('Tracker');
  const index = (all[0] ?? []).indexOf(header);
  return all.slice(1).map((row) => [row[index]]);
};
const starts = columnOf('Last inspection');
const overall = columnOf('Overall effectiveness');
big.emulator.calls.reset();
const customMs = time(5, () => big.run('NEXT_INSPECTION', starts, overall));
const customCalls = big.emulator.calls.total() / 5;
lines.push('## Engine and custom functions (10,000 rows)', '');
table(
  ['measure', 'value', 'Apps Script limit', 'margin'],
  [
    [
      'full schedules, src/domain (median of 5)',
      `${format(engineMs)} ms: ${format(10_000 / (engineMs / 1000), 0)} rows/s`,
      '',
      '',
    ],
    [
      '=NEXT_INSPECTION over a 10,000-row range, one call, through build/Code.js',
      `${format(customMs)} ms, ${format(customCalls, 0)} service calls`,
      `${CUSTOM_FUNCTION_LIMIT_S} s`,
      `${format((CUSTOM_FUNCTION_LIMIT_S * 1000) / customMs, 0)}x`,
    ],
  ],
);

// --- the forecast ------------------------------------------------------------------------------
const national = parseNationalData(
  parse(readFileSync(path.join(ROOT, 'data', 'english-la-latest-inspections.csv'), 'utf8'), {
    skip_empty_lines: true,
  }) as Cell[][],
  () => civil('2000-01-01'),
);
const forecastRows = [153, 10_000].map((count) => {
  const today = civil('2026-11-23');
  const { results } = computeTracker(
    trackerRows(count) as Cell[][],
    today,
    DEFAULT_TRACKER_SETTINGS,
    () => civil('2000-01-01'),
  );
  const ms = time(5, () =>
    forecastQueue(
      nationalPicture(results, national, today).picture,
      today,
      DEFAULT_TRACKER_SETTINGS.pauses,
    ),
  );
  const recalculate = session(trackerRows(count));
  recalculate.run('setUpTracker');
  const calls = callsOf(() => recalculate.run('recalculateNow'), recalculate.emulator);
  const reads = recalculate.emulator.calls.count('Range.getValues');
  return [
    `${format(count, 0)} rows + 153 national`,
    `${format(ms, 1)} ms`,
    `${calls} (${reads} reads: Settings, Tracker, National data, the header again before writing)`,
  ];
});
lines.push('## The forecast', '');
table(
  ['Tracker', 'national queue, rate and windows (median of 5)', 'Recalculate service calls'],
  forecastRows,
);

// --- the reminder ledger over five years --------------------------------------------------------
const ledgerYears = ledgerOverYears(5, 1);
lines.push('## The reminder ledger over five years of daily runs', '');
table(
  ['measure', 'value', 'Apps Script limit'],
  [
    ['reminders sent (153 authorities, meetings yearly)', ledgerYears.sent, ''],
    [
      'largest size of the ledger',
      `${format(ledgerYears.largestBytes / 1024)} KB`,
      '500 KB a store',
    ],
    [
      'largest number of its properties',
      ledgerYears.largestChunks,
      '9 KB a value (each at most 8,000 bytes)',
    ],
  ],
);

// --- service calls, this tool against a naive per-cell script -----------------------------------
lines.push('## Service calls: this tool against a naive per-cell script on the same sheet', '');
const callRows: (string | number)[][] = [];
for (const count of [153, 10_000]) {
  const tool = session(trackerRows(count));
  const setUp = callsOf(() => tool.run('setUpTracker'), tool.emulator);
  const recalculate = callsOf(() => tool.run('recalculateNow'), tool.emulator);
  tool.emulator.setUiAvailable(false);
  const started = process.hrtime.bigint();
  const daily = callsOf(() => tool.run('runDailyRemindersFromTrigger'), tool.emulator);
  const dailyMs = Number(process.hrtime.bigint() - started) / 1e6;
  const emails = tool.emulator.mail.length;
  const naive = session(trackerRows(count));
  const naiveSetUpCalls = callsOf((emulator) => naiveSetUp(emulator.globals), naive.emulator);
  const naiveRecalculateCalls = callsOf(
    (emulator) => naiveRecalculate(emulator.globals, TODAY),
    naive.emulator,
  );
  const naiveDailyCalls = callsOf(
    (emulator) => naiveDailyJob(emulator.globals, TODAY),
    naive.emulator,
  );
  callRows.push(
    [`${format(count, 0)} rows`, 'Set up', setUp, naiveSetUpCalls, ''],
    [`${format(count, 0)} rows`, 'Recalculate', recalculate, naiveRecalculateCalls, ''],
    [
      `${format(count, 0)} rows`,
      'daily job',
      `${daily} (${emails} emails: ${daily - 2 * emails} + 2 per email)`,
      naiveDailyCalls,
      `${format(dailyMs, 0)} ms in Node, ${format((TRIGGER_LIMIT_S * 1000) / dailyMs, 0)}x inside the ${TRIGGER_LIMIT_S} s limit; ` +
        `in Apps Script about ${format(appsScriptSeconds(daily - 2 * emails, emails), 0)} s (see below)`,
    ],
  );
}
table(
  ['sheet', 'operation', 'service calls (this tool)', 'service calls (naive)', 'note'],
  callRows,
);
lines.push(
  `Apps Script estimates assume ${SECONDS_PER_CALL} s a service call and ${SECONDS_PER_EMAIL} s an email (assumptions, not`,
  'measurements). Where the sending would pass the limit, the daily job stops starting emails at 4.5',
  'minutes and leaves the rest for the next run; the quota (1,500 recipients a day for Google',
  'Workspace) caps a day at 1,500 emails anyway.',
  '',
);

// --- the timeline in Chromium -------------------------------------------------------------------
async function timelineInChromium(): Promise<void> {
  const counts = [153, 1_000, 10_000];
  const shown = counts.map((count) => {
    const tool = session(trackerRows(count));
    tool.run('setUpTracker');
    tool.run('recalculateNow');
    const calls = callsOf(() => tool.run('showTimeline'), tool.emulator);
    return { count, calls, html: tool.emulator.ui.dialogs.at(-1)?.html ?? '' };
  });
  // Chromium draws the two sizes a coordinator meets; the largest only shows the page's size.
  const drawn = hasChromium() ? await firstFrameMs(shown.slice(0, 2).map((page) => page.html)) : [];
  lines.push('## The timeline', '');
  table(
    [
      'authorities',
      'Show timeline service calls',
      'page',
      'load to first frame in Chromium (median of 5)',
    ],
    shown.map(({ count, calls, html }, index) => [
      format(count, 0),
      calls,
      `${format(Buffer.byteLength(html) / 1024, 0)} KB`,
      drawn[index] === undefined
        ? index < 2
          ? `not measured: no Chromium at ${CHROMIUM}`
          : 'not measured: the size alone'
        : `${format(drawn[index] ?? NaN, 0)} ms`,
    ]),
  );
}

// --- 400 days over the example ------------------------------------------------------------------
async function yearOverExample(): Promise<void> {
  const emulator = new AppsScriptEmulator({
    timeZone: 'Europe/London',
    now: TODAY,
    mailQuota: 1500,
    sheets: {},
    htmlFiles: HTML_FILES,
  });
  await loadWorkbook(emulator, path.join(ROOT, 'examples', 'tracker.xlsx'));
  const context = emulator.load(CODE);
  emulator.run(context, 'setUpTracker');
  emulator.setUiAvailable(false);
  const perDay: number[] = [];
  const started = process.hrtime.bigint();
  for (let day = 0; day < 400; day += 1) {
    emulator.setNow(new Date(TODAY.getTime() + day * 86_400_000));
    emulator.setMailQuota(1500);
    emulator.calls.reset();
    emulator.run(context, 'runDailyRemindersFromTrigger');
    perDay.push(emulator.calls.total());
  }
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  lines.push('## The daily job over the example tracker for 400 days', '');
  table(
    ['measure', 'value'],
    [
      ['emails sent', emulator.mail.length],
      ['service calls per day: median, max', `${median(perDay)}, ${Math.max(...perDay)}`],
      ['service calls in all', perDay.reduce((sum, calls) => sum + calls, 0)],
      ['Node time for the 400 days', `${format(totalMs / 1000)} s`],
    ],
  );
}

void timelineInChromium()
  .then(yearOverExample)
  .then(() => {
    const text = [
      '# Benchmark results',
      '',
      `Made by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}. Times are this machine's`,
      "Node times (Apps Script's V8 is slower); service calls are the emulator's counts, the same in Apps",
      'Script, where each is a round trip to Google.',
      '',
      ...lines,
    ].join('\n');
    writeFileSync(path.join(ROOT, 'bench', 'results.md'), text);
    writeFileSync(
      README,
      withReadmeSection(readFileSync(README, 'utf8'), 'bench', lines.join('\n')),
    );
    console.log(text);
  });
