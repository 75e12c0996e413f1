// Which engine makes the brief: the user's choice from the settings, built with what it needs.
// The built-in engine is the default and the answer to every unusable choice; a model engine's
// failure is handled by its caller (the worker shows the built-in brief, labelled; the CLI exits).
import type { Engine, Wording } from '../core/types.ts';
import type { Settings } from '../storage/settings.ts';
import { extractiveEngine } from './extractive.ts';
import { createOpenAiEngine, type FetchLike } from './openai-compatible/engine.ts';
import { originOf } from './openai-compatible/errors.ts';

export const DEFAULT_ENGINE_ID = extractiveEngine.id;

export interface EngineEnvironment {
  fetch?: FetchLike;
  /** Chrome's built-in AI engine for this context, where the browser has it. */
  chromeAi?: () => Engine | undefined;
}

/**
 * Chrome's Summarizer lives in window contexts only: in the worker, the choice becomes this
 * placeholder, and the page that asked runs the real engine on the article the worker sends it.
 */
export const windowSummarizer: Engine = {
  id: 'chrome-ai',
  label: "Chrome's built-in AI",
  remote: false,
  model: 'Gemini Nano (Summarizer)',
  runsIn: 'window',
  summarize: () => Promise.reject(new Error("Chrome's Summarizer runs in Brief's popup, not in its worker.")),
};

export function engineFor(settings: Settings, env: EngineEnvironment = {}): Engine {
  if (settings.engine === 'openai' && settings.openai.model) {
    const { baseUrl, model, apiKey, contextTokens, timeoutSeconds } = settings.openai;
    return createOpenAiEngine({ baseUrl, model, apiKey: apiKey || undefined, contextTokens }, { fetch: env.fetch, firstByteTimeoutMs: timeoutSeconds * 1000 });
  }
  if (settings.engine === 'chrome-ai') return env.chromeAi?.() ?? windowSummarizer;
  return extractiveEngine;
}

/** Where the article goes with this choice, as the UI says it: a message key and its parameters. */
export function whereItGoes(settings: Settings): Wording {
  // originOf shows an unparseable address as typed.
  if (settings.engine === 'openai') return { key: 'whereServer', params: [originOf(settings.openai.baseUrl)] };
  if (settings.engine === 'chrome-ai') return { key: 'whereChromeAi', params: [] };
  return { key: 'whereBuiltIn', params: [] };
}
