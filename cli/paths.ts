/**
 * Where a run writes, checked before anything is touched: no output on an input or on another
 * output, by real path (symbolic links followed); an --out that is a folder and, unless in place,
 * not the input's own; in place, no --settings or --national that the run writes or removes. And
 * the state a run goes on from: an --out holding another workbook's output is refused, and of two
 * states (beside the workbook, in --out) the newer is taken.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { type CivilDate, formatIso } from '../src/domain/rules/civil-date';
import { backupPattern } from './backups';
import { UsageError } from './errors';
import { lockPathOf } from './lock';
import type { Options } from './options';
import { type RunState, readState, statePathOf } from './state';
import { TIMELINE_FILE } from './timeline';
import { csvLogPathOf, csvSettingsPathOf, workbookKind } from './workbook';

/** A path as the file system sees it, symbolic links followed (for a path not there yet, its folder's). */
export function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    const parent = path.dirname(path.resolve(file));
    return parent === path.resolve(file)
      ? parent
      : path.join(realPath(parent), path.basename(file));
  }
}

/** Refuses an --out that is a file, or that would put an output on the input (by real path). */
function checkOut(options: Options): void {
  let isFolder = true;
  try {
    isFolder = statSync(options.out).isDirectory();
  } catch {
    // Not there yet: the run makes it.
  }
  if (!isFolder)
    throw new UsageError(`--out: ${options.out} is a file; name a folder for the output.`);
  if (
    !options.inPlace &&
    realPath(options.out) === realPath(path.dirname(path.resolve(options.tracker)))
  ) {
    throw new UsageError(
      `--out: ${options.out} holds the input file, which the output would overwrite; choose another folder, or use --in-place.`,
    );
  }
}

/** Refuses a run whose outputs would land on the input or on each other. */
function checkClashes(inputs: readonly string[], outputs: readonly string[]): void {
  const seen = new Map<string, string>(
    inputs.map((input) => [realPath(input), `the input ${input}`]),
  );
  for (const output of outputs) {
    const real = realPath(output);
    const other = seen.get(real);
    if (other)
      throw new UsageError(
        `${output}: would be written over ${other}; choose another --out or rename the file.`,
      );
    seen.set(real, output);
  }
}

/** What a run in place writes beside the workbook, with what each is. */
function besideWorkbook(tracker: string): [string, string][] {
  return [
    [tracker, 'the workbook itself'],
    [statePathOf(tracker), 'the state the tool keeps beside the workbook'],
    [lockPathOf(tracker), "the run's lock"],
    ...(workbookKind(tracker) === 'csv'
      ? ([
          [csvLogPathOf(tracker), 'the Reminder log kept beside the workbook'],
          [csvSettingsPathOf(tracker), 'the Settings kept beside the workbook'],
        ] as [string, string][])
      : []),
  ];
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** What a file that a run in place writes or removes is, or undefined for any other file. */
function writtenInPlace(options: Options, timeline: string, real: string): string | undefined {
  const beside = [...besideWorkbook(options.tracker), [timeline, 'the timeline']];
  const named = beside.find(([file = '']) => realPath(file) === real)?.[1];
  if (named) return named;
  const folder = realPath(path.dirname(path.resolve(options.tracker)));
  if (path.dirname(real) === folder && backupPattern(options.tracker).test(path.basename(real)))
    return 'named as a dated backup of the workbook, which the run removes when it is old';
  if (isInside(real, realPath(path.join(options.out, 'outbox')))) return "in the run's outbox";
  return undefined;
}

/**
 * In place, refuses a --settings or --national that names a file the run writes or removes: the
 * workbook, the files beside it, a dated backup (the oldest are removed), the timeline, the outbox.
 */
function checkInPlaceInputs(options: Options, timeline: string): void {
  const inputs = [
    ['settings', options.settings],
    ['national', options.national],
  ] as const;
  for (const [option, file] of inputs) {
    const what = file === undefined ? undefined : writtenInPlace(options, timeline, realPath(file));
    if (what) {
      throw new UsageError(
        `--${option}: ${file} is ${what}; the run writes it with --in-place, so name another file.`,
      );
    }
  }
}

/** A folder of its own for this run's emails: outbox/<day>, or outbox/<day>-2 and on. */
function runOutbox(out: string, today: CivilDate): string {
  const base = path.join(out, 'outbox', formatIso(today));
  let folder = base;
  for (let n = 2; existsSync(folder); n += 1) folder = `${base}-${n}`;
  return folder;
}

/** Where a run writes. */
export interface Destinations {
  /** The updated workbook: the input itself in place, else its name in --out. */
  readonly workbook: string;
  /** This run's folder of .eml files. */
  readonly outboxFolder: string;
  readonly timeline: string;
}

/** Refuses outputs that would land on an input or on each other, before anything is touched. */
export function destinations(options: Options): Destinations {
  checkOut(options);
  const input = options.tracker;
  const workbook = options.inPlace ? input : path.join(options.out, path.basename(input));
  // Where this run's .eml files go: unless --smtp delivers them all, Send mode permitting.
  const outboxFolder = runOutbox(options.out, options.today);
  const timeline = path.join(options.out, TIMELINE_FILE);
  const kind = workbookKind(input);
  checkClashes(
    [input, ...[options.settings, options.national].filter((file) => file !== undefined)],
    [
      // In place, the workbook and the files beside it are the input's own, written over on purpose.
      ...(options.inPlace
        ? []
        : [
            workbook,
            statePathOf(workbook),
            ...(kind === 'csv' ? [csvLogPathOf(workbook), csvSettingsPathOf(workbook)] : []),
          ]),
      timeline,
      outboxFolder,
    ],
  );
  if (options.inPlace) checkInPlaceInputs(options, timeline);
  return { workbook, outboxFolder, timeline };
}

/** A state to start from, and the words for the summary when it is an earlier run's in --out. */
export interface StartingState {
  readonly state: RunState | undefined;
  readonly note?: string;
}

/** When a file was last modified, in ms; 0 for one that is not there. */
function modifiedAt(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * What the tool knows of earlier runs on the workbook. In place, the state beside it. Otherwise, a
 * run into an --out that an earlier run on the same workbook wrote goes on from the state that run
 * left there (newer than any beside the workbook): the Reminder log rows it added, and the record
 * of what it sent, which is not sent again. An --out holding another workbook's output is refused.
 * `workbook`: where the run writes the updated workbook (Destinations).
 */
export async function startingState(options: Options, workbook: string): Promise<StartingState> {
  const beside = await readState(options.tracker);
  if (options.inPlace) return { state: beside };
  const earlier = await readState(workbook);
  if (!earlier) return { state: beside };
  const source = realPath(options.tracker);
  if (earlier.source !== undefined && earlier.source !== source) {
    throw new UsageError(
      `--out: ${options.out} holds the output of ${earlier.source}, not of ${options.tracker}; choose another --out.`,
    );
  }
  if (beside && modifiedAt(statePathOf(options.tracker)) > modifiedAt(statePathOf(workbook)))
    return { state: beside };
  return {
    // A .csv's tool columns are the input's own, as recorded beside it.
    state: { ...earlier, csvToolColumns: beside?.csvToolColumns },
    note: `went on from the earlier run into ${options.out} (${statePathOf(workbook)}): what it sent is not sent again; delete that folder to start afresh.`,
  };
}
