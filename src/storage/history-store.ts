// History on this device, in IndexedDB through idb. The worker records briefs; the history and
// options pages read, search, delete and export them: all share the extension's origin, so they
// share this database. record() never throws (a full disk or a broken store never costs a brief,
// the caller shows it regardless); the page's reads do throw, so the page can say what failed.
//
// Schema 2 (current): `entries`, keyed by the URL without its #hash, indexed by `madeAt` (ms);
// `meta` holds how many old briefs the bound dropped and the page has not yet told of.
// Schema 1 (the first cut): `briefs`, an autoincrement id, `time` an ISO string, no URL key, so
// one page could appear many times. Opening a version 1 database migrates it in its upgrade.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Brief, Wording } from '../core/types.ts';
import {
  DEFAULT_MAX_ENTRIES,
  HISTORY_SCHEMA_VERSION,
  exportJson,
  exportMarkdown,
  newestFirst,
  nextEntry,
  overflow,
  parseEntry,
  searchEntries,
  urlKey,
  type HistoryEntry,
} from './history.ts';

export const HISTORY_DB_NAME = 'brief-history';
/** The IndexedDB version of the current schema. */
export const HISTORY_DB_VERSION = HISTORY_SCHEMA_VERSION;
/** Pages listen here for "history changed" (a brief recorded by the worker, a delete in another tab). */
export const HISTORY_CHANNEL = 'brief-history';

/** What the bound dropped, until the page has shown it. */
interface DroppedNotice {
  key: 'dropped';
  count: number;
  at: number;
}

interface HistoryDB extends DBSchema {
  entries: { key: string; value: HistoryEntry; indexes: { madeAt: number } };
  meta: { key: string; value: DroppedNotice };
}

/** A version 1 record, as the first schema stored it (used only to migrate). */
export interface HistoryRecordV1 {
  id?: number;
  title: string;
  url: string;
  site?: string;
  date?: string;
  lede: string;
  points: string[];
  topics: string[];
  engine: string;
  model?: string;
  readingMinutes?: number;
  /** ISO 8601 date-time the brief was made. */
  time: string;
}

export const V1_STORE = 'briefs';

/** A version 1 record as a current entry; undefined for a record that is not one. */
export function migrateV1Record(value: unknown): HistoryEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Partial<Record<keyof HistoryRecordV1, unknown>>;
  const madeAt = typeof r.time === 'string' ? Date.parse(r.time) : NaN;
  if (typeof r.url !== 'string') return undefined;
  return parseEntry({
    v: HISTORY_SCHEMA_VERSION,
    key: urlKey(r.url),
    madeAt,
    title: r.title,
    url: r.url,
    site: r.site || undefined,
    published: r.date || undefined,
    readingMinutes: typeof r.readingMinutes === 'number' ? r.readingMinutes : 0,
    lede: r.lede,
    points: r.points,
    topics: r.topics,
    engine: r.engine,
    model: r.model || undefined,
  });
}

type UpgradeTx = IDBPTransaction<HistoryDB, StoreNames<HistoryDB>[], 'versionchange'>;

/**
 * Schema 1 → 2: every readable record becomes an entry, one per page (the newest of a page's
 * records wins); unreadable ones are left behind with the old store.
 */
async function migrateFromV1(db: IDBPDatabase<HistoryDB>, tx: UpgradeTx): Promise<void> {
  const raw = db as unknown as IDBPDatabase;
  if (!raw.objectStoreNames.contains(V1_STORE)) return;
  const old = (tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>).objectStore(V1_STORE);
  const newest = new Map<string, HistoryEntry>();
  for (const record of await old.getAll()) {
    const entry = migrateV1Record(record);
    const seen = entry && newest.get(entry.key);
    if (entry && (!seen || entry.madeAt > seen.madeAt)) newest.set(entry.key, entry);
  }
  const entries = tx.objectStore('entries');
  await Promise.all([...newest.values()].map((e) => entries.put(e)));
  raw.deleteObjectStore(V1_STORE);
}

function upgrade(db: IDBPDatabase<HistoryDB>, oldVersion: number, _new: number | null, tx: UpgradeTx): void {
  if (oldVersion < 2) {
    const entries = db.createObjectStore('entries', { keyPath: 'key' });
    entries.createIndex('madeAt', 'madeAt');
    db.createObjectStore('meta', { keyPath: 'key' });
  }
  // A migration that fails leaves the old store where it was: nothing is deleted unread.
  if (oldVersion === 1) void migrateFromV1(db, tx).catch(() => undefined);
}

export type RecordResult = { ok: true; dropped: number; kept: boolean } | { ok: false; reason: string };

export interface HistoryStoreOptions {
  name?: string;
  maxEntries?: number;
  /** The clock, for tests. */
  now?: () => number;
}

export interface HistoryStore {
  /** Keeps a finished brief (or updates its page's entry). Never throws. */
  record(brief: Brief): Promise<RecordResult>;
  /** Every readable entry, newest first; corrupt records are skipped. */
  list(): Promise<HistoryEntry[]>;
  search(query: string): Promise<HistoryEntry[]>;
  /** Deletes the entry of a page (its key, or any URL of the page). */
  remove(keyOrUrl: string): Promise<void>;
  clear(): Promise<void>;
  exportMarkdown(): Promise<string>;
  exportJson(): Promise<string>;
  /** How many old briefs the bound dropped since the page last dismissed the notice. */
  droppedCount(): Promise<number>;
  dismissDropped(): Promise<void>;
  close(): void;
}

/** A storage error in plain words: what the user can do about a full disk differs from a bug. */
/** The same failure as a UI key and its parameters, for the history page in its language. */
export function storeFailureWording(error: unknown): Wording {
  const { name = '', message = String(error) } = typeof error === 'object' && error !== null ? (error as { name?: string; message?: string }) : {};
  if (name === 'QuotaExceededError') return { key: 'historyStoreFull', params: [] };
  if (name === 'VersionError') return { key: 'historyStoreNewer', params: [] };
  if (name === 'InvalidStateError' || name === 'UnknownError') return { key: 'historyStoreUnavailable', params: [message || name] };
  return { key: 'historyStoreFailed', params: [message || name || 'unknown error'] };
}

export function storeFailure(error: unknown): string {
  const { name = '', message = String(error) } = typeof error === 'object' && error !== null ? (error as { name?: string; message?: string }) : {};
  if (name === 'QuotaExceededError') return 'The browser has no room left for history on this device.';
  if (name === 'VersionError') return 'History was written by a newer version of Brief.';
  if (name === 'InvalidStateError' || name === 'UnknownError') return `The browser's storage is not available (${message || name}).`;
  return `History could not be stored: ${message || name || 'unknown error'}.`;
}

function announce(): void {
  if (typeof BroadcastChannel !== 'function') return;
  try {
    const channel = new BroadcastChannel(HISTORY_CHANNEL);
    channel.postMessage('changed');
    channel.close();
  } catch {
    // No listener is the usual case; a page opened later reads the store anyway.
  }
}

export function openHistoryStore({ name = HISTORY_DB_NAME, maxEntries = DEFAULT_MAX_ENTRIES, now = Date.now }: HistoryStoreOptions = {}): HistoryStore {
  let opening: Promise<IDBPDatabase<HistoryDB>> | undefined;
  const forget = () => {
    opening = undefined;
  };
  // One connection, opened on first use; closed for a newer version opening elsewhere, and
  // opened again at the next call.
  const db = (): Promise<IDBPDatabase<HistoryDB>> => {
    opening ??= openDB<HistoryDB>(name, HISTORY_DB_VERSION, {
      upgrade,
      blocking() {
        void opening?.then((d) => d.close());
        forget();
      },
      terminated: forget,
    }).catch((error: unknown) => {
      forget();
      throw error;
    });
    return opening;
  };

  const list = async (): Promise<HistoryEntry[]> => {
    // The whole store, not the index: a record without a valid madeAt is in no index.
    const all: unknown[] = await (await db()).getAll('entries');
    return all.map(parseEntry).filter((e): e is HistoryEntry => e !== undefined).sort(newestFirst);
  };

  const record = async (brief: Brief): Promise<RecordResult> => {
    try {
      const tx = (await db()).transaction(['entries', 'meta'], 'readwrite');
      const entries = tx.objectStore('entries');
      const existing = parseEntry(await entries.get(urlKey(brief.url)));
      const entry = nextEntry(existing, brief, now());
      if (!entry) {
        await tx.done;
        return { ok: true, dropped: 0, kept: false };
      }
      await entries.put(entry);
      const dropped = overflow(await entries.count(), maxEntries);
      if (dropped > 0) {
        let left = dropped;
        let cursor = await entries.index('madeAt').openCursor();
        while (cursor && left > 0) {
          await cursor.delete();
          left--;
          cursor = await cursor.continue();
        }
        const meta = tx.objectStore('meta');
        const notice = await meta.get('dropped');
        await meta.put({ key: 'dropped', count: (notice?.count ?? 0) + dropped, at: now() });
      }
      await tx.done;
      announce();
      return { ok: true, dropped, kept: true };
    } catch (error) {
      return { ok: false, reason: storeFailure(error) };
    }
  };

  const changed = async <T>(work: Promise<T>): Promise<T> => {
    const value = await work;
    announce();
    return value;
  };

  return {
    record,
    list,
    search: async (query) => searchEntries(await list(), query),
    remove: async (keyOrUrl) => changed((await db()).delete('entries', urlKey(keyOrUrl))),
    clear: async () => {
      const tx = (await db()).transaction(['entries', 'meta'], 'readwrite');
      await Promise.all([tx.objectStore('entries').clear(), tx.objectStore('meta').clear(), tx.done]);
      announce();
    },
    exportMarkdown: async () => exportMarkdown(await list(), now()),
    exportJson: async () => exportJson(await list(), now()),
    droppedCount: async () => (await (await db()).get('meta', 'dropped'))?.count ?? 0,
    dismissDropped: async () => (await db()).delete('meta', 'dropped'),
    close: () => {
      void opening?.then((d) => d.close(), () => undefined);
      forget();
    },
  };
}
