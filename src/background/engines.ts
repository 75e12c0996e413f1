// The engine registry: every summariser (the offline extractive one today; Chrome's built-in
// Summarizer or an OpenAI-compatible endpoint later) implements Engine and registers here.
// The user's choice is a plain engine id in storage.local; an unknown or unreadable choice
// falls back to the offline default, so a bad setting can never stop Brief from working.
import { extractiveEngine } from '../core/index.ts';
import type { Engine } from '../core/types.ts';

export const DEFAULT_ENGINE_ID = extractiveEngine.id;
export const ENGINE_SETTING_KEY = 'engine';

const registry = new Map<string, Engine>([[extractiveEngine.id, extractiveEngine]]);

export function registerEngine(engine: Engine): void {
  registry.set(engine.id, engine);
}

export function listEngines(): Engine[] {
  return [...registry.values()];
}

export function getEngine(id: string | undefined): Engine {
  return (id !== undefined ? registry.get(id) : undefined) ?? (registry.get(DEFAULT_ENGINE_ID) as Engine);
}

/** The engine the user selected, read from a settings store such as storage.local. */
export async function selectedEngine(
  settings: { get(key: string): Promise<Record<string, unknown>> } | undefined,
): Promise<Engine> {
  if (!settings) return getEngine(undefined);
  try {
    const value = (await settings.get(ENGINE_SETTING_KEY))[ENGINE_SETTING_KEY];
    return getEngine(typeof value === 'string' ? value : undefined);
  } catch {
    return getEngine(undefined);
  }
}
