// The options page's logic with a fake browser behind its one small interface: the origin is
// asked for inside the click (before anything is awaited, as Firefox requires), a refusal saves
// nothing, and Chrome's engine is offered only where the browser has its API.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Options } from '../../../src/pages/options/Options.tsx';
import { originPattern, type SettingsApi } from '../../../src/pages/options/settings-api.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/storage/settings.ts';
import { installDom, settle } from '../popup/dom.ts';

let root: Element;

function fakeApi(overrides: Partial<SettingsApi> = {}) {
  const log: string[] = [];
  const saved: Settings[] = [];
  const api: SettingsApi = {
    load: async () => ({ ...DEFAULT_SETTINGS, engine: 'openai', openai: { ...DEFAULT_SETTINGS.openai, baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.2' } }),
    save: async (s) => {
      log.push('save');
      saved.push(s);
    },
    requestOrigin: (pattern) => {
      log.push(`request ${pattern}`);
      return Promise.resolve(true);
    },
    fetch: vi.fn(),
    chromeAi: {},
    saveHistoryPaused: async (paused) => void log.push(`history paused ${paused}`),
    historyUrl: 'chrome-extension://brief/history/index.html',
    ...overrides,
  };
  return { api, log, saved };
}

async function mount(api: SettingsApi) {
  await act(async () => {
    render(<Options api={api} />, root);
    await settle();
  });
}

const submit = async () =>
  act(async () => {
    root.querySelector('form')?.dispatchEvent(new (window as unknown as typeof globalThis).Event('submit', { cancelable: true }));
    await settle();
  });

beforeEach(() => {
  root = installDom().document.getElementById('app') as Element;
});

describe('options page', () => {
  it('asks for the server origin synchronously in the Save click, then saves', async () => {
    const { api, log, saved } = fakeApi();
    await mount(api);
    let requestedBeforeAnyAwait = false;
    api.requestOrigin = (pattern) => {
      requestedBeforeAnyAwait = log.length === 0;
      log.push(`request ${pattern}`);
      return Promise.resolve(true);
    };
    const done = submit();
    expect(requestedBeforeAnyAwait).toBe(true); // already called when the handler returned
    await done;
    expect(log).toEqual(['request http://127.0.0.1/*', 'save']);
    expect(saved[0]).toMatchObject({ engine: 'openai', openai: { model: 'llama3.2' } });
    expect(root.querySelector('.status')?.textContent).toBe("Saved. The article's text goes to 127.0.0.1:11434.");
  });

  it('saves nothing when the user refuses the permission, and says why', async () => {
    const { api, log } = fakeApi({ requestOrigin: async () => false });
    await mount(api);
    await submit();
    expect(log).not.toContain('save');
    expect(root.querySelector('.status')?.textContent).toBe('Not saved: Brief needs your permission to send articles to that server.');
  });

  it('offers Chrome\'s built-in AI only where the browser has it', async () => {
    await mount(fakeApi().api);
    expect(root.querySelector('#engine-chrome-ai')).toBeNull();
    const languageModel = { availability: async () => 'available' as const, create: vi.fn() };
    await mount(fakeApi({ chromeAi: { languageModel } }).api);
    expect(root.querySelector('#engine-chrome-ai')).not.toBeNull();
  });

  it('pauses history at once, on its own, and keeps it paused through a Save', async () => {
    const { api, log, saved } = fakeApi();
    await mount(api);
    const box = root.querySelector('#history-paused') as HTMLInputElement;
    expect(box.hasAttribute('checked')).toBe(false); // linkedom reflects `checked` only as the attribute
    await act(async () => {
      box.checked = true;
      box.dispatchEvent(new (window as unknown as typeof globalThis).Event('change'));
      await settle();
    });
    expect(log).toEqual(['history paused true']);
    expect(root.querySelector('fieldset.history .status')?.textContent).toBe('History paused: new briefs are not kept.');
    await submit();
    expect(saved[0]?.historyPaused).toBe(true);
    expect((root.querySelector('#history-paused') as HTMLInputElement).checked).toBe(true); // a property once the test set it
    const link = root.querySelector('fieldset.history a');
    expect([link?.textContent, link?.getAttribute('href')]).toEqual(['Open history', 'chrome-extension://brief/history/index.html']);
  });

  it('matches host permissions by host, whatever the port', () => {
    expect(originPattern('http://127.0.0.1:11434/v1')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://api.openai.com/v1')).toBe('https://api.openai.com/*');
    expect(originPattern('file:///x')).toBeUndefined();
  });
});
