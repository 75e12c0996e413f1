import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App, type Fetch } from '../../../src/pages/popup/App.tsx';
import type { Brief } from '../../../src/core/types.ts';
import type { GetBriefResponse } from '../../../src/shared/messages.ts';
import { installDom, settle } from './dom.ts';

const HOSTILE = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=1</script>';

function brief(overrides: Partial<Brief> = {}): Brief {
  return {
    title: 'Rivers rise across the valley',
    url: 'https://news.example/rivers',
    source: { siteName: 'Valley News', author: 'Ana Ruiz', publishedTime: '2024-03-12', readingMinutes: 4 },
    lede: 'The river rose two metres overnight.',
    points: ['Towns were evacuated.', 'Roads closed at dawn.', 'More rain is due on Friday.'],
    topics: ['flooding', 'Valley River', 'evacuation'],
    engine: 'extractive',
    ...overrides,
  };
}

let root: Element;
let doc: Document;

async function show(first: GetBriefResponse, fetchBrief: Fetch = vi.fn()) {
  await act(async () => {
    render(<App first={Promise.resolve(first)} fetchBrief={fetchBrief} />, root);
  });
}

async function click(button: Element) {
  await act(async () => {
    button.dispatchEvent(new (window as unknown as typeof globalThis).Event('click'));
    await settle();
  });
}

const texts = (selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent);

beforeEach(() => {
  ({ document: doc } = installDom());
  root = doc.getElementById('app') as Element;
});

describe('popup App', () => {
  it('shows a loading state until the answer arrives', () => {
    render(<App first={new Promise(() => {})} fetchBrief={vi.fn()} />, root);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Reading the page');
  });

  it('renders the card: article with h1, source line, lede, three points, topics, Copy button', async () => {
    await show({ ok: true, brief: brief(), cached: false });
    const article = root.querySelector('article');
    expect(article?.querySelector('h1')?.textContent).toBe('Rivers rise across the valley');
    // The date in the UI's language through Intl: an English UI (en here) writes it month first.
    expect(texts('.source .source-part')).toEqual(['Valley News', 'Ana Ruiz', 'Mar 12, 2024', '4 min read']);
    expect(root.querySelector('.lede')?.textContent).toBe('The river rose two metres overnight.');
    expect(texts('ol > li')).toEqual(brief().points);
    expect(texts('.topics li')).toEqual(brief().topics);
    expect(root.querySelector('.source')?.textContent).toBe('Valley News · Ana Ruiz · Mar 12, 2024 · 4 min read');
    expect(texts('h2')).toEqual(['3-point summary', 'Why it matters']);
    expect(root.querySelector('button')?.textContent).toContain('Copy');
  });

  it('names the shortcut in force beside Copy, and hides it while a copy status shows', async () => {
    await act(async () => {
      render(<App first={Promise.resolve({ ok: true, brief: brief(), cached: false } as GetBriefResponse)} fetchBrief={vi.fn()} shortcut={Promise.resolve('Alt+Shift+R')} />, root);
    });
    await act(async () => { await settle(); });
    expect(root.querySelector('footer .shortcut')?.textContent).toBe('Shortcut Alt+Shift+R');
    expect(root.querySelector('.shortcut kbd')?.textContent).toBe('Alt+Shift+R');
    expect(doc.title).toBe('Brief: Rivers rise across the valley');
  });

  it('shows no shortcut hint when none is set', async () => {
    await act(async () => {
      render(<App first={Promise.resolve({ ok: true, brief: brief(), cached: false } as GetBriefResponse)} fetchBrief={vi.fn()} shortcut={Promise.resolve('')} />, root);
    });
    await act(async () => { await settle(); });
    expect(root.querySelector('.shortcut')).toBeNull();
  });

  it('keeps hostile page text inert: no element from the page reaches the DOM', async () => {
    await show({
      ok: true,
      cached: false,
      brief: brief({ title: HOSTILE, lede: `<a href="javascript:alert(1)">x</a>`, points: [HOSTILE], topics: [HOSTILE], source: { author: HOSTILE, readingMinutes: 1 } }),
    });
    expect(root.querySelectorAll('img, script, a, iframe')).toHaveLength(0);
    expect(root.querySelector('h1')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('.lede')?.textContent).toContain('javascript:alert(1)');
  });

  it('marks the page language and direction on page text only', async () => {
    await show({ ok: true, cached: false, brief: brief({ lang: 'ar', dir: 'rtl' }) });
    expect(root.querySelector('h1')?.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('ol')?.getAttribute('lang')).toBe('ar');
    expect(root.querySelector('h2')?.hasAttribute('dir')).toBe(false);
  });

  it('says plainly that a restricted page cannot be read', async () => {
    await show({ ok: false, code: 'restricted-page', message: "Brief can't read this page" });
    expect(root.querySelector('h1')?.textContent).toBe("Brief can't read this page");
    expect(root.querySelector('button')).toBeNull();
  });

  it('offers "Brief anyway" on a non-article and then shows the whole-page brief', async () => {
    const fetchBrief = vi.fn<Fetch>(async () => ({ ok: true, cached: false, brief: brief({ title: 'Whole page' }) }));
    await show({ ok: false, code: 'not-article', message: 'This page looks like a list of links.' }, fetchBrief);
    expect(root.querySelector('h1')?.textContent).toBe('Not an article');
    expect(root.textContent).toContain('This page looks like a list of links.');
    const button = root.querySelector('button') as HTMLButtonElement;
    expect(button.textContent).toBe('Brief anyway');
    await click(button);
    expect(fetchBrief).toHaveBeenCalledWith('whole-page', true);
    expect(root.querySelector('article h1')?.textContent).toBe('Whole page');
  });

  it('explains an extraction failure and retries in the same mode', async () => {
    const fetchBrief = vi.fn<Fetch>(async () => ({ ok: false, code: 'extraction-failed', message: 'Still broken.' }));
    await show({ ok: false, code: 'extraction-failed', message: 'The page threw while being read.' }, fetchBrief);
    expect(root.textContent).toContain('The page threw while being read.');
    await click(root.querySelector('button') as HTMLButtonElement);
    expect(fetchBrief).toHaveBeenCalledWith('article', true);
    expect(root.textContent).toContain('Still broken.');
  });
});

describe('popup App with a model engine', () => {
  const modelBrief = (overrides: Partial<Brief> = {}) => brief({ engine: 'openai', model: 'llama3.2', sentTo: '127.0.0.1:11434', ...overrides });

  it('shows the frame at once, fills as the job reports, and flags a point not found in the article', async () => {
    let events: Parameters<NonNullable<Parameters<typeof App>[0]['follow']>>[1] | undefined;
    const follow = vi.fn((_job: string, e: typeof events) => {
      events = e;
      return () => undefined;
    });
    await act(async () => {
      render(<App first={Promise.resolve({ ok: true, brief: modelBrief({ lede: '', points: [], topics: [], partial: true }), cached: false, job: 'job-1' })} fetchBrief={vi.fn()} follow={follow as never} />, root);
    });
    expect(follow).toHaveBeenCalledWith('job-1', expect.anything());
    expect(root.querySelector('h1')?.textContent).toBe('Rivers rise across the valley');
    expect(root.querySelector('.engine-line')?.textContent).toBe('Writing with llama3.2 at 127.0.0.1:11434…');
    expect((root.querySelector('.copy-button') as HTMLButtonElement).disabled).toBe(true);
    await act(async () => events?.partial(modelBrief({ points: ['Towns were evacuated.'], partial: true })));
    expect(texts('ol > li')).toEqual(['Towns were evacuated.']);
    await act(async () =>
      events?.done(modelBrief({ why: 'It is the worst flood in years.', checks: [{ found: true, missing: [] }, { found: false, missing: ['Friday', '90'] }, { found: true, missing: [] }] })),
    );
    expect(root.querySelector('.engine-line')?.textContent).toBe('Written by llama3.2 at 127.0.0.1:11434. Points are checked against the article.');
    expect(root.querySelectorAll('li.unverified')).toHaveLength(1);
    expect(root.querySelector('li.unverified .not-found')?.textContent).toBe(' Not found in the article: Friday, 90');
    expect(root.querySelector('.why')?.textContent).toBe('It is the worst flood in years.');
    expect((root.querySelector('.copy-button') as HTMLButtonElement).disabled).toBe(false);
  });

  it('puts the engine\'s error above the built-in brief', async () => {
    await show({ ok: true, brief: brief({ fallback: { engine: 'llama3.2 at 127.0.0.1:11434', message: 'Is Ollama running? Start it with `ollama serve`.' } }), cached: false });
    expect(root.querySelector('.engine-error[role="alert"]')?.textContent).toBe(
      "llama3.2 at 127.0.0.1:11434 couldn't write this brief. Is Ollama running? Start it with `ollama serve`. This is the built-in brief, made on this device.",
    );
    expect(texts('ol > li')).toEqual(brief().points);
  });

  it('renders a model\'s hostile answer as text', async () => {
    await show({ ok: true, brief: modelBrief({ points: [HOSTILE], why: HOSTILE, lede: HOSTILE }), cached: false });
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('.why')?.textContent).toBe(HOSTILE);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('asks again once when the worker is lost mid-way, then says so', async () => {
    const follow = vi.fn((_job: string, e: { lost(): void }) => {
      setTimeout(() => e.lost(), 0);
      return () => undefined;
    });
    const fetchBrief = vi.fn(async () => ({ ok: true as const, brief: modelBrief({ partial: true, points: [] }), cached: false, job: 'job-2' }));
    await act(async () => {
      render(<App first={Promise.resolve({ ok: true, brief: modelBrief({ partial: true, points: [] }), cached: false, job: 'job-1' })} fetchBrief={fetchBrief} follow={follow as never} />, root);
    });
    await act(async () => {
      await settle();
      await settle();
      await settle();
    });
    expect(fetchBrief).toHaveBeenCalledTimes(1);
    expect(follow).toHaveBeenCalledTimes(2);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('background worker stopped');
  });
});
