import { afterEach, describe, expect, it, vi } from 'vitest';
import { extensionTransport } from '../../../src/pages/popup/transport.ts';

const g = globalThis as Record<string, unknown>;

function fakeApi() {
  return { runtime: { sendMessage: vi.fn(async (message: unknown) => ({ echo: message })) } };
}

const message = { type: 'brief:get', mode: 'article', fresh: false } as const;

afterEach(() => {
  delete g.browser;
  delete g.chrome;
});

describe('extensionTransport (no polyfill)', () => {
  it("uses Chrome's promise-based chrome.* when there is no browser.*", async () => {
    const chrome = fakeApi();
    g.chrome = chrome;
    await expect(extensionTransport.send(message)).resolves.toEqual({ echo: message });
  });

  it("prefers Firefox's browser.*", async () => {
    const browser = fakeApi();
    const chrome = fakeApi();
    Object.assign(g, { browser, chrome });
    await extensionTransport.send(message);
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith(message);
    expect(chrome.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('fails outside an extension page', () => {
    expect(() => extensionTransport.send(message)).toThrow(/no extension API/);
  });
});
