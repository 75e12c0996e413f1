// Makes the brief of one tab: restricted-page check, cache, extraction in the tab, engine.
// Every outcome is a GetBriefResponse; nothing here throws to the caller.
import { fallbackBrief } from '../core/model/to-brief.ts';
import { summarizeArticle } from '../core/points/summarize.ts';
import { BriefError, errorMessage, wordingOf, type Article, type Brief, type Engine } from '../core/types.ts';
import type { ExtractMode, ExtractResult, GetBriefRequest, GetBriefResponse } from '../shared/messages.ts';
import type { BriefCache } from './cache.ts';
import type { BriefJobs } from './jobs.ts';
import { RESTRICTED_MESSAGE, isAccessError, isRestrictedUrl } from './restricted.ts';

/** A tab to brief; `url` is what the extension may see (undefined without access, e.g. chrome:// pages). */
export interface TabInfo {
  id: number;
  url?: string;
}

export interface BriefServiceDeps {
  /** The tab with this id, or with none the active tab of the last focused window; undefined if there is none. */
  findTab(tabId: number | undefined): Promise<TabInfo | undefined>;
  /** Inject the content script into the tab. May throw the browser's injection error. */
  inject(tabId: number): Promise<void>;
  /** Run extraction in the tab, once injected. May throw the browser's injection error. */
  extract(tabId: number, mode: ExtractMode): Promise<ExtractResult>;
  engine(): Promise<Engine>;
  cache: Pick<BriefCache, 'get' | 'put'>;
  /** Upper bound for one engine run, so the popup never waits forever. */
  engineTimeoutMs?: number;
  /** Waits before each new try of an injection refused for access (default ACCESS_RETRY_MS). */
  accessRetryMs?: readonly number[];
  /** Where model engines' briefs are written while the popup follows them; without it they are awaited. */
  jobs?: Pick<BriefJobs, 'start' | 'runningFor'>;
  /** Upper bound for a model engine's whole run (its own timeouts are shorter and say more). */
  modelTimeoutMs?: number;
  /**
   * Keeps a brief the worker made in history (history-recorder.ts). Called once the brief is
   * final and must return at once: recording never delays or fails the answer.
   */
  record?(brief: Brief, tab: TabInfo): void;
}

/** Hands a finished brief to history; whatever that does, the brief is answered. */
function keep(deps: BriefServiceDeps, brief: Brief, tab: TabInfo): void {
  try {
    deps.record?.(brief, tab);
  } catch {
    // Never lets history cost a brief.
  }
}

const ENGINE_TIMEOUT_MS = 30_000;
const MODEL_TIMEOUT_MS = 10 * 60_000;

export const NO_TAB_MESSAGE = "Brief couldn't find the current tab.";

export const restricted = (): GetBriefResponse => ({ ok: false, code: 'restricted-page', message: RESTRICTED_MESSAGE });

type Failure = Extract<ExtractResult, { ok: false }>;

export const NO_ACCESS_MESSAGE = 'Brief may not read this tab until you brief it with the toolbar button, the shortcut or the context menu.';

/**
 * A refusal on a tab whose address the worker could not see is a tab not granted yet (the side
 * panel asks for tabs nobody clicked); one whose address it saw is a page no extension may read.
 */
function injectionFailure(error: unknown, urlKnown = true): Failure {
  const message = errorMessage(error);
  if (!urlKnown && /must request permission|missing host permission|cannot access contents of the page/i.test(message)) {
    return { ok: false, code: 'no-access', message: NO_ACCESS_MESSAGE };
  }
  if (isAccessError(message)) return { ok: false, code: 'restricted-page', message: RESTRICTED_MESSAGE };
  return { ok: false, code: 'extraction-failed', message: `Brief couldn't read this page: ${message}` };
}

/**
 * A click's activeTab grant reaches the tab a moment after action.onClicked: an injection started
 * at the click was refused ("Cannot access contents of the page") in about one click in forty
 * here, and went through a moment later. So a refusal is tried again, twice; a page that really
 * is off limits is refused every time and only says so 350 ms later.
 */
export const ACCESS_RETRY_MS: readonly number[] = [100, 250];

async function injectWithRetries(tabId: number, deps: BriefServiceDeps): Promise<void> {
  const waits = deps.accessRetryMs ?? ACCESS_RETRY_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return await deps.inject(tabId);
    } catch (error) {
      if (attempt >= waits.length || !isAccessError(errorMessage(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, waits[attempt]));
    }
  }
}

/** The injection's failure, if any, as a value: it is awaited only when the cache misses. */
function startInjection(tabId: number, deps: BriefServiceDeps, urlKnown: boolean): Promise<Failure | undefined> {
  return injectWithRetries(tabId, deps).then(() => undefined, (error: unknown) => injectionFailure(error, urlKnown));
}

async function extractIn(tabId: number, mode: ExtractMode, deps: BriefServiceDeps): Promise<ExtractResult> {
  try {
    return await deps.extract(tabId, mode);
  } catch (error) {
    return injectionFailure(error);
  }
}

async function summarize(
  article: Article,
  engine: Engine,
  deps: BriefServiceDeps,
  signal?: AbortSignal,
  onPartial?: (brief: Brief) => void,
): Promise<Brief> {
  const controller = new AbortController();
  signal?.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  const limit = engine.model !== undefined ? (deps.modelTimeoutMs ?? MODEL_TIMEOUT_MS) : (deps.engineTimeoutMs ?? ENGINE_TIMEOUT_MS);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new BriefError('engine-failed', 'Summarising this page took too long.'));
    }, limit);
  });
  try {
    return await Promise.race([engine.summarize(article, controller.signal, onPartial), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** The tab the request names (kept even when the browser cannot describe it), or the active one. */
async function tabOf(request: GetBriefRequest, deps: BriefServiceDeps): Promise<TabInfo | undefined> {
  const found = await deps.findTab(request.tabId).catch(() => undefined);
  return found ?? (request.tabId === undefined ? undefined : { id: request.tabId });
}

export async function getBrief(request: GetBriefRequest, deps: BriefServiceDeps): Promise<GetBriefResponse> {
  // The engine setting is read while the page is being read, not after.
  const engineLookup = deps.engine();
  engineLookup.catch(() => undefined);
  const tab = await tabOf(request, deps);
  if (!tab) return { ok: false, code: 'extraction-failed', message: NO_TAB_MESSAGE };
  const answer = await briefOfTab(tab, request, engineLookup, deps);
  return { ...answer, tabId: tab.id };
}

async function briefOfTab(
  { id: tabId, url }: TabInfo,
  request: GetBriefRequest,
  engineLookup: Promise<Engine>,
  deps: BriefServiceDeps,
): Promise<GetBriefResponse> {
  if (isRestrictedUrl(url)) return restricted();
  // Injected while the cache is read, so a miss (every first opening on a page) waits one storage
  // round trip less; on a hit the tab merely holds an unused entry function.
  // Only the side panel asks for tabs nobody clicked: elsewhere a refusal is a page off limits.
  const injected = startInjection(tabId, deps, url !== undefined || request.from !== 'panel');
  const jobKey = `${tabId} ${url ?? ''}`;
  if (url && !request.fresh) {
    const running = deps.jobs?.runningFor(jobKey);
    if (running) return { ok: true, brief: running.latest, cached: false, job: running.id };
    // The cache never throws by contract; the catch keeps a broken storage from ever costing a brief.
    const cached = await deps.cache.get(tabId, url).catch(() => undefined);
    // A brief another engine made is not the one the user now asks for.
    if (cached && cached.engine === (await engineLookup.catch(() => undefined))?.id) return { ok: true, brief: cached, cached: true };
  }
  const refused = await injected;
  if (refused) return refused;
  const extracted = await extractIn(tabId, request.mode, deps);
  if (!extracted.ok) return extracted;
  const engine = await engineLookup;
  if (engine.model !== undefined) return startModelBrief(extracted.article, engine, { tabId, url, jobKey }, deps);
  let brief: Brief;
  try {
    brief = await summarize(extracted.article, engine, deps);
  } catch (error) {
    if (error instanceof BriefError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'engine-failed', message: `Brief couldn't summarise this page: ${errorMessage(error)}` };
  }
  if (url) deps.cache.put(tabId, url, brief).catch(() => undefined);
  keep(deps, brief, { id: tabId, url });
  return { ok: true, brief, cached: false };
}

/**
 * A model engine's brief. The frame (headline, source line) shows at once; the points follow as
 * the model writes them. If the engine fails, the built-in brief is shown instead, labelled with
 * the engine's error: the user sees both what went wrong and a brief. Only a model's own brief
 * is cached, so a retry after fixing the server asks the model again.
 */
async function startModelBrief(
  article: Article,
  engine: Engine,
  where: { tabId: number; url?: string; jobKey: string },
  deps: BriefServiceDeps,
): Promise<GetBriefResponse> {
  let frame: Brief;
  try {
    frame = summarizeArticle(article);
  } catch (error) {
    if (error instanceof BriefError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'engine-failed', message: `Brief couldn't summarize this page: ${errorMessage(error)}` };
  }
  const run = async (signal?: AbortSignal, onPartial?: (brief: Brief) => void): Promise<Brief> => {
    try {
      const brief = await summarize(article, engine, deps, signal, onPartial);
      if (where.url) deps.cache.put(where.tabId, where.url, brief).catch(() => undefined);
      keep(deps, brief, { id: where.tabId, url: where.url });
      return brief;
    } catch (error) {
      const fallback = fallbackBrief(frame, engine.label, errorMessage(error), wordingOf(error));
      // A job stopped because its tab closed or a new brief replaced it is no brief anyone read.
      if (!signal?.aborted) keep(deps, fallback, { id: where.tabId, url: where.url });
      return fallback;
    }
  };
  const waiting: Brief = { ...frame, lede: '', points: [], topics: [], engine: engine.id, partial: true };
  if (engine.model) waiting.model = engine.model;
  if (engine.sentTo) waiting.sentTo = engine.sentTo;
  if (engine.runsIn === 'window') return { ok: true, brief: waiting, cached: false, article };
  if (!deps.jobs) return { ok: true, brief: await run(), cached: false };
  const id = deps.jobs.start(where.jobKey, waiting, run);
  return { ok: true, brief: waiting, cached: false, job: id };
}
