import { describe, expect, it } from 'vitest';
import { BriefCache, cacheKey, type StorageAreaLike } from '../../../src/background/cache.ts';
import type { Brief } from '../../../src/core/types.ts';

class MemoryStorage implements StorageAreaLike {
  data = new Map<string, unknown>();
  async get(keys: string | string[]) {
    const out: Record<string, unknown> = {};
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      if (this.data.has(key)) out[key] = structuredClone(this.data.get(key));
    }
    return out;
  }
  async set(items: Record<string, unknown>) {
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }
  async remove(keys: string | string[]) {
    for (const key of Array.isArray(keys) ? keys : [keys]) this.data.delete(key);
  }
  entryKeys() {
    return [...this.data.keys()].filter((k) => !k.endsWith(':index'));
  }
}

function brief(title: string, extra = ''): Brief {
  return {
    title,
    url: `https://example.com/${title}`,
    source: { readingMinutes: 3 },
    lede: `Lede of ${title}.${extra}`,
    points: ['One.', 'Two.', 'Three.'],
    topics: ['alpha', 'beta', 'gamma'],
    engine: 'extractive',
  };
}

const quiet = () => {};

describe('BriefCache', () => {
  it('returns what was stored for the same tab and URL only', async () => {
    const cache = new BriefCache(new MemoryStorage(), undefined, quiet);
    await cache.put(1, 'https://a.example/x', brief('x'));
    expect(await cache.get(1, 'https://a.example/x')).toEqual(brief('x'));
    expect(await cache.get(2, 'https://a.example/x')).toBeUndefined();
    expect(await cache.get(1, 'https://a.example/y')).toBeUndefined();
  });

  it('evicts the oldest entries beyond the entry limit', async () => {
    const storage = new MemoryStorage();
    const cache = new BriefCache(storage, { maxEntries: 3, maxBytes: 1e9, maxEntryBytes: 1e9 }, quiet);
    for (let i = 0; i < 5; i++) await cache.put(i, `https://a.example/${i}`, brief(`b${i}`));
    expect(await cache.get(0, 'https://a.example/0')).toBeUndefined();
    expect(await cache.get(1, 'https://a.example/1')).toBeUndefined();
    expect(await cache.get(4, 'https://a.example/4')).toEqual(brief('b4'));
    expect(storage.entryKeys()).toHaveLength(3);
  });

  it('evicts by total size and refuses single entries that are too large', async () => {
    const storage = new MemoryStorage();
    const size = JSON.stringify(brief('b0')).length;
    const cache = new BriefCache(storage, { maxEntries: 100, maxBytes: size * 2 + 10, maxEntryBytes: size + 100 }, quiet);
    for (let i = 0; i < 4; i++) await cache.put(i, `u${i}`, brief(`b${i}`));
    expect(storage.entryKeys().sort()).toEqual([cacheKey(2, 'u2'), cacheKey(3, 'u3')]);
    await cache.put(9, 'huge', brief('huge', 'x'.repeat(500)));
    expect(await cache.get(9, 'huge')).toBeUndefined();
  });

  it('keeps every entry when writes race', async () => {
    const cache = new BriefCache(new MemoryStorage(), undefined, quiet);
    await Promise.all([1, 2, 3, 4].map((i) => cache.put(i, `u${i}`, brief(`b${i}`))));
    for (const i of [1, 2, 3, 4]) expect(await cache.get(i, `u${i}`)).toEqual(brief(`b${i}`));
  });

  it('forgets the briefs of a closed tab', async () => {
    const cache = new BriefCache(new MemoryStorage(), undefined, quiet);
    await cache.put(1, 'u1', brief('a'));
    await cache.put(1, 'u2', brief('b'));
    await cache.put(2, 'u1', brief('c'));
    await cache.forgetTab(1);
    expect(await cache.get(1, 'u1')).toBeUndefined();
    expect(await cache.get(1, 'u2')).toBeUndefined();
    expect(await cache.get(2, 'u1')).toEqual(brief('c'));
  });

  it('ignores stored values that are not briefs', async () => {
    const storage = new MemoryStorage();
    storage.data.set(cacheKey(1, 'u'), { title: 'no points' });
    expect(await new BriefCache(storage, undefined, quiet).get(1, 'u')).toBeUndefined();
  });

  it('never throws when storage fails, and reports the failure', async () => {
    const failing: StorageAreaLike = {
      get: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
      set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
      remove: () => Promise.reject(new Error('gone')),
    };
    const logged: string[] = [];
    const cache = new BriefCache(failing, undefined, (m) => logged.push(m));
    await expect(cache.put(1, 'u', brief('a'))).resolves.toBeUndefined();
    await expect(cache.get(1, 'u')).resolves.toBeUndefined();
    await expect(cache.forgetTab(1)).resolves.toBeUndefined();
    expect(logged).toHaveLength(3);
  });

  it('keeps caching after a failed write', async () => {
    const storage = new MemoryStorage();
    let failNext = true;
    const realSet = storage.set.bind(storage);
    storage.set = async (items) => {
      if (failNext) {
        failNext = false;
        throw new Error('QUOTA_BYTES quota exceeded');
      }
      return realSet(items);
    };
    const cache = new BriefCache(storage, undefined, quiet);
    await cache.put(1, 'u1', brief('a'));
    await cache.put(2, 'u2', brief('b'));
    expect(await cache.get(1, 'u1')).toBeUndefined();
    expect(await cache.get(2, 'u2')).toEqual(brief('b'));
  });
});
