// The side panel in Debian's Chromium, opened by a real toolbar click: it shows the clicked tab's
// brief, follows a switch to a tab Brief may not read yet (and says how to grant it), briefs that
// tab when the toolbar button is clicked there, and goes back to the first tab's brief.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchWithExtension, openPopup, type ExtensionBrowser } from '../../scripts/lib/chromium.ts';
import { serve, type TestServer } from '../../scripts/lib/server.ts';
import { SEED_ARTICLE } from './support/pages.ts';
import { axeViolations } from './support/axe.ts';


const SECOND = `<!doctype html><html lang="en"><head><title>Harbour council approves the new sea wall</title></head><body><article>
<h1>Harbour council approves the new sea wall</h1>
${Array.from({ length: 6 }, (_, i) => `<p>The harbour council voted on Tuesday to build a sea wall two metres higher than the old one, and engineers said section ${i + 1} would start in the spring once the budget is signed.</p>`).join('\n')}
</article></body></html>`;

let chromium: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await serve({ '/seed.html': SEED_ARTICLE, '/second.html': SECOND });
  chromium = await launchWithExtension();
  const [worker] = await chromium.extension.workers();
  await worker!.evaluate(`chrome.storage.local.set({ surface: 'panel' })`);
  // The worker reads the setting on change; give it the moment a user's next click would.
  await new Promise((r) => setTimeout(r, 300));
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

const headline = (panel: Page) => panel.$eval('article h1, .notice h1', (el) => el.textContent ?? '');
const waitForHeadline = (panel: Page, text: string) =>
  panel.waitForFunction((t) => document.querySelector('article h1, .notice h1')?.textContent === t, { timeout: 20_000 }, text);

describe('the side panel', () => {
  it('opens on a toolbar click, follows the tabs, and briefs a tab once it is clicked there', async () => {
    const first = await chromium.browser.newPage();
    await first.goto(server.url('/seed.html'));
    const opened = chromium.browser.waitForTarget((t) => t.url() === `chrome-extension://${chromium.extension.id}/sidepanel/index.html`, { timeout: 15_000 });
    await first.bringToFront();
    await first.triggerExtensionAction(chromium.extension);
    const panel = await (await opened).asPage();
    const seedTitle = await first.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!).headline as string);
    await waitForHeadline(panel, seedTitle);
    expect(await panel.$$eval('.points > li', (lis) => lis.length)).toBe(3);
    for (const scheme of ['light', 'dark']) {
      await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      expect(await axeViolations(panel), scheme).toEqual([]);
    }

    // A new tab nobody clicked Brief on: the panel follows it and says how to grant it.
    const second = await chromium.browser.newPage();
    await second.goto(server.url('/second.html'));
    await second.bringToFront();
    await waitForHeadline(panel, 'Brief this tab?');
    expect(await panel.$eval('.notice p', (p) => p.textContent)).toMatch(/context menu to brief this tab/);

    // The toolbar click there grants it: the open panel shows its brief.
    await second.triggerExtensionAction(chromium.extension);
    await waitForHeadline(panel, 'Harbour council approves the new sea wall');

    // Back to the first tab: its brief again, from the cache.
    await first.bringToFront();
    await waitForHeadline(panel, seedTitle);
    expect(await headline(panel)).toBe(seedTitle);
  });
});

describe('Open in side panel', () => {
  // A browser of its own, so no panel is open before the button opens one.
  let fresh: ExtensionBrowser;
  beforeAll(async () => {
    fresh = await launchWithExtension();
  }, 60_000);
  afterAll(async () => {
    await fresh?.close();
  });

  it('moves the brief from the popup to the side panel', async () => {
    const chromium = fresh;
    const page = await chromium.browser.newPage();
    await page.goto(server.url('/second.html'));
    const popup = await openPopup(chromium, page);
    await popup.waitForSelector('article h1');
    const panelUrl = `chrome-extension://${chromium.extension.id}/sidepanel/index.html`;
    expect(chromium.browser.targets().some((t) => t.url() === panelUrl)).toBe(false);
    const opened = chromium.browser.waitForTarget((t) => t.url() === panelUrl, { timeout: 15_000 });
    const button = await popup.waitForSelector('::-p-aria([name="Open in side panel"][role="button"])');
    await button!.click();
    const panel = await (await opened).asPage();
    await waitForHeadline(panel, 'Harbour council approves the new sea wall');
  });
});
