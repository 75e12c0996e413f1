// Popup entry: renders the answer to the request start.ts has already sent. start.ts is imported
// first on purpose (imports run in order): see its comment.
import { fetchBrief, first } from './start.ts';
import { render } from 'preact';
import { App } from './App.tsx';
import { activeShortcut } from './shortcut.ts';
import { applyUiLanguage } from '../../shared/i18n.ts';

// The popup's own words follow the browser's language; each article keeps its own (see Card).
applyUiLanguage();

const root = document.getElementById('app');
if (root) render(<App first={first} fetchBrief={fetchBrief} shortcut={activeShortcut()} />, root);
