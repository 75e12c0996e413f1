// The side panel's logic with a fake browser: it shows the active tab's brief, follows tab
// switches, says how to grant a tab it may not read, and asks for every site only on a click.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Panel, type PanelFetch } from '../../../src/pages/sidepanel/Panel.tsx';
import type { PanelBrowser } from '../../../src/pages/sidepanel/tabs.ts';
import type { Brief } from '../../../src/core/types.ts';
import { installDom, settle } from '../popup/dom.ts';

let root: Element;
const flush = async () => {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await settle();
    });
  }
};
beforeEach(() => {
  root = installDom().document.getElementById('app') as Element;
});

const brief = (title: string): Brief => ({
  title, url: `https://x.example/${title}`, lede: 'Lede.', points: ['One.', 'Two.', 'Three.'], topics: [], source: { readingMinutes: 2 }, engine: 'extractive',
});

function fakeTabs(active: number, readAll = false) {
  let show: (tabId: number) => void = () => undefined;
  const tabs: PanelBrowser = {
    activeTab: async () => active,
    onShow: (listener) => {
      show = listener;
    },
    canReadAll: async () => readAll,
    askReadAll: vi.fn(async () => true),
  };
  return { tabs, switchTo: (tabId: number) => show(tabId) };
}

async function mount(tabs: PanelBrowser, fetchBrief: PanelFetch) {
  await act(async () => {
    render(<Panel tabs={tabs} fetchBrief={fetchBrief} shortcut={Promise.resolve('Alt+Shift+R')} />, root);
  });
  await flush();
}

describe('side panel', () => {
  it('shows the active tab\'s brief and follows a switch to another tab', async () => {
    const { tabs, switchTo } = fakeTabs(4);
    const fetchBrief = vi.fn<PanelFetch>(async (tabId) => ({ ok: true, brief: brief(`tab-${tabId}`), cached: false, tabId }));
    await mount(tabs, fetchBrief);
    expect(root.innerHTML).toContain('tab-4');
    expect(root.querySelector('h1')?.textContent).toBe('tab-4');
    await act(async () => switchTo(9));
    await flush();
    expect(root.querySelector('h1')?.textContent).toBe('tab-9');
    expect(fetchBrief).toHaveBeenLastCalledWith(9, 'article', false);
  });

  it('says how to grant a tab it may not read, with the shortcut in force', async () => {
    const { tabs } = fakeTabs(4);
    await mount(tabs, async () => ({ ok: false, code: 'no-access', message: 'x' }));
    expect(root.querySelector('.notice h1')?.textContent).toBe('Brief this tab?');
    expect(root.querySelector('.notice p')?.textContent).toBe('Press Alt+Shift+R or use the context menu to brief this tab.');
  });

  it('asks to read every site only when the box is clicked, then briefs again', async () => {
    const { tabs } = fakeTabs(4);
    const fetchBrief = vi.fn<PanelFetch>(async () => ({ ok: false, code: 'no-access', message: 'x' }));
    await mount(tabs, fetchBrief);
    expect(tabs.askReadAll).not.toHaveBeenCalled();
    const box = root.querySelector('.panel-auto input') as HTMLInputElement;
    await act(async () => {
      box.dispatchEvent(new (window as unknown as typeof globalThis).Event('click'));
    });
    await flush();
    expect(tabs.askReadAll).toHaveBeenCalledOnce();
    expect(fetchBrief).toHaveBeenCalledTimes(2);
    expect(root.querySelector('.panel-auto')).toBeNull();
  });
});
