/**
 * `npm start`: the same build/Code.js that ships to Apps Script, run on a workbook file. The
 * emulator's services stand in for Google's, backed by the file (.xlsx or .csv) and by real mail
 * (.eml files, or an SMTP server). It runs Set up, Recalculate and the daily reminder job, writes
 * the updated workbook into --out, and prints a summary. The input file is only read.
 *
 * Here, the command itself: its arguments read (cli/options.ts), the run (cli/run.ts), and a
 * mistake in either said in one line.
 */
import { UsageError, WorkbookError } from './errors';
import { USAGE, parseOptions } from './options';
import { type StartIo, run } from './run';
import { inert } from './terminal';

export type { Output, StartIo } from './run';

/**
 * The command without its process: runs on `argv` (the arguments after `npm start --`), writes to
 * `io`, and resolves to the exit code. A mistake in the arguments or the workbook, and mail that
 * could not be delivered, are one line on `io.stderr` and exit code 1; anything else (a bug) is a
 * rejection. It never exits the process or reads process.argv.
 */
export async function runStart(argv: readonly string[], io: StartIo): Promise<number> {
  try {
    const options = parseOptions(argv);
    if (options === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    return await run(options, io);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof WorkbookError)) throw error;
    io.stderr.write(`ilacs-tracker: ${inert(error.message)}\n`);
    return 1;
  }
}

if (require.main === module) {
  runStart(process.argv.slice(2), process).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
