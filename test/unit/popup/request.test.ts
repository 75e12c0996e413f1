import { describe, expect, it, vi } from 'vitest';
import { requestBrief, type Transport } from '../../../src/pages/popup/request.ts';
import './dom.ts'; // installs the English catalog

const WORKER_LOST_MESSAGE = "Brief's background worker stopped before it answered. Close this popup and try again.";
import type { Brief } from '../../../src/core/types.ts';
import type { GetBriefRequest } from '../../../src/shared/messages.ts';

const brief: Brief = {
  title: 'T', url: 'https://x.example/', lede: 'L.', points: ['a.'], topics: ['t'],
  source: { readingMinutes: 2 }, engine: 'extractive',
};
const answer = { ok: true, brief, cached: false, tabId: 5 };
const fast = { retryDelayMs: 1 };
const article: GetBriefRequest = { type: 'brief:get', mode: 'article', fresh: false };

const transport = (send: Transport['send']): Transport => ({ send });

describe('requestBrief', () => {
  it('sends the request as given and returns the answer', async () => {
    const send = vi.fn(async () => answer);
    const message: GetBriefRequest = { type: 'brief:get', tabId: 5, mode: 'whole-page', fresh: true };
    await expect(requestBrief(transport(send), message, fast)).resolves.toEqual(answer);
    expect(send).toHaveBeenCalledWith(message);
  });

  it('retries once when the worker died mid-request', async () => {
    const send = vi
      .fn<Transport['send']>()
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce(answer);
    await expect(requestBrief(transport(send), article, fast)).resolves.toEqual(answer);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('retries once on an empty answer, then gives a clear error', async () => {
    const send = vi.fn(async () => undefined);
    await expect(requestBrief(transport(send), article, fast)).resolves.toEqual({
      ok: false, code: 'extraction-failed', message: WORKER_LOST_MESSAGE,
    });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('does not retry a worker that is alive but too slow', async () => {
    const send = vi.fn(() => new Promise<unknown>(() => {}));
    const result = await requestBrief(transport(send), article, { timeoutMs: 10, retryDelayMs: 1 });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('too long') });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('passes typed errors from the worker through unchanged', async () => {
    const refusal = { ok: false, code: 'restricted-page', message: "Brief can't read this page", tabId: 2 };
    await expect(requestBrief(transport(async () => refusal), article, fast)).resolves.toEqual(refusal);
  });

  it.each([
    ['a brief missing its fields', { ok: true, brief: { title: 'missing everything' } }],
    ['a bad tab id', { ...answer, tabId: -3 }],
  ])('treats a malformed answer (%s) like no answer', async (_, malformed) => {
    const send = vi.fn(async () => malformed);
    await expect(requestBrief(transport(send), article, fast)).resolves.toMatchObject({ ok: false });
    expect(send).toHaveBeenCalledTimes(2);
  });
});

describe('requestBrief with a first attempt already sent', () => {
  it('uses its answer and sends nothing', async () => {
    const send = vi.fn(async () => answer);
    await expect(requestBrief(transport(send), article, { ...fast, sent: Promise.resolve(answer) })).resolves.toEqual(answer);
    expect(send).not.toHaveBeenCalled();
  });

  it('counts it as the first attempt: a lost worker is retried once by sending', async () => {
    const send = vi.fn(async () => answer);
    const lost = Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(requestBrief(transport(send), article, { ...fast, sent: lost })).resolves.toEqual(answer);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(article);
  });

  it('gives up after the one retry', async () => {
    const send = vi.fn(async () => undefined);
    const result = await requestBrief(transport(send), article, { ...fast, sent: Promise.resolve(undefined) });
    expect(result).toMatchObject({ ok: false, message: WORKER_LOST_MESSAGE });
    expect(send).toHaveBeenCalledTimes(1);
  });
});
