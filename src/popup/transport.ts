// The real transport: the active tab of the popup's window, and runtime messaging to the worker.
// Both browsers' own APIs return promises here (Firefox's `browser`, Chrome MV3's `chrome`), so the
// popup does without webextension-polyfill: 10 kB less to load before the request can leave.
import type browser from 'webextension-polyfill';
import type { Transport } from './request.ts';

type ExtensionApi = Pick<typeof browser, 'tabs' | 'runtime'>;

const api = (): ExtensionApi => {
  const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const found = g.browser ?? g.chrome;
  if (!found) throw new Error('no extension API in this page');
  return found;
};

export const extensionTransport: Transport = {
  async activeTabId() {
    const [tab] = await api().tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  },
  send: (message) => api().runtime.sendMessage(message),
};
