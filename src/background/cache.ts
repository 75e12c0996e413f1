// Briefs cached per tab and URL in storage.session, so reopening the popup is instant.
// Bounded in entries and bytes, oldest evicted first. Storage is an optimisation only: every
// failure here is swallowed (and logged), never turned into a failed brief.
import type { Brief } from '../core/types.ts';
import { isBrief } from '../shared/validate.ts';

/** The part of a WebExtension StorageArea the cache uses (easy to fake in tests). */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface CacheLimits {
  maxEntries: number;
  /** Total bytes (UTF-16 code units of the JSON) over all entries. */
  maxBytes: number;
  /** A brief larger than this is not cached at all. */
  maxEntryBytes: number;
}

export const DEFAULT_LIMITS: CacheLimits = { maxEntries: 50, maxBytes: 1_000_000, maxEntryBytes: 100_000 };

interface IndexEntry {
  key: string;
  tabId: number;
  bytes: number;
}

const INDEX_KEY = 'brief-cache:index';
const ENTRY_PREFIX = 'brief-cache:';

export function cacheKey(tabId: number, url: string): string {
  return `${ENTRY_PREFIX}${tabId}:${url}`;
}

function readIndex(value: unknown): IndexEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is IndexEntry =>
      typeof e === 'object' && e !== null && typeof e.key === 'string' && typeof e.bytes === 'number' && typeof e.tabId === 'number',
  );
}

/** Drop entries from the front (oldest) until the index fits the limits. */
function evict(index: IndexEntry[], limits: CacheLimits): { kept: IndexEntry[]; evicted: string[] } {
  const kept = [...index];
  const evicted: string[] = [];
  let total = kept.reduce((sum, e) => sum + e.bytes, 0);
  while (kept.length > limits.maxEntries || total > limits.maxBytes) {
    const oldest = kept.shift();
    if (!oldest) break;
    total -= oldest.bytes;
    evicted.push(oldest.key);
  }
  return { kept, evicted };
}

export class BriefCache {
  // Index updates are read-modify-write; chaining them keeps two concurrent briefs from losing entries.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly storage: StorageAreaLike,
    private readonly limits: CacheLimits = DEFAULT_LIMITS,
    private readonly log: (message: string, error: unknown) => void = (m, e) => console.warn(m, e),
  ) {}

  async get(tabId: number, url: string): Promise<Brief | undefined> {
    const key = cacheKey(tabId, url);
    try {
      const value = (await this.storage.get(key))[key];
      return isBrief(value) ? value : undefined;
    } catch (error) {
      this.log('Brief cache read failed', error);
      return undefined;
    }
  }

  put(tabId: number, url: string, brief: Brief): Promise<void> {
    return this.serialise(async () => {
      const key = cacheKey(tabId, url);
      const bytes = JSON.stringify(brief).length;
      if (bytes > this.limits.maxEntryBytes) return;
      const index = readIndex((await this.storage.get(INDEX_KEY))[INDEX_KEY]).filter((e) => e.key !== key);
      const { kept, evicted } = evict([...index, { key, tabId, bytes }], this.limits);
      if (evicted.length > 0) await this.storage.remove(evicted);
      await this.storage.set({ [key]: brief, [INDEX_KEY]: kept });
    }, 'Brief cache write failed');
  }

  /** Forget every brief of a closed tab. */
  forgetTab(tabId: number): Promise<void> {
    return this.serialise(async () => {
      const index = readIndex((await this.storage.get(INDEX_KEY))[INDEX_KEY]);
      const gone = index.filter((e) => e.tabId === tabId).map((e) => e.key);
      if (gone.length === 0) return;
      await this.storage.remove(gone);
      await this.storage.set({ [INDEX_KEY]: index.filter((e) => e.tabId !== tabId) });
    }, 'Brief cache cleanup failed');
  }

  private serialise(task: () => Promise<void>, failure: string): Promise<void> {
    const run = this.queue.then(task).catch((error: unknown) => {
      this.log(failure, error);
    });
    this.queue = run;
    return run;
  }
}
