// "Show in page" in the worker: the two requests are parsed like brief:get, reach their handlers
// only from the extension's own pages, and call the content script's entries in the named tab,
// injecting it first where the page has lost it.
import { describe, expect, it, vi } from 'vitest';
import { handleMessage, type HandlerContext } from '../../../src/background/handler.ts';
import { findableInTab, jumpInTab, type LocateDeps } from '../../../src/background/locate.ts';
import { FINDABLE_ENTRY, JUMP_ENTRY, MAX_POINT_CHARS, MAX_POINTS, parseRequest } from '../../../src/shared/messages.ts';

describe('parseRequest for brief:jump and brief:findable', () => {
  it('accepts well-formed requests and copies only their fields', () => {
    expect(parseRequest({ type: 'brief:jump', tabId: 4, text: 'A point.', extra: 1 })).toEqual({ type: 'brief:jump', tabId: 4, text: 'A point.' });
    expect(parseRequest({ type: 'brief:findable', tabId: 4, texts: ['A.', 'B.'] })).toEqual({ type: 'brief:findable', tabId: 4, texts: ['A.', 'B.'] });
    expect(parseRequest({ type: 'brief:findable', tabId: 0, texts: [] })).toEqual({ type: 'brief:findable', tabId: 0, texts: [] });
  });

  it.each([
    { type: 'brief:jump', text: 'No tab.' },
    { type: 'brief:jump', tabId: -1, text: 'A.' },
    { type: 'brief:jump', tabId: 1, text: '' },
    { type: 'brief:jump', tabId: 1, text: 42 },
    { type: 'brief:jump', tabId: 1, text: 'x'.repeat(MAX_POINT_CHARS + 1) },
    { type: 'brief:findable', tabId: 1 },
    { type: 'brief:findable', tabId: 1, texts: 'A.' },
    { type: 'brief:findable', tabId: 1, texts: ['A.', 3] },
    { type: 'brief:findable', tabId: 1, texts: Array.from({ length: MAX_POINTS + 1 }, () => 'A.') },
    { type: 'brief:findable', tabId: '1', texts: ['A.'] },
  ])('rejects %j', (value) => {
    expect(parseRequest(value)).toBeNull();
  });
});

describe('handleMessage for brief:jump and brief:findable', () => {
  const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup/index.html' };
  const base = { extensionId: 'ext-id', extensionBaseUrl: 'chrome-extension://ext-id/', getBrief: vi.fn() };

  it('routes each to its handler', async () => {
    const ctx: HandlerContext = {
      ...base,
      jump: vi.fn(async () => ({ ok: true as const, shown: true })),
      findable: vi.fn(async () => ({ ok: true as const, found: [false] })),
    };
    await expect(handleMessage({ type: 'brief:jump', tabId: 2, text: 'A.' }, popup, ctx)).resolves.toEqual({ ok: true, shown: true });
    await expect(handleMessage({ type: 'brief:findable', tabId: 2, texts: ['A.'] }, popup, ctx)).resolves.toEqual({ ok: true, found: [false] });
    expect(ctx.jump).toHaveBeenCalledWith({ type: 'brief:jump', tabId: 2, text: 'A.' });
    expect(base.getBrief).not.toHaveBeenCalled();
  });

  it('refuses a content script, and answers when no handler is wired or one throws', async () => {
    const jump = vi.fn(async () => ({ ok: true as const, shown: true }));
    const page = { id: 'ext-id', url: 'https://news.example/' };
    await expect(handleMessage({ type: 'brief:jump', tabId: 2, text: 'A.' }, page, { ...base, jump })).resolves.toMatchObject({ ok: false, code: 'bad-input' });
    expect(jump).not.toHaveBeenCalled();
    await expect(handleMessage({ type: 'brief:findable', tabId: 2, texts: ['A.'] }, popup, base)).resolves.toMatchObject({ ok: false, code: 'bad-input' });
    const throwing = { ...base, jump: async () => Promise.reject(new Error('tab gone')) };
    await expect(handleMessage({ type: 'brief:jump', tabId: 2, text: 'A.' }, popup, throwing)).resolves.toMatchObject({ ok: false });
  });
});

describe('the worker\'s calls into the tab', () => {
  function deps(results: unknown[]): LocateDeps & { call: ReturnType<typeof vi.fn>; inject: ReturnType<typeof vi.fn> } {
    return { call: vi.fn(async () => results.shift()), inject: vi.fn(async () => undefined) };
  }

  it('calls the entry in the tab, without injecting when the content script is there', async () => {
    const d = deps([true, [true, false]]);
    await expect(jumpInTab({ type: 'brief:jump', tabId: 9, text: 'A.' }, d)).resolves.toEqual({ ok: true, shown: true });
    await expect(findableInTab({ type: 'brief:findable', tabId: 9, texts: ['A.', 'B.'] }, d)).resolves.toEqual({ ok: true, found: [true, false] });
    expect(d.call.mock.calls).toEqual([
      [9, JUMP_ENTRY, 'A.'],
      [9, FINDABLE_ENTRY, ['A.', 'B.']],
    ]);
    expect(d.inject).not.toHaveBeenCalled();
  });

  it('injects the content script once when the page has lost it, then asks again', async () => {
    const d = deps([undefined, false]);
    await expect(jumpInTab({ type: 'brief:jump', tabId: 9, text: 'A.' }, d)).resolves.toEqual({ ok: true, shown: false });
    expect(d.inject).toHaveBeenCalledExactlyOnceWith(9);
    expect(d.call).toHaveBeenCalledTimes(2);
  });

  it('says the page cannot be reached when it answers nothing, junk, or the call fails', async () => {
    await expect(jumpInTab({ type: 'brief:jump', tabId: 9, text: 'A.' }, deps([undefined, undefined]))).resolves.toMatchObject({ ok: false });
    await expect(findableInTab({ type: 'brief:findable', tabId: 9, texts: ['A.', 'B.'] }, deps([[true]]))).resolves.toMatchObject({ ok: false });
    await expect(findableInTab({ type: 'brief:findable', tabId: 9, texts: ['A.'] }, deps([['yes']]))).resolves.toMatchObject({ ok: false });
    const failing = { call: async () => Promise.reject(new Error('Cannot access contents of the page')), inject: async () => undefined };
    const answer = await jumpInTab({ type: 'brief:jump', tabId: 9, text: 'A.' }, failing);
    expect(answer).toMatchObject({ ok: false, code: 'extraction-failed' });
    expect(answer.ok === false && answer.message).toContain('Cannot access contents of the page');
  });

  it('answers an empty list without touching the tab', async () => {
    const d = deps([]);
    await expect(findableInTab({ type: 'brief:findable', tabId: 9, texts: [] }, d)).resolves.toEqual({ ok: true, found: [] });
    expect(d.call).not.toHaveBeenCalled();
  });
});
