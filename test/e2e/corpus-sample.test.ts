// A sample of the readability corpus through the real extension in Chromium: each page served on
// 127.0.0.1, the toolbar clicked as a user would. Each must give a card whose headline is the
// page's expected title, or the typed "Not an article" state — never a crash or a hang.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPopup, type ExtensionBrowser } from '../../scripts/lib/chromium.ts';
import { serve, type TestServer } from '../../scripts/lib/server.ts';
import { expectedHeadline } from '../support/headlines.ts';

const CORPUS = join(import.meta.dirname, '../../../shared/data/readability-pages');
const all = readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
// Every tenth page (a spread the test author did not pick), plus the scripts Brief must not fumble.
const SAMPLE = [...new Set([...all.filter((_, i) => i % 10 === 0), 'hukumusume', 'qq', 'rtl-1', 'wikipedia'])];

interface Expected { title?: string; readerable?: boolean }
const expected = (name: string): Expected => JSON.parse(readFileSync(join(CORPUS, name, 'expected-metadata.json'), 'utf8'));

let chromium: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  const pages = Object.fromEntries(SAMPLE.map((name) => [`/${name}/`, readFileSync(join(CORPUS, name, 'source.html'), 'utf8')]));
  server = await serve(pages);
  chromium = await launchWithExtension();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('readability pages in Chromium', () => {
  it.each(SAMPLE)('%s: a card with the expected title, or "Not an article"', async (name) => {
    const page = await chromium.browser.newPage();
    try {
      await page.goto(server.url(`/${name}/`), { waitUntil: 'domcontentloaded' });
      const popup = await openPopup(chromium, page);
      const heading = await popup.waitForSelector('article h1, .notice h1', { timeout: 30_000 });
      const text = (await heading!.evaluate((el) => el.textContent ?? '')).trim();
      const isCard = await heading!.evaluate((el) => el.closest('article') !== null);
      if (isCard) {
        const title = expectedHeadline(name, expected(name).title);
        if (title) expect(text.replace(/\s+/g, ' ')).toBe(title);
        const points = await popup.$$eval('article ol > li', (els) => els.map((el) => el.textContent ?? ''));
        expect(points.length).toBeGreaterThan(0);
        expect(points.length).toBeLessThanOrEqual(3);
      } else {
        expect(text).toBe('Not an article');
      }
      await popup.close();
    } finally {
      await page.close();
    }
  });
});
