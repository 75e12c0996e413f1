// Launches Debian's Chromium headless with the built extension and opens its real popup.
// Shared by the e2e tests, scripts/screenshot.ts and the benchmark.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Extension, type Page } from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DIST_CHROME = join(import.meta.dirname, '../../dist/chrome');

export interface ExtensionBrowser {
  browser: Browser;
  extension: Extension;
  close(): Promise<void>;
}

/** Builds the extension when dist/ is missing, so the e2e project also runs on its own. */
export async function ensureBuilt(): Promise<void> {
  if (existsSync(join(DIST_CHROME, 'manifest.json'))) return;
  const { buildExtension } = await import('../build.ts');
  await buildExtension();
}

export async function launchWithExtension(extensionDir = DIST_CHROME): Promise<ExtensionBrowser> {
  await ensureBuilt();
  const userDataDir = await mkdtemp(join(tmpdir(), 'brief-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir,
    enableExtensions: [extensionDir],
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update'],
  });
  const extension = await findExtension(browser);
  return {
    browser,
    extension,
    async close() {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

async function findExtension(browser: Browser): Promise<Extension> {
  for (let i = 0; i < 50; i++) {
    const found = [...(await browser.extensions()).values()].find((e) => e.name === 'Brief');
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The Brief extension did not load');
}

/** Clicks the toolbar button as a user would and returns the popup page. */
export async function openPopup({ browser, extension }: ExtensionBrowser, page: Page): Promise<Page> {
  const popupUrl = `chrome-extension://${extension.id}/popup/index.html`;
  const target = browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 15_000 });
  await page.bringToFront();
  await page.triggerExtensionAction(extension);
  const popup = await (await target).asPage();
  return popup;
}
