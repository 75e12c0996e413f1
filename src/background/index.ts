// Service worker entry (an event page in Firefox). Listeners are registered synchronously at the
// top level so a worker woken by a message finds them.
import browser from 'webextension-polyfill';
import { getBrief, type TabInfo } from './brief-service.ts';
import { BriefCache, type StorageAreaLike } from './cache.ts';
import { ClickBriefs, enableClickStart, isFirstRequest, openPopupFor, type ActionLike, type ClickTab } from './click-start.ts';
import { engineFor } from '../engines/registry.ts';
import { chromeAiOf } from '../engines/chrome-ai/api.ts';
import { createPromptEngine } from '../engines/chrome-ai/prompt-engine.ts';
import { readSettings } from '../storage/settings.ts';
import { handleMessage, isOwnPage } from './handler.ts';
import { serveJobPort, type PortLike } from './job-port.ts';
import { BriefJobs } from './jobs.ts';
import { JOB_PORT, PANEL_PORT, PANEL_SHOW, type ExtractMode } from '../shared/messages.ts';
import { applySurface, openPanelNow, type SurfaceApis } from './surface.ts';
import { createMenus, menuMode, type MenusApi } from './context-menu.ts';
import { t } from '../shared/i18n.ts';
import type { Surface } from '../storage/settings.ts';
import type { FindableRequest, GetBriefRequest, GetBriefResponse, JumpRequest } from '../shared/messages.ts';
import { callInTab, extractInTab, injectContentScript } from './inject.ts';
import { findableInTab, jumpInTab } from './locate.ts';
import { historyRecorder } from './history-recorder.ts';
import { openHistoryStore } from '../storage/history-store.ts';

// storage.session is memory-only (cleared with the browser), which suits a cache of page content.
const cache = new BriefCache(browser.storage.session as unknown as StorageAreaLike);

async function findTab(tabId: number | undefined): Promise<TabInfo | undefined> {
  if (tabId !== undefined) return { id: tabId, url: (await browser.tabs.get(tabId)).url };
  // The popup belongs to the focused window's toolbar, so its active tab is the one the user briefs.
  // (A worker has no window of its own: currentWindow would only mean the same, less explicitly.)
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

/** The Prompt API where the worker has it (Chrome 138+ with the model); else the choice goes to the page. */
const workerChromeAi = () => {
  const api = chromeAiOf().languageModel;
  return api ? createPromptEngine(api) : undefined;
};

const jobs = new BriefJobs();
// An extension API call counts as activity for Chrome's 30 s idle timer (Chrome 110+); a fetch
// waiting on a model does not. So while a model writes, the worker makes a cheap call every 20 s.
let keepAwake: ReturnType<typeof setInterval> | undefined;
jobs.onBusy = (busy) => {
  clearInterval(keepAwake);
  keepAwake = busy ? setInterval(() => void browser.runtime.getPlatformInfo(), 20_000) : undefined;
};

// History is IndexedDB of the extension's origin, shared with the history and options pages.
// The store opens on the first brief, not at start-up.
const record = historyRecorder({
  isPrivate: async (tabId) => (await browser.tabs.get(tabId)).incognito,
  paused: async () => (await readSettings(browser.storage.local)).historyPaused,
  store: openHistoryStore(),
  log: (message) => console.warn(message),
});

const deps = {
  findTab,
  inject: injectContentScript,
  extract: extractInTab,
  // Read per brief, so a change on the options page applies to the next click.
  engine: async () => engineFor(await readSettings(browser.storage.local), { chromeAi: workerChromeAi }),
  cache,
  jobs,
  record,
};

const clickBriefs = new ClickBriefs();

/** The popup's first request takes the brief its click started; the side panel's asks by tab. */
async function answer(request: GetBriefRequest): Promise<GetBriefResponse> {
  const started = isFirstRequest(request)
    ? clickBriefs.takeLatest()
    : request.tabId !== undefined && !request.fresh
      ? clickBriefs.takeFor(request.tabId)
      : undefined;
  return started ?? getBrief(request, deps);
}

const locateDeps = { call: callInTab, inject: injectContentScript };

const context = {
  extensionId: browser.runtime.id,
  extensionBaseUrl: browser.runtime.getURL('/'),
  getBrief: answer,
  // "Show in page" for a point of a built-in brief.
  jump: (request: JumpRequest) => jumpInTab(request, locateDeps),
  findable: (request: FindableRequest) => findableInTab(request, locateDeps),
};

const action = browser.action as unknown as ActionLike;
const warn = (message: string) => console.warn(message);
interface ContextsApi {
  getContexts?: (filter: { contextTypes: string[] }) => Promise<unknown[]>;
}
const opening = {
  log: warn,
  focus: (windowId: number) => browser.windows.update(windowId, { focused: true }),
  // Chromium 116+; the polyfill does not wrap it, so it is read from chrome.runtime.
  popupIsOpen: async () => {
    const runtime = (globalThis as { chrome?: { runtime?: ContextsApi } }).chrome?.runtime;
    return ((await runtime?.getContexts?.({ contextTypes: ['POPUP'] })) ?? []).length > 0;
  },
};
// What a click opens, from the settings. Kept in a variable because the side panel must be
// opened inside the click's handler, before anything is awaited. A worker woken by the click
// has not read it yet: that click opens the popup (which offers "Open in side panel"); an open
// side panel keeps the worker awake (its port), so clicks beside it open it.
let surface: Surface = 'popup';
const surfaceApis: SurfaceApis = {
  chromium: browser.runtime.getURL('/').startsWith('chrome-extension:'),
  sidePanel: (globalThis as { chrome?: { sidePanel?: SurfaceApis['sidePanel'] } }).chrome?.sidePanel,
  sidebarAction: (browser as unknown as { sidebarAction?: SurfaceApis['sidebarAction'] }).sidebarAction,
  setPopup: (details) => browser.action.setPopup(details),
  log: (message) => console.warn(message),
};
const syncSurface = async () => {
  surface = await applySurface((await readSettings(browser.storage.local)).surface, surfaceApis);
};
void syncSurface();
browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
  if (area === 'local' && 'surface' in changes) void syncSurface();
});

/** Starts the brief of a tab a click (toolbar, shortcut, menu) granted. */
function startClickBrief(tab: ClickTab, mode: ExtractMode): void {
  if (tab.id === undefined) return;
  const known = { id: tab.id, url: tab.url };
  clickBriefs.start(known, () => getBrief({ type: 'brief:get', mode, fresh: mode !== 'article', tabId: known.id }, { ...deps, findTab: async () => known }));
}

/** Opens the side panel within the gesture; an open panel is told to show this tab. */
function openPanelFor(tab: ClickTab): void {
  void openPanelNow(tab, surfaceApis).catch((error: unknown) => console.warn(`Brief couldn't open its side panel: ${String(error)}`));
  if (tab.id !== undefined) void browser.runtime.sendMessage({ type: PANEL_SHOW, tabId: tab.id }).catch(() => undefined);
}

/** A click reaches the worker only once enableClickStart has cleared the manifest's popup. */
function onClicked(tab: ClickTab): void {
  if (surface === 'panel') {
    openPanelFor(tab);
    startClickBrief(tab, 'article');
    return;
  }
  startClickBrief(tab, 'article');
  // The brief stays even if openPopup reports failure: Chrome can reject once the popup is in
  // fact open (it waits for the popup to load), and that popup must still get this click's brief.
  // One that really did not open leaves the popup set for this tab, so the user's next click opens
  // it the ordinary way, for this same tab; a click anywhere else replaces the brief.
  void openPopupFor(tab, action, opening);
}

// The listener goes first: a click that arrives once the popup is cleared must find it.
browser.action.onClicked.addListener(onClicked);
// Chromium's extension pages are chrome-extension:// (Firefox's are moz-extension://).
enableClickStart(browser.runtime.getURL('/').startsWith('chrome-extension:'), action, warn);

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  handleMessage(message, sender, context),
);

// The context menu's two items, made at install and update (they persist; their titles are the UI's language).
browser.runtime.onInstalled.addListener(() => {
  void createMenus(browser.contextMenus as unknown as MenusApi, (key) => t(key)).catch((error: unknown) => console.warn(`Brief's context menu: ${String(error)}`));
});
browser.contextMenus.onClicked.addListener((info: browser.Menus.OnClickData, tab?: browser.Tabs.Tab) => {
  const mode = menuMode(info.menuItemId);
  if (!mode || !tab) return;
  const clicked = { id: tab.id, url: tab.url, windowId: tab.windowId };
  if (surface === 'panel') openPanelFor(clicked);
  startClickBrief(clicked, mode);
  if (surface !== 'panel') void openPopupFor(clicked, action, opening);
});

browser.runtime.onConnect.addListener((port: browser.Runtime.Port) => {
  // The side panel's port only keeps the worker awake while the panel is open.
  if (port.name === PANEL_PORT) return;
  if (port.name !== JOB_PORT) return;
  serveJobPort(port as unknown as PortLike, jobs, (sender) => isOwnPage(sender ?? {}, context));
});

browser.tabs.onRemoved.addListener((tabId: number) => {
  jobs.cancelWhere((key) => key.startsWith(`${tabId} `));
  void cache.forgetTab(tabId);
  clickBriefs.forget(tabId);
});
