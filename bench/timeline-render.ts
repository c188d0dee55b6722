/**
 * How long Chromium takes to show the timeline: from the start of loading the page to its first
 * frame drawn (parsing, the script, style, layout and paint), the median of a few loads.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../scripts/chromium';

/** Milliseconds from the page's start to its first frame, for each page, the median of `runs`. */
export async function firstFrameMs(pages: readonly string[], runs = 5): Promise<number[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'ilacs-timeline-'));
  const chromium = await launchChromium();
  try {
    const medians: number[] = [];
    for (const [index, html] of pages.entries()) {
      const file = path.join(folder, `timeline-${index}.html`);
      writeFileSync(file, html);
      const samples: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const page = await chromium.browser.newPage();
        await page.goto(`file://${file}`, { waitUntil: 'load' });
        // Two frames after load: the first frame that shows the whole page has been drawn (the
        // page's own clock, from the start of its navigation).
        const drawn = await page.evaluate(
          'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))))',
        );
        samples.push(Number(drawn));
        await page.close();
      }
      samples.sort((a, b) => a - b);
      medians.push(samples[Math.floor(samples.length / 2)] ?? NaN);
    }
    return medians;
  } finally {
    await chromium.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
