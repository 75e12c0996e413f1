// Every setting Brief keeps, in one place: its key in storage.local, its default, and a parser
// for whatever storage hands back (an older version's value, a hand edit, nothing at all). A bad
// value falls back to its default, so a setting can never stop Brief from working.
import { DEFAULT_CONTEXT_TOKENS, MIN_CONTEXT_TOKENS } from '../core/model/prompt.ts';

export type EngineChoice = 'extractive' | 'openai' | 'chrome-ai';
export const ENGINE_CHOICES: readonly EngineChoice[] = ['extractive', 'openai', 'chrome-ai'];

export interface OpenAiSettings {
  baseUrl: string;
  model: string;
  apiKey: string;
  contextTokens: number;
  /** How long to wait for the server's first byte: a local model reads a long prompt first. */
  timeoutSeconds: number;
}

export interface Settings {
  engine: EngineChoice;
  openai: OpenAiSettings;
  /** True: new briefs are not kept in history (private windows never are). */
  historyPaused: boolean;
  /** What the toolbar button (and the shortcut, and the context menu) opens. */
  surface: Surface;
}

export type Surface = 'popup' | 'panel';

export const DEFAULT_OPENAI: OpenAiSettings = {
  baseUrl: 'http://127.0.0.1:11434/v1',
  model: '',
  apiKey: '',
  contextTokens: DEFAULT_CONTEXT_TOKENS,
  timeoutSeconds: 120,
};

export const DEFAULT_SETTINGS: Settings = { engine: 'extractive', openai: DEFAULT_OPENAI, historyPaused: false, surface: 'popup' };

/** The storage.local keys, so readers ask for exactly these. */
export const SETTING_KEYS = ['engine', 'openai', 'historyPaused', 'surface'] as const;

export const MAX_CONTEXT_TOKENS = 1_000_000;
export const TIMEOUT_SECONDS = { min: 5, max: 600 } as const;

const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value.trim() : fallback);

function parseOpenAi(value: unknown): OpenAiSettings {
  if (typeof value !== 'object' || value === null) return DEFAULT_OPENAI;
  const v = value as Record<string, unknown>;
  const tokens = typeof v.contextTokens === 'number' && Number.isFinite(v.contextTokens) ? Math.round(v.contextTokens) : DEFAULT_CONTEXT_TOKENS;
  const timeout = typeof v.timeoutSeconds === 'number' && Number.isFinite(v.timeoutSeconds) ? Math.round(v.timeoutSeconds) : DEFAULT_OPENAI.timeoutSeconds;
  return {
    baseUrl: text(v.baseUrl, DEFAULT_OPENAI.baseUrl) || DEFAULT_OPENAI.baseUrl,
    model: text(v.model, ''),
    apiKey: text(v.apiKey, ''),
    contextTokens: Math.min(MAX_CONTEXT_TOKENS, Math.max(MIN_CONTEXT_TOKENS, tokens)),
    timeoutSeconds: Math.min(TIMEOUT_SECONDS.max, Math.max(TIMEOUT_SECONDS.min, timeout)),
  };
}

export function parseSettings(raw: Record<string, unknown> | undefined): Settings {
  const engine = raw?.engine;
  return {
    engine: ENGINE_CHOICES.includes(engine as EngineChoice) ? (engine as EngineChoice) : DEFAULT_SETTINGS.engine,
    openai: parseOpenAi(raw?.openai),
    // Only a stored `true` pauses: anything else keeps history on, as before the setting existed.
    historyPaused: raw?.historyPaused === true,
    surface: raw?.surface === 'panel' ? 'panel' : 'popup',
  };
}

export interface SettingsArea {
  get(keys: string[] | string): Promise<Record<string, unknown>>;
  set?(items: Record<string, unknown>): Promise<void>;
}

/** The settings in force; a storage failure reads as the defaults. */
export async function readSettings(area: SettingsArea | undefined): Promise<Settings> {
  if (!area) return DEFAULT_SETTINGS;
  try {
    return parseSettings(await area.get([...SETTING_KEYS]));
  } catch {
    return DEFAULT_SETTINGS;
  }
}
