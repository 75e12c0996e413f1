import { afterEach, describe, expect, it, vi } from 'vitest';
import { extensionTransport } from '../../../src/popup/transport.ts';

const g = globalThis as Record<string, unknown>;

function fakeApi(tabId: number | undefined) {
  return {
    tabs: { query: vi.fn(async () => (tabId === undefined ? [] : [{ id: tabId }])) },
    runtime: { sendMessage: vi.fn(async (message: unknown) => ({ echo: message })) },
  };
}

afterEach(() => {
  delete g.browser;
  delete g.chrome;
});

describe('extensionTransport (no polyfill)', () => {
  it("uses Chrome's promise-based chrome.* when there is no browser.*", async () => {
    const chrome = fakeApi(7);
    g.chrome = chrome;
    await expect(extensionTransport.activeTabId()).resolves.toBe(7);
    expect(chrome.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    const message = { type: 'brief:get', tabId: 7, mode: 'article', fresh: false } as const;
    await expect(extensionTransport.send(message)).resolves.toEqual({ echo: message });
  });

  it("prefers Firefox's browser.* and reports a window without an active tab", async () => {
    const browser = fakeApi(undefined);
    const chrome = fakeApi(1);
    Object.assign(g, { browser, chrome });
    await expect(extensionTransport.activeTabId()).resolves.toBeUndefined();
    expect(chrome.tabs.query).not.toHaveBeenCalled();
  });

  it('fails (and requestBrief turns that into a message) outside an extension page', async () => {
    await expect(extensionTransport.activeTabId()).rejects.toThrow(/no extension API/);
  });
});
