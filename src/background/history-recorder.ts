// Keeps each brief the worker makes in history, off the answer's path: the popup is answered
// first and the store written after, and nothing here can fail a brief. Never recorded: a tab of
// a private window (or one whose window cannot be told), anything while history is paused, and a
// brief still being written. The rules of what replaces what are history.ts's (nextEntry).
import type { Brief } from '../core/types.ts';
import type { HistoryStore, RecordResult } from '../storage/history-store.ts';

export interface RecorderDeps {
  /** True when the tab belongs to a private (incognito) window; should throw when it cannot tell. */
  isPrivate(tabId: number): Promise<boolean>;
  /** The historyPaused setting, read per brief so a change on the options page applies at once. */
  paused(): Promise<boolean>;
  store: Pick<HistoryStore, 'record'>;
  log?(message: string): void;
}

export type RecordOutcome = RecordResult | { ok: true; skipped: 'private' | 'paused' | 'unfinished' };

/** Records `brief`, made in tab `tabId`, if the rules allow; resolves to what happened, never rejects. */
export async function recordBrief(brief: Brief, tabId: number, deps: RecorderDeps): Promise<RecordOutcome> {
  if (brief.partial) return { ok: true, skipped: 'unfinished' };
  // A tab that cannot be looked up (closed at once, no access) counts as private: never kept by mistake.
  if (await deps.isPrivate(tabId).catch(() => true)) return { ok: true, skipped: 'private' };
  if (await deps.paused().catch(() => true)) return { ok: true, skipped: 'paused' };
  try {
    const result = await deps.store.record(brief);
    if (!result.ok) deps.log?.(`Brief history: not kept: ${result.reason}`);
    return result;
  } catch (error) {
    // record() never throws by contract; this keeps a broken store from ever reaching the worker.
    const reason = error instanceof Error ? error.message : String(error);
    deps.log?.(`Brief history: not kept: ${reason}`);
    return { ok: false, reason };
  }
}

/** The worker's `record` dependency: starts recording and returns at once. */
export function historyRecorder(deps: RecorderDeps): (brief: Brief, tab: { id: number }) => void {
  return (brief, tab) => {
    void recordBrief(brief, tab.id, deps);
  };
}
