// The history page: every brief kept on this device, newest first, a search box that filters as
// you type, and per brief Copy again, the page's link and Delete; Clear all (confirmed in the
// page), Export as Markdown or JSON, a notice when the bound let old briefs go, and a plain
// message when the store fails. Lists 100 at a time: 5,000 cards at once would be slow to draw.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_MAX_ENTRIES, exportJson, exportMarkdown, prepareSearch, searchEntries, type HistoryEntry } from '../../storage/history.ts';
import { storeFailure, storeFailureWording } from '../../storage/history-store.ts';
import { say } from '../../shared/say.ts';
import { ClearAll } from './components/ClearAll.tsx';
import { EntryItem } from './components/EntryItem.tsx';
import { exportFileName } from './download.ts';
import type { HistoryPageApi } from './history-api.ts';
import { t, uiLanguage } from '../../shared/i18n.ts';

/** A number as the UI's language writes it. */
const count = (n: number) => n.toLocaleString(uiLanguage());

const PAGE = 100;

type Load = { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; reason: string };

export function History({ api }: { api: HistoryPageApi }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const [dropped, setDropped] = useState(0);
  const [paused, setPaused] = useState(false);
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');
  const [copied, setCopied] = useState<{ key: string; state: 'copied' | 'failed' } | undefined>();
  /** Where focus goes once the list is drawn again after a delete: the nth brief, or the search box. */
  const [focusNext, setFocusNext] = useState<number | 'search' | undefined>();
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  const refresh = useCallback(async () => {
    try {
      const [all, notice] = await Promise.all([api.list(), api.droppedCount()]);
      setEntries(all);
      setDropped(notice);
      setLoad({ kind: 'ready' });
      // Once the list is drawn, before anyone types: folding 5,000 briefs takes about 50 ms.
      setTimeout(() => prepareSearch(all), 0);
    } catch (error) {
      setLoad({ kind: 'failed', reason: say(storeFailureWording(error), storeFailure(error)) });
    }
  }, [api]);

  useEffect(() => {
    void refresh();
    void api.paused().then(setPaused, () => undefined);
    return api.onChange(() => void refresh());
  }, [api, refresh]);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(undefined), 2500);
    return () => clearTimeout(timer);
  }, [copied]);

  useEffect(() => {
    if (focusNext === undefined) return;
    setFocusNext(undefined);
    const items = list.current?.querySelectorAll<HTMLButtonElement>('.entry button.copy') ?? [];
    const target = focusNext === 'search' || items.length === 0 ? search.current : items[Math.min(focusNext, items.length - 1)];
    target?.focus();
  }, [focusNext, entries]);

  const found = useMemo(() => searchEntries(entries, query), [entries, query]);
  const visible = found.slice(0, shown);

  const act = async (work: () => Promise<void>, done: string) => {
    try {
      await work();
      setMessage(done);
    } catch (error) {
      setMessage(t('historyActionFailed', say(storeFailureWording(error), storeFailure(error))));
    }
    await refresh();
  };

  const copy = (entry: HistoryEntry) => {
    // Called inside the click: the clipboard write must not wait for anything.
    void api.copy(entry).then((ok) => setCopied({ key: entry.key, state: ok ? 'copied' : 'failed' }));
  };

  const remove = (entry: HistoryEntry) => {
    // Focus goes to the brief that takes its place, or the one before, or the search box.
    const at = visible.indexOf(entry);
    void act(() => api.remove(entry.key), t('historyDeleted', entry.title || entry.url)).then(() => setFocusNext(at));
  };

  const clearAll = () => {
    setAsking(false);
    void act(() => api.clear(), t('historyCleared')).then(() => setFocusNext('search'));
  };

  const dismiss = () => {
    setDropped(0);
    void api.dismissDropped().catch(() => undefined);
  };

  const save = (format: 'md' | 'json') => {
    const now = api.now();
    if (format === 'md') api.download(exportFileName(now, 'md'), exportMarkdown(entries, now), 'text/markdown;charset=utf-8');
    else api.download(exportFileName(now, 'json'), exportJson(entries, now), 'application/json');
  };

  return (
    <>
      <header>
        <h1>{t('historyTitle')}</h1>
        <p class="detail">{t('historyIntro')}</p>
      </header>
      {load.kind === 'failed' && (
        <p class="error" role="alert">
          {t('historyFailed', load.reason)}
        </p>
      )}
      {paused && <p class="note">{t('historyPaused')}</p>}
      {dropped > 0 && (
        <div class="note dropped">
          <p>{t('historyDropped', count(DEFAULT_MAX_ENTRIES), count(dropped))}</p>
          <button type="button" onClick={dismiss}>
            {t('historyDismiss')}
          </button>
        </div>
      )}
      {load.kind !== 'failed' && (
        <>
          <div class="toolbar">
            <div class="search">
              <label for="search">{t('historySearch')}</label>
              <input
                id="search"
                ref={search}
                type="search"
                value={query}
                autocomplete="off"
                spellcheck={false}
                aria-describedby="search-help"
                aria-controls="entries"
                onInput={(e) => {
                  setQuery(e.currentTarget.value);
                  setShown(PAGE);
                }}
              />
              <p class="detail" id="search-help">{t('historySearchHelp')}</p>
            </div>
            <div class="buttons">
              <button type="button" onClick={() => save('md')} disabled={entries.length === 0}>
                {t('historyExportMarkdown')}
              </button>
              <button type="button" onClick={() => save('json')} disabled={entries.length === 0}>
                {t('historyExportJson')}
              </button>
              <ClearAll count={entries.length} asking={asking} onAsk={() => setAsking(true)} onCancel={() => setAsking(false)} onConfirm={clearAll} />
            </div>
          </div>
          <p class="count" role="status">
            {load.kind === 'loading'
              ? t('historyLoading')
              : entries.length === 0
                ? t('historyEmpty')
                : found.length === 0
                  ? t('historyNoMatch')
                  : found.length === entries.length
                    ? t('historyKept', count(entries.length))
                    : t('historyMatches', count(found.length), count(entries.length))}
          </p>
          <p class="message" role="status">
            {message}
          </p>
          <ol class="entries" id="entries" ref={list}>
            {visible.map((entry, i) => (
              <EntryItem
                key={entry.key}
                id={`entry-${i}`}
                entry={entry}
                copyState={copied?.key === entry.key ? copied.state : undefined}
                onCopy={copy}
                onDelete={remove}
              />
            ))}
          </ol>
          {found.length > visible.length && (
            <button type="button" class="more" onClick={() => setShown(shown + PAGE)}>
              {t('historyShowMore', count(Math.min(PAGE, found.length - visible.length)))}
            </button>
          )}
        </>
      )}
    </>
  );
}
