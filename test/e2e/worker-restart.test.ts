// MV3 stops idle service workers; the popup's message must wake it and still get a brief.
// A browser of its own: a worker that puppeteer has attached to does not stop cleanly.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, openPopup, waitForCard, type ExtensionBrowser } from '../../scripts/lib/chromium.ts';
import { SEED_ARTICLE } from './support/pages.ts';
import { serve, type TestServer } from '../../scripts/lib/server.ts';

let chromium: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await serve({ '/seed.html': SEED_ARTICLE });
  chromium = await launchWithExtension();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

it('wakes a stopped worker and still briefs the page', async () => {
  const page = await chromium.browser.newPage();
  await page.goto(server.url('/seed.html'));
  const session = await page.createCDPSession();
  await session.send('ServiceWorker.enable');
  const stopped = new Promise<void>((resolve) => {
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: { runningStatus: string }[] }) => {
      if (versions.some((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await session.send('ServiceWorker.stopAllWorkers');
  await stopped;
  const popup = await openPopup(chromium, page);
  await waitForCard(popup);
  expect(await popup.$$eval('article ol > li', (items) => items.length)).toBe(3);
});
