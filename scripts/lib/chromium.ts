// Launches Debian's Chromium headless with the built extension and opens its real popup.
// Shared by the e2e tests, scripts/screenshot.ts and the benchmark.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Extension, type Page, type Target } from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DIST_CHROME = join(import.meta.dirname, '../../dist/chrome');

export interface ExtensionBrowser {
  browser: Browser;
  extension: Extension;
  close(): Promise<void>;
}

/** Builds the extension when dist/ is missing, so the e2e project also runs on its own. */
export async function ensureBuilt(): Promise<void> {
  if (existsSync(join(DIST_CHROME, 'manifest.json'))) return;
  const { buildExtension } = await import('../build.ts');
  await buildExtension();
}

export interface LaunchOptions {
  /** Wait for the worker's first start before returning (default); off to click as early as possible. */
  waitForWorker?: boolean;
  /**
   * Run headful in a real window on this X display (scripts/lib/x-display.ts), for what only a
   * window has: keys pressed as X events reach the browser's own shortcuts, and the popup has
   * its full size (headless caps it at 510px here).
   */
  display?: { env: NodeJS.ProcessEnv };
  /**
   * The profile to run on, kept on close: launching again on it is a restart of the browser, with
   * the extension's storage (IndexedDB, storage.local) as it was. By default a fresh temporary
   * profile, deleted on close.
   */
  userDataDir?: string;
  /**
   * The browser's UI language ("tr", "ar"). Chromium on Linux takes it from LANGUAGE (its --lang
   * flag is for Windows and ChromeOS; both are given) and needs Debian's chromium-l10n for any
   * language but en-US.
   */
  lang?: string;
}

export async function launchWithExtension(extensionDir = DIST_CHROME, { waitForWorker = true, display, userDataDir: kept, lang }: LaunchOptions = {}): Promise<ExtensionBrowser> {
  await ensureBuilt();
  const userDataDir = kept ?? (await mkdtemp(join(tmpdir(), 'brief-chromium-')));
  const windowArgs = display ? ['--window-size=1200,900', '--window-position=0,0'] : [];
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: !display,
    ...(display ? { defaultViewport: null } : {}),
    ...(display || lang ? { env: { ...(display?.env ?? process.env), ...(lang ? { LANGUAGE: lang, LANG: `${lang.replace('-', '_')}.UTF-8` } : {}) } } : {}),
    pipe: true,
    userDataDir,
    enableExtensions: [extensionDir],
    args: [...windowArgs, ...(lang ? [`--lang=${lang}`] : []), '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update'],
  });
  const extension = await findExtension(browser);
  if (waitForWorker) await workerReady(browser, extension.id);
  return {
    browser,
    extension,
    async close() {
      await browser.close();
      if (!kept) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

async function findExtension(browser: Browser): Promise<Extension> {
  for (let i = 0; i < 50; i++) {
    // A right-to-left UI wraps the name in direction marks ("\u200f\u202aBrief\u202c\u200f" in Arabic).
    const found = [...(await browser.extensions()).values()].find((e) => e.name.replace(/[\u200e\u200f\u202a-\u202e]/g, '') === 'Brief');
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The Brief extension did not load');
}

/** The extension's service worker, once it exists. */
export function workerTarget(browser: Browser, extensionId: string, timeout = 15_000): Promise<Target> {
  return browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
    { timeout },
  );
}

/**
 * Waits until the extension's worker has run its top-level code once (its action state settled).
 * A user's first click comes seconds after install; a test's would otherwise race the worker's
 * first start.
 */
async function workerReady(browser: Browser, extensionId: string): Promise<void> {
  const session = await (await workerTarget(browser, extensionId)).createCDPSession();
  try {
    for (let i = 0; i < 100; i++) {
      // Evaluation runs between tasks, so the synchronous top level has run; extension API calls
      // are answered in order, so once this one is, the top level's action calls have taken effect.
      const { result } = await session.send('Runtime.evaluate', {
        expression: `typeof chrome === 'object' && chrome.action ? chrome.action.getPopup({}).then(() => true) : false`,
        awaitPromise: true,
        returnByValue: true,
      });
      if (result.value === true) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('The extension worker did not start');
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** Clicks the toolbar button as a user would and returns the popup page. */
export async function openPopup({ browser, extension }: ExtensionBrowser, page: Page): Promise<Page> {
  const popupUrl = `chrome-extension://${extension.id}/popup/index.html`;
  const target = browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 15_000 });
  await page.bringToFront();
  await page.triggerExtensionAction(extension);
  const opened = await target.catch(async (error: unknown) => {
    throw new Error(`The click opened no popup (${String(error)}); the worker reports: ${await workerState(browser, extension.id)}`);
  });
  return opened.asPage();
}

/** What the worker knows about its popup and the windows, for a click that opened nothing. */
async function workerState(browser: Browser, extensionId: string): Promise<string> {
  try {
    const worker = await (await workerTarget(browser, extensionId, 5_000)).worker();
    // A string: tsx would wrap a function in helpers the worker lacks.
    return String(await worker?.evaluate(`(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const windows = await chrome.windows.getAll();
      return JSON.stringify({
        tabPopup: tab ? await chrome.action.getPopup({ tabId: tab.id }) : 'no active tab',
        windows: windows.map((w) => ({ id: w.id, focused: w.focused, state: w.state, type: w.type })),
      });
    })()`));
  } catch (error) {
    return `nothing (${String(error)})`;
  }
}

/** Waits for the brief card; a popup that shows something else says what, in the error. */
export async function waitForCard(popup: Page, timeout = 20_000): Promise<void> {
  try {
    await popup.waitForSelector('article h1', { timeout });
  } catch (error) {
    const shown = await popup.evaluate(() => document.body?.innerText ?? '').catch((e: unknown) => `(unreadable: ${String(e)})`);
    throw new Error(`No card within ${timeout} ms (${String(error)}); the popup shows: ${JSON.stringify(shown.slice(0, 300))}`);
  }
}

/**
 * A copy of the built extension whose manifest grants `origins` at install. Chromium's consent
 * dialog for permissions.request cannot be answered by automation (it is not part of the page
 * and not in the DevTools protocol), and a permission already granted is given without one: so
 * tests of what follows the user's "Allow" run on this copy. Delete `dir` when done.
 */
export async function extensionGranting(origins: string[]): Promise<{ dir: string; remove(): Promise<void> }> {
  await ensureBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'brief-granted-'));
  await cp(DIST_CHROME, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = origins;
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
