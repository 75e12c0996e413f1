// History in Debian's Chromium: briefs made by real toolbar clicks are kept in the worker's
// IndexedDB and shown on the history page (the same origin), newest first; search, copy again,
// export and delete work there; the page has no axe violations, light or dark; and history
// outlives a restart of the browser (the same profile) and a reload of the extension.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Target } from 'puppeteer-core';
import { launchWithExtension, openPopup, waitForCard, type ExtensionBrowser } from '../../scripts/lib/chromium.ts';
import { serve, type TestServer } from '../../scripts/lib/server.ts';
import { LONG_ARTICLE, SEED_ARTICLE } from './support/pages.ts';
import { axeViolations } from './support/axe.ts';

const SEED_TITLE = 'AI Base Model Development: SoftBank, NEC, Honda, and Sony Build Trillion-Parameter AI for Physical Robotics (2026)';
const INQUIRY_TITLE = /^The harbour inquiry hears/;

let chromium: ExtensionBrowser;
let server: TestServer;
let profile: string;
let downloads: string;

beforeAll(async () => {
  server = await serve({ '/seed.html': SEED_ARTICLE, '/inquiry.html': LONG_ARTICLE });
  profile = await mkdtemp(join(tmpdir(), 'brief-history-profile-'));
  // Chromium reloads an unpacked extension only in developer mode (as chrome://extensions' Reload
  // button needs it): without it, runtime.reload() leaves the extension disabled.
  await mkdir(join(profile, 'Default'), { recursive: true });
  await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  downloads = await mkdtemp(join(tmpdir(), 'brief-history-downloads-'));
  chromium = await launchWithExtension(undefined, { userDataDir: profile });
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await rm(profile, { recursive: true, force: true });
  await rm(downloads, { recursive: true, force: true });
});

const historyUrl = () => `chrome-extension://${chromium.extension.id}/history/index.html`;

/** A toolbar click on `path` in a new tab, once the card shows. */
async function briefOf(path: string): Promise<Page> {
  const tab = await chromium.browser.newPage();
  await tab.goto(server.url(path));
  const popup = await openPopup(chromium, tab);
  await waitForCard(popup);
  await popup.close();
  return tab;
}

/** The history page, once it lists `count` briefs (the worker records just after it answers). */
async function openHistory(count: number): Promise<Page> {
  const page = await chromium.browser.newPage();
  await page.goto(historyUrl());
  try {
    await page.waitForFunction((n) => document.querySelectorAll('.entry').length === n && document.querySelector('.count')?.textContent !== 'Loading history…', { timeout: 10_000 }, count);
  } catch (error) {
    const shown = await page.evaluate(() => document.body.innerText);
    throw new Error(`The history page did not list ${count} briefs (${String(error)}); it shows: ${JSON.stringify(shown.slice(0, 400))}`);
  }
  return page;
}

const titles = (page: Page) => page.$$eval('.entry h2', (hs) => hs.map((h) => h.firstChild?.firstChild?.textContent ?? h.textContent ?? ''));


/** The clipboard, read from a web page (Chromium grants no permission to an extension origin by automation). */
async function readClipboard(): Promise<Record<string, string>> {
  const page = await chromium.browser.newPage();
  await page.goto(server.url('/seed.html'));
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

describe('history in Chromium', () => {
  it('keeps the briefs of two pages briefed by toolbar clicks, newest first', async () => {
    await briefOf('/seed.html');
    await briefOf('/inquiry.html');
    const page = await openHistory(2);
    const [newest, older] = await titles(page);
    expect(newest).toMatch(INQUIRY_TITLE);
    expect(older).toBe(SEED_TITLE);
    expect(await page.$eval('.count', (p) => p.textContent)).toBe('Briefs kept: 2');
    const link = await page.$eval('.entry:nth-child(2) h2 a', (a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]);
    expect(link).toEqual([server.url('/seed.html'), '_blank', 'noopener noreferrer']);
    expect(await page.$$eval('.entry:nth-child(2) .points > li', (li) => li.length)).toBe(3);
    await page.close();
  });

  it('finds one brief by a word of its headline, as you type', async () => {
    const page = await openHistory(2);
    await page.type('#search', 'TRILLION robotics');
    await page.waitForFunction(() => document.querySelectorAll('.entry').length === 1);
    expect(await titles(page)).toEqual([SEED_TITLE]);
    expect(await page.$eval('.count', (p) => p.textContent)).toBe('Briefs matching: 1 of 2');
    await page.close();
  });

  it('copies a brief again as Markdown and HTML', async () => {
    const page = await openHistory(2);
    await page.click('.entry:nth-child(2) button.copy');
    await page.waitForFunction(() => document.querySelectorAll('.entry .copy-status')[1]?.textContent?.startsWith('Copied'));
    const clipboard = await readClipboard();
    const markdown = clipboard['text/plain'] ?? '';
    expect(markdown.startsWith(`# ${SEED_TITLE}`)).toBe(true);
    expect(markdown).toContain('## 3-point summary');
    expect(markdown.trimEnd().endsWith(server.url('/seed.html'))).toBe(true);
    expect(clipboard['text/html']?.match(/<li>/g)).toHaveLength(3);
    await page.close();
  });

  it('exports every brief as a JSON file', async () => {
    const page = await openHistory(2);
    const session = await chromium.browser.target().createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await page.click('::-p-aria([name="Export JSON"][role="button"])');
    let file: string | undefined;
    for (let i = 0; i < 100 && !file; i++) {
      file = (await readdir(downloads)).find((f) => /^brief-history-\d{4}-\d{2}-\d{2}\.json$/.test(f));
      if (!file) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(file).toBeDefined();
    const data = JSON.parse(await readFile(join(downloads, file!), 'utf8'));
    expect(data).toMatchObject({ format: 'brief-history', version: 2 });
    expect(data.entries.map((e: { title: string }) => e.title)).toEqual([expect.stringMatching(INQUIRY_TITLE), SEED_TITLE]);
    expect(data.entries[1]).toMatchObject({ key: server.url('/seed.html'), engine: 'extractive', readingMinutes: 3 });
    expect(data.entries[1].points).toHaveLength(3);
    await session.detach();
    await page.close();
  });

  it('has no axe violations, light or dark', async () => {
    const page = await openHistory(2);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      expect(await axeViolations(page)).toEqual([]);
    }
    // The confirmation of Clear all too, with the keyboard: Cancel has focus, so Enter deletes nothing.
    await page.focus('button.clear');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Cancel', { timeout: 5_000 });
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    expect(await page.$$eval('.entry', (e) => e.length)).toBe(2);
    await page.close();
  });

  it('deletes one brief', async () => {
    const page = await openHistory(2);
    await page.click('.entry:nth-child(1) button.delete');
    await page.waitForFunction(() => document.querySelectorAll('.entry').length === 1);
    expect(await titles(page)).toEqual([SEED_TITLE]);
    await page.close();
    expect(await titles(await openHistory(1))).toEqual([SEED_TITLE]); // gone from the store, not only the page
  });

  it('keeps nothing while paused on the options page, which also opens history', async () => {
    const options = await chromium.browser.newPage();
    await options.goto(`chrome-extension://${chromium.extension.id}/options/index.html`);
    await options.click('#history-paused');
    await options.waitForFunction(() => document.querySelector('fieldset.history .status')?.textContent?.startsWith('History paused'));
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      expect(await axeViolations(options)).toEqual([]);
    }
    await briefOf('/inquiry.html');
    await new Promise((resolve) => setTimeout(resolve, 500)); // the time a recording would take
    const page = await openHistory(1);
    expect(await page.$eval('.note', (p) => p.textContent)).toContain('History is paused');
    await page.close();

    await options.bringToFront();
    await options.click('#history-paused');
    await options.waitForFunction(() => document.querySelector('fieldset.history .status')?.textContent?.startsWith('History on'));
    const opened = chromium.browser.waitForTarget((t) => t.url() === historyUrl());
    await options.click('::-p-aria([name="Open history"][role="link"])');
    await (await opened).asPage();
    await options.close();
  });

  it('outlives a restart of the browser on the same profile', async () => {
    await chromium.close();
    chromium = await launchWithExtension(undefined, { userDataDir: profile });
    expect(await titles(await openHistory(1))).toEqual([SEED_TITLE]);
  });

  it('outlives a reload of the extension, and the reloaded worker keeps recording', async () => {
    const isWorker = (t: Target) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${chromium.extension.id}/`);
    const old = await chromium.browser.waitForTarget(isWorker);
    const worker = await old.worker();
    const next = chromium.browser.waitForTarget((t) => isWorker(t) && t !== old, { timeout: 15_000 });
    // A string: the worker dies mid-call, so its answer never comes.
    void worker?.evaluate('chrome.runtime.reload()').catch(() => undefined);
    await next;
    expect(await titles(await openHistory(1))).toEqual([SEED_TITLE]);
    await briefOf('/inquiry.html');
    const [newest, older] = await titles(await openHistory(2));
    expect(newest).toMatch(INQUIRY_TITLE);
    expect(older).toBe(SEED_TITLE);
  });
});
