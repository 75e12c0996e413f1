// What the history page needs from the browser, as one small interface (tests pass their own):
// the shared history store, the clipboard, a download, the pause setting and change notices.
import { renderHtml, renderMarkdown } from '../../core/render/render.ts';
import { briefOfEntry, type HistoryEntry } from '../../storage/history.ts';
import { HISTORY_CHANNEL, openHistoryStore } from '../../storage/history-store.ts';
import { parseSettings } from '../../storage/settings.ts';
import { copyBrief } from '../popup/copy.ts';
import { extensionGlobal } from '../popup/transport.ts';
import { downloadText } from './download.ts';

export interface HistoryPageApi {
  list(): Promise<HistoryEntry[]>;
  remove(key: string): Promise<void>;
  clear(): Promise<void>;
  droppedCount(): Promise<number>;
  dismissDropped(): Promise<void>;
  /** Copies the brief as Markdown and HTML; must be called inside the click. True when copied. */
  copy(entry: HistoryEntry): Promise<boolean>;
  download(fileName: string, text: string, type: string): void;
  /** The historyPaused setting. */
  paused(): Promise<boolean>;
  /** Calls `listener` when history changes in another context (the worker kept a brief); returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  now(): number;
}

interface StorageApi {
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
}

export function browserHistoryApi(): HistoryPageApi {
  const store = openHistoryStore();
  return {
    list: () => store.list(),
    remove: (key) => store.remove(key),
    clear: () => store.clear(),
    droppedCount: () => store.droppedCount(),
    dismissDropped: () => store.dismissDropped(),
    copy: (entry) => {
      const brief = briefOfEntry(entry);
      return copyBrief({ text: renderMarkdown(brief), html: renderHtml(brief) });
    },
    download: (fileName, text, type) => downloadText(fileName, text, type),
    paused: async () => {
      const api = extensionGlobal<StorageApi>();
      return api ? parseSettings(await api.storage.local.get(['historyPaused'])).historyPaused : false;
    },
    onChange: (listener) => {
      if (typeof BroadcastChannel !== 'function') return () => undefined;
      const channel = new BroadcastChannel(HISTORY_CHANNEL);
      channel.onmessage = () => listener();
      return () => channel.close();
    },
    now: () => Date.now(),
  };
}
