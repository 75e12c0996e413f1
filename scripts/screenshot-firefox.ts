// `npx tsx scripts/screenshot-firefox.ts [out.png]`: Brief's real popup on the seed article in
// firefox-esr, in a real window (Xvfb + openbox), photographed from the screen as a user sees it
// (docs/screenshot-firefox.png by default). Needs ImageMagick's `import`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureBuilt } from './lib/chromium.ts';
import { BRIEF_ADDON_ID as ID, DIST_FIREFOX, FirefoxWindow } from './lib/firefox-window.ts';
import { serve } from './lib/server.ts';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(root, 'docs/screenshot-firefox.png'));
const seed = readFileSync(join(root, '../shared/fixtures/seed-article.html'), 'utf8');

await ensureBuilt();
const server = await serve({ '/tech/ai-base-model.html': seed });
const firefox = await FirefoxWindow.launch({ pinned: [ID] });
try {
  await firefox.installAddon(DIST_FIREFOX);
  await firefox.navigate(server.url('/tech/ai-base-model.html'));
  await firefox.clickButton(ID);
  const popup = await firefox.waitForPopup((p) => p.title.startsWith('Brief: '));
  // Off the button (no hover highlight), and a moment for the panel to finish painting.
  await firefox.display.xdotool('mousemove', '5', '500');
  await new Promise((resolve) => setTimeout(resolve, 500));
  const margin = 0;
  await firefox.display.screenshot(out, {
    x: Math.round(popup.x) - margin,
    y: Math.round(popup.y) - margin,
    width: Math.round(popup.width) + 2 * margin,
    height: Math.round(popup.height) + 2 * margin,
  });
  console.log(`Saved ${out} (popup ${Math.round(popup.width)}×${Math.round(popup.height)})`);
} finally {
  await firefox.close();
  await server.close();
}
