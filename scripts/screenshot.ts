// `npx tsx scripts/screenshot.ts [out.png]`: Brief's real popup on the seed article, in a Chromium
// window (Xvfb + openbox, so the popup has its full size), light theme, saved as a picture of the
// popup page itself (docs/screenshot.png by default). scripts/screenshot-firefox.ts does Firefox.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { serve } from './lib/server.ts';
import { launchWithExtension, openPopup, waitForCard } from './lib/chromium.ts';
import { startDisplay } from './lib/x-display.ts';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(root, 'docs/screenshot.png'));
const seed = readFileSync(join(root, '../shared/fixtures/seed-article.html'), 'utf8');

const display = await startDisplay();
const server = await serve({ '/tech/ai-base-model.html': seed });
const chromium = await launchWithExtension(undefined, { display });
try {
  const page = await chromium.browser.newPage();
  await page.goto(server.url('/tech/ai-base-model.html'));
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
} finally {
  await chromium.close();
  await server.close();
  await display.close();
}
