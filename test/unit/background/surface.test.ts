import { describe, expect, it, vi } from 'vitest';
import { applySurface, openPanelNow, POPUP, type SurfaceApis } from '../../../src/background/surface.ts';
import { createMenus, menuMode, MENU_PAGE, MENU_SELECTION } from '../../../src/background/context-menu.ts';

function apis(chromium: boolean) {
  const calls: string[] = [];
  const a: SurfaceApis = {
    chromium,
    sidePanel: {
      setPanelBehavior: async (b) => void calls.push(`behavior ${b.openPanelOnActionClick}`),
      open: async (o) => void calls.push(`open ${JSON.stringify(o)}`),
    },
    sidebarAction: { open: async () => void calls.push('sidebar open') },
    setPopup: async (d) => void calls.push(`popup '${d.popup}'`),
    log: (m) => calls.push(`log ${m}`),
  };
  return { a, calls };
}

describe('where a click opens Brief', () => {
  it('never lets Chrome open the panel itself (its click would grant no tab), in either setting', async () => {
    for (const surface of ['popup', 'panel'] as const) {
      const { a, calls } = apis(true);
      expect(await applySurface(surface, a)).toBe(surface);
      expect(calls).toEqual(['behavior false']);
    }
  });

  it('in Firefox clears the popup for the panel, so the click reaches the worker, and restores it', async () => {
    const panel = apis(false);
    expect(await applySurface('panel', panel.a)).toBe('panel');
    expect(panel.calls).toEqual(["popup ''"]);
    const popup = apis(false);
    await applySurface('popup', popup.a);
    expect(popup.calls).toEqual([`popup '${POPUP}'`]);
  });

  it('keeps the popup where the browser has no panel, or switching fails', async () => {
    expect(await applySurface('panel', { ...apis(true).a, sidePanel: undefined })).toBe('popup');
    const failing = apis(false);
    failing.a.setPopup = () => Promise.reject(new Error('nope'));
    expect(await applySurface('panel', failing.a)).toBe('popup');
    expect(failing.calls[0]).toMatch(/^log Brief could not switch/);
  });

  it('opens the panel synchronously, within the gesture', () => {
    const { a, calls } = apis(true);
    void openPanelNow({ id: 3, windowId: 7 }, a);
    expect(calls).toEqual(['open {"windowId":7}']); // called before any await
    const ff = apis(false);
    void openPanelNow({ id: 3 }, ff.a);
    expect(ff.calls).toEqual(['sidebar open']);
  });
});

describe('the context menu', () => {
  it('makes its two items in the UI language, replacing any left from before', async () => {
    const made: unknown[] = [];
    const removeAll = vi.fn(async () => undefined);
    await createMenus({ removeAll, create: (item) => made.push(item) }, (key) => `[${key}]`);
    expect(removeAll).toHaveBeenCalledOnce();
    expect(made).toEqual([
      { id: MENU_PAGE, title: '[menuBriefPage]', contexts: ['page'] },
      { id: MENU_SELECTION, title: '[menuBriefSelection]', contexts: ['selection'] },
    ]);
    expect([menuMode(MENU_PAGE), menuMode(MENU_SELECTION), menuMode('other')]).toEqual(['article', 'selection', undefined]);
  });
});
