// History, the pure part: what one kept brief holds, how a brief becomes one, one entry per page
// (keyed on its URL without the #hash), the bound and who goes first, search, export, and the
// check of a stored record. No IndexedDB here: history-store.ts keeps these entries, and tests
// and the benchmark run this on plain arrays. Never the page's text: only what the card showed.
import type { Brief, PointCheck } from '../core/types.ts';
import { renderMarkdown } from '../core/render/render.ts';

/** The shape of HistoryEntry; a record of another version is migrated or skipped, never guessed at. */
export const HISTORY_SCHEMA_VERSION = 2;
/** Entries kept at most; past it the oldest go first. */
export const DEFAULT_MAX_ENTRIES = 5_000;

export interface HistoryEntry {
  v: typeof HISTORY_SCHEMA_VERSION;
  /** The page's URL without its #hash: one entry per page (the store's key). */
  key: string;
  /** When the brief was made, in ms since 1970 (UTC). */
  madeAt: number;
  title: string;
  /** The URL as it was briefed. */
  url: string;
  site?: string;
  author?: string;
  /** The page's own date, as found on it. */
  published?: string;
  readingMinutes: number;
  lede: string;
  points: string[];
  topics: string[];
  why?: string;
  /** A model's per-point checks, so a copied brief keeps its "not found in the article" marks. */
  checks?: PointCheck[];
  /** Made from the page's description alone: the card, a copy and an export say so again. */
  onlyDescription?: true;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  engine: string;
  model?: string;
  sentTo?: string;
}

/** The URL without its #hash (a page and its anchors are one page). */
export function urlKey(url: string): string {
  const at = url.indexOf('#');
  return (at < 0 ? url : url.slice(0, at)).trim();
}

/** The entry of a finished brief; undefined for a brief still being written. */
export function entryFromBrief(brief: Brief, madeAt: number): HistoryEntry | undefined {
  if (brief.partial) return undefined;
  const { siteName, author, publishedTime, readingMinutes } = brief.source;
  const entry: HistoryEntry = {
    v: HISTORY_SCHEMA_VERSION,
    key: urlKey(brief.url),
    madeAt,
    title: brief.title,
    url: brief.url,
    readingMinutes,
    lede: brief.lede,
    points: [...brief.points],
    topics: [...brief.topics],
    engine: brief.engine,
  };
  const optional = { site: siteName, author, published: publishedTime, why: brief.why, lang: brief.lang, model: brief.model, sentTo: brief.sentTo };
  for (const [name, value] of Object.entries(optional)) if (value) (entry as unknown as Record<string, unknown>)[name] = value;
  if (brief.dir) entry.dir = brief.dir;
  if (brief.checks) entry.checks = brief.checks.map((c) => ({ found: c.found, missing: [...c.missing] }));
  if (brief.onlyDescription) entry.onlyDescription = true;
  return entry;
}

/** The brief an entry holds, for the renderings (copy again, export). */
export function briefOfEntry(entry: HistoryEntry): Brief {
  const brief: Brief = {
    title: entry.title,
    url: entry.url,
    source: { readingMinutes: entry.readingMinutes },
    lede: entry.lede,
    points: entry.points,
    topics: entry.topics,
    engine: entry.engine,
  };
  if (entry.site) brief.source.siteName = entry.site;
  if (entry.author) brief.source.author = entry.author;
  if (entry.published) brief.source.publishedTime = entry.published;
  for (const name of ['why', 'lang', 'dir', 'model', 'sentTo', 'checks', 'onlyDescription'] as const) {
    if (entry[name] !== undefined) (brief as unknown as Record<string, unknown>)[name] = entry[name];
  }
  return brief;
}

/**
 * What to write when `brief` is made and the page's entry is `existing`: the new entry, or
 * undefined to leave history as it is. A brief still being written is never kept. A built-in
 * brief shown because the chosen engine failed (a fallback) is kept for a page with no entry,
 * but never replaces one: a model's earlier brief of the page is worth more than it.
 */
export function nextEntry(existing: HistoryEntry | undefined, brief: Brief, madeAt: number): HistoryEntry | undefined {
  if (brief.fallback && existing) return undefined;
  return entryFromBrief(brief, madeAt);
}

/** How many of `count` entries must go to keep at most `max`. */
export const overflow = (count: number, max: number): number => Math.max(0, count - Math.max(0, Math.floor(max)));

/** Newest first; the same time orders by key, so the order never depends on storage. */
export function newestFirst(a: HistoryEntry, b: HistoryEntry): number {
  return b.madeAt - a.madeAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Adds or updates `entry` in a list (the same page replaces its entry), bounded to `max`, the
 * oldest going first. The same rules the store applies, on an array.
 */
export function upsert(entries: readonly HistoryEntry[], entry: HistoryEntry, max = DEFAULT_MAX_ENTRIES): { entries: HistoryEntry[]; dropped: number } {
  const next = [entry, ...entries.filter((e) => e.key !== entry.key)].sort(newestFirst);
  const dropped = overflow(next.length, max);
  return { entries: dropped > 0 ? next.slice(0, next.length - dropped) : next, dropped };
}

// Letters NFKD does not take apart, written as a reader would type them.
const FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without accents: "Élysée" and "elysee" read the same. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøłđðþı]/g, (c) => FOLDS[c] ?? c);
}

// Each entry's folded text, made once per entry object: typing in the search box re-reads it.
const haystacks = new WeakMap<HistoryEntry, string>();

function haystackOf(entry: HistoryEntry): string {
  let text = haystacks.get(entry);
  if (text === undefined) haystacks.set(entry, (text = foldText([entry.title, ...entry.points, ...entry.topics].join('\n'))));
  return text;
}

/** Folds every entry's text now (the page does it once loaded), so the first keystroke is as quick as the rest. */
export function prepareSearch(entries: readonly HistoryEntry[]): void {
  for (const entry of entries) haystackOf(entry);
}

/** The query's words, folded; empty for a blank query. */
export const queryWords = (query: string): string[] => foldText(query).split(/\s+/).filter(Boolean);

/**
 * The entries whose title, points or topics hold every word of `query` (case and accents aside;
 * a word matches the start or middle of a longer one, so results narrow as you type), in the
 * order given. A blank query gives every entry.
 */
export function searchEntries(entries: readonly HistoryEntry[], query: string): HistoryEntry[] {
  const words = queryWords(query);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const text = haystackOf(entry);
    return words.every((word) => text.includes(word));
  });
}

/** All entries as one Markdown document: each brief as it is copied, with the day it was made. */
export function exportMarkdown(entries: readonly HistoryEntry[], exportedAt: number): string {
  const sorted = [...entries].sort(newestFirst);
  const head = `# Brief history\n\n${sorted.length} brief${sorted.length === 1 ? '' : 's'}, exported ${new Date(exportedAt).toISOString()}.`;
  const briefs = sorted.map((e) => `${renderMarkdown(briefOfEntry(e))}\n\nBriefed ${new Date(e.madeAt).toISOString()}.`);
  return [head, ...briefs].join('\n\n---\n\n') + '\n';
}

export interface HistoryExport {
  format: 'brief-history';
  version: typeof HISTORY_SCHEMA_VERSION;
  exportedAt: string;
  entries: HistoryEntry[];
}

/** All entries as JSON, newest first, in the stored shape (so they can be read back with parseEntry). */
export function exportJson(entries: readonly HistoryEntry[], exportedAt: number): string {
  const data: HistoryExport = {
    format: 'brief-history',
    version: HISTORY_SCHEMA_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    entries: [...entries].sort(newestFirst),
  };
  return JSON.stringify(data, null, 2) + '\n';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const OPTIONAL_TEXT = ['site', 'author', 'published', 'why', 'lang', 'model', 'sentTo'] as const;

/**
 * A stored record as an entry, or undefined when it is not one (a corrupt or foreign record is
 * skipped by the caller, never fatal). Unknown fields are left behind.
 */
export function parseEntry(value: unknown): HistoryEntry | undefined {
  if (!isRecord(value) || value.v !== HISTORY_SCHEMA_VERSION) return undefined;
  const { key, madeAt, title, url, readingMinutes, lede, points, topics, engine } = value;
  if (typeof key !== 'string' || !key || typeof url !== 'string' || typeof title !== 'string' || typeof lede !== 'string' || typeof engine !== 'string') return undefined;
  if (typeof madeAt !== 'number' || !Number.isFinite(madeAt) || typeof readingMinutes !== 'number' || !Number.isFinite(readingMinutes)) return undefined;
  if (!isStrings(points) || !isStrings(topics)) return undefined;
  const entry: HistoryEntry = { v: HISTORY_SCHEMA_VERSION, key, madeAt, title, url, readingMinutes, lede, points, topics, engine };
  for (const name of OPTIONAL_TEXT) {
    const field = value[name];
    if (field === undefined) continue;
    if (typeof field !== 'string') return undefined;
    entry[name] = field;
  }
  if (value.dir !== undefined) {
    if (value.dir !== 'ltr' && value.dir !== 'rtl') return undefined;
    entry.dir = value.dir;
  }
  if (value.checks !== undefined) {
    const checks = value.checks;
    if (!Array.isArray(checks) || !checks.every((c) => isRecord(c) && typeof c.found === 'boolean' && isStrings(c.missing))) return undefined;
    entry.checks = checks.map((c: { found: boolean; missing: string[] }) => ({ found: c.found, missing: c.missing }));
  }
  if (value.onlyDescription !== undefined) {
    if (value.onlyDescription !== true) return undefined;
    entry.onlyDescription = true;
  }
  return entry;
}
