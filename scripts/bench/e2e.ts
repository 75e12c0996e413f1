// End to end in headless Chromium: the real popup of the built extension against the bare-popup
// fixture (same browser, same tab, same page load, alternating order), on the seed article and
// on the largest Readability page. Times come from the popups' own performance marks; the click
// time is taken in this process just before the action is triggered, and both sides use the
// system clock (performance.timeOrigin + now), so click -> card spans the two processes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Extension, Page } from 'puppeteer-core';
import { launchWithExtension, workerTarget } from '../lib/chromium.ts';
import { serve } from '../lib/server.ts';
import { BARE_POPUP_DIR, PAGES_DIR, SEED_PATH } from './paths.ts';

export const CARD_MARK = 'brief:card-rendered';
export const START_MARK = 'brief:popup-start';

/** One popup opening, all in ms. */
export interface PopupRun {
  /** Popup document start (its time origin) -> card mark: what the popup itself costs. */
  docToCard: number;
  /** Popup document start -> its script starts (brief:popup-start). */
  docToScript?: number;
  /** Action triggered -> card mark. */
  clickToCard: number;
  /** Action triggered -> popup document start: the browser's share. */
  clickToDoc: number;
  /** Main-thread task time of the article tab during the run (content script + anything else). */
  tabTaskMs: number;
  /** Longest time the article tab's main thread was blocked during the run. */
  tabFrozenMs: number;
}

export interface PageRuns {
  page: string;
  brief: PopupRun[];
  bare: PopupRun[];
  /** Brief with its worker stopped before each click (seed page only). */
  cold?: PopupRun[];
}

export interface E2EOptions {
  runs: number;
  warmUp?: number;
  log?: (line: string) => void;
}

const now = () => performance.timeOrigin + performance.now();

/**
 * Pause after a popup closes. Opened soon after another popup closed, a popup often starts much
 * sooner (about 100 ms instead of 270 ms from click to document here, whichever extension it
 * belongs to; presumably Chromium reuses the closed popup's process). Back-to-back openings made
 * both figures bimodal and their medians swing (Brief / bare 1.02× to 1.24× on the seed between
 * runs); after this pause every opening starts from the state a user's click does.
 */
const SETTLE_MS = 750;

// How long the page is frozen: a setTimeout(0) heartbeat in the page's own world; the longest
// gap between two beats is the longest stretch the main thread could not run the page's code.
// (The Long Tasks API reported nothing for the extension's isolated-world tasks here.) The page
// code is a string because tsx would wrap named inner functions in a helper the page lacks.
const HEARTBEAT = `(() => {
  globalThis.__benchGap = 0;
  let last = performance.now();
  const beat = () => {
    const t = performance.now();
    globalThis.__benchGap = Math.max(globalThis.__benchGap, t - last);
    last = t;
    setTimeout(beat, 0);
  };
  setTimeout(beat, 0);
})()`;

/** The longest gap since the last call; starts a new window. */
const TAKE_GAP = '(() => { const gap = globalThis.__benchGap; globalThis.__benchGap = 0; return gap; })()';

const startHeartbeat = async (tab: Page): Promise<void> => {
  await tab.evaluate(HEARTBEAT);
};
const takeLongestGap = async (tab: Page): Promise<number> => Number(await tab.evaluate(TAKE_GAP));

async function openAndTime(browser: Browser, tab: Page, extension: Extension, popupPath: string): Promise<PopupRun> {
  const popupUrl = `chrome-extension://${extension.id}/${popupPath}`;
  await tab.bringToFront();
  await takeLongestGap(tab);
  const before = (await tab.metrics()).TaskDuration ?? 0;
  const target = browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 15_000 });
  const clicked = now();
  await tab.triggerExtensionAction(extension);
  const popup = await (await target).asPage();
  try {
    await popup.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0 || document.querySelector('.notice') !== null,
      { polling: 20, timeout: 30_000 },
      CARD_MARK,
    );
    const marks = await popup.evaluate(
      (card, start) => ({
        origin: performance.timeOrigin,
        card: performance.getEntriesByName(card)[0]?.startTime,
        start: performance.getEntriesByName(start)[0]?.startTime,
        notice: document.querySelector('.notice')?.textContent ?? '',
      }),
      CARD_MARK,
      START_MARK,
    );
    if (marks.card === undefined) throw new Error(`the popup showed no card: ${marks.notice.trim().slice(0, 160)}`);
    const after = (await tab.metrics()).TaskDuration ?? 0;
    const frozen = await takeLongestGap(tab);
    return {
      docToCard: marks.card,
      docToScript: marks.start,
      clickToCard: marks.origin + marks.card - clicked,
      clickToDoc: marks.origin - clicked,
      tabTaskMs: (after - before) * 1000,
      tabFrozenMs: frozen,
    };
  } finally {
    await popup.close().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  }
}

export function e2ePages(largest: string): Record<string, string> {
  return {
    '/seed.html': readFileSync(SEED_PATH, 'utf8'),
    [`/${largest}.html`]: readFileSync(join(PAGES_DIR, largest, 'source.html'), 'utf8'),
  };
}

/**
 * Stops Brief's worker, as Chrome does after 30 s idle: a user's click usually wakes it. Only
 * Brief's: the bare fixture's worker is held by a DevTools session and would not stop cleanly.
 */
async function stopWorker(tab: Page, extensionId: string): Promise<void> {
  const session = await tab.createCDPSession();
  try {
    const prefix = `chrome-extension://${extensionId}/`;
    let versionId: string | undefined;
    const stopped = new Promise<void>((resolve) => {
      session.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
        for (const v of versions) {
          if (!v.scriptURL.startsWith(prefix)) continue;
          // Stopped: the one this asked to stop, or one already idle before it asked.
          if (v.runningStatus === 'stopped' && (versionId === undefined || v.versionId === versionId)) resolve();
          if (v.runningStatus === 'running' && versionId === undefined) {
            versionId = v.versionId;
            void session.send('ServiceWorker.stopWorker', { versionId });
          }
        }
      });
    });
    await session.send('ServiceWorker.enable');
    await Promise.race([stopped, new Promise((_, reject) => setTimeout(() => reject(new Error("Brief's worker did not stop")), 10_000))]);
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** Only the test server answers; the pages' own third-party requests are refused at once. */
async function localOnly(tab: Page): Promise<void> {
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('http://127.0.0.1:') || url.startsWith('data:')) void request.continue();
    else void request.abort();
  });
}

/** Click -> card with Brief's worker stopped before each click. */
async function coldRuns(browser: Browser, tab: Page, extension: Extension, url: string, runs: number): Promise<PopupRun[]> {
  const out: PopupRun[] = [];
  for (let i = 0; i < runs; i++) {
    await tab.goto(`${url}?cold=${i}`, { waitUntil: 'load', timeout: 30_000 });
    await stopWorker(tab, extension.id);
    out.push(await openAndTime(browser, tab, extension, 'popup/index.html'));
  }
  return out;
}

export async function benchEndToEnd(largest: string, { runs, warmUp = 2, log = () => {} }: E2EOptions): Promise<PageRuns[]> {
  const pages = e2ePages(largest);
  const server = await serve(pages);
  const chromium = await launchWithExtension();
  try {
    const bareId = await chromium.browser.installExtension(BARE_POPUP_DIR);
    const bare = (await chromium.browser.extensions()).get(bareId);
    if (!bare) throw new Error('the bare-popup fixture extension did not load');
    // Brief's worker stays up because every popup messages it; the fixture's idle worker would be
    // stopped after 30 s, and its popups would then pay for a new process. A DevTools session on
    // it keeps both extensions in the same state for the whole run.
    const bareWorker = await workerTarget(chromium.browser, bareId);
    await bareWorker.worker();
    const tab = await chromium.browser.newPage();
    await localOnly(tab);
    const results: PageRuns[] = Object.keys(pages).map((page) => ({ page, brief: [], bare: [] }));
    for (let i = -warmUp; i < runs; i++) {
      for (const result of results) {
        const order = i % 2 === 0 ? (['brief', 'bare'] as const) : (['bare', 'brief'] as const);
        for (const which of order) {
          // Each popup opens on a fresh load of the page, as a user's usually does. A new query
          // string each time: a new URL, so Brief's session cache never answers.
          await tab.goto(`${server.url(result.page)}?run=${i}&popup=${which}`, { waitUntil: 'load', timeout: 30_000 });
          await startHeartbeat(tab);
          const run = which === 'brief'
            ? await openAndTime(chromium.browser, tab, chromium.extension, 'popup/index.html')
            : await openAndTime(chromium.browser, tab, bare, 'popup.html');
          if (i >= 0) result[which].push(run);
        }
      }
      if (i >= 0 && (i + 1) % 5 === 0) log(`  end to end: ${i + 1}/${runs} runs`);
    }
    const seed = results.find((r) => r.page === '/seed.html');
    if (seed) seed.cold = await coldRuns(chromium.browser, tab, chromium.extension, server.url(seed.page), Math.max(5, Math.round(runs / 2)));
    log('  end to end: worker-stopped runs done');
    return results;
  } finally {
    await chromium.close();
    await server.close();
  }
}
