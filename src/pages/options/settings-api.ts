// What the options page needs from the browser, as one small interface (tests pass their own):
// storage.local for the settings, permissions for the endpoint's origin, fetch for the test.
import { parseSettings, SETTING_KEYS, type Settings } from '../../storage/settings.ts';
import { extensionGlobal } from '../popup/transport.ts';
import { chromeAiOf, type ChromeAi } from '../../engines/chrome-ai/api.ts';

export interface SettingsApi {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  /** Asks for access to `origin` (must run inside the click's handler); true when granted. */
  requestOrigin(origin: string): Promise<boolean>;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  /** Chrome's built-in AI in this page, where the browser has it. */
  chromeAi: ChromeAi;
  /** Saves the historyPaused setting alone, at once. */
  saveHistoryPaused(paused: boolean): Promise<void>;
  /** The history page's URL. */
  historyUrl: string;
}

interface Api {
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  permissions: { request(p: { origins: string[] }): Promise<boolean>; contains(p: { origins: string[] }): Promise<boolean> };
  runtime: { getURL(path: string): string };
}

/** The match pattern for a server's origin: host permissions ignore the port. */
export function originPattern(baseUrl: string): string | undefined {
  try {
    const url = new URL(baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? `${url.protocol}//${url.hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}

export function browserSettingsApi(): SettingsApi {
  const api = extensionGlobal<Api>();
  return {
    load: async () => parseSettings(api ? await api.storage.local.get([...SETTING_KEYS]) : undefined),
    save: async (settings) => {
      if (!api) throw new Error('This page is not running inside the extension.');
      await api.storage.local.set({ engine: settings.engine, openai: settings.openai });
    },
    requestOrigin: async (pattern) => {
      if (!api) return false;
      // permissions.request must be the first call of the click (Firefox drops the gesture after an await).
      return api.permissions.request({ origins: [pattern] });
    },
    fetch: (url, init) => fetch(url, init),
    chromeAi: chromeAiOf(),
    saveHistoryPaused: async (paused) => {
      if (!api) throw new Error('This page is not running inside the extension.');
      await api.storage.local.set({ historyPaused: paused });
    },
    historyUrl: api ? api.runtime.getURL('history/index.html') : '../history/index.html',
  };
}
