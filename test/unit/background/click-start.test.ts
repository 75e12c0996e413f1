import { describe, expect, it, vi } from 'vitest';
import { ClickBriefs, POPUP_PAGE, clickStartEnabled, isFirstRequest, openPopupFor, type ActionLike } from '../../../src/background/click-start.ts';
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

  it('hands out the latest click first, whatever tab it was on', async () => {
    const briefs = new ClickBriefs();
    briefs.start({ id: 4, url: 'https://a.test/x' }, async () => failure('first'));
    briefs.start({ id: 9, url: 'https://b.test/y' }, async () => failure('second'));
    await expect(briefs.takeLatest()).resolves.toEqual(failure('second'));
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
    await expect(openPopupFor({ id: 7, windowId: 2 }, action, () => {})).resolves.toBe(true);
    expect(openPopup).toHaveBeenCalledWith({ windowId: 2 });
    expect(calls).toEqual([{ tabId: 7, popup: POPUP_PAGE }, { tabId: 7, popup: '' }]);
  });

  it('leaves the popup set for the tab and logs why when opening fails', async () => {
    const { action, calls } = fakeAction(async () => {
      throw new Error('Could not find an active browser window.');
    });
    const log = vi.fn();
    await expect(openPopupFor({ id: 7, windowId: 2 }, action, log)).resolves.toBe(false);
    expect(calls.at(-1)).toEqual({ tabId: 7, popup: POPUP_PAGE });
    expect(log.mock.calls[0]?.[0]).toContain('Could not find an active browser window.');
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
    await expect(openPopupFor({ id: 7 }, action, () => {})).resolves.toBe(false);
    expect(calls).toEqual([{ popup: POPUP_PAGE }]);
  });
});

describe('clickStartEnabled', () => {
  it('is off when the manifest names a popup (Firefox), touching nothing', () => {
    const { action, calls } = fakeAction(async () => undefined);
    expect(clickStartEnabled('popup/index.html', action, () => {})).toBe(false);
    expect(calls).toEqual([]);
  });

  it('is on without a manifest popup when openPopup exists', () => {
    const { action, calls } = fakeAction(async () => undefined);
    expect(clickStartEnabled(undefined, action, () => {})).toBe(true);
    expect(calls).toEqual([]);
  });

  it('sets the popup for every tab when openPopup is missing, so the icon never goes dead', () => {
    const { action, calls } = fakeAction(undefined);
    expect(clickStartEnabled(undefined, action, () => {})).toBe(false);
    expect(calls).toEqual([{ popup: POPUP_PAGE }]);
  });
});
