import { describe, expect, it } from 'vitest';
import { parseJsonl } from '../../../src/eval/dataset.ts';
import type { LoadedEngine } from '../../../src/eval/engines/registry.ts';
import { bestOverReferences, runEval, type Prediction } from '../../../src/eval/harness.ts';
import { summarizeRun } from '../../../src/eval/summary.ts';
import { formatFlagged, formatTable } from '../../../src/eval/table.ts';

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
    expect(table).toContain('- boom: always throws; 2 articles failed (of 2, scored as empty): row a: kaput');
    expect(table).toMatch(/\| first \| \d+\.\d\d \(/);
  });
});

describe('points flagged by the faithfulness check', () => {
  const inventor: LoadedEngine = { id: 'inventor', engine: { id: 'inventor', label: 'invents', summarize: () => ['The bridge cost 40 million.', 'Crowds came.', ' '] } };
  const own: LoadedEngine = {
    id: 'own', engine: {
      id: 'own', label: 'brings its own checks',
      summarize: () => ({ points: ['Rain fell.', '', 'Mr Smith left.'], ms: 2, checks: [{ found: true, missing: [] }, { found: true, missing: [] }, { found: false, missing: ['Smith'] }] }),
    },
  };

  it('checks every point of every engine against the article, or takes the engine\'s own checks', async () => {
    const predictions: Prediction[] = [];
    const runs = await runEval(rows, [first, inventor, own], { onPrediction: (p) => predictions.push(p) });
    expect(runs[0]!.outcomes.flatMap((o) => o.checks).every((c) => c.found)).toBe(true);
    expect(runs[1]!.outcomes.map((o) => o.checks.map((c) => c.missing))).toEqual([[['40'], []], [['40'], []]]);
    // Empty points are dropped together with their checks; the engine's own time is kept.
    expect(runs[2]!.outcomes[0]).toMatchObject({ points: ['Rain fell.', 'Mr Smith left.'], ms: 2, checks: [{ found: true }, { found: false, missing: ['Smith'] }] });
    expect(predictions.find((p) => p.engine === 'inventor')).toEqual({ id: 'a', engine: 'inventor', points: ['The bridge cost 40 million.', 'Crowds came.'], missing: [['40'], []] });
    expect(predictions.find((p) => p.engine === 'first')).toEqual({ id: 'a', engine: 'first', points: ['The bridge opened.'] });

    const flagged = formatFlagged(runs.map((r) => summarizeRun(r, 1)));
    expect(flagged).toContain('Points flagged (not found in the article)');
    expect(flagged).toContain('| first | 2 | 0 | 0.0% |');
    expect(flagged).toContain('| inventor | 4 | 2 | 50.0% |');
    expect(flagged).toContain('| own | 4 | 2 | 50.0% |');
  });
});
