import { describe, expect, it, vi } from 'vitest';
import { handleMessage, type HandlerContext } from '../../../src/background/handler.ts';
import type { GetBriefResponse } from '../../../src/shared/messages.ts';

const OK: GetBriefResponse = { ok: false, code: 'not-article', message: 'sentinel answer from getBrief' };

function context(getBrief: HandlerContext['getBrief'] = async () => OK): HandlerContext {
  return { extensionId: 'ext-id', extensionBaseUrl: 'chrome-extension://ext-id/', getBrief };
}

const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup/index.html' };
const request = { type: 'brief:get', tabId: 7, mode: 'article' };

describe('handleMessage', () => {
  it('passes a valid request from the popup to getBrief', async () => {
    const getBrief = vi.fn(async () => OK);
    await expect(handleMessage(request, popup, context(getBrief))).resolves.toEqual(OK);
    expect(getBrief).toHaveBeenCalledWith({ type: 'brief:get', tabId: 7, mode: 'article', fresh: false });
  });

  it('passes a request without a tab id on as one (the worker picks the active tab)', async () => {
    const getBrief = vi.fn(async () => OK);
    await handleMessage({ type: 'brief:get', mode: 'article' }, popup, context(getBrief));
    expect(getBrief).toHaveBeenCalledWith({ type: 'brief:get', mode: 'article', fresh: false });
  });

  it.each([
    ['a content script (same id, page URL)', { id: 'ext-id', url: 'https://evil.example/' }],
    ['another extension', { id: 'other-id', url: 'chrome-extension://other-id/popup.html' }],
    ['a look-alike URL', { id: 'ext-id', url: 'chrome-extension://ext-id.evil/x' }],
    ['a sender without a URL', { id: 'ext-id' }],
  ])('refuses %s without calling getBrief', async (_, sender) => {
    const getBrief = vi.fn(async () => OK);
    const answer = await handleMessage(request, sender, context(getBrief));
    expect(answer).toMatchObject({ ok: false, code: 'bad-input' });
    expect(getBrief).not.toHaveBeenCalled();
  });

  it.each([null, 'brief:get', { type: 'brief:get', tabId: 'x', mode: 'article' }, { type: 'other' }])(
    'answers a malformed message %j with bad-input',
    async (message) => {
      await expect(handleMessage(message, popup, context())).resolves.toMatchObject({ ok: false, code: 'bad-input' });
    },
  );

  it('still answers when getBrief throws', async () => {
    const answer = await handleMessage(request, popup, context(async () => Promise.reject(new Error('boom'))));
    expect(answer).toMatchObject({ ok: false, code: 'extraction-failed' });
    expect(answer.ok === false && answer.message).toContain('boom');
  });
});
