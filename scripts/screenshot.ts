// `npx tsx scripts/screenshot.ts [out.png] [--lang ar] [--page sidepanel|options|history]`: Brief's
// real popup on the seed article, in a Chromium window (Xvfb + openbox, so the popup has its full
// size), light theme, saved as a picture of the popup page itself (docs/screenshot.png by
// default); with --lang in that UI language; with --page another surface of Brief, in a tab.
// scripts/screenshot-firefox.ts does Firefox.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { serve } from './lib/server.ts';
import { launchWithExtension, openPopup, waitForCard } from './lib/chromium.ts';
import { startDisplay } from './lib/x-display.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const lang = option('--lang');
const surface = option('--page');
const out = resolve(args[0] ?? join(root, 'docs/screenshot.png'));
const seed = readFileSync(join(root, '../shared/fixtures/seed-article.html'), 'utf8');

const display = await startDisplay();
const server = await serve({ '/tech/ai-base-model.html': seed });
const chromium = await launchWithExtension(undefined, { display, lang });
try {
  const page = await chromium.browser.newPage();
  await page.goto(server.url('/tech/ai-base-model.html'));
  if (surface === 'sidepanel') {
    // The real side panel, opened by a toolbar click with the panel chosen in the options.
    const [worker] = await chromium.extension.workers();
    await worker!.evaluate(`chrome.storage.local.set({ surface: 'panel' })`);
    await new Promise((r) => setTimeout(r, 300));
    const opened = chromium.browser.waitForTarget((t) => t.url().endsWith('/sidepanel/index.html'), { timeout: 15_000 });
    await page.bringToFront();
    await page.triggerExtensionAction(chromium.extension);
    const panel = await (await opened).asPage();
    await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await panel.waitForSelector('article h1', { timeout: 15_000 });
    await new Promise((r) => setTimeout(r, 500));
    await mkdir(dirname(out), { recursive: true });
    await panel.screenshot({ path: out as `${string}.png` });
    console.log(`Saved ${out}`);
  } else if (surface) {
    // The card once in history (a real click), then the page asked for, in a tab of its own.
    const first = await openPopup(chromium, page);
    await waitForCard(first);
    await first.close();
    const tab = await chromium.browser.newPage();
    await tab.setViewport({ width: 900, height: 700 });
    await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await tab.goto(`chrome-extension://${chromium.extension.id}/${surface}/index.html`);
    await new Promise((r) => setTimeout(r, 1000));
    await mkdir(dirname(out), { recursive: true });
    await tab.screenshot({ path: out as `${string}.png` });
    console.log(`Saved ${out}`);
  } else {
    await popupShot(page);
  }
} finally {
  await chromium.close();
  await server.close();
  await display.close();
}

async function popupShot(page: Awaited<ReturnType<typeof chromium.browser.newPage>>): Promise<void> {
  const popup = await openPopup(chromium, page);
  await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await waitForCard(popup);
  await popup.waitForSelector('.shortcut kbd', { timeout: 5_000 }).catch(() => undefined);
  // The popup grows to its document after it opens: wait until its height holds.
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const h = await popup.evaluate(() => innerHeight);
    if (h === last) break;
    last = h;
    await new Promise((r) => setTimeout(r, 100));
  }
  await mkdir(dirname(out), { recursive: true });
  await popup.screenshot({ path: out as `${string}.png` });
  console.log(`Saved ${out} (popup height ${last}px)`);
}
