// "Show in page" in Firefox, as a person uses it (the real-window harness of firefox-window.test.ts):
// Firefox's content scripts run behind Xray wrappers, which is where a constructed stylesheet or
// a highlight made in the content script could fail to reach the page. Tab to a point's control
// and press Enter: the page highlights exactly that sentence, styled, in view, its DOM untouched,
// and a click in the page clears it.
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/lib/chromium.ts';
import { BRIEF_ADDON_ID as ID, DIST_FIREFOX, FirefoxWindow } from '../../scripts/lib/firefox-window.ts';
import { serve, type TestServer } from '../../scripts/lib/server.ts';
import { normalizeText } from '../../src/content/text.ts';
import { SEED_ARTICLE } from './support/pages.ts';

let firefox: FirefoxWindow;
let server: TestServer;

beforeAll(async () => {
  await ensureBuilt();
  server = await serve({ '/seed.html': SEED_ARTICLE });
  firefox = await FirefoxWindow.launch({ pinned: [ID] });
  await firefox.navigate(server.url('/seed.html'));
  expect(await firefox.installAddon(DIST_FIREFOX)).toBe(ID);
}, 120_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

interface PageState {
  html: string;
  ranges: number;
  text: string;
  top: number;
  bottom: number;
  viewport: number;
  styled: boolean;
}

/** The tab's DOM and highlight registry, read in the page. */
const pageState = () =>
  firefox.marionette.execute<PageState>(
    `const ranges = [...(CSS.highlights.get('brief-point') ?? [])];
     const rect = ranges[0]?.getBoundingClientRect();
     return {
       html: document.documentElement.outerHTML,
       ranges: ranges.length,
       text: ranges[0]?.toString() ?? '',
       top: rect?.top ?? NaN, bottom: rect?.bottom ?? NaN, viewport: innerHeight,
       styled: document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(brief-point)'))),
     };`,
    [],
    'content',
  );

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('highlights the point whose "Show in page" is pressed, and a click in the page clears it', async () => {
  const before = (await pageState()).html;
  await firefox.clickButton(ID);
  const popup = await firefox.waitForPopup((p) => p.title.startsWith('Brief: '));
  const copied = await firefox.readPopup(popup);
  const points = [...parseHTML(`<!doctype html><html><body>${copied.html}</body></html>`).document.querySelectorAll('article ol > li')].map((li) => normalizeText(li.textContent ?? ''));
  expect(points).toHaveLength(3);
  // From the popup's top: Tab, Tab reaches the second point's control (its button is named "Show in page").
  await firefox.display.click(popup.x + 6, popup.y + 6);
  await firefox.display.key('Tab', 'Tab', 'Return');
  await until(async () => (await pageState()).ranges === 1, 'a highlight in the page');
  const shown = await pageState();
  expect(normalizeText(shown.text)).toBe(points[1]);
  expect(shown.styled).toBe(true);
  expect(shown.top).toBeGreaterThanOrEqual(0);
  expect(shown.bottom).toBeLessThanOrEqual(shown.viewport);
  expect(shown.html).toBe(before);
  // A click in the page, well left of the popup, clears it (and closes the popup, as any click there does).
  const { x, y } = await firefox.buttonCentre(ID);
  await firefox.display.click(Math.max(20, x - 700), y + 300);
  await until(async () => (await pageState()).ranges === 0, 'the highlight cleared');
  expect(firefox.extensionProblems(), 'errors from the popup or the background page').toEqual([]);
});
