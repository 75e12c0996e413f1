import { describe, expect, it } from 'vitest';
import { activeShortcut } from '../../../src/pages/popup/shortcut.ts';

const api = (commands: { name?: string; shortcut?: string }[] | Error) => ({
  commands: { getAll: async () => { if (commands instanceof Error) throw commands; return commands; } },
});

describe('activeShortcut', () => {
  it('is the key the browser has in force for opening Brief', async () => {
    expect(await activeShortcut(api([{ name: 'other', shortcut: 'Ctrl+Shift+1' }, { name: '_execute_action', shortcut: 'Alt+Shift+R' }]))).toBe('Alt+Shift+R');
    // A key the user changed is what the browser reports, whatever the manifest suggested.
    expect(await activeShortcut(api([{ name: '_execute_action', shortcut: 'Ctrl+Shift+9' }]))).toBe('Ctrl+Shift+9');
  });

  it('is empty when no key is set, the API fails or is missing', async () => {
    expect(await activeShortcut(api([{ name: '_execute_action', shortcut: '' }]))).toBe('');
    expect(await activeShortcut(api([{ name: '_execute_action' }]))).toBe('');
    expect(await activeShortcut(api(new Error('no commands API')))).toBe('');
    expect(await activeShortcut({})).toBe('');
  });
});
