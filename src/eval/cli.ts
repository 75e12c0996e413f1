// `npm run eval -- --data <file.jsonl> [--out preds.jsonl] [--engines a,b] [--limit N] [--seed S]`
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { BriefError } from '../core/types.ts';
import { parseJsonl } from './dataset.ts';
import { ENGINE_IDS, checkEngineIds, loadEngines } from './engines/registry.ts';
import { runEval, type Prediction } from './harness.ts';
import { comparePaired, formatPaired } from './paired.ts';
import { summarizeRun } from './summary.ts';
import { formatTable } from './table.ts';

export const USAGE = `usage: npm run eval -- --data <file.jsonl> [--out preds.jsonl] [--engines ${ENGINE_IDS.join(',')}] [--limit N] [--seed S]`;

export interface EvalOptions {
  data: string;
  out?: string;
  engines: string[];
  limit?: number;
  seed: number;
}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new BriefError('bad-input', `${flag} must be a positive integer, got "${value}"`);
  return Number(value);
}

export function parseEvalArgs(argv: readonly string[]): EvalOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        data: { type: 'string' }, out: { type: 'string' }, engines: { type: 'string' },
        limit: { type: 'string' }, seed: { type: 'string' },
      },
    }));
  } catch (err) {
    throw new BriefError('bad-input', `${(err as Error).message}\n${USAGE}`);
  }
  if (!values.data) throw new BriefError('bad-input', `--data is required\n${USAGE}`);
  const engines = values.engines ? values.engines.split(',').map((s) => s.trim()).filter(Boolean) : [...ENGINE_IDS];
  checkEngineIds(engines);
  const limit = positiveInt(values.limit, '--limit');
  return {
    data: values.data, engines, seed: positiveInt(values.seed, '--seed') ?? 1,
    ...(values.out ? { out: values.out } : {}), ...(limit ? { limit } : {}),
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

/** Runs the whole evaluation and returns the printed table. */
export async function runEvalCommand(opts: EvalOptions): Promise<string> {
  const rows = parseJsonl(readData(opts.data)).slice(0, opts.limit);
  const engines = await loadEngines(opts.engines);
  const lines: string[] = [];
  const runs = await runEval(rows, engines, { onPrediction: (p) => lines.push(predictionLine(p)) });
  if (opts.out) writeFileSync(opts.out, lines.length ? lines.join('\n') + '\n' : '');
  const caption = `${basename(opts.data)}: ${rows.length} articles; F1 x 100, mean (95% bootstrap interval, seed ${opts.seed})`;
  const table = formatTable(runs.map((r) => summarizeRun(r, opts.seed)), caption);
  // Brief against each LEAD-3 in the run: the same-splitter one first, the published one second.
  const ran = (id: string) => runs.find((r) => r.id === id && !r.unavailable);
  const brief = ran('brief');
  const comparisons = ['lead3', 'lead3-plain'].flatMap((id) => {
    const lead = ran(id);
    const paired = brief && lead ? comparePaired(brief, lead, opts.seed) : undefined;
    return paired ? [formatPaired(paired)] : [];
  });
  return comparisons.length ? `${table}\n\n${comparisons.join('\n')}` : table;
}
