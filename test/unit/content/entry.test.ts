// The content-script entry defines globalThis.__briefExtract and nothing else; injecting it twice
// (the user clicks the button again) leaves one working function.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_ENTRY } from '../../../src/shared/messages.ts';
import { loadSeed } from './pages.ts';

const g = globalThis as Record<string, unknown>;
const page = loadSeed();
const pageUrl = 'https://news.example.org/2026/11/ai-base-model-physical-robotics';

describe('content script entry', () => {
  beforeAll(() => {
    g.document = page;
    g.location = new URL(pageUrl);
  });
  afterAll(() => {
    delete g.document;
    delete g.location;
    delete g[CONTENT_ENTRY];
  });

  it('defines the entry function without touching the page', async () => {
    const before = page.documentElement.outerHTML;
    expect(g[CONTENT_ENTRY]).toBeUndefined();
    await import('../../../src/content/index.ts');
    expect(typeof g[CONTENT_ENTRY]).toBe('function');
    expect(page.documentElement.outerHTML).toBe(before);
  });

  it('extracts the page at location.href', () => {
    const result = globalThis.__briefExtract?.('article');
    expect(result?.ok).toBe(true);
    if (result?.ok) {
      expect(result.article.url).toBe(pageUrl);
      expect(result.article.author).toBe('Aiko Tanaka');
    }
  });

  it('still works after being injected a second time', async () => {
    vi.resetModules();
    await import('../../../src/content/index.ts');
    const whole = globalThis.__briefExtract?.('whole-page');
    expect(whole?.ok && whole.article.blocks.some((b) => b.text === 'Related stories')).toBe(true);
  });
});
