import { describe, expect, it, vi } from 'vitest';
import { FIRST_REQUEST, parkFirstRequest, takeFirstRequest } from '../../../src/pages/popup/first-request.ts';
import { parseRequest } from '../../../src/shared/messages.ts';

describe('the first request, parked by early.js', () => {
  it('is a valid request for the active tab (no tab id), in article mode, cache allowed', () => {
    expect(parseRequest(FIRST_REQUEST)).toEqual({ type: 'brief:get', mode: 'article', fresh: false });
  });

  it('is sent at once and handed over exactly once', async () => {
    const global = {};
    const send = vi.fn(async () => 'answer');
    parkFirstRequest({ send }, global);
    expect(send).toHaveBeenCalledWith(FIRST_REQUEST);
    await expect(takeFirstRequest(global)).resolves.toBe('answer');
    expect(takeFirstRequest(global)).toBeUndefined();
  });

  it('parks nothing when there is no extension API, so the popup sends its own', () => {
    const global = {};
    parkFirstRequest({ send: () => { throw new Error('no extension API in this page'); } }, global);
    expect(takeFirstRequest(global)).toBeUndefined();
  });

  it('keeps a failure while parked from being reported as unhandled, and still hands it over', async () => {
    const global = {};
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      parkFirstRequest({ send: () => Promise.reject(new Error('Receiving end does not exist.')) }, global);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(takeFirstRequest(global)).rejects.toThrow(/Receiving end/);
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
