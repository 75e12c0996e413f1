// The popup in the browser's language, in Debian's Chromium started in Turkish, Japanese and
// Arabic (LANGUAGE, with chromium-l10n): the card's labels, its reading time and date, the Copy
// button and the copied brief's headings come from that locale's messages.json, and the Arabic
// popup is laid out right to left while the English article keeps its own direction.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPopup, waitForCard, type ExtensionBrowser } from '../../scripts/lib/chromium.ts';
import { serve, type TestServer } from '../../scripts/lib/server.ts';
import { formatEntry, type Catalog } from '../../src/shared/i18n.ts';
import { SEED_ARTICLE } from './support/pages.ts';

const catalog = (code: string): Catalog => JSON.parse(readFileSync(join(import.meta.dirname, `../../public/_locales/${code}/messages.json`), 'utf8'));

let server: TestServer;
beforeAll(async () => {
  server = await serve({ '/seed.html': SEED_ARTICLE });
});
afterAll(async () => {
  await server?.close();
});

describe.each([
  ['tr', 'tr', 'ltr'],
  ['ja', 'ja', 'ltr'],
  ['ar', 'ar', 'rtl'],
])('the popup in %s', (lang, code, dir) => {
  let chromium: ExtensionBrowser;
  beforeAll(async () => {
    chromium = await launchWithExtension(undefined, { lang });
  }, 60_000);
  afterAll(async () => {
    await chromium?.close();
  });

  it('shows the translated card, laid out in the language\'s direction', async () => {
    const messages = catalog(code);
    const say = (key: string, ...subs: string[]) => formatEntry(messages[key] as Catalog[string], subs);
    const page = await chromium.browser.newPage();
    await page.goto(server.url('/seed.html'));
    const popup = await openPopup(chromium, page);
    await waitForCard(popup);
    const ui = await popup.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      summary: document.querySelector('#points-heading')?.textContent,
      why: document.querySelector('#why-heading')?.textContent,
      copy: document.querySelector('button.copy-button')?.textContent,
      source: document.querySelector('.source')?.textContent ?? '',
      articleDir: document.querySelector('#brief-title')?.getAttribute('dir'),
    }));
    expect(ui.lang.toLowerCase().startsWith(lang)).toBe(true);
    expect(ui.dir).toBe(dir);
    expect(ui.summary).toBe(say('summaryHeading'));
    expect(ui.why).toBe(say('whyHeading'));
    expect(ui.copy).toBe(say('copyButton'));
    // Reading time and date in the UI language (the seed reads in 3 minutes, dated 20 Nov 2026).
    expect(ui.source).toContain(say('readingTime', (3).toLocaleString(ui.lang)));
    expect(ui.source).toContain(new Intl.DateTimeFormat(ui.lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 20)));
    // The article is English: it keeps its own direction inside a right-to-left popup.
    expect(ui.articleDir).toBe('ltr');
    expect(await popup.$eval('#engine-line, .options-button', (el) => el.textContent)).toBe(say('optionsButton'));
  });
});
