// Makes the brief of one tab: restricted-page check, cache, extraction in the tab, engine.
// Every outcome is a GetBriefResponse; nothing here throws to the caller.
import { BriefError, type Article, type Brief, type Engine } from '../core/types.ts';
import type { ExtractMode, ExtractResult, GetBriefRequest, GetBriefResponse } from '../shared/messages.ts';
import type { BriefCache } from './cache.ts';
import { RESTRICTED_MESSAGE, isAccessError, isRestrictedUrl } from './restricted.ts';

export interface BriefServiceDeps {
  /** The tab's URL as the extension may see it (undefined without access, e.g. chrome:// pages). */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Inject the content script and run extraction in the tab. May throw the browser's injection error. */
  extract(tabId: number, mode: ExtractMode): Promise<ExtractResult>;
  engine(): Promise<Engine>;
  cache: Pick<BriefCache, 'get' | 'put'>;
  /** Upper bound for one engine run, so the popup never waits forever. */
  engineTimeoutMs?: number;
}

const ENGINE_TIMEOUT_MS = 30_000;

export const restricted = (): GetBriefResponse => ({ ok: false, code: 'restricted-page', message: RESTRICTED_MESSAGE });

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function extractIn(tabId: number, mode: ExtractMode, deps: BriefServiceDeps): Promise<ExtractResult> {
  try {
    return await deps.extract(tabId, mode);
  } catch (error) {
    const message = messageOf(error);
    if (isAccessError(message)) return { ok: false, code: 'restricted-page', message: RESTRICTED_MESSAGE };
    return { ok: false, code: 'extraction-failed', message: `Brief couldn't read this page: ${message}` };
  }
}

async function summarize(article: Article, deps: BriefServiceDeps): Promise<Brief> {
  const engine = await deps.engine();
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new BriefError('engine-failed', 'Summarising this page took too long.'));
    }, deps.engineTimeoutMs ?? ENGINE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([engine.summarize(article, controller.signal), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

export async function getBrief(request: GetBriefRequest, deps: BriefServiceDeps): Promise<GetBriefResponse> {
  const url = await deps.tabUrl(request.tabId).catch(() => undefined);
  if (isRestrictedUrl(url)) return restricted();
  if (url && !request.fresh) {
    // The cache never throws by contract; the catch keeps a broken storage from ever costing a brief.
    const cached = await deps.cache.get(request.tabId, url).catch(() => undefined);
    if (cached) return { ok: true, brief: cached, cached: true };
  }
  const extracted = await extractIn(request.tabId, request.mode, deps);
  if (!extracted.ok) return extracted;
  let brief: Brief;
  try {
    brief = await summarize(extracted.article, deps);
  } catch (error) {
    if (error instanceof BriefError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'engine-failed', message: `Brief couldn't summarise this page: ${messageOf(error)}` };
  }
  if (url) deps.cache.put(request.tabId, url, brief).catch(() => undefined);
  return { ok: true, brief, cached: false };
}
