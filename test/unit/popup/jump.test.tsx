// "Show in page" on the card: only a built-in brief's points that the page still shows get the
// control, asked for after the card is on screen; a click jumps, and a point gone from the page
// loses its control with a short status. A model's points are never looked for.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '../../../src/pages/popup/App.tsx';
import { tabLocator, type PointLocator } from '../../../src/pages/popup/locate.ts';
import type { Brief } from '../../../src/core/types.ts';
import type { GetBriefResponse, Request } from '../../../src/shared/messages.ts';
import { installDom, settle } from './dom.ts';

const POINTS = ['Towns were evacuated.', 'Roads closed at dawn.', 'More rain is due on Friday.'];

function brief(overrides: Partial<Brief> = {}): Brief {
  return {
    title: 'Rivers rise across the valley',
    url: 'https://news.example/rivers',
    source: { siteName: 'Valley News', readingMinutes: 4 },
    lede: 'The river rose two metres overnight.',
    points: POINTS,
    topics: ['flooding'],
    engine: 'extractive',
    ...overrides,
  };
}

let root: Element;
let doc: Document;

beforeEach(() => {
  ({ document: doc } = installDom());
  root = doc.getElementById('app') as Element;
});

function fakeLocator(found: boolean[], shown = true) {
  return {
    findable: vi.fn<PointLocator['findable']>(async () => found),
    jump: vi.fn<PointLocator['jump']>(async () => shown),
  };
}

async function show(response: GetBriefResponse, locator: PointLocator) {
  const locate = vi.fn(() => locator);
  // A fresh popup each time (the same root would keep the last App's state).
  render(null, root);
  await act(async () => {
    render(<App first={Promise.resolve(response)} fetchBrief={vi.fn()} locate={locate} />, root);
  });
  await act(async () => {
    await settle();
  });
  return locate;
}

const controls = () => [...root.querySelectorAll('ol.points > li')].map((li) => li.querySelector('button.jump'));

async function click(button: Element) {
  await act(async () => {
    button.dispatchEvent(new (window as unknown as typeof globalThis).Event('click'));
    await settle();
  });
}

describe('Show in page', () => {
  it('gives a control to each point the page shows, named "Show in page", and keeps the points\' text as it was', async () => {
    const locator = fakeLocator([true, false, true]);
    const locate = await show({ ok: true, brief: brief(), cached: false, tabId: 7 }, locator);
    expect(locate).toHaveBeenCalledWith(7);
    expect(locator.findable).toHaveBeenCalledWith(POINTS);
    expect(controls().map((c) => c !== null)).toEqual([true, false, true]);
    const button = controls()[0] as HTMLButtonElement;
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('aria-label')).toBe('Show in page');
    // The icon adds no text: the point reads, copies and is tested as before.
    expect([...root.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual(POINTS);
  });

  it('jumps to the point clicked', async () => {
    const locator = fakeLocator([true, true, true]);
    await show({ ok: true, brief: brief(), cached: false, tabId: 7 }, locator);
    await click(controls()[1] as Element);
    expect(locator.jump).toHaveBeenCalledWith(POINTS[1]);
    expect(controls().every((c) => c !== null)).toBe(true);
    expect(root.querySelector('.jump-status')?.textContent).toBe('');
  });

  it('removes the control of a point no longer on the page and says so', async () => {
    const locator = fakeLocator([true, true, true], false);
    await show({ ok: true, brief: brief(), cached: false, tabId: 7 }, locator);
    await click(controls()[2] as Element);
    expect(controls().map((c) => c !== null)).toEqual([true, true, false]);
    const status = root.querySelector('.jump-status[role="status"]');
    expect(status?.textContent).toBe('That sentence is no longer on the page.');
  });

  it('asks nothing and shows no control for a model\'s points, a brief still being written, or without a tab', async () => {
    const locator = fakeLocator([true, true, true]);
    await show({ ok: true, brief: brief({ engine: 'openai', model: 'llama3.2', sentTo: '127.0.0.1:11434' }), cached: false, tabId: 7 }, locator);
    await show({ ok: true, brief: brief({ engine: 'chrome-ai' }), cached: false, tabId: 7 }, locator);
    await show({ ok: true, brief: brief({ partial: true }), cached: false, tabId: 7 }, locator);
    await show({ ok: true, brief: brief(), cached: false }, locator);
    expect(locator.findable).not.toHaveBeenCalled();
    expect(root.querySelector('button.jump')).toBeNull();
    // Not even the place for one: a model's card keeps its layout.
    await show({ ok: true, brief: brief({ engine: 'openai', model: 'llama3.2' }), cached: false, tabId: 7 }, locator);
    expect(root.querySelector('.jump-slot')).toBeNull();
  });

  it('gives controls to the built-in brief shown when a model failed', async () => {
    const locator = fakeLocator([true, true, true]);
    await show({ ok: true, brief: brief({ fallback: { engine: 'llama3.2', message: 'Is Ollama running?' } }), cached: false, tabId: 3 }, locator);
    expect(controls().filter(Boolean)).toHaveLength(3);
  });

  it('paints the card before asking: the request waits for the effects that run after paint', async () => {
    const locator = fakeLocator([true, true, true]);
    render(<App first={Promise.resolve({ ok: true, brief: brief(), cached: false, tabId: 7 } as GetBriefResponse)} fetchBrief={vi.fn()} locate={() => locator} />, root);
    for (let i = 0; i < 50 && !root.querySelector('article h1'); i++) await settle();
    expect(root.querySelector('article h1')?.textContent).toBe('Rivers rise across the valley');
    expect(locator.findable).not.toHaveBeenCalled();
    // Each point has its (empty) place for a control from the first paint: nothing moves later.
    expect(root.querySelectorAll('ol.points > li > .jump-slot')).toHaveLength(3);
    expect(root.querySelector('button.jump')).toBeNull();
    await vi.waitFor(() => expect(locator.findable).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(controls().filter(Boolean)).toHaveLength(3));
  });
});

describe('tabLocator', () => {
  const transport = (answer: (m: Request) => unknown) => ({ send: vi.fn(async (m: Request) => answer(m)) });

  it('sends typed requests for the tab and reads the answers', async () => {
    const t = transport((m) => (m.type === 'brief:findable' ? { ok: true, found: [true, false] } : { ok: true, shown: true }));
    const locator = tabLocator(5, t);
    await expect(locator.findable(['a', 'b'])).resolves.toEqual([true, false]);
    await expect(locator.jump('a')).resolves.toBe(true);
    expect(t.send.mock.calls.map(([m]) => m)).toEqual([
      { type: 'brief:findable', tabId: 5, texts: ['a', 'b'] },
      { type: 'brief:jump', tabId: 5, text: 'a' },
    ]);
  });

  it.each([
    ['a refusal', { ok: false, code: 'bad-input', message: 'no' }],
    ['a wrong count', { ok: true, found: [true] }],
    ['junk', 'junk'],
    ['nothing', undefined],
  ])('reads %s as nothing found and nothing shown', async (_, answer) => {
    const locator = tabLocator(5, transport(() => answer));
    await expect(locator.findable(['a', 'b'])).resolves.toEqual([false, false]);
    await expect(locator.jump('a')).resolves.toBe(false);
  });

  it('reads a transport that throws (no extension API) as nothing found', async () => {
    const locator = tabLocator(5, { send: () => { throw new Error('no extension API in this page'); } });
    await expect(locator.findable(['a'])).resolves.toEqual([false]);
    await expect(locator.jump('a')).resolves.toBe(false);
  });
});
