// Every engine the harness knows, one module each, loaded on demand: a peer package that fails
// to load here is reported as unavailable (with its reason) instead of stopping the run. Model
// engines need a server to talk to, so they are selectable only with their configuration.
import { BriefError } from '../../core/types.ts';
import type { OpenAiConfig } from '../../engines/openai-compatible/request.ts';
import type { EvalEngine } from './types.ts';

type Loader = () => Promise<{ engine: EvalEngine }>;

const LOADERS: Readonly<Record<string, Loader>> = {
  brief: () => import('./brief.ts'),
  lead3: () => import('./lead3.ts'),
  'lead3-plain': () => import('./lead3-plain.ts'),
  textrank: () => import('./textrank.ts'),
  'node-summarizer': () => import('./node-summarizer.ts'),
  'ts-textrank': () => import('./ts-textrank.ts'),
  lexrank: () => import('./lexrank.ts'),
};

/** The local engines: what a run without `--engines` scores. */
export const ENGINE_IDS: readonly string[] = Object.keys(LOADERS);

/** Engines that ask a model server; each needs its configuration (`--endpoint`, `--model`). */
export const MODEL_ENGINE_IDS: readonly string[] = ['openai'];

export const KNOWN_ENGINE_IDS: readonly string[] = [...ENGINE_IDS, ...MODEL_ENGINE_IDS];

/** Configuration of the model engines, by engine id. */
export interface ModelEngineConfig {
  openai?: OpenAiConfig;
}

export const OPENAI_NEEDS = 'the openai engine needs --endpoint URL and --model NAME (e.g. --endpoint http://127.0.0.1:11434/v1 --model llama3.2)';

export type LoadedEngine = { id: string; engine: EvalEngine } | { id: string; unavailable: string };

/** Throws a BriefError for an unknown id, or a model engine without its configuration, before any work is done. */
export function checkEngineIds(ids: readonly string[], models: ModelEngineConfig = {}): void {
  const unknown = ids.filter((id) => !KNOWN_ENGINE_IDS.includes(id));
  if (unknown.length > 0) {
    throw new BriefError('bad-input', `unknown engine(s): ${unknown.join(', ')}; known: ${KNOWN_ENGINE_IDS.join(', ')}`);
  }
  if (ids.includes('openai') && !models.openai) throw new BriefError('bad-input', OPENAI_NEEDS);
}

async function load(id: string, models: ModelEngineConfig): Promise<{ engine: EvalEngine }> {
  if (id === 'openai') {
    const { createEvalOpenAiEngine } = await import('./openai.ts');
    return { engine: createEvalOpenAiEngine(models.openai!) };
  }
  return LOADERS[id]!();
}

export async function loadEngines(ids: readonly string[], models: ModelEngineConfig = {}): Promise<LoadedEngine[]> {
  checkEngineIds(ids, models);
  return Promise.all(
    ids.map(async (id): Promise<LoadedEngine> => {
      try {
        return { id, engine: (await load(id, models)).engine };
      } catch (err) {
        return { id, unavailable: `cannot load: ${(err as Error).message.split('\n')[0]}` };
      }
    }),
  );
}
