// Chromium in a real window (Xvfb + openbox), for what headless cannot show: the default shortcut
// pressed as a real key, and the popup at its full size (headless caps it at 510px here).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchWithExtension, openPopup, waitForCard, type ExtensionBrowser } from '../../scripts/lib/chromium.ts';
import { serve, type TestServer } from '../../scripts/lib/server.ts';
import { startDisplay, type XDisplay } from '../../scripts/lib/x-display.ts';
import { LONG_ARTICLE, SEED_ARTICLE } from './support/pages.ts';
import { SUGGESTED_KEY, XDOTOOL_KEY } from './support/shortcut.ts';

let display: XDisplay;
let chromium: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  display = await startDisplay();
  server = await serve({ '/seed.html': SEED_ARTICLE, '/long.html': LONG_ARTICLE });
  chromium = await launchWithExtension(undefined, { display });
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await display?.close();
});

async function open(path: string): Promise<Page> {
  const page = await chromium.browser.newPage();
  await page.goto(server.url(path));
  return page;
}

/** How the card sits in the popup, once the popup has grown to fit it: what scrolls, where the footer is. */
async function layout(popup: Page) {
  // Chromium opens the popup small and resizes it to the document: wait until its size holds.
  await popup.waitForFunction(
    () => {
      const w = globalThis as unknown as { __lastSize?: string; __steady?: number };
      const size = `${innerWidth}x${innerHeight}`;
      w.__steady = size === w.__lastSize ? (w.__steady ?? 0) + 1 : 0;
      w.__lastSize = size;
      return w.__steady >= 5;
    },
    { polling: 50, timeout: 10_000 },
  );
  return popup.evaluate(() => {
    const body = document.querySelector('.card-body')!;
    const footer = document.querySelector('.card footer')!.getBoundingClientRect();
    return {
      viewport: innerHeight,
      documentHeight: document.documentElement.scrollHeight,
      documentScrolls: document.documentElement.scrollHeight > innerHeight,
      bodyScrolls: body.scrollHeight > body.clientHeight,
      bodyBottom: body.getBoundingClientRect().bottom,
      footerTop: footer.top,
      footerBottom: footer.bottom,
    };
  });
}

/** Clicks Brief on a served page and reports how its card sits in the popup. */
async function cardLayoutOf(path: string) {
  const popup = await openPopup(chromium, await open(path));
  await waitForCard(popup);
  const seen = await layout(popup);
  await popup.close();
  return seen;
}

describe('Brief in a Chromium window', () => {
  it(`opens the card with the default shortcut, ${SUGGESTED_KEY}, pressed as a real key`, async () => {
    // Chromium gives no suggested key to an extension loaded by automation (seen here: the key
    // stays unset, whatever it is), so it is set on chrome://extensions/shortcuts, by the same
    // key presses a user makes there. That page refuses what an extension may not take.
    const shortcuts = await chromium.browser.newPage();
    await shortcuts.goto('chrome://extensions/shortcuts');
    const edit = await shortcuts.waitForSelector('pierce/#edit');
    await edit!.click();
    const keys = SUGGESTED_KEY.split('+').map((k) => (k.length === 1 ? `Key${k}` : k === 'Ctrl' ? 'Control' : k));
    for (const k of keys) await shortcuts.keyboard.down(k as never);
    for (const k of keys.reverse()) await shortcuts.keyboard.up(k as never);
    await shortcuts.close();

    const page = await open('/seed.html');
    await page.bringToFront();
    const popupUrl = `chrome-extension://${chromium.extension.id}/popup/index.html`;
    const target = chromium.browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 15_000 });
    await display.key(XDOTOOL_KEY);
    const popup = await (await target).asPage();
    await waitForCard(popup);
    expect(await popup.$eval('article h1', (h) => h.textContent)).toMatch(/SoftBank, NEC, Honda, and Sony/);
    // The help text names the key in force (commands.getAll), which is the one just pressed.
    await popup.waitForSelector('.shortcut kbd');
    expect(await popup.$eval('.shortcut kbd', (k) => k.textContent)).toBe(SUGGESTED_KEY);
    await popup.close();
  });

  it('shows the whole seed card, down to its last line, without scrolling', async () => {
    const seen = await cardLayoutOf('/seed.html');
    expect(seen, JSON.stringify(seen)).toMatchObject({ documentScrolls: false, bodyScrolls: false });
    expect(seen.footerBottom).toBeLessThanOrEqual(seen.viewport);
  });

  it('scrolls a card taller than the popup inside its body, never the footer over the text', async () => {
    const seen = await cardLayoutOf('/long.html');
    expect(seen.bodyScrolls).toBe(true);
    expect(seen.documentScrolls).toBe(false);
    expect(seen.footerTop).toBeGreaterThanOrEqual(seen.bodyBottom);
    expect(seen.footerBottom).toBeLessThanOrEqual(seen.viewport);
  });
});
