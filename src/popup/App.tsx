import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { BriefErrorCode, Brief } from '../core/types.ts';
import type { ExtractMode, GetBriefResponse } from '../shared/messages.ts';
import { Card } from './components/Card.tsx';
import { ErrorView } from './components/ErrorView.tsx';
import { Loading } from './components/Loading.tsx';

type View =
  | { kind: 'loading' }
  | { kind: 'brief'; brief: Brief }
  | { kind: 'error'; code: BriefErrorCode; message: string; mode: ExtractMode };

export type Fetch = (mode: ExtractMode, fresh: boolean) => Promise<GetBriefResponse>;

const toView = (response: GetBriefResponse, mode: ExtractMode): View =>
  response.ok ? { kind: 'brief', brief: response.brief } : { kind: 'error', code: response.code, message: response.message, mode };

interface Props {
  first: Promise<GetBriefResponse>;
  fetchBrief: Fetch;
  /** The shortcut in force for opening Brief (commands.getAll), shown on the card; "" for none. */
  shortcut?: Promise<string>;
}

export function App({ first, fetchBrief, shortcut }: Props) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [key, setKey] = useState('');
  useEffect(() => {
    void shortcut?.then(setKey);
  }, [shortcut]);

  // A layout effect subscribes during the first render's commit; a plain effect would wait for the
  // next animation frame after the loading state is painted (~16 ms more before the card).
  useLayoutEffect(() => {
    void first.then((response) => setView(toView(response, 'article')));
  }, [first]);

  const load = (mode: ExtractMode) => {
    setView({ kind: 'loading' });
    void fetchBrief(mode, true).then((response) => setView(toView(response, mode)));
  };

  if (view.kind === 'loading') return <Loading />;
  if (view.kind === 'brief') return <Card brief={view.brief} shortcut={key} />;
  return (
    <ErrorView
      code={view.code}
      message={view.message}
      onBriefAnyway={() => load('whole-page')}
      onRetry={() => load(view.mode)}
    />
  );
}
