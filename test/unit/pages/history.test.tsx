// The history page's logic with a fake store behind its one small interface.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { History } from '../../../src/pages/history/History.tsx';
import type { HistoryPageApi } from '../../../src/pages/history/history-api.ts';
import { exportFileName } from '../../../src/pages/history/download.ts';
import { entryFromBrief, type HistoryEntry } from '../../../src/storage/history.ts';
import { installDom, settle } from '../popup/dom.ts';
import { brief } from '../storage/support/briefs.ts';

let root: Element;

const entry = (n: number, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  ...entryFromBrief(brief({ url: `https://news.example/${n}`, title: `Story ${n}` }), Date.UTC(2025, 0, n))!,
  ...extra,
});

function fakeApi(initial: HistoryEntry[], overrides: Partial<HistoryPageApi> = {}) {
  let entries = [...initial];
  const downloads: { name: string; text: string; type: string }[] = [];
  const api: HistoryPageApi = {
    list: vi.fn(async () => [...entries]),
    remove: vi.fn(async (key: string) => void (entries = entries.filter((e) => e.key !== key))),
    clear: vi.fn(async () => void (entries = [])),
    droppedCount: async () => 0,
    dismissDropped: vi.fn(async () => undefined),
    copy: vi.fn(async () => true),
    download: (name, text, type) => void downloads.push({ name, text, type }),
    paused: async () => false,
    onChange: () => () => undefined,
    now: () => Date.UTC(2025, 4, 2),
    ...overrides,
  };
  return { api, downloads };
}

async function mount(api: HistoryPageApi) {
  await act(async () => {
    render(<History api={api} />, root);
    await settle();
  });
  // The load starts in an effect, which act runs as it ends: its answer is drawn in a second act.
  await act(async () => {
    await settle();
  });
}

const titles = () => [...root.querySelectorAll('.entry h2')].map((h) => h.textContent);
const click = (el: Element | null | undefined) =>
  act(async () => {
    (el as HTMLElement).dispatchEvent(new (window as unknown as typeof globalThis).Event('click', { bubbles: true }));
    await settle();
  });
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text);

beforeEach(() => {
  root = installDom().document.getElementById('app') as Element;
});

describe('history page', () => {
  it('lists the briefs as given (newest first), each headline a link to its page in a new tab', async () => {
    await mount(fakeApi([entry(3), entry(2), entry(1, { url: 'file:///home/me/story.html' })]).api);
    expect(titles()).toEqual(['Story 3 (opens in a new tab)', 'Story 2 (opens in a new tab)', 'Story 1']);
    const link = root.querySelector('.entry a');
    expect([link?.getAttribute('href'), link?.getAttribute('target'), link?.getAttribute('rel')]).toEqual(['https://news.example/3', '_blank', 'noopener noreferrer']);
    expect(root.querySelectorAll('.entry')[2]?.querySelector('a')).toBeNull(); // only http(s) pages are links
    expect(root.querySelector('.count')?.textContent).toBe('Briefs kept: 3');
    expect(root.querySelector('.entry .points')?.children).toHaveLength(3);
    // When it was made: the words around the <time>, which the locale may place anywhere.
    const made = root.querySelector('.entry .made');
    expect(made?.querySelector('time')?.getAttribute('datetime')).toBe('2025-01-03T00:00:00.000Z');
    expect(made?.textContent).toBe(`Briefed ${made?.querySelector('time')?.textContent}`);
  });

  it('says which model wrote a brief', async () => {
    await mount(fakeApi([entry(1, { model: 'llama3.2' })]).api);
    const made = root.querySelector('.entry .made');
    expect(made?.textContent).toBe(`Briefed ${made?.querySelector('time')?.textContent} · written by llama3.2`);
  });

  it('shows why a brief matters, and that one was made from the page\'s description alone', async () => {
    await mount(fakeApi([entry(2, { why: 'The vote decides the city\'s budget.', onlyDescription: true }), entry(1, { why: undefined })]).api);
    const [first, second] = [...root.querySelectorAll('.entry')];
    expect(first?.querySelector('.why')?.textContent).toBe('Why it matters: The vote decides the city\'s budget.');
    expect(first?.querySelector('.note')?.textContent).toMatch(/only its description/);
    expect(second?.querySelector('.why')).toBeNull();
    expect(second?.querySelector('.note')).toBeNull();
  });

  it('shows page text as text, never as markup', async () => {
    await mount(fakeApi([entry(1, { title: '<img src=x onerror=alert(1)>', points: ['<b>bold</b>'] })]).api);
    expect(root.querySelector('.entry img, .entry b')).toBeNull();
    expect(root.querySelector('.entry h2 a')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('filters as you type', async () => {
    await mount(fakeApi([entry(2, { title: 'Zürich trams return' }), entry(1)]).api);
    const input = root.querySelector('#search') as HTMLInputElement;
    await act(async () => {
      input.value = 'zurich';
      input.dispatchEvent(new (window as unknown as typeof globalThis).Event('input', { bubbles: true }));
      await settle();
    });
    expect(titles()).toEqual(['Zürich trams return (opens in a new tab)']);
    expect(root.querySelector('.count')?.textContent).toBe('Briefs matching: 1 of 2');
    await act(async () => {
      input.value = 'zurich nothing';
      input.dispatchEvent(new (window as unknown as typeof globalThis).Event('input', { bubbles: true }));
      await settle();
    });
    expect(titles()).toEqual([]);
    expect(root.querySelector('.count')?.textContent).toBe('No brief matches every word.');
  });

  it('copies a brief again, and deletes one', async () => {
    const { api } = fakeApi([entry(2), entry(1)]);
    await mount(api);
    await click(root.querySelectorAll('.entry button.copy')[1]);
    expect(api.copy).toHaveBeenCalledWith(entry(1));
    expect(root.querySelectorAll('.entry .copy-status')[1]?.textContent).toBe('Copied as Markdown and rich text');
    await click(root.querySelector('.entry button.delete'));
    expect(api.remove).toHaveBeenCalledWith('https://news.example/2');
    expect(titles()).toEqual(['Story 1 (opens in a new tab)']);
    expect(root.querySelector('.message')?.textContent).toBe('Deleted “Story 2”.');
  });

  it('asks in the page before clearing everything, and Cancel keeps it all', async () => {
    const { api } = fakeApi([entry(2), entry(1)]);
    await mount(api);
    await click(button('Clear all…'));
    expect(root.querySelector('#confirm-question')?.textContent).toBe('Delete every brief on this device (2)? This cannot be undone.');
    await click(button('Cancel'));
    expect(api.clear).not.toHaveBeenCalled();
    await click(button('Clear all…'));
    await click(button('Delete all'));
    expect(api.clear).toHaveBeenCalledTimes(1);
    expect(titles()).toEqual([]);
    expect(root.querySelector('.message')?.textContent).toBe('All briefs deleted.');
  });

  it('exports every brief as Markdown and as JSON, whatever the search shows', async () => {
    const { api, downloads } = fakeApi([entry(2), entry(1)]);
    await mount(api);
    await click(button('Export Markdown'));
    await click(button('Export JSON'));
    expect(downloads.map((d) => [d.name, d.type])).toEqual([
      ['brief-history-2025-05-02.md', 'text/markdown;charset=utf-8'],
      ['brief-history-2025-05-02.json', 'application/json'],
    ]);
    expect(downloads[0]?.text).toContain('# Story 2');
    expect(JSON.parse(downloads[1]!.text).entries.map((e: HistoryEntry) => e.title)).toEqual(['Story 2', 'Story 1']);
    expect(exportFileName(0, 'json')).toBe('brief-history-1970-01-01.json');
  });

  it('says when the bound let old briefs go, until dismissed', async () => {
    const { api } = fakeApi([entry(1)], { droppedCount: async () => 3 });
    await mount(api);
    expect(root.querySelector('.dropped p')?.textContent).toBe('History keeps the 5,000 most recent briefs. Older briefs removed: 3.');
    await click(button('Dismiss'));
    expect(api.dismissDropped).toHaveBeenCalled();
    expect(root.querySelector('.dropped')).toBeNull();
  });

  it('says plainly when the store fails, and when history is paused', async () => {
    const error = Object.assign(new Error('disk'), { name: 'UnknownError' });
    await mount(fakeApi([], { list: async () => Promise.reject(error), paused: async () => true }).api);
    expect(root.querySelector('[role=alert]')?.textContent).toBe("History isn't available: The browser's storage is not available (disk). Briefs still work; they just aren't kept.");
    expect(root.querySelector('.note')?.textContent).toBe('History is paused: new briefs are not kept. Turn it back on in the options.');
    expect(root.querySelector('#search')).toBeNull();
  });
});
