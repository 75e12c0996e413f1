// The store over fake-indexeddb, an in-memory implementation of the IndexedDB spec: the same
// idb calls the worker and the history page make, and the upgrade from a version 1 database.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_DB_VERSION, V1_STORE, openHistoryStore, type HistoryRecordV1, type HistoryStore } from '../../../src/storage/history-store.ts';
import { parseEntry } from '../../../src/storage/history.ts';
import { brief } from './support/briefs.ts';

let clock = 1_000;
const stores: HistoryStore[] = [];

function open(options: Parameters<typeof openHistoryStore>[0] = {}): HistoryStore {
  const store = openHistoryStore({ now: () => clock++, ...options });
  stores.push(store);
  return store;
}

/** Runs `work` on a raw connection at `version` (creating stores in `upgrade`), then closes it. */
function raw(name: string, version: number, upgrade: (db: IDBDatabase, tx: IDBTransaction) => void = () => undefined): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade(request.result, request.transaction!);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  clock = 1_000;
});

afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

const page = (n: number) => brief({ url: `https://news.example/story-${n}`, title: `Story ${n}` });

describe('the history store', () => {
  it('records briefs, lists them newest first, and updates a page briefed again', async () => {
    const store = open();
    expect(await store.record(page(1))).toEqual({ ok: true, dropped: 0, kept: true });
    await store.record(page(2));
    await store.record(brief({ url: 'https://news.example/story-1#section-2', title: 'Story 1, again' }));
    const list = await store.list();
    expect(list.map((e) => [e.key, e.title])).toEqual([
      ['https://news.example/story-1', 'Story 1, again'],
      ['https://news.example/story-2', 'Story 2'],
    ]);
  });

  it('shares its data with every other connection of the origin (worker and pages)', async () => {
    await open().record(page(1));
    expect((await open().list()).map((e) => e.title)).toEqual(['Story 1']);
  });

  it('keeps a fallback only for a page with no entry yet', async () => {
    const store = open();
    const fallback = (url: string) => brief({ url, fallback: { engine: 'A model server', message: 'Connection refused.' } });
    await store.record(brief({ url: 'https://a.example/', engine: 'openai', model: 'llama3.2' }));
    expect(await store.record(fallback('https://a.example/#x'))).toEqual({ ok: true, dropped: 0, kept: false });
    expect(await store.record(fallback('https://b.example/'))).toMatchObject({ ok: true, kept: true });
    expect((await store.list()).map((e) => [e.key, e.engine])).toEqual([['https://b.example/', 'extractive'], ['https://a.example/', 'openai']]);
    expect(await store.record(brief({ partial: true }))).toMatchObject({ ok: true, kept: false });
  });

  it('drops the oldest past its bound, tells the caller how many, and keeps the notice until dismissed', async () => {
    const store = open({ maxEntries: 3 });
    for (let n = 1; n <= 3; n++) expect(await store.record(page(n))).toMatchObject({ dropped: 0 });
    expect(await store.record(page(4))).toEqual({ ok: true, dropped: 1, kept: true });
    await store.record(page(5));
    expect((await store.list()).map((e) => e.title)).toEqual(['Story 5', 'Story 4', 'Story 3']);
    expect(await store.droppedCount()).toBe(2);
    await store.dismissDropped();
    expect(await store.droppedCount()).toBe(0);
  });

  it('searches, deletes one page (by any of its URLs), clears, and exports', async () => {
    const store = open();
    await store.record(page(1));
    await store.record(brief({ url: 'https://news.example/zurich', title: 'Zürich trams return', topics: ['transport'] }));
    expect((await store.search('ZURICH')).map((e) => e.title)).toEqual(['Zürich trams return']);
    expect(JSON.parse(await store.exportJson()).entries).toHaveLength(2);
    expect(await store.exportMarkdown()).toContain('# Zürich trams return');
    await store.remove('https://news.example/zurich#top');
    expect((await store.list()).map((e) => e.title)).toEqual(['Story 1']);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });

  it('skips a corrupt record instead of failing', async () => {
    const store = open();
    await store.record(page(1));
    const db = await raw('brief-history', HISTORY_DB_VERSION);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('entries', 'readwrite');
      tx.objectStore('entries').put({ key: 'https://broken.example/', v: 2, title: 42 });
      tx.objectStore('entries').put({ key: 'https://older.example/', v: 9, madeAt: 5 });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    expect((await store.list()).map((e) => e.title)).toEqual(['Story 1']);
  });
});

describe('a store that fails', () => {
  it('resolves record() to the reason, never throws, when the disk is full', async () => {
    const store = open();
    await store.record(page(1)); // opened and working
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      expect(await store.record(page(2))).toEqual({ ok: false, reason: 'The browser has no room left for history on this device.' });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((await store.list()).map((e) => e.title)).toEqual(['Story 1']);
  });

  it('resolves record() to the reason when the database cannot be opened', async () => {
    (await raw('brief-history', HISTORY_DB_VERSION + 1)).close(); // written by a newer version
    const store = open();
    expect(await store.record(page(1))).toEqual({ ok: false, reason: 'History was written by a newer version of Brief.' });
    await expect(store.list()).rejects.toThrow();
  });

  it('resolves record() to the reason when there is no IndexedDB at all', async () => {
    const saved = globalThis.indexedDB;
    Object.assign(globalThis, { indexedDB: undefined });
    try {
      expect(await open().record(page(1))).toMatchObject({ ok: false, reason: expect.stringMatching(/^History could not be stored: /) });
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('closes its connection for a newer version opening elsewhere, and opens again after', async () => {
    const store = open();
    await store.record(page(1));
    const newer = await raw('brief-history', HISTORY_DB_VERSION + 1); // would wait forever if the store held on
    newer.close();
    expect(await store.record(page(2))).toMatchObject({ ok: false }); // now a newer schema: said, not thrown
  });
});

describe('the upgrade from version 1', () => {
  const v1 = (n: number, time: string, extra: Partial<HistoryRecordV1> = {}): HistoryRecordV1 => ({
    title: `Old story ${n}`,
    url: `https://old.example/${n}`,
    site: 'Old Gazette',
    date: '2024-03-01',
    lede: `Lede ${n}.`,
    points: [`Point ${n}.`],
    topics: ['old'],
    engine: 'extractive',
    time,
    ...extra,
  });

  it('migrates every readable v1 record to one entry per page, skips the corrupt, and drops the old store', async () => {
    const db = await raw('brief-history', 1, (d) => {
      const briefs = d.createObjectStore(V1_STORE, { keyPath: 'id', autoIncrement: true });
      briefs.createIndex('time', 'time');
      briefs.add(v1(1, '2024-03-01T10:00:00.000Z'));
      briefs.add(v1(2, '2024-03-02T10:00:00.000Z', { model: 'llama3.2', engine: 'openai' }));
      // The same page twice, the second time at another anchor: the newer record wins.
      briefs.add(v1(1, '2024-03-03T10:00:00.000Z', { url: 'https://old.example/1#more', title: 'Old story 1, again' }));
      briefs.add({ title: 'no time', url: 'https://old.example/x', lede: '', points: [], topics: [], engine: 'extractive', time: 'soon' });
      briefs.add({ garbage: true });
    });
    db.close();

    const store = open();
    const entries = await store.list();
    expect(entries.map((e) => [e.key, e.title, new Date(e.madeAt).toISOString()])).toEqual([
      ['https://old.example/1', 'Old story 1, again', '2024-03-03T10:00:00.000Z'],
      ['https://old.example/2', 'Old story 2', '2024-03-02T10:00:00.000Z'],
    ]);
    expect(entries[1]).toMatchObject({ v: 2, site: 'Old Gazette', published: '2024-03-01', engine: 'openai', model: 'llama3.2', points: ['Point 2.'] });
    expect(entries.every((e) => parseEntry(e))).toBe(true);
    // The migrated database takes new briefs like any other.
    clock = Date.UTC(2025, 0, 1);
    await store.record(page(9));
    expect((await store.list())[0]?.title).toBe('Story 9');
    store.close();

    const after = await raw('brief-history', HISTORY_DB_VERSION);
    expect([...after.objectStoreNames].sort()).toEqual(['entries', 'meta']);
    expect(after.version).toBe(2);
    after.close();
  });
});

describe('store failures in the UI language', () => {
  it('gives each failure a key of the catalog, with the browser\'s detail as its parameter', async () => {
    const { storeFailureWording } = await import('../../../src/storage/history-store.ts');
    const en = (await import('../../../public/_locales/en/messages.json')).default as Record<string, unknown>;
    const cases = [{ name: 'QuotaExceededError' }, { name: 'VersionError' }, { name: 'UnknownError', message: 'disk' }, new Error('boom')];
    const wordings = cases.map((error) => storeFailureWording(error));
    expect(wordings.map((w) => w.key)).toEqual(['historyStoreFull', 'historyStoreNewer', 'historyStoreUnavailable', 'historyStoreFailed']);
    for (const w of wordings) expect(en).toHaveProperty(w.key);
    expect(wordings[2]?.params).toEqual(['disk']);
    expect(wordings[3]?.params).toEqual(['boom']);
  });
});
