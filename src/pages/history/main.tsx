// History page entry: the briefs kept on this device, over the shared IndexedDB store.
import { render } from 'preact';
import { History } from './History.tsx';
import { browserHistoryApi } from './history-api.ts';

const root = document.getElementById('app');
if (root) render(<History api={browserHistoryApi()} />, root);
