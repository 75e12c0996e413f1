import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_ID, getEngine, registerEngine, selectedEngine } from '../../../src/background/engines.ts';
import { extractiveEngine } from '../../../src/core/index.ts';
import type { Engine } from '../../../src/core/types.ts';

const other: Engine = {
  id: 'test-remote',
  label: 'Test remote',
  remote: true,
  summarize: async () => Promise.reject(new Error('not used')),
};

const settings = (value: unknown) => ({ get: async (key: string) => ({ [key]: value }) });

describe('engine registry', () => {
  it('defaults to the offline extractive engine', async () => {
    expect(DEFAULT_ENGINE_ID).toBe(extractiveEngine.id);
    expect(getEngine(undefined)).toBe(extractiveEngine);
    expect(await selectedEngine(undefined)).toBe(extractiveEngine);
    expect((await selectedEngine(settings(undefined))).remote).toBe(false);
  });

  it('selects a registered engine by the stored id', async () => {
    registerEngine(other);
    expect(await selectedEngine(settings('test-remote'))).toBe(other);
  });

  it('falls back to the default for unknown ids, wrong types and failing storage', async () => {
    expect(await selectedEngine(settings('no-such-engine'))).toBe(extractiveEngine);
    expect(await selectedEngine(settings(42))).toBe(extractiveEngine);
    expect(await selectedEngine({ get: async () => Promise.reject(new Error('storage down')) })).toBe(extractiveEngine);
  });
});
