import { describe, expect, it, vi } from 'vitest';
import { ClickBriefs, KEEP_MS, POPUP_PAGE, enableClickStart, isFirstRequest, openPopupFor, type ActionLike } from '../../../src/background/click-start.ts';
import type { GetBriefResponse } from '../../../src/shared/messages.ts';

const failure = (message: string): GetBriefResponse => ({ ok: false, code: 'extraction-failed', message });

function fakeAction(openPopup?: ActionLike['openPopup']) {
  const calls: Array<{ tabId?: number; popup: string }> = [];
  const action: ActionLike = {
    setPopup: async (details) => {
      calls.push(details);
    },
    openPopup,
  };
  return { action, calls };
}

describe('ClickBriefs', () => {
  it('hands the started brief to the first taker, once', async () => {
    const briefs = new ClickBriefs();
    const make = vi.fn(async () => failure('started'));
    briefs.start({ id: 4, url: 'https://a.test/x' }, make);
    expect(make).toHaveBeenCalledTimes(1);
    await expect(briefs.takeLatest()).resolves.toEqual(failure('started'));
    expect(briefs.takeLatest()).toBeUndefined();
  });

  it('keeps only the latest click, whatever tab it was on: an earlier untaken brief never reaches a later popup', async () => {
    const briefs = new ClickBriefs();
    briefs.start({ id: 4, url: 'https://a.test/x' }, async () => failure('first'));
    briefs.start({ id: 9, url: 'https://b.test/y' }, async () => failure('second'));
    await expect(briefs.takeLatest()).resolves.toEqual(failure('second'));
    expect(briefs.takeLatest()).toBeUndefined();
  });

  it('forgets only the tab the brief is for', async () => {
    const briefs = new ClickBriefs();
    briefs.start({ id: 4, url: 'https://a.test/x' }, async () => failure('started'));
    briefs.forget(9);
    await expect(briefs.takeLatest()).resolves.toEqual(failure('started'));
  });

  it('drops a brief no popup asked for within KEEP_MS', () => {
    vi.useFakeTimers();
    try {
      const briefs = new ClickBriefs();
      briefs.start({ id: 4, url: 'https://a.test/x' }, async () => failure('started'));
      vi.advanceTimersByTime(KEEP_MS + 1);
      expect(briefs.takeLatest()).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a new click on the same tab replaces the earlier one', async () => {
    const briefs = new ClickBriefs();
    briefs.start({ id: 4, url: 'https://a.test/x' }, async () => failure('first'));
    briefs.start({ id: 4, url: 'https://a.test/y' }, async () => failure('second'));
    await expect(briefs.takeLatest()).resolves.toEqual(failure('second'));
    expect(briefs.takeLatest()).toBeUndefined();
  });

  it('forgets a closed tab', () => {
    const briefs = new ClickBriefs();
    briefs.start({ id: 4, url: 'https://a.test/x' }, async () => failure('started'));
    briefs.forget(4);
    expect(briefs.takeLatest()).toBeUndefined();
  });
});

describe('isFirstRequest', () => {
  it('is only the popup’s default request', () => {
    expect(isFirstRequest({ type: 'brief:get', mode: 'article', fresh: false })).toBe(true);
    expect(isFirstRequest({ type: 'brief:get', mode: 'article', fresh: true })).toBe(false);
    expect(isFirstRequest({ type: 'brief:get', mode: 'whole-page', fresh: false })).toBe(false);
    expect(isFirstRequest({ type: 'brief:get', mode: 'article', fresh: false, tabId: 3 })).toBe(false);
  });
});

describe('openPopupFor', () => {
  it('sets the popup for the tab, opens it in its window, then clears it so the next click comes back', async () => {
    const openPopup = vi.fn(async () => undefined);
    const { action, calls } = fakeAction(openPopup);
    await expect(openPopupFor({ id: 7, windowId: 2 }, action, { log: () => {} })).resolves.toBe(true);
    expect(openPopup).toHaveBeenCalledWith({ windowId: 2 });
    expect(calls).toEqual([{ tabId: 7, popup: POPUP_PAGE }, { tabId: 7, popup: '' }]);
  });

  it('leaves the popup set for the tab and logs why when opening fails', async () => {
    const { action, calls } = fakeAction(async () => {
      throw new Error('Could not find an active browser window.');
    });
    const log = vi.fn();
    await expect(openPopupFor({ id: 7, windowId: 2 }, action, { log })).resolves.toBe(false);
    expect(calls.at(-1)).toEqual({ tabId: 7, popup: POPUP_PAGE });
    expect(log.mock.calls[0]?.[0]).toContain('Could not find an active browser window.');
  });

  it('focuses the window and opens the popup on a second try when Chrome does not count the window as active', async () => {
    let attempts = 0;
    const order: string[] = [];
    const { action, calls } = fakeAction(async () => {
      attempts += 1;
      order.push(`open ${attempts}`);
      if (attempts === 1) throw new Error('Could not find an active browser window.');
    });
    const focus = vi.fn(async (windowId: number) => {
      order.push(`focus ${windowId}`);
    });
    await expect(openPopupFor({ id: 7, windowId: 2 }, action, { log: () => {}, focus })).resolves.toBe(true);
    expect(order).toEqual(['open 1', 'focus 2', 'open 2']);
    expect(calls.at(-1)).toEqual({ tabId: 7, popup: '' });
  });

  it('gives up after one focused retry, leaving the popup set for the tab', async () => {
    const openPopup = vi.fn(async () => {
      throw new Error('Failed to show popup.');
    });
    const { action, calls } = fakeAction(openPopup);
    const log = vi.fn();
    await expect(openPopupFor({ id: 7, windowId: 2 }, action, { log, focus: async () => undefined })).resolves.toBe(false);
    expect(openPopup).toHaveBeenCalledTimes(2);
    expect(calls.at(-1)).toEqual({ tabId: 7, popup: POPUP_PAGE });
    expect(log.mock.calls.at(-1)?.[0]).toContain('Failed to show popup.');
  });

  it('counts a rejection as opened when the popup is open anyway, and clears the tab popup', async () => {
    const openPopup = vi.fn(async () => {
      throw new Error('Failed to show popup.');
    });
    const { action, calls } = fakeAction(openPopup);
    const focus = vi.fn(async () => undefined);
    await expect(openPopupFor({ id: 7, windowId: 2 }, action, { log: () => {}, focus, popupIsOpen: async () => true })).resolves.toBe(true);
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(focus).not.toHaveBeenCalled();
    expect(calls.at(-1)).toEqual({ tabId: 7, popup: '' });
  });

  it('does not retry when focusing the window fails', async () => {
    const openPopup = vi.fn(async () => {
      throw new Error('Could not find an active browser window.');
    });
    const { action, calls } = fakeAction(openPopup);
    const focus = async () => {
      throw new Error('No window with id: 2.');
    };
    await expect(openPopupFor({ id: 7, windowId: 2 }, action, { log: () => {}, focus })).resolves.toBe(false);
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(calls.at(-1)).toEqual({ tabId: 7, popup: POPUP_PAGE });
  });

  it('sets the popup for every tab when even the tab cannot take it', async () => {
    const calls: Array<{ tabId?: number; popup: string }> = [];
    const action: ActionLike = {
      setPopup: async (details) => {
        if (details.tabId !== undefined) throw new Error('No tab with id: 7.');
        calls.push(details);
      },
      openPopup: async () => undefined,
    };
    await expect(openPopupFor({ id: 7 }, action, { log: () => {} })).resolves.toBe(false);
    expect(calls).toEqual([{ popup: POPUP_PAGE }]);
  });
});

describe('enableClickStart', () => {
  it('is off outside Chromium (Firefox), leaving the manifest popup alone', () => {
    const { action, calls } = fakeAction(async () => undefined);
    expect(enableClickStart(false, action, () => {})).toBe(false);
    expect(calls).toEqual([]);
  });

  it('clears the manifest popup in Chromium with openPopup, so clicks reach onClicked', () => {
    const { action, calls } = fakeAction(async () => undefined);
    expect(enableClickStart(true, action, () => {})).toBe(true);
    expect(calls).toEqual([{ popup: '' }]);
  });

  it('keeps the manifest popup when openPopup is missing (Chrome before 127), so the icon never goes dead', () => {
    const { action, calls } = fakeAction(undefined);
    const log = vi.fn();
    expect(enableClickStart(true, action, log)).toBe(false);
    expect(calls).toEqual([]);
    expect(log).toHaveBeenCalledOnce();
  });

  it('logs, and leaves the ordinary popup working, when the popup cannot be cleared', async () => {
    const action: ActionLike = {
      setPopup: async () => {
        throw new Error('boom');
      },
      openPopup: async () => undefined,
    };
    const log = vi.fn();
    enableClickStart(true, action, log);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining('boom')));
  });
});
