import { describe, expect, it, vi } from 'vitest';
import { NO_TAB_MESSAGE, getBrief, type BriefServiceDeps } from '../../../src/background/brief-service.ts';
import { BriefJobs } from '../../../src/background/jobs.ts';
import { BriefError, type Article, type Brief, type Engine } from '../../../src/core/types.ts';
import type { GetBriefRequest } from '../../../src/shared/messages.ts';

const article: Article = {
  title: 'Rivers rise',
  url: 'https://news.example/rivers',
  blocks: [{ kind: 'paragraph', text: 'The river rose by two metres overnight.' }],
  readerable: true,
};

// A fake engine whose output is derived from its input, so the test can see the article went through it.
const echoEngine: Engine = {
  id: 'echo',
  label: 'Echo',
  remote: false,
  async summarize(a) {
    return {
      title: a.title, url: a.url, lede: a.blocks[0]?.text ?? '', points: a.blocks.map((b) => b.text),
      topics: ['river'], source: { readingMinutes: 1 }, engine: 'echo',
    } satisfies Brief;
  },
};

function deps(overrides: Partial<BriefServiceDeps> = {}) {
  const store = new Map<string, Brief>();
  const base: BriefServiceDeps = {
    findTab: vi.fn(async (tabId: number | undefined) => ({ id: tabId ?? 9, url: 'https://news.example/rivers' })),
    inject: vi.fn(async () => undefined),
    extract: vi.fn(async () => ({ ok: true as const, article })),
    engine: async () => echoEngine,
    cache: {
      get: async (tabId, url) => store.get(`${tabId} ${url}`),
      put: async (tabId, url, brief) => void store.set(`${tabId} ${url}`, brief),
    },
  };
  return { ...base, ...overrides };
}

const req = (extra: Partial<GetBriefRequest> = {}): GetBriefRequest => ({ type: 'brief:get', tabId: 3, mode: 'article', ...extra });

describe('getBrief', () => {
  it('extracts, summarises and then serves the cached brief', async () => {
    const d = deps();
    const first = await getBrief(req(), d);
    expect(first).toMatchObject({ ok: true, cached: false, brief: { title: 'Rivers rise', engine: 'echo' } });
    const second = await getBrief(req(), d);
    expect(second).toMatchObject({ ok: true, cached: true, brief: { title: 'Rivers rise' } });
    expect(d.extract).toHaveBeenCalledTimes(1);
  });

  it('briefs the active tab when the request names none, and says which tab it read', async () => {
    const d = deps();
    const { tabId: _, ...active } = req();
    expect(await getBrief(active, d)).toMatchObject({ ok: true, tabId: 9 });
    expect(d.findTab).toHaveBeenCalledWith(undefined);
    expect(d.extract).toHaveBeenCalledWith(9, 'article');
    expect(await getBrief(req(), d)).toMatchObject({ ok: true, tabId: 3 });
    expect(d.extract).toHaveBeenLastCalledWith(3, 'article');
  });

  it('says so when there is no active tab, without injecting', async () => {
    const d = deps({ findTab: async () => undefined });
    const { tabId: _, ...active } = req();
    expect(await getBrief(active, d)).toEqual({ ok: false, code: 'extraction-failed', message: NO_TAB_MESSAGE });
    expect(d.inject).not.toHaveBeenCalled();
  });

  it('still tries a named tab the browser would not describe, and reports it', async () => {
    const d = deps({ findTab: async () => Promise.reject(new Error('No tab with id: 3.')), inject: async () => Promise.reject(new Error('No tab with id: 3.')) });
    expect(await getBrief(req(), d)).toMatchObject({ ok: false, code: 'extraction-failed', tabId: 3, message: expect.stringContaining('No tab with id: 3.') });
  });

  it('skips the cache for fresh requests and passes the mode through', async () => {
    const d = deps();
    await getBrief(req(), d);
    await getBrief(req({ fresh: true, mode: 'whole-page' }), d);
    expect(d.extract).toHaveBeenCalledTimes(2);
    expect(d.extract).toHaveBeenLastCalledWith(3, 'whole-page');
  });

  it.each(['chrome://version/', 'about:blank', 'https://chromewebstore.google.com/detail/x'])(
    'answers restricted-page for %s without injecting',
    async (url) => {
      const d = deps({ findTab: async (id = 9) => ({ id, url }) });
      expect(await getBrief(req(), d)).toEqual({ ok: false, code: 'restricted-page', message: "Brief can't read this page", tabId: 3 });
      expect(d.inject).not.toHaveBeenCalled();
      expect(d.extract).not.toHaveBeenCalled();
    },
  );

  it('tries a refused injection again: a click\'s activeTab grant can reach the tab a moment late', async () => {
    const refusal = new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    const inject = vi.fn().mockRejectedValueOnce(refusal).mockResolvedValue(undefined);
    const d = deps({ inject, accessRetryMs: [1, 1] });
    expect(await getBrief(req(), d)).toMatchObject({ ok: true });
    expect(inject).toHaveBeenCalledTimes(2);
  });

  it('does not try again an injection that failed for another reason', async () => {
    const inject = vi.fn(async () => Promise.reject(new Error('Frame with ID 0 was removed.')));
    await getBrief(req(), deps({ inject, accessRetryMs: [1, 1] }));
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('turns a refused injection into restricted-page, without running extraction', async () => {
    const inject = vi.fn(async () => Promise.reject(new Error('Cannot access a chrome:// URL')));
    const d = deps({ findTab: async (id = 9) => ({ id }), inject, accessRetryMs: [1, 1] });
    expect(await getBrief(req(), d)).toMatchObject({ ok: false, code: 'restricted-page' });
    expect(inject).toHaveBeenCalledTimes(3);
    expect(d.extract).not.toHaveBeenCalled();
    const late = deps({ findTab: async (id = 9) => ({ id }), extract: async () => Promise.reject(new Error('Cannot access contents of the page')) });
    expect(await getBrief(req(), late)).toMatchObject({ ok: false, code: 'restricted-page' });
  });

  it('tells a tab not granted yet (its address unseen, the host refused) from a page no extension may read', async () => {
    const refused = () => Promise.reject(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    const notGranted = deps({ findTab: async (id = 9) => ({ id }), inject: refused, accessRetryMs: [1, 1] });
    expect(await getBrief(req({ from: 'panel' }), notGranted)).toMatchObject({ ok: false, code: 'no-access' });
    // After a click the same refusal is a page no extension may read (about:blank says so).
    expect(await getBrief(req(), notGranted)).toMatchObject({ ok: false, code: 'restricted-page' });
    const seen = deps({ findTab: async (id = 9) => ({ id, url: 'https://news.example/a' }), inject: refused, accessRetryMs: [1, 1] });
    expect(await getBrief(req(), seen)).toMatchObject({ ok: false, code: 'restricted-page' });
  });

  it('injects while the cache is read, and extracts only when the cache misses', async () => {
    let answerCache: (brief: Brief | undefined) => void = () => {};
    const d = deps({ cache: { get: () => new Promise((resolve) => (answerCache = resolve)), put: async () => undefined } });
    const missed = getBrief(req(), d);
    await vi.waitFor(() => expect(d.inject).toHaveBeenCalledWith(3));
    expect(d.extract).not.toHaveBeenCalled();
    answerCache(undefined);
    expect(await missed).toMatchObject({ ok: true, cached: false });
    expect(d.extract).toHaveBeenCalledTimes(1);

    const hit = getBrief(req(), d);
    await vi.waitFor(() => expect(d.inject).toHaveBeenCalledTimes(2));
    const cachedBrief = (await missed as { brief: Brief }).brief;
    answerCache(cachedBrief);
    expect(await hit).toMatchObject({ ok: true, cached: true });
    expect(d.extract).toHaveBeenCalledTimes(1);
  });

  it('answers from the cache even when the injection fails', async () => {
    const stored = await echoEngine.summarize(article);
    const d = deps({
      inject: async () => Promise.reject(new Error('Frame with ID 0 was removed.')),
      cache: { get: async () => stored, put: async () => undefined },
    });
    expect(await getBrief(req(), d)).toEqual({ ok: true, cached: true, brief: stored, tabId: 3 });
  });

  it('reports other injection failures with the reason', async () => {
    const d = deps({ inject: async () => Promise.reject(new Error('No tab with id: 3.')) });
    const answer = await getBrief(req(), d);
    expect(answer).toMatchObject({ ok: false, code: 'extraction-failed' });
    expect(answer.ok === false && answer.message).toContain('No tab with id: 3.');
  });

  it("passes the content script's typed failure through", async () => {
    const d = deps({ extract: async () => ({ ok: false as const, code: 'not-article' as const, message: 'Not an article.' }) });
    expect(await getBrief(req(), d)).toEqual({ ok: false, code: 'not-article', message: 'Not an article.', tabId: 3 });
  });

  it('keeps BriefError codes from the engine and wraps other engine errors', async () => {
    const typed = deps({ engine: async () => ({ ...echoEngine, summarize: async () => Promise.reject(new BriefError('empty', 'Nothing to summarise.')) }) });
    expect(await getBrief(req(), typed)).toEqual({ ok: false, code: 'empty', message: 'Nothing to summarise.', tabId: 3 });
    const buggy = deps({ engine: async () => ({ ...echoEngine, summarize: async () => Promise.reject(new TypeError('x is undefined')) }) });
    expect(await getBrief(req(), buggy)).toMatchObject({ ok: false, code: 'engine-failed' });
  });

  it('gives up on an engine that never answers', async () => {
    let aborted = false;
    const stuck: Engine = {
      ...echoEngine,
      summarize: (_a, signal) =>
        new Promise(() => signal?.addEventListener('abort', () => (aborted = true))),
    };
    const answer = await getBrief(req(), deps({ engine: async () => stuck, engineTimeoutMs: 20 }));
    expect(answer).toMatchObject({ ok: false, code: 'engine-failed' });
    expect(aborted).toBe(true);
  });

  it('still briefs when the cache fails', async () => {
    const d = deps({
      cache: { get: async () => Promise.reject(new Error('storage down')), put: async () => Promise.reject(new Error('storage down')) },
    });
    expect(await getBrief(req(), d)).toMatchObject({ ok: true, cached: false });
  });
});

describe('getBrief with a model engine', () => {
  const long: Article = {
    ...article,
    blocks: [
      { kind: 'paragraph', text: 'The river rose by two metres overnight in the town of Elmford.' },
      { kind: 'paragraph', text: 'Officials closed the old bridge on Tuesday morning after the water rose.' },
      { kind: 'paragraph', text: 'Forecasters expect more rain to fall over the weekend across the valley.' },
    ],
  };
  const modelEngine = (summarize: Engine['summarize']): Engine => ({ id: 'openai', label: 'm at 127.0.0.1:9', remote: true, model: 'm', sentTo: '127.0.0.1:9', summarize });
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('answers at once with the page\'s frame and a job, which ends with the model\'s brief, then cached', async () => {
    const jobs = new BriefJobs();
    const written: Brief = { title: 'Rivers rise', url: article.url, lede: 'L', points: ['A', 'B', 'C'], topics: [], source: { readingMinutes: 1 }, engine: 'openai' };
    const d = deps({ extract: async () => ({ ok: true as const, article: long }), engine: async () => modelEngine(async () => written), jobs });
    const first = await getBrief(req(), d);
    expect(first).toMatchObject({ ok: true, cached: false, job: expect.any(String), brief: { title: 'Rivers rise', points: [], partial: true, model: 'm', sentTo: '127.0.0.1:9' } });
    const done = vi.fn();
    jobs.follow((first as { job: string }).job, { partial: vi.fn(), done });
    await settle();
    expect(done).toHaveBeenCalledWith(written);
    expect(await getBrief(req(), d)).toMatchObject({ ok: true, cached: true, brief: written });
  });

  it('shows the built-in brief, labelled with the engine\'s error, when the engine fails, and does not cache it', async () => {
    const jobs = new BriefJobs();
    const d = deps({ extract: async () => ({ ok: true as const, article: long }), engine: async () => modelEngine(async () => Promise.reject(new Error('Is Ollama running?'))), jobs });
    const first = await getBrief(req(), d);
    const done = vi.fn();
    jobs.follow((first as { job: string }).job, { partial: vi.fn(), done });
    await settle();
    const final = done.mock.calls[0]?.[0] as Brief;
    expect(final.engine).toBe('extractive');
    expect(final.fallback).toEqual({ engine: 'm at 127.0.0.1:9', message: 'Is Ollama running?' });
    expect(final.points.length).toBeGreaterThan(0);
    expect(long.blocks.map((b) => b.text).join(' ')).toContain(final.points[0]);
    expect(await getBrief(req(), d)).toMatchObject({ cached: false, job: expect.any(String) });
  });

  it('never serves a brief another engine made', async () => {
    const d = deps();
    await getBrief(req(), d);
    const other = deps({ engine: async () => ({ ...echoEngine, id: 'other' }), cache: d.cache });
    expect(await getBrief(req(), other)).toMatchObject({ cached: false, brief: { engine: 'echo' } });
  });
});
