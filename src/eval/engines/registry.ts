// Every engine the harness knows, one module each, loaded on demand: a peer package that fails
// to load here is reported as unavailable (with its reason) instead of stopping the run.
import { BriefError } from '../../core/types.ts';
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

export const ENGINE_IDS: readonly string[] = Object.keys(LOADERS);

export type LoadedEngine = { id: string; engine: EvalEngine } | { id: string; unavailable: string };

/** Throws a BriefError for an unknown id, before any work is done. */
export function checkEngineIds(ids: readonly string[]): void {
  const unknown = ids.filter((id) => !(id in LOADERS));
  if (unknown.length > 0) {
    throw new BriefError('bad-input', `unknown engine(s): ${unknown.join(', ')}; known: ${ENGINE_IDS.join(', ')}`);
  }
}

export async function loadEngines(ids: readonly string[]): Promise<LoadedEngine[]> {
  checkEngineIds(ids);
  return Promise.all(
    ids.map(async (id): Promise<LoadedEngine> => {
      try {
        return { id, engine: (await LOADERS[id]!()).engine };
      } catch (err) {
        return { id, unavailable: `cannot load: ${(err as Error).message.split('\n')[0]}` };
      }
    }),
  );
}
