/**
 * The timeline in a real browser: Debian's Chromium (what .ci/run installs), driven headless by
 * playwright-core, opens `npm start`'s timeline.html and the Show timeline dialog's page as the
 * emulator recorded it. `UPDATE_SCREENSHOT=1` writes the README's docs/timeline.png; otherwise the
 * screenshot goes to a scratch folder.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { type Chromium, launchChromium } from '../../scripts/chromium';
import { exampleTracker, openSheet } from '../integration/support';
import { civil } from '../../src/domain/rules/civil-date';
import { NOTHING_OVERDUE } from '../../src/domain/timeline/overdue';
import { renderTimeline } from '../../src/domain/timeline/render';
import { root, scratch, start } from '../cli/support';

const TIMEOUT = 60_000;
const AUTHORITIES = 153;
const UK_SPAN = /\d{1,2} [A-Z][a-z]{2} 20\d\d to \d{1,2} [A-Z][a-z]{2} 20\d\d/;

let chromium: Chromium;
let browser: BrowserContext;
let sheet: ReturnType<typeof openSheet>;
const pages: Record<string, string> = {};

beforeAll(async () => {
  chromium = await launchChromium();
  browser = chromium.browser;
  const out = scratch();
  const result = await start('--out', out, '--today', '2026-11-23');
  expect(result).toMatchObject({ status: 0, stderr: '' });
  pages['npm start'] = path.join(out, 'timeline.html');
  expect(result.stdout).toContain(pages['npm start']);
  sheet = openSheet({ timeZone: 'Europe/London', sheets: { Tracker: exampleTracker() } });
  sheet.run('setUpTracker');
  sheet.run('recalculateNow');
  sheet.run('showTimeline');
  // The dialog's page as the emulator recorded it, opened from a file as HtmlService's frame would load it.
  pages.dialog = path.join(scratch(), 'dialog.html');
  writeFileSync(pages.dialog, sheet.emulator.ui.dialogs[0]?.html ?? '');
}, TIMEOUT);

afterAll(async () => {
  await chromium?.close();
});

/** Opens a page, failing on any console error, page error or request beyond the page itself. */
async function open(which: string, setUp?: (page: Page) => Promise<void>) {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!/^(file|data|about):/.test(request.url())) problems.push(`request: ${request.url()}`);
  });
  await setUp?.(page);
  await page.goto(`file://${pages[which]}`, { waitUntil: 'load' });
  return { page, problems };
}

const visibleRows = (page: Page) => page.locator('#rows .row:visible').count();

describe.each(['npm start', 'dialog'])("the timeline page (%s's)", (which) => {
  test(
    'one row per authority, no errors, the filters narrow the rows, hover shows the dates',
    async () => {
      const { page, problems } = await open(which);
      expect(await page.locator('#rows .row').count()).toBe(AUTHORITIES);
      expect(await page.locator('#facts tbody tr').count()).toBe(AUTHORITIES);
      expect(await visibleRows(page)).toBe(AUTHORITIES);
      // The table for screen readers is in the accessibility tree, though nothing of it is drawn.
      const facts = page.getByRole('table', { name: "The timeline's facts" });
      expect(await facts.getByRole('row').count()).toBe(AUTHORITIES + 1);
      expect(await facts.getByRole('rowheader', { name: 'Kent', exact: true }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Kent', exact: true }).count()).toBe(1);

      await page.selectOption('#fg', { label: 'London' });
      const london = await visibleRows(page);
      expect(london).toBeGreaterThan(0);
      expect(london).toBeLessThan(AUTHORITIES);
      expect(await page.textContent('#shown')).toBe(`${london} of ${AUTHORITIES} authorities`);
      expect(await page.locator('#facts tbody tr:visible').count()).toBe(london);
      await page.selectOption('#fp', { label: 'Inadequate' });
      expect(await visibleRows(page)).toBeLessThan(london);
      await page.selectOption('#fg', { label: 'All regions' });
      await page.selectOption('#fp', { label: 'All pathways' });
      expect(await visibleRows(page)).toBe(AUTHORITIES);

      await page.locator('#rows .row .forecast').nth(3).hover();
      const tip = page.locator('#tip');
      expect(await tip.isVisible()).toBe(true);
      const words = (await tip.textContent()) ?? '';
      expect(words).toMatch(new RegExp(`Next inspection expected ${UK_SPAN.source}`));
      expect(words).toMatch(/Status: Expected [A-Z][a-z]{2}/);
      await page.locator('#rows .row .meeting').first().hover();
      expect(await tip.textContent()).toMatch(/engagement meeting.* \d{1,2} [A-Z][a-z]{2} 20\d\d/i);

      await page.locator('#rows .row .forecast').nth(2).hover();
      const shot =
        process.env.UPDATE_SCREENSHOT && which === 'npm start'
          ? path.join(root, 'docs', 'timeline.png')
          : path.join(scratch(), 'timeline.png');
      await page.screenshot({ path: shot });
      expect(statSync(shot).size).toBeGreaterThan(20_000);
      expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
      expect(problems).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );
});

test(
  "in the Sheet's dialog a click on a name asks the script to select that row, then closes",
  async () => {
    const { page, problems } = await open('dialog', async (each) => {
      // HtmlService's google.script: run calls the script's function, host closes the dialog.
      await each.addInitScript(() => {
        const calls: unknown[] = [];
        const scope = globalThis as unknown as Record<string, unknown>;
        scope.calls = calls;
        const runner = {
          handlers: { success: (_: unknown) => undefined },
          withSuccessHandler(success: (value: unknown) => void) {
            this.handlers.success = success as (_: unknown) => undefined;
            return this;
          },
          withFailureHandler() {
            return this;
          },
          selectTrackerRow(row: unknown) {
            calls.push(['selectTrackerRow', row]);
            this.handlers.success(undefined);
          },
        };
        scope.google = { script: { run: runner, host: { close: () => calls.push(['close']) } } };
      });
    });
    const button = page.locator('#rows .name', { hasText: /^Kent$/ });
    const row = Number(await button.getAttribute('data-row'));
    expect(exampleTracker()[row - 1]?.[0]).toBe('Kent');
    await button.click();
    expect(
      await page.evaluate(() => (globalThis as unknown as { calls: unknown[] }).calls),
    ).toEqual([['selectTrackerRow', row], ['close']]);
    // What the script does with that call: Kent's row of the Tracker is selected.
    sheet.run('selectTrackerRow', row);
    expect(sheet.emulator.spreadsheet.getActiveRange()?.getA1Notation()).toBe(`${row}:${row}`);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "in npm start's file a click on a name says which row it is",
  async () => {
    const { page, problems } = await open('npm start');
    await page.locator('#rows .name', { hasText: /^Kent$/ }).click();
    expect(await page.textContent('#msg')).toMatch(/^Kent is row \d+ of the Tracker/);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test.each(['2026-11-23', '2026-12-30', '2027-01-02', '2027-01-31', '2027-06-15', '2028-02-29'])(
  "the months' and years' labels and Today's never overlap (today %s)",
  async (today) => {
    const file = path.join(scratch(), 'timeline.html');
    writeFileSync(
      file,
      renderTimeline({
        rows: [
          {
            rowNumber: 2,
            authority: 'Kent',
            region: '',
            pathway: '',
            nextInspection: '',
            focusedVisits: '',
            done: {},
            status: 'Expected Jan-May 2027',
            computedOn: civil(today),
            overdue: NOTHING_OVERDUE,
            hasProblems: false,
          },
        ],
        today: civil(today),
      }),
    );
    pages.axis = file;
    const { page, problems } = await open('axis');
    const boxes = await page.locator('#axis text').evaluateAll((texts) =>
      texts.map((text) => {
        const box = text.getBoundingClientRect();
        return { text: text.textContent, left: box.left, right: box.right, top: box.top };
      }),
    );
    expect(boxes.length).toBeGreaterThan(31);
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        if (Math.abs(a.top - b.top) > 4) continue;
        expect([a.text, b.text, a.right <= b.left || b.right <= a.left]).toEqual([
          a.text,
          b.text,
          true,
        ]);
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);
