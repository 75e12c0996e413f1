// The real transport: runtime messaging to the worker. Both browsers' own APIs return promises
// here (Firefox's `browser`, Chrome MV3's `chrome`), so the popup does without
// webextension-polyfill: 10 kB less to load before the request can leave. The popup makes no tab
// lookup of its own: the worker resolves the active tab (see GetBriefRequest.tabId).
import type browser from 'webextension-polyfill';
import type { Transport } from './request.ts';

type ExtensionApi = Pick<typeof browser, 'runtime'>;

/** The page's extension API object (Firefox's `browser`, else Chrome's `chrome`), if any. */
export function extensionGlobal<T>(): T | undefined {
  const g = globalThis as { browser?: T; chrome?: T };
  return g.browser ?? g.chrome;
}

const api = (): ExtensionApi => {
  const found = extensionGlobal<ExtensionApi>();
  if (!found) throw new Error('no extension API in this page');
  return found;
};

export const extensionTransport: Transport = {
  send: (message) => api().runtime.sendMessage(message),
};
