// Firefox: the Firefox build installs in Debian's firefox-esr (WebDriver BiDi), and its content
// script extracts pages under Gecko's DOM as it does under linkedom in Node. BiDi may not open
// moz-extension:// pages, so the popup itself is tested in a real window: firefox-window.test.ts.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/core/index.ts';
import { extractArticle } from '../../src/content/extract.ts';
import { CONTENT_ENTRY, type ExtractMode, type ExtractResult } from '../../src/shared/messages.ts';
import { ensureBuilt } from '../../scripts/lib/chromium.ts';
import { serve, type TestServer } from '../../scripts/lib/server.ts';
import { SEED_ARTICLE } from './support/pages.ts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const dist = join(import.meta.dirname, '../../dist');

// Text hidden by a stylesheet: only a rendered page can tell, so only the browser drops it.
const STYLED = `<!doctype html><html lang="en"><head><title>Tide tables</title>
<style>.promo { display: none } .ghost { visibility: hidden }</style></head><body>
<p>The harbour master publishes the tide tables every Monday for the week ahead.</p>
<p class="promo">Subscribe now and save forty percent on your first year.</p>
<p>Spring tides this week reach five metres on Thursday morning.</p>
<div class="ghost"><p>Invisible sponsor message.</p></div></body></html>`;

let browser: Browser | undefined;
let profile: string;
let server: TestServer;

beforeAll(async () => {
  await ensureBuilt();
  server = await serve({ '/seed.html': SEED_ARTICLE, '/styled.html': STYLED });
  profile = await mkdtemp(join(tmpdir(), 'brief-firefox-'));
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, userDataDir: profile });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

it('installs the Firefox build (directory and zip) as a temporary add-on', async () => {
  const manifest = JSON.parse(readFileSync(join(dist, 'firefox/manifest.json'), 'utf8'));
  const expectedId: string = manifest.browser_specific_settings.gecko.id;
  const id = await browser!.installExtension(join(dist, 'firefox'));
  expect(id).toBe(expectedId);
  await browser!.uninstallExtension(id);
  expect(await browser!.installExtension(join(dist, 'brief-firefox.zip'))).toBe(expectedId);
});

/** Loads the Firefox build's content script into a served page and calls the function it defines. */
async function extractInFirefox(path: string, mode: ExtractMode): Promise<{ page: Page; result: ExtractResult }> {
  const page = await browser!.newPage();
  await page.goto(server.url(path));
  await page.addScriptTag({ path: join(dist, 'firefox/content.js') });
  const result = await page.evaluate(
    (entry, m) => (globalThis as unknown as Record<string, (mode: string) => unknown>)[entry]!(m),
    CONTENT_ENTRY,
    mode,
  );
  return { page, result: result as ExtractResult };
}

function extractInNode(html: string, url: string, mode: ExtractMode): ExtractResult {
  return extractArticle(parseHTML(html).document as unknown as Document, { url, mode });
}

describe('the content script under Gecko', () => {
  it('extracts the seed article as Node does: the same metadata, blocks and brief', async () => {
    const { page, result } = await extractInFirefox('/seed.html', 'article');
    const url = page.url();
    await page.close();
    const node = extractInNode(SEED_ARTICLE, url, 'article');
    if (!result.ok || !node.ok) throw new Error(`extraction failed: ${JSON.stringify(result)} / ${JSON.stringify(node)}`);
    const { blocks, ...meta } = result.article;
    const { blocks: nodeBlocks, ...nodeMeta } = node.article;
    expect(meta).toEqual(nodeMeta);
    expect(meta.title).toMatch(/SoftBank, NEC, Honda, and Sony/);
    expect(blocks).toEqual(nodeBlocks);
    expect(blocks.filter((b) => b.kind === 'heading').length).toBeGreaterThanOrEqual(6);
    expect(blocks.some((b) => b.kind === 'list-item')).toBe(true);
    expect(summarizeArticle(result.article)).toEqual(summarizeArticle(node.article));
  });

  it('leaves out text a stylesheet hides when it reads the whole page', async () => {
    const { page, result } = await extractInFirefox('/styled.html', 'whole-page');
    await page.close();
    if (!result.ok) throw new Error(result.message);
    const texts = result.article.blocks.map((b) => b.text);
    expect(texts).toEqual([
      'The harbour master publishes the tide tables every Monday for the week ahead.',
      'Spring tides this week reach five metres on Thursday morning.',
    ]);
    // Node has no layout to ask, so there the promotion stays: the browser's answer is what counts.
    const node = extractInNode(STYLED, 'http://127.0.0.1/styled.html', 'whole-page');
    expect(node.ok && node.article.blocks.some((b) => b.text.startsWith('Subscribe now'))).toBe(true);
  });
});
