// The one message protocol between popup, background worker and content script.
// Every message is a plain object with a `type`; every request gets exactly one response.
import type { Article, Brief, BriefErrorCode } from '../core/types.ts';

/** How the content script should read the page. */
export type ExtractMode =
  /** Readability's article; returns `not-article` when the page does not look like one. */
  | 'article'
  /** The user asked for "Brief anyway": the page's whole visible text. */
  | 'whole-page';

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; code: BriefErrorCode; message: string };

/** Popup -> background: make (or fetch from cache) the brief of a tab. */
export interface GetBriefRequest {
  type: 'brief:get';
  tabId: number;
  mode: ExtractMode;
  /** Skip the cache (used by "Brief anyway" and retries). */
  fresh?: boolean;
}

export type GetBriefResponse =
  | { ok: true; brief: Brief; cached: boolean }
  | { ok: false; code: BriefErrorCode; message: string };

export type Request = GetBriefRequest;

/** Narrow an unknown value (anything can arrive on a message port) to a valid request. */
export function parseRequest(value: unknown): Request | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.type === 'brief:get') {
    if (typeof v.tabId !== 'number' || !Number.isInteger(v.tabId) || v.tabId < 0) return null;
    if (v.mode !== 'article' && v.mode !== 'whole-page') return null;
    if (v.fresh !== undefined && typeof v.fresh !== 'boolean') return null;
    return { type: 'brief:get', tabId: v.tabId, mode: v.mode, fresh: v.fresh === true };
  }
  return null;
}

/** Name of the global function the injected content script defines; the worker calls it after injecting. */
export const CONTENT_ENTRY = '__briefExtract' as const;

declare global {
  // eslint-disable-next-line no-var
  var __briefExtract: ((mode: ExtractMode) => ExtractResult) | undefined;
}
