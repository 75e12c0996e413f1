// `npm run eval:extract -- --data ../shared/data/wcxb-dev [--type article] [--limit N] [--out rows.jsonl]`
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BriefError } from '../../core/types.ts';
import { readWcxb } from './dataset.ts';
import { evaluatePages } from './run.ts';
import { formatExtractionTable } from './table.ts';

export const USAGE = 'usage: npm run eval:extract -- --data <wcxb dir> [--type article] [--limit N] [--out rows.jsonl]';

export interface ExtractEvalOptions {
  data: string;
  type?: string;
  limit?: number;
  out?: string;
}

export function parseExtractEvalArgs(argv: readonly string[]): ExtractEvalOptions {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: { data: { type: 'string' }, type: { type: 'string' }, limit: { type: 'string' }, out: { type: 'string' } } }));
  } catch (error) {
    throw new BriefError('bad-input', `${(error as Error).message}\n${USAGE}`);
  }
  if (!values.data) throw new BriefError('bad-input', `--data is required\n${USAGE}`);
  if (values.limit !== undefined && !/^\d+$/.test(values.limit)) throw new BriefError('bad-input', `--limit must be a positive integer\n${USAGE}`);
  return { data: values.data, type: values.type, limit: values.limit ? Number(values.limit) : undefined, out: values.out };
}

export function runExtractEval(options: ExtractEvalOptions, log: (line: string) => void = () => {}): string {
  let pages;
  try {
    pages = readWcxb(options.data, { type: options.type, limit: options.limit });
  } catch (error) {
    throw new BriefError('bad-input', `cannot read ${options.data} as a WCXB split (html/, ground-truth/): ${(error as Error).message}`);
  }
  if (pages.length === 0) throw new BriefError('bad-input', `no pages${options.type ? ` of type ${options.type}` : ''} in ${options.data}`);
  const scores = evaluatePages(pages, (done) => log(`  ${done}/${pages.length} pages`));
  if (options.out) writeFileSync(options.out, scores.map((s) => JSON.stringify(s)).join('\n') + '\n');
  return formatExtractionTable(scores);
}
