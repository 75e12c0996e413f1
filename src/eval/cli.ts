// `npm run eval -- [--data <file.jsonl>] [--out preds.jsonl] [--engines a,b] [--limit N] [--seed S]
//                  [--endpoint URL --model NAME [--api-key-env VAR] [--context TOKENS]]`
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MIN_CONTEXT_TOKENS } from '../core/model/prompt.ts';
import { BriefError } from '../core/types.ts';
import { normalizeBaseUrl, type OpenAiConfig } from '../engines/openai-compatible/request.ts';
import { parseJsonl } from './dataset.ts';
import { ENGINE_IDS, KNOWN_ENGINE_IDS, OPENAI_NEEDS, checkEngineIds, loadEngines } from './engines/registry.ts';
import { runEval, type Prediction } from './harness.ts';
import { comparePaired, formatPaired } from './paired.ts';
import { summarizeRun } from './summary.ts';
import { formatCard, formatFlagged, formatTable } from './table.ts';

/** The evaluation set read when `--data` is not given: the 100 articles of val.jsonl. */
export const DEFAULT_DATA = fileURLToPath(new URL('../../../shared/data/cnndm-gpt4/val.jsonl', import.meta.url));

export const USAGE =
  `usage: npm run eval -- [--data <file.jsonl>] [--out preds.jsonl] [--engines ${KNOWN_ENGINE_IDS.join(',')}] [--limit N] [--seed S]` +
  ' [--endpoint URL --model NAME [--api-key-env VAR] [--context TOKENS]]';

export interface EvalOptions {
  data: string;
  out?: string;
  engines: string[];
  limit?: number;
  seed: number;
  /** The server the `openai` engine asks; set exactly when `openai` is among the engines. */
  openai?: OpenAiConfig;
}

/** What the caller may follow while a run goes (the script prints it on a terminal). */
export interface EvalHooks {
  onProgress?: (done: number, total: number) => void;
}

/** Every article failed for some engine: the run is no measurement. `output` is what it printed. */
export class EvalRunFailed extends BriefError {
  readonly output: string;
  constructor(message: string, output: string) {
    super('engine-failed', message);
    this.name = 'EvalRunFailed';
    this.output = output;
  }
}

const fail = (message: string): never => {
  throw new BriefError('bad-input', message);
};

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) fail(`${flag} must be a positive integer, got "${value}"`);
  return Number(value);
}

interface ModelArgs {
  endpoint?: string;
  model?: string;
  'api-key-env'?: string;
  context?: string;
}

/** The openai engine's configuration from the flags; the key is read from the named variable. */
function openAiConfig(values: ModelArgs, env: NodeJS.ProcessEnv): OpenAiConfig {
  if (!values.endpoint || !values.model?.trim()) fail(OPENAI_NEEDS);
  let baseUrl = '';
  try {
    baseUrl = normalizeBaseUrl(values.endpoint!);
  } catch (err) {
    fail(`--endpoint: ${(err as Error).message}`);
  }
  const config: OpenAiConfig = { baseUrl, model: values.model!.trim() };
  const keyVar = values['api-key-env'];
  if (keyVar !== undefined) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(keyVar)) fail(`--api-key-env takes the name of an environment variable, got "${keyVar}"`);
    const key = env[keyVar];
    if (!key) fail(`--api-key-env: the environment variable ${keyVar} is not set (it should hold the API key)`);
    config.apiKey = key;
  }
  const context = positiveInt(values.context, '--context');
  if (context !== undefined) {
    if (context < MIN_CONTEXT_TOKENS) fail(`--context takes a number of tokens of at least ${MIN_CONTEXT_TOKENS}, got "${values.context}"`);
    config.contextTokens = context;
  }
  return config;
}

export function parseEvalArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): EvalOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        data: { type: 'string' }, out: { type: 'string' }, engines: { type: 'string' },
        limit: { type: 'string' }, seed: { type: 'string' },
        endpoint: { type: 'string' }, model: { type: 'string' }, 'api-key-env': { type: 'string' }, context: { type: 'string' },
      },
    }));
  } catch (err) {
    throw new BriefError('bad-input', `${(err as Error).message}\n${USAGE}`);
  }
  if (values.data === '') fail(`--data needs a file\n${USAGE}`);
  const modelArgs = ['endpoint', 'model', 'api-key-env', 'context'] as const;
  const anyModelArg = modelArgs.some((k) => values[k] !== undefined);
  // Without --engines: every local engine, and the model too when its server is given.
  const engines = values.engines
    ? values.engines.split(',').map((s) => s.trim()).filter(Boolean)
    : [...ENGINE_IDS, ...(anyModelArg ? ['openai'] : [])];
  checkEngineIds(engines.filter((id) => id !== 'openai'));
  if (anyModelArg && !engines.includes('openai')) fail('--endpoint, --model, --api-key-env and --context are for the openai engine: add openai to --engines');
  const openai = engines.includes('openai') ? openAiConfig(values, env) : undefined;
  checkEngineIds(engines, openai ? { openai } : {});
  const limit = positiveInt(values.limit, '--limit');
  return {
    data: values.data ?? DEFAULT_DATA, engines, seed: positiveInt(values.seed, '--seed') ?? 1,
    ...(values.out ? { out: values.out } : {}), ...(limit ? { limit } : {}), ...(openai ? { openai } : {}),
  };
}

/** One line of --out: the row id, the engine and its points (plus the error, if it failed). */
export function predictionLine(p: Prediction): string {
  return JSON.stringify(p);
}

function readData(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new BriefError('bad-input', `cannot read ${path}: ${(err as Error).message}`);
  }
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * Runs the whole evaluation and returns the printed tables. Throws EvalRunFailed (with the
 * tables) when some engine failed on every article.
 */
export async function runEvalCommand(opts: EvalOptions, hooks: EvalHooks = {}): Promise<string> {
  const started = performance.now();
  const rows = parseJsonl(readData(opts.data)).slice(0, opts.limit);
  const engines = await loadEngines(opts.engines, opts.openai ? { openai: opts.openai } : {});
  const lines: string[] = [];
  const runs = await runEval(rows, engines, {
    onPrediction: (p) => lines.push(predictionLine(p)),
    ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
  });
  if (opts.out) writeFileSync(opts.out, lines.length ? lines.join('\n') + '\n' : '');
  const caption = `${basename(opts.data)}: ${rows.length} articles; F1 x 100, mean (95% bootstrap interval, seed ${opts.seed})`;
  const summaries = runs.map((r) => summarizeRun(r, opts.seed));
  const table = formatTable(summaries, caption);
  // Brief against each LEAD-3 in the run: the same-splitter one first, the published one second.
  const ran = (id: string) => runs.find((r) => r.id === id && !r.unavailable);
  const brief = ran('brief');
  const comparisons = ['lead3', 'lead3-plain'].flatMap((id) => {
    const lead = ran(id);
    const paired = brief && lead ? comparePaired(brief, lead, opts.seed) : undefined;
    return paired ? [formatPaired(paired)] : [];
  });
  const inEngines = summaries.filter((s) => !s.unavailable).map((s) => `${s.id} ${seconds(s.engineMs)}`);
  const total = `Total time: ${seconds(performance.now() - started)} (in the engines: ${inEngines.join(', ') || 'none'})`;
  const card = formatCard(summaries);
  const output = [table, ...(comparisons.length ? [comparisons.join('\n')] : []), formatFlagged(summaries), ...(card ? [card] : []), total].join('\n\n');
  const dead = summaries.find((s) => !s.unavailable && s.articles > 0 && s.failures === s.articles);
  if (dead) throw new EvalRunFailed(`${dead.id}: all ${dead.articles} articles failed: ${dead.firstError}`, output);
  return output;
}
