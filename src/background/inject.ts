// Runs extraction inside a tab: inject the content-script IIFE (which defines the entry function),
// then call that function. Two steps, because a file cannot be given the mode; the worker starts
// the first while it still reads its cache.
import browser from 'webextension-polyfill';
import { CONTENT_ENTRY, type ExtractMode, type ExtractResult } from '../shared/messages.ts';
import { isExtractResult } from '../shared/validate.ts';

export const CONTENT_SCRIPT_FILE = '/content.js';

// Serialised into the page's isolated world: must not reference anything outside its own body.
// Undefined when the content script is not there (never injected, or the page was reloaded).
function callEntry(entry: string, arg: unknown): unknown {
  const fn = (globalThis as unknown as Record<string, unknown>)[entry];
  return typeof fn === 'function' ? (fn as (a: unknown) => unknown)(arg) : undefined;
}

/** Step one: define the entry function in the tab (harmless to repeat: it only redefines it). */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

/** Step two: run the entry function injectContentScript defined. */
export async function extractInTab(tabId: number, mode: ExtractMode): Promise<ExtractResult> {
  const [first] = await browser.scripting.executeScript({
    target: { tabId },
    func: callEntry,
    args: [CONTENT_ENTRY, mode],
  });
  const result: unknown = first?.result;
  if (isExtractResult(result)) return result;
  const error = (first as { error?: unknown } | undefined)?.error;
  const detail = error instanceof Error ? error.message : error ? String(error) : 'no result from the page';
  return { ok: false, code: 'extraction-failed', message: `Brief couldn't read this page (${detail}).` };
}

/** Calls another entry of the content script in the tab (see JUMP_ENTRY); undefined when the script is not there. */
export async function callInTab(tabId: number, entry: string, arg: unknown): Promise<unknown> {
  const [first] = await browser.scripting.executeScript({ target: { tabId }, func: callEntry, args: [entry, arg] });
  return first?.result;
}
