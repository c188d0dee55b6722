/**
 * `npm start -- --days 400`: a year and more of daily runs over the example, in-process. On its
 * own in this file so that it runs beside the rest of the CLI suite rather than after it.
 */
import path from 'node:path';
import { readWorkbook, scratch, sheetRows, start } from './support';

test('--days 400 over the example finishes, and no reminder key appears twice in the log', async () => {
  const out = scratch();
  const result = await start('--today', '2026-11-22', '--days', '400', '--out', out);
  expect(result.status).toBe(0);
  expect(result.stderr).toContain('400/400 days');
  const log = sheetRows(
    (await readWorkbook(path.join(out, 'tracker.xlsx'))).getWorksheet('Reminder log'),
  );
  const keys = log
    .slice(1)
    .filter((row) => row[6] === 'Sent')
    .map((row) => row[8]);
  expect(keys.length).toBeGreaterThan(300);
  expect(new Set(keys).size).toBe(keys.length);
  // About 20 s on an idle machine (the daily job, 400 times); several times that on a busy one.
}, 240_000);
