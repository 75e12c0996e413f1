// History: the history page's search (searchEntries, as the page calls it on every keystroke)
// over 10,000 kept briefs, and the store itself on fake-indexeddb in Node. The briefs are real:
// Brief's own briefs of the val.jsonl articles (headline: the first sentence of the reference
// summary, which CNN/DailyMail rows lack), repeated with varied URLs, sites and times to 10,000.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { summarizeArticle } from '../../src/core/index.ts';
import { rowToArticle } from '../../src/eval/article.ts';
import { parseJsonl } from '../../src/eval/dataset.ts';
import { entryFromBrief, prepareSearch, searchEntries, type HistoryEntry } from '../../src/storage/history.ts';
import { openHistoryStore } from '../../src/storage/history-store.ts';
import type { Brief } from '../../src/core/types.ts';
import { collectGarbage } from './gc.ts';
import { VAL_PATH } from './paths.ts';

export const HISTORY_BRIEFS = 10_000;
const SITES = ['CNN', 'Daily Mail', 'BBC News', 'Le Monde', 'Süddeutsche Zeitung', 'El País'];

export interface HistoryBenchFigures {
  entries: number;
  queries: number;
  runs: number;
  /** Every query's time once the entries' folded text is built (typing), ms. */
  searchMs: number[];
  /** Folding every entry's text once (prepareSearch, which the page runs just after loading), ms. */
  prepareMs: number;
  /** Matches per query, to show the queries are realistic (some narrow, some wide, one empty). */
  matches: number[];
  store?: { records: number; maxEntries: number; recordMs: number[]; listMs: number; listed: number; storeSearchMs: number };
}

/** Brief's briefs of the val.jsonl articles, with a headline each. */
export function valBriefs(path = VAL_PATH): Brief[] {
  return parseJsonl(readFileSync(path, 'utf8')).map((row) => {
    const title = (row.references[0] ?? '').split(/(?<=[.!?])\s/)[0]?.trim() ?? '';
    return { ...summarizeArticle({ ...rowToArticle(row), title }), title };
  });
}

/** `count` entries from `briefs`, each page at its own URL, site and time (newest first). */
export function historyEntries(briefs: readonly Brief[], count = HISTORY_BRIEFS, start = Date.UTC(2026, 0, 1)): HistoryEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const brief = briefs[i % briefs.length]!;
    const site = SITES[i % SITES.length]!;
    const url = `https://news${i % 7}.example/${2024 + (i % 3)}/${i}/${brief.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60)}#comments`;
    return entryFromBrief({ ...brief, url, source: { ...brief.source, siteName: site } }, start - i * 3_600_000)!;
  });
}

/** What people type: one word, two, a prefix mid-typing, a name with accents folded away, none matching. */
export function historyQueries(entries: readonly HistoryEntry[]): string[] {
  const topics = [...new Set(entries.slice(0, 200).flatMap((e) => e.topics))].slice(0, 8);
  return [...topics, 'police', 'police said', 'foot', 'footballer', 'world cup', 'prés', 'MAN UNITED', 'climate change', 'xylophone', 'the'];
}

const time = (fn: () => unknown): number => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

async function benchStore(briefs: readonly Brief[], records: number, maxEntries: number): Promise<NonNullable<HistoryBenchFigures['store']>> {
  globalThis.indexedDB = new IDBFactory();
  let clock = Date.UTC(2026, 0, 1);
  const store = openHistoryStore({ name: 'bench', maxEntries, now: () => clock++ });
  const recordMs: number[] = [];
  for (let i = 0; i < records; i++) {
    const brief = briefs[i % briefs.length]!;
    const started = performance.now();
    const result = await store.record({ ...brief, url: `https://news.example/${i}` });
    recordMs.push(performance.now() - started);
    if (!result.ok) throw new Error(result.reason);
  }
  let started = performance.now();
  const listed = (await store.list()).length;
  const listMs = performance.now() - started;
  started = performance.now();
  await store.search('police said');
  const storeSearchMs = performance.now() - started;
  store.close();
  return { records, maxEntries, recordMs, listMs, listed, storeSearchMs };
}

export async function benchHistory({ runs = 20, storeRecords = HISTORY_BRIEFS, withStore = true } = {}): Promise<HistoryBenchFigures> {
  const briefs = valBriefs();
  // Entries as the page has them just after loading: new objects, nothing folded yet.
  const entries = historyEntries(briefs);
  const prepareMs = time(() => prepareSearch(entries));
  const queries = historyQueries(entries);
  for (const q of queries) searchEntries(entries, q); // warm-up, and the folded text is built
  collectGarbage();
  const searchMs: number[] = [];
  for (let r = 0; r < runs; r++) for (const q of queries) searchMs.push(time(() => searchEntries(entries, q)));
  const matches = queries.map((q) => searchEntries(entries, q).length);
  const figures: HistoryBenchFigures = { entries: entries.length, queries: queries.length, runs, searchMs, prepareMs, matches };
  if (withStore) figures.store = await benchStore(briefs, storeRecords, 5_000);
  return figures;
}
