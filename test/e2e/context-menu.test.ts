// The context menu by a real right-click in a Chromium window (Xvfb + openbox + xdotool): the
// menu is native, outside the page and the DevTools protocol, so it is opened and chosen from as
// a person does, with the pointer and the arrow keys. Brief's item sits just above "View page
// source" and "Inspect" on a page, and just above "Inspect" on a selection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Target } from 'puppeteer-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium.ts';
import { serve, type TestServer } from '../../scripts/lib/server.ts';
import { startDisplay, type XDisplay } from '../../scripts/lib/x-display.ts';
import { SEED_ARTICLE } from './support/pages.ts';

let display: XDisplay;
let chromium: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  display = await startDisplay();
  server = await serve({ '/seed.html': SEED_ARTICLE });
  chromium = await launchWithExtension(undefined, { display });
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await display?.close();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Right-clicks at a point of the page (CSS pixels of its viewport) and picks the item `up` steps from the menu's end. */
async function chooseFromMenu(page: Page, at: { x: number; y: number }, up: number): Promise<Page> {
  const screen = await page.evaluate(({ x, y }) => ({ x: x + screenX, y: y + screenY + (outerHeight - innerHeight) }), at);
  const opened = chromium.browser.waitForTarget((t: Target) => t.url().endsWith('/popup/index.html'), { timeout: 15_000 });
  await display.xdotool('mousemove', String(Math.round(screen.x)), String(Math.round(screen.y)));
  await display.xdotool('click', '3');
  await pause(700);
  for (let i = 0; i < up; i++) {
    await display.key('Up');
    await pause(120);
  }
  await display.key('Return');
  const popup = await (await opened).asPage();
  await popup.waitForSelector('article h1, .notice h1', { timeout: 15_000 });
  return popup;
}

async function seedPage(): Promise<{ page: Page; headline: string }> {
  const page = await chromium.browser.newPage();
  await page.goto(server.url('/seed.html'));
  await page.bringToFront();
  const headline = await page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!).headline as string);
  return { page, headline };
}

describe('the context menu', () => {
  it('"Brief this page" briefs the page it was opened on', async () => {
    const { page, headline } = await seedPage();
    const at = await page.evaluate(() => {
      const r = (document.querySelector('article p') as HTMLElement).getBoundingClientRect();
      return { x: r.left + 20, y: r.top + 10 };
    });
    const popup = await chooseFromMenu(page, at, 3);
    expect(await popup.$eval('article h1', (h) => h.textContent)).toBe(headline);
    expect(await popup.$$eval('.points > li', (lis) => lis.length)).toBe(3);
    await popup.close();
  });

  it('"Brief selected text" briefs the selection under the page\'s headline', async () => {
    const { page, headline } = await seedPage();
    const selected = await page.evaluate(() => {
      const p = document.querySelectorAll('article p')[1] as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      const r = p.getBoundingClientRect();
      return { x: r.left + 40, y: r.top + 8, text: getSelection()!.toString().replace(/\s+/g, ' ') };
    });
    const popup = await chooseFromMenu(page, selected, 2);
    expect(await popup.$eval('article h1', (h) => h.textContent)).toBe(headline);
    const points = await popup.$$eval('.points > li', (lis) => lis.map((li) => li.firstChild?.textContent ?? ''));
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) expect(selected.text).toContain(point.trim());
    await popup.close();
  });
});
