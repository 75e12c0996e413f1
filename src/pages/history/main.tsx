// History page entry: the briefs kept on this device, over the shared IndexedDB store.
import { render } from 'preact';
import { History } from './History.tsx';
import { browserHistoryApi } from './history-api.ts';
import { applyUiLanguage, t } from '../../shared/i18n.ts';

applyUiLanguage();
document.title = t('historyPageTitle');

const root = document.getElementById('app');
if (root) render(<History api={browserHistoryApi()} />, root);
