// Brief in Firefox as a person uses it: Debian's firefox-esr in a real window (Xvfb + openbox),
// the add-on installed as a temporary add-on, the toolbar button clicked and the shortcut pressed
// as X events, and what the popup shows read back through the clipboard. Every console error of
// the popup or the background page fails the test that caused it.
import { parseHTML } from 'linkedom';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/lib/chromium.ts';
import { BRIEF_ADDON_ID as ID, DIST_FIREFOX, FirefoxWindow, type PopupState } from '../../scripts/lib/firefox-window.ts';
import { serve, type TestServer } from '../../scripts/lib/server.ts';
import { LONG_ARTICLE, SEED_ARTICLE } from './support/pages.ts';
import { SUGGESTED_KEY, XDOTOOL_KEY } from './support/shortcut.ts';

/** Firefox's cap on a popup's height. */
const POPUP_CAP = 600;
/** Firefox suspends an idle event page after 30 s; the test profile says 3 s (same mechanism). */
const IDLE_MS = 3_000;

let firefox: FirefoxWindow;
let server: TestServer;
let seedUrl: string;
const headline: string = JSON.parse(parseHTML(SEED_ARTICLE).document.querySelector('script[type="application/ld+json"]')!.textContent!).headline;

beforeAll(async () => {
  await ensureBuilt();
  server = await serve({ '/seed.html': SEED_ARTICLE, '/long.html': LONG_ARTICLE });
  seedUrl = server.url('/seed.html');
  firefox = await FirefoxWindow.launch({ pinned: [ID], prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
  // The article is open before the add-on arrives, as for a user who installs Brief mid-read.
  await firefox.navigate(seedUrl);
  expect(await firefox.installAddon(DIST_FIREFOX)).toBe(ID);
}, 120_000);

afterEach(async () => {
  await firefox?.closePopup().catch(() => undefined);
  expect(firefox.extensionProblems(), 'errors from the popup or the background page').toEqual([]);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** The card's parts, from the HTML the popup put on the clipboard when all of it was copied. */
function cardOf(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  // Firefox wraps long lines when it serializes a selection as HTML.
  const texts = (selector: string) => [...document.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
  return {
    headline: texts('article h1')[0],
    points: texts('article ol > li'),
    topics: texts('.topics li'),
    shortcut: texts('.shortcut kbd')[0],
    notice: texts('.notice h1')[0],
  };
}

/** The Tab presses from the popup's top to Copy: one per point ("Show in page"), then Copy's own. */
const tabsToCopy = (points: number): string[] => Array.from({ length: points + 1 }, () => 'Tab');

/** Waits for Brief's popup to show a card or a notice (its title then says which), and reads it. */
async function shown(ready: (p: PopupState) => boolean = (p) => p.title.startsWith('Brief: ')) {
  const popup = await firefox.waitForPopup(ready);
  const copied = await firefox.readPopup(popup);
  return { popup, copied, card: cardOf(copied.html) };
}

describe('Brief in a Firefox window', () => {
  it('gives the card of a page opened before the add-on was installed, on a click of the toolbar button', async () => {
    await firefox.clickButton(ID);
    const { popup, copied, card } = await shown();
    expect(card.headline).toBe(headline);
    expect(card.points).toHaveLength(3);
    for (const point of card.points) expect(point.length).toBeGreaterThan(20);
    expect(card.topics.length).toBeGreaterThanOrEqual(3);
    expect(copied.text).toContain('3-point summary');
    // The whole card fits: Firefox grows the popup to its document up to the cap, so a popup
    // below the cap is one whose document does not scroll.
    expect(popup.height).toBeLessThan(POPUP_CAP);
    // The help text names the shortcut Firefox has in force.
    expect(card.shortcut).toBe(await firefox.shortcut(ID));
  });

  it('copies the brief as Markdown and as HTML with an <ol> of three points', async () => {
    await firefox.clickButton(ID);
    const { popup, card } = await shown();
    // Keyboard only, from the popup's focus: Tab passes each point's "Show in page" (there by the
    // time the popup has been read), then reaches Copy; Enter copies.
    await firefox.display.click(popup.x + 6, popup.y + 6);
    const clipboard = await firefox.copyWithKeys(...tabsToCopy(card.points.length), 'Return');
    const markdown = clipboard.text;
    expect(markdown.startsWith(`# ${headline}`)).toBe(true);
    expect(markdown).toContain('## 3-point summary');
    for (const [i, point] of card.points.entries()) expect(markdown).toContain(`${i + 1}. ${point}`);
    expect(markdown.trimEnd().endsWith(seedUrl)).toBe(true);
    const html = parseHTML(`<!doctype html><html><body>${clipboard.html}</body></html>`).document;
    expect(html.querySelector('h1')?.textContent).toBe(headline);
    expect([...html.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual(card.points);
  });

  it(`opens the card with the default shortcut, ${SUGGESTED_KEY}, pressed as a real key`, async () => {
    expect(await firefox.shortcut(ID)).toBe(SUGGESTED_KEY);
    await firefox.press(XDOTOOL_KEY);
    const { card } = await shown();
    expect(card.headline).toBe(headline);
    expect(card.points).toHaveLength(3);
  });

  it('scrolls a card taller than the popup inside the card, with Copy still in reach', async () => {
    await firefox.newTab(server.url('/long.html'));
    await firefox.clickButton(ID);
    const { popup, card } = await shown();
    expect(card.headline).toMatch(/^The harbour inquiry hears/);
    expect(popup.height).toBeLessThanOrEqual(POPUP_CAP);
    await firefox.display.click(popup.x + 6, popup.y + 6);
    // Copy sits below the scrolling card: the Tab after the last point's "Show in page" reaches it.
    const text = (await firefox.copyWithKeys(...tabsToCopy(card.points.length), 'Return')).text;
    expect(text.slice(0, 40)).toBe('# The harbour inquiry hears, over nine l');
  });

  it("says it can't read about:addons", async () => {
    await firefox.newTab('about:addons');
    await firefox.clickButton(ID);
    const { card, copied } = await shown();
    expect(card.notice).toBe("Brief can't read this page");
    expect(copied.text).toContain('Open an article and try again.');
  });

  it('gives the card after the event page was suspended for being idle', async () => {
    await firefox.newTab(seedUrl);
    const deadline = Date.now() + 30_000;
    while ((await firefox.backgroundState(ID)) !== 'stopped' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(await firefox.backgroundState(ID)).toBe('stopped');
    await firefox.clickButton(ID);
    const { card } = await shown();
    expect(card.headline).toBe(headline);
    expect(card.points).toHaveLength(3);
    expect(await firefox.backgroundState(ID)).toBe('running');
  });
});
