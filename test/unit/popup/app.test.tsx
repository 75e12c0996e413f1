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
    expect(texts('.source .source-part')).toEqual(['Valley News', 'Ana Ruiz', '12 Mar 2024', '4 min read']);
    expect(root.querySelector('.lede')?.textContent).toBe('The river rose two metres overnight.');
    expect(texts('ol > li')).toEqual(brief().points);
    expect(texts('.topics li')).toEqual(brief().topics);
    expect(root.querySelector('.source')?.textContent).toBe('Valley News · Ana Ruiz · 12 Mar 2024 · 4 min read');
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
