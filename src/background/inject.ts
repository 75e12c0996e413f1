// Runs extraction inside a tab: inject the content-script IIFE (which defines the entry function),
// then call that function. executeScript({files}) cannot return the script's value, hence two steps.
import browser from 'webextension-polyfill';
import { CONTENT_ENTRY, type ExtractMode, type ExtractResult } from '../shared/messages.ts';
import { isExtractResult } from './validate.ts';

export const CONTENT_SCRIPT_FILE = '/content.js';

// Serialised into the page's isolated world: must not reference anything outside its own body.
function callEntry(entry: string, mode: ExtractMode): unknown {
  const fn = (globalThis as unknown as Record<string, unknown>)[entry];
  return typeof fn === 'function' ? (fn as (m: ExtractMode) => unknown)(mode) : undefined;
}

export async function extractInTab(tabId: number, mode: ExtractMode): Promise<ExtractResult> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
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
