// The whole product path in Debian's Chromium: toolbar click -> real popup -> brief card -> clipboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchWithExtension, openPopup, waitForCard, type ExtensionBrowser } from '../../scripts/lib/chromium.ts';
import { HOSTILE_ARTICLE, HOSTILE_MARKUP, NAV_ONLY, SEED_ARTICLE } from './support/pages.ts';
import { serve, type TestServer } from '../../scripts/lib/server.ts';

/** An app's shell that never filled in (its scripts failed, or it waits for a sign-in): no text, a description. */
const SHELL_DESCRIPTION = 'Three councils agreed to share one bus network from March. Fares fall by a third for riders under 26, and night buses return to the ring road.';
const SHELL = `<!doctype html><html lang="en"><head><title>Buses: one network for three councils - City Forum</title>
<meta name="description" content="${SHELL_DESCRIPTION}"></head><body><div id="app"><div class="spinner"></div></div></body></html>`;

let chromium: ExtensionBrowser;
let server: TestServer;
const opened: Page[] = [];

beforeAll(async () => {
  server = await serve({ '/seed.html': SEED_ARTICLE, '/portal.html': NAV_ONLY, '/hostile.html': HOSTILE_ARTICLE, '/shell.html': SHELL });
  chromium = await launchWithExtension();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** Opens `url` in a new tab and clicks Brief's toolbar button on it. */
async function briefOf(url: string): Promise<{ page: Page; popup: Page }> {
  const page = await chromium.browser.newPage();
  opened.push(page);
  await page.goto(url);
  const popup = await openPopup(chromium, page);
  opened.push(popup);
  await popup.waitForSelector('article h1, .notice h1', { timeout: 20_000 });
  return { page, popup };
}

async function readClipboard(page: Page): Promise<Record<string, string>> {
  await chromium.browser.defaultBrowserContext().overridePermissions(new URL(page.url()).origin, ['clipboard-read']);
  await page.bringToFront();
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    for (const item of await navigator.clipboard.read()) {
      for (const type of item.types) out[type] = await (await item.getType(type)).text();
    }
    return out;
  });
}

const text = (popup: Page, selector: string) => popup.$$eval(selector, (els) => els.map((el) => el.textContent ?? ''));

describe('Brief in Chromium', () => {
  it('shows the brief card of the seed article and copies it as Markdown and HTML', async () => {
    const { page, popup } = await briefOf(server.url('/seed.html'));
    const headline = await page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!).headline);
    expect(await text(popup, 'article header > h1')).toEqual([headline]);
    const points = await text(popup, 'article ol > li');
    expect(points).toHaveLength(3);
    for (const point of points) expect(point.length).toBeGreaterThan(20);
    expect((await text(popup, '.source'))[0]).toContain('3 min read');
    expect((await text(popup, '.topics li')).length).toBeGreaterThanOrEqual(3);

    const copy = await popup.waitForSelector('::-p-aria([name="Copy brief"][role="button"])');
    await copy!.click();
    await popup.waitForFunction(() => document.querySelector('.copy-status')?.textContent?.startsWith('Copied'));
    expect(await text(popup, 'button.copy-button')).toEqual([expect.stringContaining('Copied')]);

    const clipboard = await readClipboard(page);
    const markdown = clipboard['text/plain'] ?? '';
    expect(markdown.startsWith(`# ${headline}`)).toBe(true);
    expect(markdown).toContain('## 3-point summary');
    for (const [i, point] of points.entries()) expect(markdown).toContain(`${i + 1}. ${point}`);
    expect(markdown.trimEnd().endsWith(server.url('/seed.html'))).toBe(true);
    expect(clipboard['text/html']).toContain(`<h1>${headline}</h1>`);
    expect(clipboard['text/html']?.match(/<li>/g)).toHaveLength(3);
  });

  it('keeps the brief in session storage so reopening the popup is instant', async () => {
    const { popup } = await briefOf(server.url('/seed.html'));
    const [worker] = await chromium.extension.workers();
    const keys = await worker!.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<object> } } } }).chrome;
      return Object.keys(await api.storage.session.get(null));
    });
    expect(keys.some((k) => k.includes('/seed.html'))).toBe(true);
    expect(await text(popup, 'article ol > li')).toHaveLength(3);
  });

  it('works from the keyboard alone: Tab reaches each point\'s "Show in page", then Copy; Enter copies', async () => {
    const { popup } = await briefOf(server.url('/seed.html'));
    // The jump controls come after the card is on screen (PointJump.tsx), in reading order.
    await popup.waitForFunction(() => document.querySelectorAll('ol.points button.jump').length === 3);
    const stops: (string | null | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      await popup.keyboard.press('Tab');
      stops.push(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent));
    }
    expect(stops).toEqual(['Show in page', 'Show in page', 'Show in page', 'Copy brief']);
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => document.querySelector('.copy-status')?.textContent?.startsWith('Copied'));
  });

  it('copies the brief on Ctrl+C when nothing is selected', async () => {
    const { page, popup } = await briefOf(server.url('/seed.html'));
    await popup.keyboard.down('Control');
    await popup.keyboard.press('KeyC');
    await popup.keyboard.up('Control');
    await popup.waitForFunction(() => document.querySelector('.copy-status')?.textContent?.startsWith('Copied'));
    const markdown = (await readClipboard(page))['text/plain'] ?? '';
    expect(markdown).toContain('## 3-point summary');
  });

  it.each(['chrome://version/', 'about:blank'])('says it cannot read %s', async (url) => {
    const { popup } = await briefOf(url);
    expect(await text(popup, '.notice h1')).toEqual(["Brief can't read this page"]);
  });

  it('says a portal page is not an article, then briefs it anyway', async () => {
    const { popup } = await briefOf(server.url('/portal.html'));
    expect(await text(popup, '.notice h1')).toEqual(['Not an article']);
    const button = await popup.waitForSelector('::-p-aria([name="Brief anyway"][role="button"])');
    await button!.click();
    // Says what the popup shows instead if no card comes.
    await waitForCard(popup);
    expect((await text(popup, 'article h1'))[0]).toContain('Portal');
  });

  it('briefs a page that shows no text from its description, and says that is all it read', async () => {
    const { popup } = await briefOf(server.url('/shell.html'));
    expect(await text(popup, 'article h1, .notice h1, .notice p')).toEqual(['Buses: one network for three councils']);
    const points = await text(popup, 'article ol > li');
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) expect(SHELL_DESCRIPTION).toContain(point);
    expect(await text(popup, 'article .note')).toEqual(['Brief found no text on this page, only its description: this brief is made from that alone.']);
  });

  it('shows hostile page text as inert text and runs none of it', async () => {
    const { page, popup } = await briefOf(server.url('/hostile.html'));
    expect((await text(popup, 'article h1'))[0]).toContain('<script>');
    expect(await popup.$$('article img, article script, article a, article iframe, article b')).toHaveLength(0);
    // The popup's own two scripts (early.js and the module), nothing from the page.
    expect(await popup.$$eval('script', (scripts) => scripts.map((s) => new URL(s.src).protocol))).toEqual(['chrome-extension:', 'chrome-extension:']);
    expect(await popup.evaluate(() => document.body.textContent)).toContain(HOSTILE_MARKUP);

    const copy = await popup.waitForSelector('button.copy-button');
    await copy!.click();
    await popup.waitForFunction(() => document.querySelector('.copy-status')?.textContent?.startsWith('Copied'));
    expect(await popup.evaluate(() => (globalThis as { __briefPwned?: number }).__briefPwned)).toBeUndefined();
    // Reading the clipboard focuses the page, which closes the popup: popup checks come first.
    const html = (await readClipboard(page))['text/html'] ?? '';
    expect(html).toMatch(/&(lt|#60);script&(gt|#62);/);
    expect(html).not.toMatch(/<(script|img|b)\b/i);
    expect(html).not.toContain('javascript:');
    expect(await page.evaluate(() => (globalThis as { __briefPwned?: number }).__briefPwned)).toBeUndefined();
  });
});
