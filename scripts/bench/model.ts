// A model engine end to end in headless Chromium against the real llama.cpp test server
// (scripts/lib/model-server.ts): the click -> first point on screen, and what Brief adds on top
// of the server's own answer time: (card complete - request arrived) / (answer sent - request
// arrived), per run. Times on both sides are the system clock (performance.timeOrigin + now), as
// in bench/e2e.ts. The tiny random model answers in a few hundred ms, so the ratio is a
// strict test: a real model's seconds of generation would hide Brief's share much more.
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { extensionGranting, launchWithExtension } from '../lib/chromium.ts';
import { startModelServer } from '../lib/model-server.ts';
import { serve } from '../lib/server.ts';
import { SEED_PATH } from './paths.ts';

export const FIRST_POINT_MARK = 'brief:first-point';
export const MODEL_DONE_MARK = 'brief:model-done';

export interface ModelRun {
  clickToFirstPoint: number;
  clickToDone: number;
  /** The server's own time for the answer: request arrival -> last byte sent. */
  serverMs: number;
  /** Request arrival -> complete card, over serverMs. */
  overhead: number;
  /** The server's last byte -> the complete card on screen. */
  afterServerMs: number;
}

const now = () => performance.timeOrigin + performance.now();

export async function benchModel({ runs, warmUp = 1, log = () => undefined }: { runs: number; warmUp?: number; log?: (line: string) => void }): Promise<ModelRun[]> {
  const [server, pages, granted] = await Promise.all([
    // Answers as long as Brief allows (max_tokens 700, points of up to 150 characters), so that, as
    // with any real model, the popup is open well before the answer ends and the ratio is Brief's
    // share of the wait, not the popup's start-up racing a model faster than any real one.
    startModelServer({ maxTokens: 700, maxStringChars: 150 }),
    serve({ '/seed.html': readFileSync(SEED_PATH, 'utf8') }),
    extensionGranting(['http://127.0.0.1/*']),
  ]);
  const chromium = await launchWithExtension(granted.dir);
  try {
    const options = await chromium.browser.newPage();
    await options.goto(`chrome-extension://${chromium.extension.id}/options/index.html`);
    await options.evaluate(
      (settings) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(settings),
      { engine: 'openai', openai: { baseUrl: server.baseUrl, model: server.model } },
    );
    await options.close();
    const results: ModelRun[] = [];
    for (let i = 0; i < warmUp + runs; i++) {
      const tab = await chromium.browser.newPage();
      await tab.goto(pages.url('/seed.html'));
      const requestsBefore = server.requests.length;
      const answersBefore = server.completedAt.length;
      const popupUrl = `chrome-extension://${chromium.extension.id}/popup/index.html`;
      const target = chromium.browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 15_000 });
      await tab.bringToFront();
      const clicked = now();
      await tab.triggerExtensionAction(chromium.extension);
      const popup: Page = await (await target).asPage();
      try {
        await popup.waitForFunction(
          (mark) => performance.getEntriesByName(mark).length > 0 || document.querySelector('.engine-error, .notice') !== null,
          { polling: 10, timeout: 60_000 },
          MODEL_DONE_MARK,
        );
        const marks = await popup.evaluate(
          (first, done) => ({
            origin: performance.timeOrigin,
            first: performance.getEntriesByName(first)[0]?.startTime ?? NaN,
            done: performance.getEntriesByName(done)[0]?.startTime ?? NaN,
            failed: document.querySelector('.engine-error, .notice')?.textContent ?? '',
          }),
          FIRST_POINT_MARK,
          MODEL_DONE_MARK,
        );
        if (marks.failed) throw new Error(`the model engine failed: ${marks.failed}`);
        const request = server.requests.slice(requestsBefore).find((r) => r.path.endsWith('/chat/completions'));
        const sent = server.completedAt[answersBefore];
        if (!request || sent === undefined) throw new Error('the server saw no completed chat request');
        const cardDone = marks.origin + marks.done;
        const run: ModelRun = {
          clickToFirstPoint: marks.origin + marks.first - clicked,
          clickToDone: cardDone - clicked,
          serverMs: sent - request.receivedAt,
          overhead: (cardDone - request.receivedAt) / (sent - request.receivedAt),
          afterServerMs: cardDone - sent,
        };
        if (i >= warmUp) results.push(run);
        log(`  model run ${i + 1}: click → first point ${run.clickToFirstPoint.toFixed(0)} ms, server ${run.serverMs.toFixed(0)} ms, overhead ${run.overhead.toFixed(3)}×`);
      } finally {
        await popup.close().catch(() => undefined);
        await tab.close().catch(() => undefined);
      }
    }
    return results;
  } finally {
    await chromium.close();
    await granted.remove();
    await pages.close();
    await server.close();
  }
}
