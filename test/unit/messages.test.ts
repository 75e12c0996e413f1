import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/shared/messages.ts';

describe('parseRequest', () => {
  it('accepts a well-formed brief request', () => {
    expect(parseRequest({ type: 'brief:get', tabId: 3, mode: 'article' })).toEqual({
      type: 'brief:get', tabId: 3, mode: 'article', fresh: false,
    });
  });
  it('accepts a request without a tab id: the worker takes the active tab', () => {
    const parsed = parseRequest({ type: 'brief:get', mode: 'whole-page', fresh: true });
    expect(parsed).toEqual({ type: 'brief:get', mode: 'whole-page', fresh: true });
    expect(parsed).not.toHaveProperty('tabId');
  });
  it.each([
    null, 42, 'brief:get', {}, { type: 'other' },
    { type: 'brief:get', tabId: '3', mode: 'article' },
    { type: 'brief:get', tabId: -1, mode: 'article' },
    { type: 'brief:get', tabId: 1.5, mode: 'article' },
    { type: 'brief:get', tabId: null, mode: 'article' },
    { type: 'brief:get', mode: 'article', fresh: 1 },
    { type: 'brief:get', tabId: 1, mode: 'everything' },
    { type: 'brief:get', tabId: 1, mode: 'article', fresh: 'yes' },
  ])('rejects %j', (value) => {
    expect(parseRequest(value)).toBeNull();
  });
});
