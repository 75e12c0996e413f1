import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, readSettings } from '../../../src/storage/settings.ts';
import { engineFor, whereItGoes } from '../../../src/engines/registry.ts';
import { say } from '../../../src/shared/say.ts';
import '../popup/dom.ts'; // the English catalog

describe('settings', () => {
  it('reads nothing, junk and old values as the defaults, and clamps numbers', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ engine: 'gpt-5', openai: 'x' })).toEqual(DEFAULT_SETTINGS);
    const parsed = parseSettings({ engine: 'openai', openai: { baseUrl: ' http://h:1/v1 ', model: ' m ', apiKey: 7, contextTokens: 10, timeoutSeconds: 1e9 } });
    expect(parsed).toEqual({ engine: 'openai', openai: { baseUrl: 'http://h:1/v1', model: 'm', apiKey: '', contextTokens: 1024, timeoutSeconds: 600 }, historyPaused: false, surface: 'popup' });
  });

  it('pauses history only for a stored true', () => {
    expect(DEFAULT_SETTINGS.historyPaused).toBe(false);
    expect(parseSettings({ historyPaused: true }).historyPaused).toBe(true);
    for (const junk of [false, 'true', 1, null, {}]) expect(parseSettings({ historyPaused: junk }).historyPaused).toBe(false);
  });

  it('falls back to the defaults when storage fails', async () => {
    expect(await readSettings({ get: () => Promise.reject(new Error('corrupt')) })).toEqual(DEFAULT_SETTINGS);
    expect(await readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('builds the engine the settings name, the built-in one for anything unusable', () => {
    expect(engineFor(DEFAULT_SETTINGS).id).toBe('extractive');
    expect(engineFor(parseSettings({ engine: 'openai', openai: { model: '' } })).id).toBe('extractive'); // no model chosen yet
    const openai = engineFor(parseSettings({ engine: 'openai', openai: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.2' } }));
    expect(openai).toMatchObject({ id: 'openai', remote: true, model: 'llama3.2', sentTo: '127.0.0.1:11434' });
    expect(engineFor(parseSettings({ engine: 'chrome-ai' })).runsIn).toBe('window'); // no Prompt API in this context
  });

  it('says where the article goes, in plain words', () => {
    expect(say(whereItGoes(DEFAULT_SETTINGS))).toBe('Built-in: nothing leaves this device.');
    expect(say(whereItGoes(parseSettings({ engine: 'openai', openai: { baseUrl: 'https://api.openai.com/v1' } })))).toBe("The article's text goes to api.openai.com.");
    expect(say(whereItGoes(parseSettings({ engine: 'chrome-ai' })))).toBe("Chrome's built-in AI: nothing leaves this device.");
  });
});
