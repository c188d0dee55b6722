/**
 * The Check installation dialog in a real browser (Debian's Chromium, headless): its page as the
 * emulator recorded it, in a Sheet set to the United States, where one check does not hold.
 * `UPDATE_SCREENSHOT=1` writes the README's docs/installation-check.png.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../scripts/chromium';
import { exampleTracker, openSheet } from '../integration/support';
import { root, scratch } from '../cli/support';

const TIMEOUT = 60_000;

test(
  'ten checks in a table, the one that does not hold marked with what to do, the record folded away; no errors or requests',
  async () => {
    const sheet = openSheet({
      locale: 'en_US',
      timeZone: 'Europe/London',
      scriptTimeZone: 'Europe/London',
      sheets: { Tracker: exampleTracker() },
    });
    sheet.emulator.setUiAvailable(true);
    sheet.emulator.ui.replyToAlerts('NO');
    sheet.run('setUpTracker');
    sheet.run('checkInstallation');
    const file = path.join(scratch(), 'installation-check.html');
    writeFileSync(file, sheet.emulator.ui.dialogs.at(-1)?.html ?? '');

    const chromium = await launchChromium();
    try {
      const page = await chromium.browser.newPage();
      await page.setViewportSize({ width: 960, height: 600 });
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('request', (request) => {
        if (!/^(file|data|about):/.test(request.url())) problems.push(request.url());
      });
      await page.goto(`file://${file}`, { waitUntil: 'load' });
      const rows = page.getByRole('row');
      expect(await rows.count()).toBe(11);
      const toFix = page.getByRole('row').filter({ hasText: 'To fix' });
      expect(await toFix.count()).toBe(1);
      expect(await toFix.innerText()).toContain('File > Settings > Locale: United Kingdom');
      expect(await page.locator('#installation-record').isVisible()).toBe(false);
      await page.getByText('The record of this check').click();
      expect(await page.locator('#installation-record').isVisible()).toBe(true);
      await page.getByText('The record of this check').click();
      await page.evaluate('window.scrollTo(0, 0)');
      const shot = process.env.UPDATE_SCREENSHOT
        ? path.join(root, 'docs', 'installation-check.png')
        : path.join(scratch(), 'installation-check.png');
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(10_000);
      expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
      expect(problems).toEqual([]);
    } finally {
      await chromium.close();
    }
  },
  TIMEOUT,
);
