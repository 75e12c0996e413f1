// Asks the background worker for the active tab's brief. MV3 may stop the worker at any time; a
// request that dies with it (port closed, no receiver, empty answer) is retried once.
import type { ExtractMode, GetBriefRequest, GetBriefResponse } from '../shared/messages.ts';
import { isBrief, isErrorCode } from '../background/validate.ts';

export interface Transport {
  activeTabId(): Promise<number | undefined>;
  send(message: GetBriefRequest): Promise<unknown>;
}

export interface RequestOptions {
  /** A worker that is alive but silent this long is not retried (it may still be working). */
  timeoutMs?: number;
  retryDelayMs?: number;
}

export const WORKER_LOST_MESSAGE = "Brief's background worker stopped before it answered. Close this popup and try again.";

class Timeout extends Error {}

function isResponse(value: unknown): value is GetBriefResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.ok === true) return isBrief(v.brief);
  return v.ok === false && isErrorCode(v.code) && typeof v.message === 'string';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const failure = (message: string): GetBriefResponse => ({ ok: false, code: 'extraction-failed', message });

export async function requestBrief(
  transport: Transport,
  mode: ExtractMode,
  fresh = false,
  { timeoutMs = 30_000, retryDelayMs = 150 }: RequestOptions = {},
): Promise<GetBriefResponse> {
  let tabId: number | undefined;
  try {
    tabId = await transport.activeTabId();
  } catch {
    tabId = undefined;
  }
  if (tabId === undefined) return failure("Brief couldn't find the current tab.");
  const message: GetBriefRequest = { type: 'brief:get', tabId, mode, fresh };
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
    try {
      const response = await withTimeout(transport.send(message), timeoutMs);
      if (isResponse(response)) return response;
    } catch (error) {
      if (error instanceof Timeout) return failure('Brief took too long to read this page.');
    }
  }
  return failure(WORKER_LOST_MESSAGE);
}
