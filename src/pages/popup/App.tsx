import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article, BriefErrorCode, Brief } from '../../core/types.ts';
import type { ExtractMode, GetBriefResponse } from '../../shared/messages.ts';
import { workerLostMessage } from './request.ts';
import { Card } from './components/Card.tsx';
import { ErrorView } from './components/ErrorView.tsx';
import { Loading } from './components/Loading.tsx';
import { followJob, type JobEvents } from '../../popup/follow.ts';
import { tabLocator, type PointLocator } from './locate.ts';

type View =
  | { kind: 'loading' }
  | { kind: 'brief'; brief: Brief }
  | { kind: 'error'; code: BriefErrorCode; message: string; mode: ExtractMode };

export type Fetch = (mode: ExtractMode, fresh: boolean) => Promise<GetBriefResponse>;

const toView = (response: GetBriefResponse, mode: ExtractMode): View =>
  response.ok ? { kind: 'brief', brief: response.brief } : { kind: 'error', code: response.code, message: response.message, mode };

export type Follow = (job: string, events: JobEvents) => () => void;
export type Surface = 'popup' | 'panel';

interface Props {
  first: Promise<GetBriefResponse>;
  fetchBrief: Fetch;
  /** Follows a model engine's brief as it is written (default: a port to the worker). */
  follow?: Follow;
  /** Where the App is mounted: the popup, or the side panel (no "Open in side panel" there). */
  surface?: Surface;
  /** Runs a page-only engine (Chrome's Summarizer) on the article the worker sent. */
  summarizeHere?: (article: Article, onPartial: (brief: Brief) => void) => Promise<Brief>;
  /** The shortcut in force for opening Brief (commands.getAll), shown on the card; "" for none. */
  shortcut?: Promise<string>;
  /** "Show in page" in the tab the worker read (default: messages to the worker). */
  locate?: (tabId: number) => PointLocator;
}

const inPage = (article: Article, onPartial: (brief: Brief) => void) =>
  import('./window-engine.ts').then(({ summarizeInPage }) => summarizeInPage(article, onPartial));

export function App({ first, fetchBrief, shortcut, follow = followJob, summarizeHere = inPage, locate = tabLocator, surface = 'popup' }: Props) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number>();
  const locator = useMemo(() => (tabId === undefined ? undefined : locate(tabId)), [tabId, locate]);
  const [key, setKey] = useState('');
  const stopFollowing = useRef<() => void>();
  useEffect(() => {
    void shortcut?.then(setKey);
  }, [shortcut]);
  useEffect(() => () => stopFollowing.current?.(), []);

  // A model engine's answer names a job: the card shows what there is and fills as it is written.
  // A worker that stops mid-way is asked again once (it rejoins the job or starts it over).
  const show = (response: GetBriefResponse, mode: ExtractMode, rejoins = 1) => {
    setView(toView(response, mode));
    if (response.tabId !== undefined) setTabId(response.tabId);
    if (response.ok && response.article) {
      void summarizeHere(response.article, (brief) => setView({ kind: 'brief', brief })).then((brief) => setView({ kind: 'brief', brief }));
      return;
    }
    if (!response.ok || !response.job) return;
    stopFollowing.current?.();
    stopFollowing.current = follow(response.job, {
      partial: (brief) => setView({ kind: 'brief', brief }),
      done: (brief) => setView({ kind: 'brief', brief }),
      lost: () => {
        if (rejoins > 0) void fetchBrief(mode, false).then((again) => show(again, mode, rejoins - 1));
        else setView({ kind: 'error', code: 'engine-failed', message: workerLostMessage(), mode });
      },
    });
  };

  // A layout effect subscribes during the first render's commit; a plain effect would wait for the
  // next animation frame after the loading state is painted (~16 ms more before the card).
  useLayoutEffect(() => {
    void first.then((response) => show(response, 'article'));
  }, [first]);

  const load = (mode: ExtractMode) => {
    stopFollowing.current?.();
    setView({ kind: 'loading' });
    void fetchBrief(mode, true).then((response) => show(response, mode));
  };

  if (view.kind === 'loading') return <Loading />;
  if (view.kind === 'brief') return <Card brief={view.brief} shortcut={key} locator={locator} surface={surface} tabId={tabId} />;
  return (
    <ErrorView
      code={view.code}
      message={view.message}
      shortcut={key}
      onBriefAnyway={() => load('whole-page')}
      onRetry={() => load(view.mode)}
    />
  );
}
