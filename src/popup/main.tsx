// Popup entry. The request leaves before Preact renders anything: the worker starts extracting
// while the popup paints its loading state.
import { render } from 'preact';
import type { ExtractMode } from '../shared/messages.ts';
import { App } from './App.tsx';
import { requestBrief } from './request.ts';
import { extensionTransport } from './transport.ts';

performance.mark('brief:popup-start');
const fetchBrief = (mode: ExtractMode, fresh: boolean) => requestBrief(extensionTransport, mode, fresh);
const first = fetchBrief('article', false);

const root = document.getElementById('app');
if (root) render(<App first={first} fetchBrief={fetchBrief} />, root);
