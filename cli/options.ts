/**
 * `npm start`'s arguments: the usage text, and argv read into the options of a run (each value
 * checked, a mistake one line naming the option), with --from read as the sender.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type CivilDate, parseIsoDate } from '../src/domain/rules/civil-date';
import { UsageError } from './errors';
import type { Sender } from './outbox';
import { siblingPath, workbookKind } from './workbook';

/** The project's folder: the example workbook, the build and the shipped snapshot are in it. */
export const ROOT = path.join(__dirname, '..');
const EXAMPLE = path.join(ROOT, 'examples', 'tracker.xlsx');
/** The Sheet's time zone: --today's default is today there, and the emulator runs in it. */
export const TIME_ZONE = 'Europe/London';
/**
 * Who "runs" the tool here unless --from says: the sender's address, and where Test mode sends.
 * Only for .eml files: a relay refuses it, or marks it as spoofed, so --smtp asks for --from.
 */
const RUNNER = 'ilacs-tracker@example.org';

export const USAGE = `Usage: npm start -- [options]

Runs the tracker (build/Code.js) on a workbook file: Set up, Recalculate, then the daily reminders.
  --tracker FILE   .xlsx workbook, or .csv of the Tracker sheet (default: the example, 153 authorities)
  --today DATE     the day to run as, YYYY-MM-DD (default: today in Europe/London)
  --out DIR        where the updated workbook, the outbox and timeline.html go (default: out;
                   with --in-place, <name>-out beside the workbook)
  --in-place       update the workbook itself, after a dated backup beside it
  --days N         run the daily reminders for N days from --today (default: 1)
  --settings FILE  .csv of Setting,Value rows, laid over the workbook's Settings (the rows it
                   names take its values; a new tracker starts in Send mode Test: choose Live here)
  --national FILE  the National data for the forecast, in either format the Sheet's Update
                   national data takes: the columns of data/english-la-latest-inspections.csv,
                   or the ofsted-ilacs-scrape-tool history file (ofsted_csc_ilacs_history.csv);
                   all 153 authorities, or nothing is replaced (default: the workbook's National
                   data sheet, else the snapshot that ships with the tool)
  --smtp URL       deliver through an SMTP server (e.g. smtp://127.0.0.1:2525) instead of .eml
                   files, in Send mode Live; needs --from
  --from SENDER    who the emails are from, "Name <address>" or an address: the account the
                   tool runs as (Test mode sends to it; the name is used over the Settings'
                   Sender name); an address your relay accepts from you
  --sheet-url URL  the tracker's address, for the link in every email (default: no link)
  --help           this text`;

export interface Options {
  readonly tracker: string;
  readonly today: CivilDate;
  readonly out: string;
  readonly days: number;
  readonly smtp?: string | undefined;
  readonly from: Sender;
  readonly sheetUrl: string;
  readonly national?: string | undefined;
  readonly settings?: string | undefined;
  readonly inPlace: boolean;
}

const ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;

/** "Name <address>", "<address>" or a bare address. */
function parseSender(text: string): Sender | undefined {
  const named = /^\s*(?:"?([^"<>]*?)"?\s*)?<([^<>]+)>\s*$/.exec(text);
  const name = named?.[1]?.trim();
  const address = (named ? (named[2] ?? '') : text).trim();
  if (!ADDRESS.test(address)) return undefined;
  return { ...(name ? { name } : {}), address };
}

function londonToday(): CivilDate {
  const today = parseIsoDate(
    new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date()),
  );
  if (!today) throw new Error("Could not read today's date");
  return today;
}

/** The options `argv` gives, or 'help' for --help. Throws a UsageError naming the option. */
export function parseOptions(argv: readonly string[]): Options | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        tracker: { type: 'string' },
        today: { type: 'string' },
        out: { type: 'string' },
        days: { type: 'string' },
        smtp: { type: 'string' },
        from: { type: 'string' },
        'sheet-url': { type: 'string' },
        national: { type: 'string' },
        settings: { type: 'string' },
        'in-place': { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (see --help)`);
  }
  if (values.help) return 'help';
  const today = values.today === undefined ? londonToday() : parseIsoDate(values.today);
  if (!today)
    throw new UsageError(`--today: expected a date such as 2026-11-22, found '${values.today}'.`);
  const days = values.days === undefined ? 1 : Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 3660) {
    throw new UsageError(
      `--days: expected a whole number of days from 1 to 3660, found '${values.days}'.`,
    );
  }
  if (values.smtp !== undefined && !/^smtps?:\/\/[^/]+/.test(values.smtp)) {
    throw new UsageError(
      `--smtp: expected a URL such as smtp://127.0.0.1:2525, found '${values.smtp}'.`,
    );
  }
  const from = values.from === undefined ? { address: RUNNER } : parseSender(values.from);
  if (!from) {
    throw new UsageError(
      `--from: expected "Name <address>" or an address such as coordinator@council.gov.uk, found '${values.from}'.`,
    );
  }
  if (values.smtp !== undefined && values.from === undefined) {
    throw new UsageError(
      `--smtp: say who the emails are from with --from "Name <address>", an address ${values.smtp} accepts from you (mail from ${RUNNER} is refused or marked as spoofed).`,
    );
  }
  const sheetUrl = values['sheet-url'] ?? '';
  if (sheetUrl !== '' && !/^https:\/\/[^\s/]+\/\S*$/.test(sheetUrl)) {
    throw new UsageError(
      `--sheet-url: expected the Sheet's address, such as https://docs.google.com/spreadsheets/d/.../edit, found '${sheetUrl}'.`,
    );
  }
  const inPlace = values['in-place'] === true;
  if (inPlace && values.tracker === undefined) {
    throw new UsageError('--in-place: name the workbook to update with --tracker FILE.');
  }
  const tracker = values.tracker ?? EXAMPLE;
  try {
    workbookKind(tracker);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return {
    tracker,
    today,
    // In place, the emails and the timeline go beside the workbook, so that two trackers run from
    // the same folder (a cron job's) keep apart: `<folder>/<name>-out` for `<folder>/<name>.xlsx`.
    out: values.out ?? (inPlace ? siblingPath(tracker, '-out') : 'out'),
    days,
    inPlace,
    smtp: values.smtp,
    from,
    sheetUrl,
    national: values.national,
    settings: values.settings,
  };
}
