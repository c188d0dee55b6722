/**
 * The dated backups a run in place (`--in-place`) keeps beside the workbook before it replaces it:
 * `<name>.backup-YYYY-MM-DD[-n].<ext>`, the newest BACKUPS_KEPT of them.
 */
import { readFileSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { type Disk, replaceFile } from './disk';

/** How many dated backups of a workbook `--in-place` keeps; older ones are removed. */
export const BACKUPS_KEPT = 14;

/** `<stem>.backup-YYYY-MM-DD[-n]<ext>`: a backup of `workbook` beside it. */
export function backupPattern(workbook: string): RegExp {
  const extension = path.extname(workbook);
  const stem = path.basename(workbook, extension);
  return new RegExp(
    `^${escapeRegExp(stem)}\\.backup-\\d{4}-\\d{2}-\\d{2}(-\\d+)?${escapeRegExp(extension)}$`,
  );
}

/**
 * Copies the workbook beside itself as `<name>.backup-YYYY-MM-DD[-n].<ext>` (whole, or not at
 * all) and removes the oldest of those beyond BACKUPS_KEPT. Returns the backup's path.
 */
export function backUp(disk: Disk, workbook: string, day: string): string {
  const folder = path.dirname(workbook);
  const extension = path.extname(workbook);
  const stem = path.basename(workbook, extension);
  const taken = new Set(readdirSync(folder));
  let name = `${stem}.backup-${day}${extension}`;
  for (let n = 2; taken.has(name); n += 1) name = `${stem}.backup-${day}-${n}${extension}`;
  const backup = path.join(folder, name);
  replaceFile(disk, backup, readFileSync(workbook));
  const pattern = backupPattern(workbook);
  const byAge = readdirSync(folder)
    .filter((each) => pattern.test(each))
    .map((each) => ({ name: each, time: statSync(path.join(folder, each)).mtimeMs }));
  byAge.sort((a, b) => b.time - a.time || b.name.localeCompare(a.name));
  for (const old of byAge.slice(BACKUPS_KEPT)) unlinkSync(path.join(folder, old.name));
  return backup;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
