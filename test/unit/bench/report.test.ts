import { describe, expect, it } from 'vitest';
import { BUDGETS, buildReport, type PopupFigures } from '../../../scripts/bench/report.ts';
import { parseBenchArgs, MIN_RUNS } from '../../../scripts/bench/args.ts';
import { articleOfLength, wordCount } from '../../../scripts/bench/corpus.ts';

const popup = (clickToCard: number, docToCard = 50): PopupFigures => ({ docToCard, clickToCard, tabTaskMs: 10, tabFrozenMs: 5 });
const runs = (n: number, f: (i: number) => PopupFigures) => Array.from({ length: n }, (_, i) => f(i));

describe('the bench report', () => {
  it('checks the click-to-card ratio on medians of the same run, per page', () => {
    const report = buildReport({
      e2e: {
        ok: true,
        value: [
          { label: 'seed', seed: true, brief: runs(21, (i) => popup(400 + i, 80)), bare: runs(21, (i) => popup(350 + i)) },
          { label: 'big', seed: false, brief: runs(21, (i) => popup(600 + i, 300)), bare: runs(21, (i) => popup(350 + i)) },
        ],
      },
    });
    const verdicts = Object.fromEntries(report.budgets.map((b) => [b.name, b]));
    expect(verdicts['seed article: popup document start → card, median']).toMatchObject({ pass: true, actual: '80.0 ms' });
    expect(verdicts['seed article: click → card, Brief / bare popup (medians)']).toMatchObject({ pass: true, actual: '1.14×' });
    expect(verdicts['largest page (big): click → card, Brief / bare popup (medians)']).toMatchObject({ pass: false, actual: '1.69×' }) // 610 / 360;
    // The popup-start budget is about the seed article only.
    expect(report.budgets).toHaveLength(3);
  });

  it('reports the worker-stopped runs as a figure without a budget, only when measured', () => {
    const seed = { label: 'seed', seed: true, brief: runs(5, () => popup(300)), bare: runs(5, () => popup(280)) };
    const row = (r: ReturnType<typeof buildReport>) => r.rows.find((x) => x.measure.includes('worker stopped first'));
    const cold = buildReport({ e2e: { ok: true, value: [{ ...seed, cold: runs(5, (i) => popup(450 + 10 * i)) }] } });
    expect(row(cold)?.value).toMatch(/^470 ms \/ /);
    expect(cold.budgets).toHaveLength(2);
    expect(row(buildReport({ e2e: { ok: true, value: [seed] } }))).toBeUndefined();
  });

  it('fails the budgets of a section that could not be measured, and skips sections left out', () => {
    const report = buildReport({ e2e: { ok: false, error: 'no Chromium' }, bundle: { ok: true, value: {
      popup: { raw: 40_000, gzip: BUDGETS.popupGzipBytes + 1 },
      background: { raw: 1, gzip: 1 },
      content: { raw: 1, gzip: BUDGETS.contentGzipBytes },
    } } });
    expect(report.rows.some((r) => r.value === 'no Chromium')).toBe(true);
    expect(report.budgets.filter((b) => b.pass).map((b) => b.name)).toEqual(['content script, gzipped']);
    expect(report.budgets.filter((b) => !b.pass)).toHaveLength(4);
    expect(report.rows.some((r) => r.section === 'extraction')).toBe(false);
  });

  it('budgets the 1,000-word summarizer time and the Σ extraction ratio', () => {
    const report = buildReport({
      scaling: { ok: true, value: [{ words: 500, ms: 2 }, { words: 1000, ms: 4 }, { words: 2000, ms: 8.5 }] },
      extraction: { ok: true, value: { pages: 3, repetitions: 2, brief: { median: 1, p95: 2, max: 3 }, bare: { median: 1, p95: 2, max: 3 }, totalRatio: 1.21, medianPageRatio: 1.1 } },
    });
    const pass = Object.fromEntries(report.budgets.map((b) => [b.name, b.pass]));
    expect(pass).toEqual({
      'Brief / bare Readability, Σ time over all pages': false,
      'summarizeArticle median, 1,000 words': true,
      'growth with length, worst step vs n log n': true,
    });
  });
});

describe('bench arguments', () => {
  it('holds the model engine to its overhead budget over the server, and says so when not measured', () => {
    const within = buildReport({ model: { ok: true, value: { clickToFirstPoint: [500, 520], clickToDone: [600, 640], serverMs: [400, 420], overhead: [1.04, 1.08, 1.06] } } });
    expect(within.budgets).toEqual([expect.objectContaining({ pass: true, actual: '1.06×' })]);
    const over = buildReport({ model: { ok: true, value: { clickToFirstPoint: [1], clickToDone: [1], serverMs: [1], overhead: [1.2, 1.3, 1.25] } } });
    expect(over.budgets[0]).toMatchObject({ pass: false, actual: '1.25×' });
    expect(buildReport({ model: { ok: false, error: 'no server' } }).budgets[0]).toMatchObject({ pass: false });
  });

  it('defaults to every section and the minimum number of end-to-end runs', () => {
    expect(parseBenchArgs([])).toMatchObject({ runs: MIN_RUNS, quick: false, build: false, sections: ['extraction', 'summarizer', 'e2e', 'firefox', 'model', 'history', 'bundle'] });
  });

  it('reads --json, --runs, --only and --quick', () => {
    expect(parseBenchArgs(['--json', 'out.json', '--runs', '30', '--only', 'bundle,e2e'])).toMatchObject({ json: 'out.json', runs: 30, sections: ['bundle', 'e2e'] });
    expect(parseBenchArgs(['--quick']).runs).toBe(5);
    expect(parseBenchArgs(['--quick', '--runs', '7']).runs).toBe(7);
  });

  it('rejects unknown options, missing values and bad sections with the usage', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown option --fast[\s\S]*Usage/);
    expect(() => parseBenchArgs(['--json'])).toThrow(/needs a value/);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/at least 1/);
    expect(() => parseBenchArgs(['--only', 'popup'])).toThrow(/--only takes/);
  });
});

describe('articles of a chosen length', () => {
  const texts = ['one two three four', 'five six', '', 'seven eight nine'];

  it('joins source texts in order, one block each, and cuts the last at the word count', () => {
    const article = articleOfLength(texts, 7);
    expect(article.blocks.map((b) => b.text)).toEqual(['one two three four', 'five six', 'seven']);
    expect(wordCount(article)).toBe(7);
  });

  it('wraps around the sources for long articles and can start anywhere', () => {
    expect(wordCount(articleOfLength(texts, 40, 1))).toBe(40);
    expect(articleOfLength(texts, 2, 3).blocks[0]!.text).toBe('seven eight');
  });

  it('refuses sources without words', () => {
    expect(() => articleOfLength(['', ' '], 3)).toThrow(RangeError);
    expect(() => articleOfLength([], 3)).toThrow(RangeError);
  });
});

describe('the history rows', () => {
  it('budget the median search over 10,000 briefs, and report the first search and the store', () => {
    const value = { entries: 10_000, queries: 3, searchMs: [4, 6, 80], prepareMs: 110, store: { records: 10, maxEntries: 5, recordMs: [0.2, 0.4], listMs: 80, listed: 5, storeSearchMs: 200 } };
    const report = buildReport({ history: { ok: true, value } });
    expect(report.budgets).toEqual([expect.objectContaining({ name: 'history search over 10,000 briefs, median per query', pass: true, actual: '6.00 ms' })]);
    expect(report.rows.map((r) => r.measure)).toContain('folding 10,000 briefs for search, once after loading');
    expect(report.rows.some((r) => r.measure.startsWith('store on fake-indexeddb: record'))).toBe(true);
    expect(buildReport({ history: { ok: true, value: { ...value, searchMs: [60] } } }).budgets[0]?.pass).toBe(false);
    expect(buildReport({ history: { ok: false, error: 'no data' } }).budgets[0]).toMatchObject({ pass: false, actual: 'not measured' });
  });
});

describe('the Firefox rows', () => {
  it('print the click-to-card medians and their ratio, without a budget', () => {
    const report = buildReport({ firefox: { ok: true, value: { brief: [200, 210, 220], bare: [40, 50, 60] } } });
    const ratio = report.rows.find((r) => r.measure.includes('Brief / bare popup'));
    expect(ratio?.value).toBe('4.20× (Brief +160 ms)');
    expect(report.rows.find((r) => r.measure.includes('click → card, Brief, median'))?.value).toMatch(/^210 ms \/ /);
    expect(report.budgets).toHaveLength(0);
  });

  it('say why when Firefox could not be measured', () => {
    const report = buildReport({ firefox: { ok: false, error: 'no display tools' } });
    expect(report.rows[0]?.value).toBe('not measured: no display tools');
  });
});
