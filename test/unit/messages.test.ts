import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/shared/messages.ts';

describe('parseRequest', () => {
  it('accepts a well-formed brief request', () => {
    expect(parseRequest({ type: 'brief:get', tabId: 3, mode: 'article' })).toEqual({
      type: 'brief:get', tabId: 3, mode: 'article', fresh: false,
    });
  });
  it.each([
    null, 42, 'brief:get', {}, { type: 'other' },
    { type: 'brief:get', tabId: '3', mode: 'article' },
    { type: 'brief:get', tabId: -1, mode: 'article' },
    { type: 'brief:get', tabId: 1.5, mode: 'article' },
    { type: 'brief:get', tabId: 1, mode: 'everything' },
    { type: 'brief:get', tabId: 1, mode: 'article', fresh: 'yes' },
  ])('rejects %j', (value) => {
    expect(parseRequest(value)).toBeNull();
  });
});
