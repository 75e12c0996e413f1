// Chrome: the brief starts at the toolbar click, not when the popup's first script runs (~200 ms
// later), so reading the page overlaps the popup's opening. Once the worker has cleared the
// manifest's popup, a click (or the _execute_action shortcut) fires action.onClicked and grants
// activeTab; the worker starts the brief, then opens the popup itself. The popup's first request
// takes the brief in flight.
import type { GetBriefRequest, GetBriefResponse } from '../shared/messages.ts';
import { errorMessage } from '../core/types.ts';
import type { TabInfo } from './brief-service.ts';

export const POPUP_PAGE = 'popup/index.html';

/**
 * A started brief waits this long for its popup's first request, which comes well under a second
 * after the click (openPopup resolves once the popup document exists). Short, because an untaken
 * brief must not be handed to a later popup the browser opened on its own (after a failed
 * openPopup left the popup set for a tab) on another page.
 */
export const KEEP_MS = 10_000;

interface Started {
  tabId: number;
  answer: Promise<GetBriefResponse>;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * The brief started by the latest click, taken at most once by the popup that click opened. Only
 * the latest is kept: a new click closes any popup an earlier one opened, and an earlier brief
 * left untaken must never reach a later popup, which belongs to another click (or another page).
 */
export class ClickBriefs {
  #latest: Started | undefined;

  start(tab: TabInfo, make: () => Promise<GetBriefResponse>): void {
    this.#clear();
    const answer = make();
    answer.catch(() => undefined); // never rejects by contract; an untaken answer must not be reported
    const timer = setTimeout(() => this.forget(tab.id), KEEP_MS);
    this.#latest = { tabId: tab.id, answer, timer };
  }

  /**
   * The latest click's brief, if not yet taken. The popup that click opened asks for it first;
   * it is found by the click, not by looking up the active tab, which can name another tab while
   * windows and tabs change focus.
   */
  takeLatest(): Promise<GetBriefResponse> | undefined {
    const answer = this.#latest?.answer;
    this.#clear();
    return answer;
  }

  /** The latest click's brief if it is this tab's: the side panel asks by tab. */
  takeFor(tabId: number): Promise<GetBriefResponse> | undefined {
    return this.#latest?.tabId === tabId ? this.takeLatest() : undefined;
  }

  /** Drops the brief if it is this tab's (the tab closed, or no popup asked in time). */
  forget(tabId: number): void {
    if (this.#latest?.tabId === tabId) this.#clear();
  }

  #clear(): void {
    if (this.#latest) clearTimeout(this.#latest.timer);
    this.#latest = undefined;
  }
}

/** Only the popup's ordinary first request may be answered by a brief started at the click. */
export function isFirstRequest(request: GetBriefRequest): boolean {
  return request.tabId === undefined && request.mode === 'article' && !request.fresh;
}

/** The slice of browser.action this needs, so it can be tested without a browser. */
export interface ActionLike {
  setPopup(details: { tabId?: number; popup: string }): Promise<void>;
  openPopup?: (options?: { windowId?: number }) => Promise<void>;
}

export interface ClickTab {
  id?: number;
  url?: string;
  windowId?: number;
}

export type Log = (message: string) => void;

/**
 * Routes clicks through action.onClicked, in Chromium only, by clearing the manifest's popup.
 * Firefox keeps the ordinary popup: it starts loading it while the pointer rests on the button,
 * and in a real Firefox window routing through onClicked + openPopup (which does work there)
 * measured no faster (click -> card 204 ms against 216 ms, `npm run bench -- --only firefox`).
 * Until this has run (the worker's first start after install or launch) or if clearing fails,
 * the manifest's popup opens the ordinary way, so a click is never lost to a worker that is not
 * up yet. Chrome before 127 has no openPopup: the popup stays.
 */
export function enableClickStart(chromium: boolean, action: ActionLike, log: Log): boolean {
  if (!chromium) return false;
  if (typeof action.openPopup !== 'function') {
    log('action.openPopup is not available: the popup opens the ordinary way.');
    return false;
  }
  action.setPopup({ popup: '' }).catch((error: unknown) => log(`Brief keeps the ordinary popup: ${errorMessage(error)}`));
  return true;
}

export interface OpenHelpers {
  log: Log;
  /** Brings a window to the front (windows.update with focused: true). */
  focus?: (windowId: number) => Promise<unknown>;
  /** Whether one of the extension's popups is open (runtime.getContexts). */
  popupIsOpen?: () => Promise<boolean>;
}

/**
 * Opens the popup for a clicked tab. The popup is set for that tab only while it opens, then
 * cleared so the next click fires onClicked again. Chrome refuses openPopup for a window it does
 * not count as active ("Could not find an active browser window."), which a freshly launched
 * headless window can be even right after a click; focusing the window and asking once more
 * opens it. A rejection with the popup open anyway (Chrome waits for it to load) counts as
 * opened. If opening still fails the popup stays set for the tab, so the next click opens it
 * the ordinary way.
 */
export async function openPopupFor(tab: ClickTab, action: ActionLike, { log, focus, popupIsOpen }: OpenHelpers): Promise<boolean> {
  const tabId = tab.id;
  const popupForTab = tabId === undefined ? { popup: POPUP_PAGE } : { tabId, popup: POPUP_PAGE };
  const open = async (): Promise<void> => {
    if (!action.openPopup) throw new Error('action.openPopup is not available');
    try {
      await action.openPopup(tab.windowId === undefined ? undefined : { windowId: tab.windowId });
    } catch (error) {
      if (await popupIsOpen?.().catch(() => false)) return;
      throw error;
    }
  };
  try {
    await action.setPopup(popupForTab);
    try {
      await open();
    } catch (error) {
      if (!focus || tab.windowId === undefined) throw error;
      log(`Brief's popup did not open at once (${errorMessage(error)}); focusing the window and trying again.`);
      await focus(tab.windowId);
      await open();
    }
  } catch (error) {
    log(`Brief couldn't open its popup from the click (${errorMessage(error)}); the next click opens it directly.`);
    // Whatever failed, the popup must be set afterwards (for every tab if not even for this one).
    await action.setPopup(popupForTab)
      .catch(() => action.setPopup({ popup: POPUP_PAGE }))
      .catch(() => undefined);
    return false;
  }
  if (tabId !== undefined) await action.setPopup({ tabId, popup: '' }).catch(() => undefined);
  return true;
}
