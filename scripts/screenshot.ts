// `npx tsx scripts/screenshot.ts [out.png]`: opens Brief's real popup on the seed article in headless
// Chromium and saves a light-theme picture of the whole card (docs/screenshot.png by default).
// Chrome caps a popup at 600px and cannot capture below that, so the popup's rendered DOM and its
// stylesheet are copied into a plain tab of the popup's width and photographed there.
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { serve } from './lib/server.ts';
import { DIST_CHROME, launchWithExtension, openPopup } from './lib/chromium.ts';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(root, 'docs/screenshot.png'));
const seed = readFileSync(join(root, '../shared/fixtures/seed-article.html'), 'utf8');

function popupCss(): string {
  const assets = join(DIST_CHROME, 'popup/assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
}

const server = await serve({ '/tech/ai-base-model.html': seed });
const chromium = await launchWithExtension();
try {
  const page = await chromium.browser.newPage();
  await page.goto(server.url('/tech/ai-base-model.html'));
  const popup = await openPopup(chromium, page);
  await popup.waitForSelector('article h1');
  const card = await popup.$eval('main', (main) => main.outerHTML);

  const shot = await chromium.browser.newPage();
  await shot.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await shot.setViewport({ width: 380, height: 600, deviceScaleFactor: 2 });
  await shot.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${card}</body></html>`);
  await shot.addStyleTag({ content: popupCss() });
  // A viewport as tall as the card leaves the sticky Copy bar where it sits when scrolled to the end.
  const height = await shot.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await shot.setViewport({ width: 380, height, deviceScaleFactor: 2 });
  await mkdir(dirname(out), { recursive: true });
  await shot.screenshot({ path: out as `${string}.png` });
  console.log(`Saved ${out}`);
} finally {
  await chromium.close();
  await server.close();
}
