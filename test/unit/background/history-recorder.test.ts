// What reaches history from the worker: which briefs (made, not re-served; a model's final brief
// or its labelled fallback; never a partial one), from which tabs (never a private window's), and
// that recording can neither delay nor fail the answer.
import { describe, expect, it, vi } from 'vitest';
import { getBrief, type BriefServiceDeps } from '../../../src/background/brief-service.ts';
import { recordBrief, historyRecorder, type RecorderDeps } from '../../../src/background/history-recorder.ts';
import { BriefJobs } from '../../../src/background/jobs.ts';
import type { Article, Brief, Engine } from '../../../src/core/types.ts';
import type { GetBriefRequest } from '../../../src/shared/messages.ts';
import { brief } from '../storage/support/briefs.ts';

describe('recordBrief', () => {
  const recorder = (overrides: Partial<RecorderDeps> = {}) => {
    const log = vi.fn();
    const store = { record: vi.fn(async () => ({ ok: true as const, dropped: 0, kept: true })) };
    return { deps: { isPrivate: async () => false, paused: async () => false, store, log, ...overrides } satisfies RecorderDeps, store, log };
  };

  it('keeps a finished brief of an ordinary tab', async () => {
    const { deps, store } = recorder();
    expect(await recordBrief(brief(), 4, deps)).toEqual({ ok: true, dropped: 0, kept: true });
    expect(store.record).toHaveBeenCalledWith(brief());
  });

  it('never keeps a private window\'s brief, nor one whose tab cannot be looked up', async () => {
    const isPrivate = vi.fn(async (tabId: number) => tabId === 7);
    const { deps, store } = recorder({ isPrivate });
    expect(await recordBrief(brief(), 7, deps)).toEqual({ ok: true, skipped: 'private' });
    expect(isPrivate).toHaveBeenCalledWith(7);
    const gone = recorder({ isPrivate: async () => Promise.reject(new Error('No tab with id: 7.')) });
    expect(await recordBrief(brief(), 7, gone.deps)).toEqual({ ok: true, skipped: 'private' });
    expect(store.record).not.toHaveBeenCalled();
    expect(gone.store.record).not.toHaveBeenCalled();
  });

  it('keeps nothing while history is paused, or when the setting cannot be read', async () => {
    for (const paused of [async () => true, async () => Promise.reject(new Error('storage'))]) {
      const { deps, store } = recorder({ paused });
      expect(await recordBrief(brief(), 1, deps)).toEqual({ ok: true, skipped: 'paused' });
      expect(store.record).not.toHaveBeenCalled();
    }
  });

  it('keeps no brief still being written', async () => {
    const { deps, store } = recorder();
    expect(await recordBrief(brief({ partial: true }), 1, deps)).toEqual({ ok: true, skipped: 'unfinished' });
    expect(store.record).not.toHaveBeenCalled();
  });

  it('logs a store that refuses or throws, and resolves all the same', async () => {
    const full = recorder({ store: { record: async () => ({ ok: false as const, reason: 'The browser has no room left for history on this device.' }) } });
    expect(await recordBrief(brief(), 1, full.deps)).toMatchObject({ ok: false });
    expect(full.log).toHaveBeenCalledWith('Brief history: not kept: The browser has no room left for history on this device.');
    const broken = recorder({ store: { record: async () => Promise.reject(new Error('boom')) } });
    expect(await recordBrief(brief(), 1, broken.deps)).toEqual({ ok: false, reason: 'boom' });
  });

  it('returns at once as the worker\'s dependency, before the store answers', () => {
    let answered = false;
    const record = historyRecorder({ isPrivate: async () => false, paused: async () => false, store: { record: () => new Promise(() => undefined) } });
    record(brief(), { id: 1 });
    answered = true;
    expect(answered).toBe(true);
  });
});

const article: Article = {
  title: 'Rivers rise',
  url: 'https://news.example/rivers',
  blocks: [
    { kind: 'paragraph', text: 'The river rose by two metres overnight in the town of Elmford.' },
    { kind: 'paragraph', text: 'Officials closed the old bridge on Tuesday morning after the water rose.' },
    { kind: 'paragraph', text: 'Forecasters expect more rain to fall over the weekend across the valley.' },
  ],
  readerable: true,
};

const made = (engine: string): Brief => ({ title: 'Rivers rise', url: article.url, lede: 'L', points: ['A'], topics: [], source: { readingMinutes: 1 }, engine });
const builtIn: Engine = { id: 'echo', label: 'Echo', remote: false, summarize: async () => made('echo') };
const model = (summarize: Engine['summarize'], extra: Partial<Engine> = {}): Engine => ({ id: 'openai', label: 'A model server', remote: true, model: 'm', summarize, ...extra });

function serviceDeps(engine: Engine, overrides: Partial<BriefServiceDeps> = {}) {
  const cache = new Map<string, Brief>();
  const record = vi.fn();
  const deps: BriefServiceDeps = {
    findTab: async (tabId) => ({ id: tabId ?? 9, url: 'https://news.example/rivers#top' }),
    inject: async () => undefined,
    extract: async () => ({ ok: true as const, article }),
    engine: async () => engine,
    cache: { get: async (t, u) => cache.get(`${t} ${u}`), put: async (t, u, b) => void cache.set(`${t} ${u}`, b) },
    record,
    ...overrides,
  };
  return { deps, record };
}

const req = (extra: Partial<GetBriefRequest> = {}): GetBriefRequest => ({ type: 'brief:get', tabId: 3, mode: 'article', ...extra });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the worker records', () => {
  it('each brief it makes, with its tab, and not the cached re-serve', async () => {
    const { deps, record } = serviceDeps(builtIn);
    await getBrief(req(), deps);
    expect(record).toHaveBeenCalledTimes(1);
    expect(record).toHaveBeenCalledWith(made('echo'), { id: 3, url: 'https://news.example/rivers#top' });
    expect(await getBrief(req(), deps)).toMatchObject({ cached: true });
    expect(record).toHaveBeenCalledTimes(1);
    await getBrief(req({ fresh: true }), deps); // "Brief anyway" and retries make a new brief
    expect(record).toHaveBeenCalledTimes(2);
  });

  it('a model\'s final brief once, never its partial ones', async () => {
    const jobs = new BriefJobs();
    let finish = () => undefined as void;
    const { deps, record } = serviceDeps(model(async (_a, _s, onPartial) => {
      onPartial?.({ ...made('openai'), partial: true });
      await new Promise<void>((resolve) => (finish = resolve));
      return made('openai');
    }), { jobs });
    expect(await getBrief(req(), deps)).toMatchObject({ job: expect.any(String), brief: { partial: true } });
    await settle();
    expect(record).not.toHaveBeenCalled(); // the frame and the partial briefs are not a brief yet
    finish();
    await settle();
    expect(record).toHaveBeenCalledTimes(1);
    expect(record.mock.calls[0]?.[0]).toEqual(made('openai'));
  });

  it('the labelled built-in brief when the model fails, but not a job stopped on purpose', async () => {
    const jobs = new BriefJobs();
    const { deps, record } = serviceDeps(model(async () => Promise.reject(new Error('Is Ollama running?'))), { jobs });
    await getBrief(req(), deps);
    await settle();
    expect(record.mock.calls[0]?.[0]).toMatchObject({ engine: 'extractive', fallback: { message: 'Is Ollama running?' } });

    const stopped = serviceDeps(model((_a, signal) => new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new Error('aborted'))))), { jobs });
    await getBrief(req({ tabId: 5 }), stopped.deps);
    jobs.cancelWhere((key) => key.startsWith('5 '));
    await settle();
    expect(stopped.record).not.toHaveBeenCalled();
  });

  it('nothing for an engine the popup runs itself', async () => {
    const { deps, record } = serviceDeps(model(async () => made('chrome-ai'), { id: 'chrome-ai', runsIn: 'window', remote: false }));
    expect(await getBrief(req(), deps)).toMatchObject({ ok: true, article: expect.anything() });
    expect(record).not.toHaveBeenCalled();
  });

  it('and a history that throws costs no brief', async () => {
    const { deps } = serviceDeps(builtIn, { record: () => { throw new Error('no IndexedDB'); } });
    expect(await getBrief(req(), deps)).toMatchObject({ ok: true, brief: made('echo') });
  });
});
