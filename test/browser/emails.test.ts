/**
 * The morning's letters as a person sees them: the HTML parts of two of `npm start`'s .eml files
 * (a DCS letter holding a meeting and a self-evaluation, and the coordinators' letter), parsed by mailparser and opened in Debian's
 * Chromium. `UPDATE_SCREENSHOT=1` writes the README's docs/email-dcs.png and
 * docs/email-coordinators.png.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { launchChromium } from '../../scripts/chromium';
import { root, scratch, start } from '../cli/support';

const TIMEOUT = 120_000;

async function morning(): Promise<ParsedMail[]> {
  const out = scratch();
  const result = await start('--out', out, '--today', '2026-12-01');
  expect(result.status).toBe(0);
  const outbox = path.join(out, 'outbox', '2026-12-01');
  return Promise.all(
    readdirSync(outbox)
      .filter((name) => name.endsWith('.eml'))
      .map((name) => simpleParser(readFileSync(path.join(outbox, name)))),
  );
}

const sentTo = (mail: ParsedMail, address: string) =>
  JSON.stringify([mail.to, mail.cc]).toLowerCase().includes(address);

test(
  "the DCS's and the coordinators' letters render as letters, with no request and no script",
  async () => {
    const mails = await morning();
    const letters = {
      dcs: mails.find((mail) =>
        /annual engagement meeting with Ofsted on .*; self-evaluation/.test(mail.subject ?? ''),
      ),
      coordinators: mails.find((mail) => sentTo(mail, 'coordinators@example.org')),
    };
    const chromium = await launchChromium();
    try {
      for (const [who, mail] of Object.entries(letters)) {
        expect(mail?.html).toBeTruthy();
        const file = path.join(scratch(), `${who}.html`);
        writeFileSync(
          file,
          `<!doctype html><meta charset="utf-8"><title>${mail?.subject}</title><body style="margin:16px">${mail?.html}</body>`,
        );
        const page = await chromium.browser.newPage();
        await page.setViewportSize({ width: 720, height: 900 });
        const problems: string[] = [];
        page.on('request', (request) => {
          if (!/^(file|data|about):/.test(request.url())) problems.push(request.url());
        });
        page.on('pageerror', (error) => problems.push(error.message));
        await page.goto(`file://${file}`, { waitUntil: 'load' });
        expect(await page.locator('script').count()).toBe(0);
        expect(await page.getByText(/^Dear /).count()).toBeGreaterThan(0);
        const shot = process.env.UPDATE_SCREENSHOT
          ? path.join(root, 'docs', `email-${who}.png`)
          : path.join(scratch(), `email-${who}.png`);
        await page.screenshot({ path: shot, fullPage: who === 'dcs' });
        expect(statSync(shot).size).toBeGreaterThan(10_000);
        expect(problems).toEqual([]);
        await page.close();
      }
    } finally {
      await chromium.close();
    }
  },
  TIMEOUT,
);
