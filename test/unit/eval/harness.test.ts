import { describe, expect, it } from 'vitest';
import { parseJsonl } from '../../../src/eval/dataset.ts';
import type { LoadedEngine } from '../../../src/eval/engines/registry.ts';
import { bestOverReferences, runEval, type Prediction } from '../../../src/eval/harness.ts';
import { summarizeRun } from '../../../src/eval/summary.ts';
import { formatTable } from '../../../src/eval/table.ts';

const rows = parseJsonl([
  JSON.stringify({ id: 'a', article: 'The bridge opened. It cost a lot. Crowds came.', abstract: 'The bridge opened.' }),
  JSON.stringify({ article: 'Rain fell. Rivers rose.', references: ['Rivers rose after rain.', 'Rain fell. Rivers rose.'] }),
].join('\n'));

const first: LoadedEngine = { id: 'first', engine: { id: 'first', label: 'first sentence', summarize: (a) => [a.blocks[0]!.text.split('. ')[0]! + '.'] } };
const boom: LoadedEngine = { id: 'boom', engine: { id: 'boom', label: 'always throws', summarize: () => { throw new Error('kaput'); } } };
const gone: LoadedEngine = { id: 'gone', unavailable: 'cannot load: no such package' };

describe('bestOverReferences', () => {
  it('keeps the best score over the references, per figure', () => {
    const s = bestOverReferences(['Rain fell.', 'Rivers rose.'], [['Rivers rose after rain.'], ['Rain fell.', 'Rivers rose.']]);
    expect(s).toEqual({ rouge1: 1, rouge2: 1, rougeL: 1, rougeLsum: 1 });
  });
});

describe('runEval', () => {
  it('scores each engine on each row and reports failures and unavailable engines', async () => {
    const predictions: Prediction[] = [];
    const runs = await runEval(rows, [first, boom, gone], { onPrediction: (p) => predictions.push(p) });
    expect(predictions).toEqual([
      { id: 'a', engine: 'first', points: ['The bridge opened.'] },
      { id: 'a', engine: 'boom', points: [], error: 'row a: kaput' },
      { id: 1, engine: 'first', points: ['Rain fell.'] },
      { id: 1, engine: 'boom', points: [], error: 'row 1: kaput' },
    ]);
    expect(runs[0]!.outcomes[0]!.scores.rouge1).toBe(1);
    expect(runs[1]!.outcomes.every((o) => o.scores.rouge1 === 0)).toBe(true);

    const table = formatTable(runs.map((r) => summarizeRun(r, 1)), 'caption');
    expect(table).toContain('| gone | n/a | n/a |');
    expect(table).toContain('- gone: unavailable here (cannot load: no such package)');
    expect(table).toContain('- boom: always throws; failed on 2 of 2 articles (scored as empty), first: row a: kaput');
    expect(table).toMatch(/\| first \| \d+\.\d\d \(/);
  });
});
