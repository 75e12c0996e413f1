// The side panel: the same App as the popup, for the active tab of its window, following tab
// switches and page loads. A tab Brief may not read yet says how to grant it (the shortcut, the
// toolbar button or the context menu; a click in the panel grants nothing). "Brief every page I
// open" asks, at that moment, for the optional permission to read every site.
import { useEffect, useState } from 'preact/hooks';
import type { ExtractMode, GetBriefResponse } from '../../shared/messages.ts';
import { t } from '../../shared/i18n.ts';
import { App } from '../popup/App.tsx';
import type { PanelBrowser } from './tabs.ts';

export type PanelFetch = (tabId: number, mode: ExtractMode, fresh: boolean) => Promise<GetBriefResponse>;

interface Props {
  tabs: PanelBrowser;
  fetchBrief: PanelFetch;
  shortcut?: Promise<string>;
}

export function Panel({ tabs, fetchBrief, shortcut }: Props) {
  const [shown, setShown] = useState<{ tabId: number; n: number } | undefined>();
  const [readAll, setReadAll] = useState(false);
  useEffect(() => {
    let n = 0;
    const show = (tabId: number) => setShown({ tabId, n: ++n });
    void tabs.activeTab().then((tabId) => tabId !== undefined && show(tabId));
    tabs.onShow(show);
    void tabs.canReadAll().then(setReadAll);
  }, [tabs]);

  const askReadAll = () => {
    void tabs.askReadAll().then((granted) => {
      setReadAll(granted);
      if (granted && shown) setShown({ tabId: shown.tabId, n: shown.n + 1 });
    });
  };

  if (!shown) return null;
  const { tabId, n } = shown;
  return (
    <>
      <App
        key={`${tabId}:${n}`}
        surface="panel"
        first={fetchBrief(tabId, 'article', false)}
        fetchBrief={(mode, fresh) => fetchBrief(tabId, mode, fresh)}
        shortcut={shortcut}
      />
      {!readAll && (
        <p class="panel-auto">
          <label>
            <input type="checkbox" checked={false} onClick={askReadAll} />
            {t('panelAutoBrief')}
          </label>
        </p>
      )}
    </>
  );
}
