// A linkedom document installed as the global `document`, so Preact can render popup components in Node.
import { parseHTML } from 'linkedom';
import en from '../../../public/_locales/en/messages.json';
import { installCatalog } from '../../../src/shared/i18n.ts';

// Pages look their words up in the browser's i18n; in Node the English catalog answers.
installCatalog(en);

export function installDom(): { document: Document; window: Window } {
  const { document, window } = parseHTML('<!doctype html><html><body><main id="app"></main></body></html>');
  Object.assign(globalThis, { document, window });
  return { document: document as unknown as Document, window: window as unknown as Window };
}

/** Let promise callbacks and Preact's debounced re-render run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
