import { describe, expect, it, vi } from 'vitest';
import { WORKER_LOST_MESSAGE, requestBrief, type Transport } from '../../../src/popup/request.ts';
import type { Brief } from '../../../src/core/types.ts';

const brief: Brief = {
  title: 'T', url: 'https://x.example/', lede: 'L.', points: ['a.'], topics: ['t'],
  source: { readingMinutes: 2 }, engine: 'extractive',
};
const answer = { ok: true, brief, cached: false };
const fast = { retryDelayMs: 1 };

function transport(send: Transport['send'], tabId: number | undefined = 5): Transport {
  return { activeTabId: async () => tabId, send };
}

describe('requestBrief', () => {
  it('asks for the active tab with the given mode', async () => {
    const send = vi.fn(async () => answer);
    await expect(requestBrief(transport(send), 'whole-page', true, fast)).resolves.toEqual(answer);
    expect(send).toHaveBeenCalledWith({ type: 'brief:get', tabId: 5, mode: 'whole-page', fresh: true });
  });

  it('retries once when the worker died mid-request', async () => {
    const send = vi
      .fn<Transport['send']>()
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce(answer);
    await expect(requestBrief(transport(send), 'article', false, fast)).resolves.toEqual(answer);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('retries once on an empty answer, then gives a clear error', async () => {
    const send = vi.fn(async () => undefined);
    await expect(requestBrief(transport(send), 'article', false, fast)).resolves.toEqual({
      ok: false, code: 'extraction-failed', message: WORKER_LOST_MESSAGE,
    });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('does not retry a worker that is alive but too slow', async () => {
    const send = vi.fn(() => new Promise<unknown>(() => {}));
    const result = await requestBrief(transport(send), 'article', false, { timeoutMs: 10, retryDelayMs: 1 });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('too long') });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('passes typed errors from the worker through unchanged', async () => {
    const refusal = { ok: false, code: 'restricted-page', message: "Brief can't read this page" };
    await expect(requestBrief(transport(async () => refusal), 'article', false, fast)).resolves.toEqual(refusal);
  });

  it('treats a malformed answer like no answer', async () => {
    const send = vi.fn(async () => ({ ok: true, brief: { title: 'missing everything' } }));
    await expect(requestBrief(transport(send), 'article', false, fast)).resolves.toMatchObject({ ok: false });
  });

  it('says so when there is no active tab', async () => {
    const send = vi.fn(async () => answer);
    const noTab: Transport = { activeTabId: async () => undefined, send };
    const result = await requestBrief(noTab, 'article', false, fast);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('current tab') });
    expect(send).not.toHaveBeenCalled();
  });
});
