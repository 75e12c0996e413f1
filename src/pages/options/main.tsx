// Options page entry: the settings form over the browser's storage and permissions.
import { render } from 'preact';
import { Options } from './Options.tsx';
import { browserSettingsApi } from './settings-api.ts';
import { applyUiLanguage, t } from '../../shared/i18n.ts';

applyUiLanguage();
document.title = t('optionsTitle');

const root = document.getElementById('app');
if (root) render(<Options api={browserSettingsApi()} />, root);
