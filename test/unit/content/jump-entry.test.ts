// The content script's "Show in page" entries: injected with the extractor, and answering which
// points of the seed article's built-in brief the page shows, without touching the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINDABLE_ENTRY, JUMP_ENTRY } from '../../../src/shared/messages.ts';
import { summarizeArticle } from '../../../src/core/index.ts';
import { loadSeed } from './pages.ts';

const g = globalThis as Record<string, unknown>;
const page = loadSeed();

describe('content script jump entries', () => {
  beforeAll(async () => {
    g.document = page;
    g.location = new URL('https://news.example.org/2026/11/ai-base-model-physical-robotics');
    await import('../../../src/content/index.ts');
  });
  afterAll(() => {
    for (const key of ['document', 'location', '__briefExtract', JUMP_ENTRY, FINDABLE_ENTRY]) delete g[key];
  });

  it('defines both entries beside the extractor', () => {
    expect(typeof globalThis.__briefJump).toBe('function');
    expect(typeof globalThis.__briefFindable).toBe('function');
  });

  it('finds every point of the brief it extracted, and none that is not there, leaving the page as it was', () => {
    const before = page.documentElement.outerHTML;
    const extracted = globalThis.__briefExtract?.('article');
    expect(extracted?.ok).toBe(true);
    if (!extracted?.ok) return;
    const { points } = summarizeArticle(extracted.article);
    expect(globalThis.__briefFindable?.([...points, 'A sentence this page never had.'])).toEqual([...points.map(() => true), false]);
    expect(page.documentElement.outerHTML).toBe(before);
  });

  it('answers junk arguments without throwing', () => {
    expect(globalThis.__briefFindable?.('not a list' as unknown as string[])).toEqual([]);
    expect(globalThis.__briefFindable?.([42 as unknown as string])).toEqual([false]);
    expect(globalThis.__briefJump?.(42 as unknown as string)).toBe(false);
    expect(globalThis.__briefJump?.('A sentence this page never had.')).toBe(false);
  });
});
