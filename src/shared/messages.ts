// The one message protocol between popup, background worker and content script.
// Every message is a plain object with a `type`; every request gets exactly one response.
import type { Article, Brief, BriefErrorCode } from '../core/types.ts';

/** How the content script should read the page. */
export type ExtractMode =
  /** Readability's article; returns `not-article` when the page does not look like one. */
  | 'article'
  /** The user asked for "Brief anyway": the page's whole visible text. */
  | 'whole-page'
  /** "Brief selected text" from the context menu: the selection, with the page's headline. */
  | 'selection';

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
  /**
   * "panel": the side panel asks for the tab it shows, which no click may have granted: a
   * refusal there means "not granted yet", not "a page no extension may read".
   */
  from?: 'panel';
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

/** What any request gets instead of its answer when it is refused, malformed or fails. */
export interface RequestFailure {
  ok: false;
  code: BriefErrorCode;
  message: string;
}

/** Popup -> worker: scroll the tab to a point of a built-in brief and highlight it ("Show in page"). */
export interface JumpRequest {
  type: 'brief:jump';
  tabId: number;
  /** The point, as the brief has it. */
  text: string;
}

/** `shown: false`: the page no longer shows that sentence. */
export type JumpResponse = { ok: true; shown: boolean } | RequestFailure;

/** Popup -> worker: which of these points the tab still shows, so only those get a jump control. */
export interface FindableRequest {
  type: 'brief:findable';
  tabId: number;
  texts: string[];
}

/** One answer per text, in order. */
export type FindableResponse = { ok: true; found: boolean[] } | RequestFailure;

export type Request = GetBriefRequest | JumpRequest | FindableRequest;
export type Response = GetBriefResponse | JumpResponse | FindableResponse;

/** Bounds on what a jump request may carry: a point is one or two sentences, a brief has three. */
export const MAX_POINT_CHARS = 10_000;
export const MAX_POINTS = 10;

const isPointText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_POINT_CHARS;

export function isTabId(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Narrow an unknown value (anything can arrive on a message port) to a valid request. */
export function parseRequest(value: unknown): Request | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.type === 'brief:get') {
    if (v.tabId !== undefined && !isTabId(v.tabId)) return null;
    if (v.mode !== 'article' && v.mode !== 'whole-page' && v.mode !== 'selection') return null;
    if (v.fresh !== undefined && typeof v.fresh !== 'boolean') return null;
    if (v.from !== undefined && v.from !== 'panel') return null;
    const request: GetBriefRequest = { type: 'brief:get', mode: v.mode, fresh: v.fresh === true };
    if (v.from === 'panel') request.from = 'panel';
    if (v.tabId !== undefined) request.tabId = v.tabId;
    return request;
  }
  if (v.type === 'brief:jump') {
    return isTabId(v.tabId) && isPointText(v.text) ? { type: 'brief:jump', tabId: v.tabId, text: v.text } : null;
  }
  if (v.type === 'brief:findable') {
    const texts = v.texts;
    if (!isTabId(v.tabId) || !Array.isArray(texts) || texts.length > MAX_POINTS || !texts.every(isPointText)) return null;
    return { type: 'brief:findable', tabId: v.tabId, texts: [...texts] };
  }
  return null;
}

/** The side panel's port to the worker: open while the panel is, it keeps the worker awake. */
export const PANEL_PORT = 'brief:panel';
/** Worker -> side panel (a runtime message): a click, the shortcut or the menu briefed this tab. */
export const PANEL_SHOW = 'panel:show';

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
/** The same content script's "Show in page": scroll to a point and highlight it; false when it is not on the page. */
export const JUMP_ENTRY = '__briefJump' as const;
/** And which of several points the page shows. */
export const FINDABLE_ENTRY = '__briefFindable' as const;

declare global {
  // eslint-disable-next-line no-var
  var __briefExtract: ((mode: ExtractMode) => ExtractResult) | undefined;
  // eslint-disable-next-line no-var
  var __briefJump: ((text: string) => boolean) | undefined;
  // eslint-disable-next-line no-var
  var __briefFindable: ((texts: string[]) => boolean[]) | undefined;
}
