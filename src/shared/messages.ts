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
  /**
   * The tab to brief. Absent: the worker takes the active tab of the last focused window (the one
   * whose toolbar opened the popup), so the popup's first request need not wait for a tab lookup.
   */
  tabId?: number;
  mode: ExtractMode;
  /** Skip the cache (used by "Brief anyway" and retries). */
  fresh?: boolean;
}

/** `tabId` is the tab the worker read, so follow-up requests ("Brief anyway", retry) stay on it. */
export type GetBriefResponse =
  | {
      ok: true;
      brief: Brief;
      cached: boolean;
      tabId?: number;
      /** A model engine is writing the brief: follow this job on a JOB_PORT. */
      job?: string;
      /** The chosen engine runs in the page (Chrome's Summarizer): the page summarizes this article itself. */
      article?: Article;
    }
  | { ok: false; code: BriefErrorCode; message: string; tabId?: number };

export type Request = GetBriefRequest;

export function isTabId(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Narrow an unknown value (anything can arrive on a message port) to a valid request. */
export function parseRequest(value: unknown): Request | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.type === 'brief:get') {
    if (v.tabId !== undefined && !isTabId(v.tabId)) return null;
    if (v.mode !== 'article' && v.mode !== 'whole-page') return null;
    if (v.fresh !== undefined && typeof v.fresh !== 'boolean') return null;
    const request: GetBriefRequest = { type: 'brief:get', mode: v.mode, fresh: v.fresh === true };
    if (v.tabId !== undefined) request.tabId = v.tabId;
    return request;
  }
  return null;
}

/** The port a page opens to follow a model engine's brief as it is written. */
export const JOB_PORT = 'brief:job';

/** Page -> worker on a JOB_PORT: follow this job (the `job` of a GetBriefResponse). */
export interface FollowJob {
  type: 'job:follow';
  job: string;
}

/** Worker -> page on a JOB_PORT: the brief so far, then the final one (a built-in brief with `fallback` if the engine failed). */
export type JobUpdate = { type: 'job:partial'; brief: Brief } | { type: 'job:done'; brief: Brief } | { type: 'job:unknown' };

export function parseFollowJob(value: unknown): FollowJob | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  return v.type === 'job:follow' && typeof v.job === 'string' && v.job.length < 100 ? { type: 'job:follow', job: v.job } : null;
}

/** Name of the global function the injected content script defines; the worker calls it after injecting. */
export const CONTENT_ENTRY = '__briefExtract' as const;

declare global {
  // eslint-disable-next-line no-var
  var __briefExtract: ((mode: ExtractMode) => ExtractResult) | undefined;
}
