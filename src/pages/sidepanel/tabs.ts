// The side panel's view of the browser: its window's active tab, and the events that change it.
// Passed in as one small interface so the panel's logic is tested without a browser.
import { extensionGlobal } from '../popup/transport.ts';
import { PANEL_PORT, PANEL_SHOW } from '../../shared/messages.ts';

export interface PanelBrowser {
  /** The active tab of the panel's window. */
  activeTab(): Promise<number | undefined>;
  /** Calls back with the tab to show whenever the user switches tabs or the tab loads a page, or a click briefed it. */
  onShow(listener: (tabId: number) => void): void;
  /** Whether Brief may read every site (the optional host permission), and asking for it. */
  canReadAll(): Promise<boolean>;
  askReadAll(): Promise<boolean>;
}

interface Api {
  windows: { getCurrent(): Promise<{ id?: number }> };
  tabs: {
    query(q: { active: boolean; windowId?: number }): Promise<{ id?: number }[]>;
    onActivated: { addListener(l: (info: { tabId: number; windowId: number }) => void): void };
    onUpdated: { addListener(l: (tabId: number, change: { status?: string }) => void): void };
  };
  runtime: {
    onMessage: { addListener(l: (message: unknown) => void): void };
    connect(info: { name: string }): { postMessage(m: unknown): void };
  };
  permissions: { contains(p: { origins: string[] }): Promise<boolean>; request(p: { origins: string[] }): Promise<boolean> };
}

export const ALL_SITES = ['http://*/*', 'https://*/*'];


export function browserPanel(): PanelBrowser {
  const api = extensionGlobal<Api>() as Api;
  const windowId = api.windows.getCurrent().then((w) => w.id);
  let current: number | undefined;
  // While the panel is open the worker stays awake, so a toolbar click knows to open the panel.
  const port = api.runtime.connect({ name: PANEL_PORT });
  setInterval(() => port.postMessage({ type: 'panel:ping' }), 20_000);
  return {
    async activeTab() {
      const [tab] = await api.tabs.query({ active: true, windowId: await windowId });
      current = tab?.id;
      return current;
    },
    onShow(listener) {
      api.tabs.onActivated.addListener((info) => {
        void windowId.then((id) => {
          if (id !== undefined && info.windowId !== id) return;
          current = info.tabId;
          listener(info.tabId);
        });
      });
      api.tabs.onUpdated.addListener((tabId, change) => {
        if (tabId === current && change.status === 'complete') listener(tabId);
      });
      api.runtime.onMessage.addListener((message) => {
        const m = message as { type?: unknown; tabId?: unknown } | null;
        if (m?.type === PANEL_SHOW && typeof m.tabId === 'number' && m.tabId === current) listener(m.tabId);
      });
    },
    canReadAll: () => api.permissions.contains({ origins: ALL_SITES }).catch(() => false),
    // Called straight from the checkbox's click: permissions.request needs the user's gesture.
    askReadAll: () => api.permissions.request({ origins: ALL_SITES }).catch(() => false),
  };
}
