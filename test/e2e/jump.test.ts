// "Show in page" in Chromium, from a real toolbar click: on the seed article and three pages of
// the readability corpus (points that run across links and emphasis, French, Chinese), every
// point of the built-in brief gets the control; a click scrolls the tab to the sentence and
// highlights exactly it with CSS.highlights, leaving the page's DOM as it was; the next jump
// replaces the highlight, a pointerdown in the page clears it, and a sentence that has left the
// page loses its control with a short status.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchWithExtension, openPopup, waitForCard, type ExtensionBrowser } from '../../scripts/lib/chromium.ts';
import { serve, type TestServer } from '../../scripts/lib/server.ts';
import { normalizeText } from '../../src/content/text.ts';
import { SEED_ARTICLE } from './support/pages.ts';
import { axeViolations } from './support/axe.ts';

const CORPUS = join(import.meta.dirname, '../../../shared/data/readability-pages');
// Every point of these spans inline markup (a link, <em>, <strong>) in the page: see
// test/unit/content/find-sentence.test.ts.
const CORPUS_PAGES = ['ars-1', 'liberation-1', 'pixnet'];
// Chromium runs in en-US, so the controls speak English.
const BUTTON = '::-p-aria([name="Show in page"][role="button"])';
const GONE = 'That sentence is no longer on the page.';
// The corpus pages' own scripts rewrite their DOM as they run (ads, widgets), which would hide
// whether Brief touched it: a CSP meta stops them (the content script is not under the page's CSP).
const NO_PAGE_SCRIPTS = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'; frame-src 'none'">`;
const withoutScripts = (html: string) => html.replace(/<head\b[^>]*>/i, (head) => head + NO_PAGE_SCRIPTS);

let chromium: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  const pages = Object.fromEntries(CORPUS_PAGES.map((name) => [`/${name}/`, withoutScripts(readFileSync(join(CORPUS, name, 'source.html'), 'utf8'))]));
  server = await serve({ '/seed.html': SEED_ARTICLE, ...pages });
  chromium = await launchWithExtension();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

interface Highlighted {
  ranges: number;
  text: string;
  top: number;
  bottom: number;
  viewport: number;
  /** How many adopted sheets style the highlight: one, however many jumps. */
  styled: number;
}

/** What the page's highlight registry holds, read in the page's own world. */
function highlighted(page: Page): Promise<Highlighted | null> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const highlight = registry.get('brief-point');
    if (!highlight) return null;
    const ranges = [...highlight];
    const rect = ranges[0]?.getBoundingClientRect();
    return {
      ranges: ranges.length,
      text: ranges[0]?.toString() ?? '',
      top: rect?.top ?? NaN,
      bottom: rect?.bottom ?? NaN,
      viewport: innerHeight,
      styled: document.adoptedStyleSheets.filter((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(brief-point)'))).length,
    };
  });
}

/** A toolbar click on the page; the popup once every point has its control. */
async function popupWithControls(page: Page): Promise<{ popup: Page; points: string[] }> {
  const popup = await openPopup(chromium, page);
  await waitForCard(popup);
  const points = await popup.$$eval('article ol > li', (items) => items.map((li) => li.textContent ?? ''));
  expect(points.length).toBeGreaterThan(0);
  await popup.waitForFunction((n) => document.querySelectorAll('ol.points > li button.jump').length === n, { timeout: 10_000 }, points.length);
  return { popup, points };
}

async function jumpTo(popup: Page, page: Page, index: number, point: string, by: 'mouse' | 'keyboard' = 'mouse'): Promise<Highlighted> {
  const button = await popup.waitForSelector(`ol.points > li:nth-child(${index + 1}) ${BUTTON}`);
  if (by === 'keyboard') {
    await button!.focus();
    await popup.keyboard.press('Enter');
  } else {
    await button!.click();
  }
  await page.waitForFunction(
    (expected) => {
      const ranges = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('brief-point') ?? [])];
      return ranges.length === 1 && ranges[0]!.toString().replace(/[\s\u00ad\u200b\ufeff]/g, '') === expected;
    },
    { timeout: 5_000 },
    point.replace(/\s/g, ''),
  );
  return (await highlighted(page))!;
}

describe('Show in page in Chromium', () => {
  it.each(['/seed.html', ...CORPUS_PAGES.map((name) => `/${name}/`)])('%s: every point is shown in the page, exactly, in view, with the DOM untouched', async (path) => {
    const page = await chromium.browser.newPage();
    try {
      await page.goto(server.url(path), { waitUntil: 'domcontentloaded' });
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      const { popup, points } = await popupWithControls(page);
      for (const [i, point] of points.entries()) {
        const shown = await jumpTo(popup, page, i, point, i === 1 ? 'keyboard' : 'mouse');
        // One range, replacing the previous one, whose text is the point once squashed as extraction does.
        expect(shown.ranges).toBe(1);
        expect(normalizeText(shown.text)).toBe(point);
        expect(shown.styled).toBe(1);
        expect(shown.top).toBeGreaterThanOrEqual(0);
        expect(shown.bottom).toBeLessThanOrEqual(shown.viewport);
      }
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
      // A click in the page clears the highlight.
      await page.mouse.click(2, 2);
      await page.waitForFunction(() => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('brief-point'), { timeout: 5_000 });
      // (That click also closed the popup, as a click in the page does.)
    } finally {
      await page.close();
    }
  });

  it('has no axe violations on a card with its controls, and each control is a named button', async () => {
    const page = await chromium.browser.newPage();
    try {
      await page.goto(server.url('/seed.html'), { waitUntil: 'domcontentloaded' });
      const { popup, points } = await popupWithControls(page);
      expect(await popup.$$(BUTTON)).toHaveLength(points.length);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    } finally {
      await page.close();
    }
  });

  it('scrolls down to a point far below the first screen', async () => {
    const page = await chromium.browser.newPage();
    try {
      await page.goto(server.url('/ars-1/'), { waitUntil: 'domcontentloaded' });
      const { popup, points } = await popupWithControls(page);
      const last = points.length - 1;
      const top = await page.evaluate(() => scrollY);
      const shown = await jumpTo(popup, page, last, points[last]!);
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(top);
      expect(shown.top).toBeGreaterThanOrEqual(0);
      expect(shown.bottom).toBeLessThanOrEqual(shown.viewport);
      await popup.close();
    } finally {
      await page.close();
    }
  });

  it('takes the control away from a sentence that has left the page, and says so', async () => {
    const page = await chromium.browser.newPage();
    try {
      await page.goto(server.url('/seed.html'), { waitUntil: 'domcontentloaded' });
      const { popup, points } = await popupWithControls(page);
      // The page rewrites the paragraph of the first point after the brief was made.
      await page.evaluate((point) => {
        const words = point.split(' ').slice(0, 4).join(' ');
        const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.replace(/\s+/g, ' ').includes(words));
        if (p) p.textContent = 'This paragraph was replaced.';
      }, points[0]!);
      const button = await popup.waitForSelector(`ol.points > li:nth-child(1) ${BUTTON}`);
      await button!.click();
      await popup.waitForFunction((gone) => document.querySelector('.jump-status[role="status"]')?.textContent === gone, { timeout: 5_000 }, GONE);
      expect(await popup.$$eval('ol.points > li', (items) => items.map((li) => li.querySelector('button.jump') !== null))).toEqual(points.map((_, i) => i !== 0));
      // Focus went to the status, not to the document's start.
      expect(await popup.evaluate(() => document.activeElement?.classList.contains('jump-status'))).toBe(true);
      await popup.close();
    } finally {
      await page.close();
    }
  });
});
