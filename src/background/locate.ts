// The worker's side of "Show in page": runs the content script's finder in the tab the popup
// names. The script is normally there already (it read the page for the brief); where it is not
// (the page was reloaded, or the brief came from the cache), it is injected and asked again.
// activeTab from the toolbar click still covers that tab while its popup is open.
import { errorMessage } from '../core/types.ts';
import {
  FINDABLE_ENTRY, JUMP_ENTRY, type FindableRequest, type FindableResponse, type JumpRequest, type JumpResponse, type RequestFailure,
} from '../shared/messages.ts';

export interface LocateDeps {
  /** Calls a content-script entry in the tab; undefined when the content script is not there. */
  call(tabId: number, entry: string, arg: unknown): Promise<unknown>;
  inject(tabId: number): Promise<void>;
}

async function callInjected(tabId: number, entry: string, arg: unknown, deps: LocateDeps): Promise<unknown> {
  const first = await deps.call(tabId, entry, arg);
  if (first !== undefined) return first;
  await deps.inject(tabId);
  return deps.call(tabId, entry, arg);
}

const unreachable = (detail: string): RequestFailure => ({
  ok: false,
  code: 'extraction-failed',
  message: `Brief can't reach this page any more (${detail}).`,
});

export async function jumpInTab(request: JumpRequest, deps: LocateDeps): Promise<JumpResponse> {
  try {
    const shown = await callInjected(request.tabId, JUMP_ENTRY, request.text, deps);
    return typeof shown === 'boolean' ? { ok: true, shown } : unreachable('no answer from the page');
  } catch (error) {
    return unreachable(errorMessage(error));
  }
}

export async function findableInTab(request: FindableRequest, deps: LocateDeps): Promise<FindableResponse> {
  if (request.texts.length === 0) return { ok: true, found: [] };
  try {
    const found = await callInjected(request.tabId, FINDABLE_ENTRY, request.texts, deps);
    const valid = Array.isArray(found) && found.length === request.texts.length && found.every((f) => typeof f === 'boolean');
    return valid ? { ok: true, found } : unreachable('no answer from the page');
  } catch (error) {
    return unreachable(errorMessage(error));
  }
}
