/**
 * The system's Chromium (Debian's `chromium`, which .ci/run installs), driven headless by
 * playwright-core: for the timeline's browser test and the bench. Playwright downloads no browser
 * of its own here, and Chromium is kept off the network.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Headless, and nothing of its own from the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

export interface Chromium {
  readonly browser: BrowserContext;
  /** Closes the browser and removes its fresh profile. */
  close(): Promise<void>;
}

/** Chromium with a fresh profile and a window the size of the Show timeline dialog. */
export async function launchChromium(): Promise<Chromium> {
  if (!hasChromium()) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium, as .ci/run does.`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'ilacs-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1240, height: 720 },
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
