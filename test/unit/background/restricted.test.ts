import { describe, expect, it } from 'vitest';
import { isAccessError, isRestrictedUrl } from '../../../src/background/restricted.ts';

describe('isRestrictedUrl', () => {
  it.each([
    'chrome://version/',
    'chrome://newtab',
    'edge://settings',
    'about:blank',
    'about:addons',
    'view-source:https://example.com/',
    'chrome-extension://abcdefghijklmnop/popup/index.html',
    'moz-extension://0000-1111/popup/index.html',
    'https://chromewebstore.google.com/detail/some-ext/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/addon/x/',
    'https://example.com/papers/report.PDF',
    'https://example.com/a.pdf?download=1',
  ])('refuses %s', (url) => {
    expect(isRestrictedUrl(url)).toBe(true);
  });

  it.each([
    'https://example.com/news/story.html',
    'http://127.0.0.1:8080/seed-article.html',
    'https://chrome.google.com/search-results',
    'https://example.com/pdf-tips',
    'file:///home/me/article.html',
  ])('allows %s', (url) => {
    expect(isRestrictedUrl(url)).toBe(false);
  });

  it('leaves unknown or unparsable URLs to the injection', () => {
    expect(isRestrictedUrl(undefined)).toBe(false);
    expect(isRestrictedUrl('not a url')).toBe(false);
  });
});

describe('isAccessError', () => {
  it.each([
    'Cannot access a chrome:// URL',
    'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
    'Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.',
    'The extensions gallery cannot be scripted.',
    'Missing host permission for the tab',
    'Frame with ID 0 is showing error page',
  ])('recognises the browser refusing access: %s', (message) => {
    expect(isAccessError(message)).toBe(true);
  });

  it.each(["Cannot access 'x' before initialization", 'No tab with id: 12.', 'Cannot read properties of null'])(
    'does not mistake a bug for a refusal: %s',
    (message) => {
      expect(isAccessError(message)).toBe(false);
    },
  );
});
