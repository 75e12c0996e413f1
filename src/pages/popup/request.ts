// Asks the background worker for a tab's brief. MV3 may stop the worker at any time; a request
// that dies with it (port closed, no receiver, empty answer) is retried once.
import { isTabId, type GetBriefRequest, type GetBriefResponse, type Request } from '../../shared/messages.ts';
import { isArticle, isBrief, isErrorCode } from '../../shared/validate.ts';
import { t } from '../../shared/i18n.ts';

export interface Transport {
  send(message: Request): Promise<unknown>;
}

export interface RequestOptions {
  /** A worker that is alive but silent this long is not retried (it may still be working). */
  timeoutMs?: number;
  retryDelayMs?: number;
  /** The first attempt, already sent (by early.js, see first-request.ts): only a retry is sent here. */
  sent?: Promise<unknown>;
}

/** Said when the worker stopped before it answered (a function: the UI language is known at run time). */
export const workerLostMessage = (): string => t('workerLost');

class Timeout extends Error {}

function isResponse(value: unknown): value is GetBriefResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.tabId !== undefined && !isTabId(v.tabId)) return false;
  if (v.ok === true) return isBrief(v.brief) && (v.job === undefined || typeof v.job === 'string') && (v.article === undefined || isArticle(v.article));
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
  message: GetBriefRequest,
  { timeoutMs = 30_000, retryDelayMs = 150, sent }: RequestOptions = {},
): Promise<GetBriefResponse> {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
    try {
      const pending = attempt === 0 && sent ? sent : transport.send(message);
      const response = await withTimeout(pending, timeoutMs);
      if (isResponse(response)) return response;
    } catch (error) {
      if (error instanceof Timeout) return failure('Brief took too long to read this page.');
    }
  }
  return failure(workerLostMessage());
}
