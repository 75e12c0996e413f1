// The real transport: the active tab of the popup's window, and runtime messaging to the worker.
import browser from 'webextension-polyfill';
import type { Transport } from './request.ts';

export const extensionTransport: Transport = {
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  },
  send: (message) => browser.runtime.sendMessage(message),
};
