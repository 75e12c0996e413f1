// The popup's first brief request is sent by early.js, a classic script at the top of <head> that
// runs before the stylesheet and the module graph load; the worker then reads the page while the
// popup is still loading. early.js parks the pending answer on a global and the popup's module
// takes it from there. A global, because the two are separate bundles.
import type { GetBriefRequest } from '../../shared/messages.ts';
import type { Transport } from './request.ts';

/** No tabId: the worker resolves the active tab itself, so nothing waits for a tab lookup. */
export const FIRST_REQUEST: GetBriefRequest = { type: 'brief:get', mode: 'article', fresh: false };

const PARKED = '__briefFirstRequest';
type Parked = { [PARKED]?: Promise<unknown> };

export function parkFirstRequest(transport: Transport, global: object = globalThis): void {
  let sent: Promise<unknown>;
  try {
    sent = transport.send(FIRST_REQUEST);
  } catch {
    return; // no extension API here: the popup's module sends (and reports) it itself
  }
  // Handled later by the popup's module; this keeps a failure in the meantime from being reported as unhandled.
  sent.catch(() => undefined);
  (global as Parked)[PARKED] = sent;
}

/** The parked first request, at most once (a second taker sends its own). */
export function takeFirstRequest(global: object = globalThis): Promise<unknown> | undefined {
  const parked = (global as Parked)[PARKED];
  delete (global as Parked)[PARKED];
  return parked;
}
