/**
 * The Update national data dialog in a real browser (Debian's Chromium, headless): its page as the
 * emulator recorded it, with google.script.run standing in for HtmlService's and handing each call
 * to build/Code.js in the emulator, as the Sheet would. A file is chosen through the file input,
 * the browser reads it, and the preview, the replacement and a refused file show as they would.
 * `UPDATE_SCREENSHOT=1` writes the README's docs/national-data-dialog.png.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { launchChromium } from '../../scripts/chromium';
import { csvText } from '../domain/tracker/national-fixtures';
import { exampleTracker, openSheet } from '../integration/support';
import { root, scratch } from '../cli/support';

const TIMEOUT = 60_000;
const DATA = path.join(root, 'data');
const SHIPPED = parse(
  readFileSync(path.join(DATA, 'english-la-latest-inspections.csv'), 'utf8'),
) as string[][];
const HEADER = SHIPPED[0]!;

/** The shipped CSV with rows edited by la_name, written to a scratch file. */
function fileWith(name: string, edits: Record<string, Record<string, string>>): string {
  const rows = SHIPPED.map((row) => [...row]);
  for (const [authority, cells] of Object.entries(edits)) {
    const row = rows.find((each) => each[0] === authority)!;
    for (const [column, value] of Object.entries(cells)) row[HEADER.indexOf(column)] = value;
  }
  const file = path.join(scratch(), name);
  writeFileSync(file, csvText(rows));
  return file;
}

/** A newer copy: three authorities inspected since the shipped snapshot, and one grade corrected. */
const NEWER = {
  Dudley: {
    start_date: '2026-09-07',
    end_date: '2026-09-18',
    publication_date: '2026-10-30',
    overall_effectiveness: '',
    previous_start_date: '2022-10-31',
  },
  'Bristol, City of': {
    start_date: '2026-09-14',
    end_date: '2026-09-25',
    publication_date: '2026-11-06',
    overall_effectiveness: '',
    previous_start_date: '2023-01-16',
  },
  Hertfordshire: {
    inspection_type: 'standard',
    start_date: '2026-10-05',
    end_date: '2026-10-16',
    publication_date: '2026-11-20',
    overall_effectiveness: '',
    previous_start_date: '2023-01-23',
  },
  Kent: { care_leavers: 'good' },
};

test(
  'a file chosen: its preview, then replaced; a refused file lists its problems; what the file holds shows as text; no errors or requests',
  async () => {
    const sheet = openSheet({
      timeZone: 'Europe/London',
      now: new Date('2026-12-01T09:00:00Z'),
      sheets: { Tracker: exampleTracker() },
    });
    sheet.run('setUpTracker');
    sheet.run('recalculateNow');
    sheet.run('updateNationalData');
    const dialog = sheet.emulator.ui.dialogs.at(-1)!;
    const html = path.join(scratch(), 'national-data-dialog.html');
    writeFileSync(html, dialog.html);

    const chromium = await launchChromium();
    try {
      const page = await chromium.browser.newPage();
      await page.setViewportSize({ width: dialog.width, height: dialog.height });
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('request', (request) => {
        if (!/^(file|data|about):/.test(request.url())) problems.push(request.url());
      });
      // HtmlService's google.script.run: each call runs the script's function (here, Code.js in
      // the emulator) and hands its answer, or its error, to the page's handlers.
      const calls: string[] = [];
      await page.exposeFunction('callScript', (name: string, text: unknown) => {
        calls.push(name);
        try {
          return { value: sheet.run(name, text) };
        } catch (error) {
          return { error: (error as Error).message };
        }
      });
      await page.addInitScript(() => {
        const scope = globalThis as unknown as Record<string, unknown>;
        const call = scope.callScript as (
          name: string,
          text: unknown,
        ) => Promise<{ value?: unknown; error?: string }>;
        const runner = (success: (value: unknown) => void, failure: (error: Error) => void) =>
          new Proxy(
            {},
            {
              get: (_, name: string) => {
                if (name === 'withSuccessHandler')
                  return (next: (value: unknown) => void) => runner(next, failure);
                if (name === 'withFailureHandler')
                  return (next: (error: Error) => void) => runner(success, next);
                return (text: unknown) =>
                  void call(name, text).then((answer) =>
                    answer.error === undefined
                      ? success(answer.value)
                      : failure(new Error(answer.error)),
                  );
              },
            },
          );
        scope.google = {
          script: {
            run: runner(
              () => undefined,
              () => undefined,
            ),
            host: { close: () => undefined },
          },
        };
      });
      await page.goto(`file://${html}`, { waitUntil: 'load' });
      expect(await page.textContent('body')).toContain(
        'The National data now holds 153 authorities, as of 20 Aug 2026 (its latest date).',
      );
      expect(await page.locator('#replace').isVisible()).toBe(false);

      // The newer copy: the preview lists what would change, and offers to replace.
      await page.setInputFiles('#file', fileWith('english-la-latest-inspections.csv', NEWER));
      const replace = page.getByRole('button', { name: 'Replace the National data' });
      await replace.waitFor({ state: 'visible' });
      const out = page.locator('#out');
      expect(await out.innerText()).toContain(
        'Replacing the National data with it would change 4 rows: 3 new inspections, 1 inspection corrected.',
      );
      expect(await page.locator('#changes li').allInnerTexts()).toEqual([
        'Bristol, City of: a new inspection from 14 Sep 2026 (the current one is from 16 Jan 2023).',
        'Dudley: a new inspection from 7 Sep 2026 (the current one is from 31 Oct 2022).',
        'Hertfordshire: a new inspection from 5 Oct 2026 (the current one is from 23 Jan 2023).',
        'Kent: care leavers requires improvement → good.',
      ]);
      expect(calls).toEqual(['previewNationalData']);
      // Nothing is replaced yet.
      expect(String(sheet.emulator.values('National data')[0]?.[0])).toContain('20 Aug 2026');
      const shot = process.env.UPDATE_SCREENSHOT
        ? path.join(root, 'docs', 'national-data-dialog.png')
        : path.join(scratch(), 'national-data-dialog.png');
      await page.screenshot({ path: shot });
      expect(statSync(shot).size).toBeGreaterThan(10_000);
      expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');

      // Replace: the script replaces the National data and says what it did.
      await replace.click();
      await page.locator('#out .good').waitFor();
      expect(await page.locator('#out .good').innerText()).toMatch(
        /^The National data now holds 153 authorities from the tool's own National data CSV, as of 20 Nov 2026: 4 rows changed \(3 new inspections, 1 inspection corrected\)\. Recalculated: 153 rows computed/,
      );
      expect(await replace.isVisible()).toBe(false);
      expect(calls).toEqual(['previewNationalData', 'replaceNationalData']);
      expect(String(sheet.emulator.values('National data')[0]?.[0])).toContain('20 Nov 2026');

      // A refused file: its problems, and nothing offered.
      await page.setInputFiles(
        '#file',
        path.join(DATA, 'jt39', 'ofsted_csc_ilacs_history-before-2024-07.csv'),
      );
      await page.locator('#problems').waitFor();
      expect(await out.innerText()).toContain(
        'This file cannot replace the National data, so nothing was changed:',
      );
      expect(await page.locator('#problems li').allInnerTexts()).toEqual([
        expect.stringMatching(/^Row 289: inspection_start_date: expected the first day of Redcar/),
        'The file lacks 1 of the 153 English local authorities, so it would replace only part of the National data: Cumberland.',
      ]);
      expect(await replace.isVisible()).toBe(false);

      // What a file holds is shown as text, never run: a name with markup in it.
      await page.setInputFiles(
        '#file',
        fileWith('markup.csv', {
          ...NEWER,
          York: { la_name: 'York <img src=x onerror=alert(1)>' },
        }),
      );
      await replace.waitFor({ state: 'visible' });
      expect(await out.innerText()).toContain(
        'York <img src=x onerror=alert(1)>: name York → York <img src=x onerror=alert(1)>.',
      );
      expect(await page.locator('#out img').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await chromium.close();
    }
  },
  TIMEOUT,
);
