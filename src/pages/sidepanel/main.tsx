// Side panel entry (Chrome's side_panel, Firefox's sidebar_action): the Panel over the browser.
import { render } from 'preact';
import { Panel } from './Panel.tsx';
import { browserPanel } from './tabs.ts';
import { requestBrief } from '../popup/request.ts';
import { extensionTransport } from '../popup/transport.ts';
import { activeShortcut } from '../popup/shortcut.ts';
import { applyUiLanguage } from '../../shared/i18n.ts';

applyUiLanguage();

const root = document.getElementById('app');
if (root) {
  render(
    <Panel
      tabs={browserPanel()}
      fetchBrief={(tabId, mode, fresh) => requestBrief(extensionTransport, { type: 'brief:get', tabId, mode, fresh, from: 'panel' })}
      shortcut={activeShortcut()}
    />,
    root,
  );
}
