// Turns the measured figures into the one table and the budget verdicts. Pure: no timing here,
// so the budget logic is unit-tested on made-up figures.
import { atMost, notMeasured, type BudgetResult } from './budgets.ts';
import { formatCount, formatKB, formatMs, formatRatio } from './format.ts';
import { compareWithNLogN, type GrowthVerdict } from './growth.ts';
import { median, percentile } from './stats.ts';
import type { Row } from './table.ts';

export const BUDGETS = {
  summarizerMsAt1000Words: 5,
  /** Slack on the n log n growth check, for timing noise. */
  growthTolerance: 1.25,
  extractionRatio: 1.2,
  popupStartToCardMs: 100,
  clickToCardRatio: 1.25,
  popupGzipBytes: 30_000,
  /** A model engine's card complete, over the server's own answer time (from the request's arrival). */
  modelOverheadRatio: 1.1,
  contentGzipBytes: 60_000,
  /** The history page's search over 10,000 kept briefs, per keystroke. */
  historySearchMs: 50,
} as const;

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ExtractionFigures {
  pages: number;
  repetitions: number;
  brief: { median: number; p95: number; max: number };
  bare: { median: number; p95: number; max: number };
  totalRatio: number;
  medianPageRatio: number;
}

export interface PopupFigures {
  docToCard: number;
  clickToCard: number;
  tabTaskMs: number;
  tabFrozenMs: number;
}

export interface PageFigures {
  /** "seed" or the Readability page's name. */
  label: string;
  seed: boolean;
  brief: PopupFigures[];
  bare: PopupFigures[];
  /** Brief with its worker stopped before each click. */
  cold?: PopupFigures[];
}

export interface BundleFigure {
  raw: number;
  gzip: number;
}

/** Firefox click -> card in ms, Brief and the bare popup, on the seed article (bench/firefox.ts). */
export interface FirefoxFigures {
  brief: number[];
  bare: number[];
}

/** A model engine against the local llama.cpp server (bench/model.ts), per run, in ms. */
export interface ModelFigures {
  /** The server's last byte -> the complete card, ms. */
  afterServerMs?: number[];
  clickToFirstPoint: number[];
  clickToDone: number[];
  serverMs: number[];
  overhead: number[];
}

/** History search and store (bench/history.ts), in ms. */
export interface HistoryFigures {
  entries: number;
  queries: number;
  searchMs: number[];
  /** Folding every brief's text once, as the page does after loading. */
  prepareMs: number;
  store?: { records: number; maxEntries: number; recordMs: number[]; listMs: number; listed: number; storeSearchMs: number };
}

export interface BenchFigures {
  extraction?: Outcome<ExtractionFigures>;
  scaling?: Outcome<{ words: number; ms: number }[]>;
  engines?: Outcome<{ id: string; label: string; ms?: number; error?: string }[]>;
  e2e?: Outcome<PageFigures[]>;
  firefox?: Outcome<FirefoxFigures>;
  model?: Outcome<ModelFigures>;
  history?: Outcome<HistoryFigures>;
  bundle?: Outcome<{ popup: BundleFigure; background: BundleFigure; content: BundleFigure }>;
}

export interface Report {
  rows: Row[];
  budgets: BudgetResult[];
}

const medP95 = (values: number[]): string => `${formatMs(median(values))} / ${formatMs(percentile(values, 95))}`;

/** Adds a row that checks a budget, and records the verdict. */
function budgetRow(report: Report, row: Omit<Row, 'budget' | 'pass'>, budget: BudgetResult): void {
  report.budgets.push(budget);
  report.rows.push({ ...row, budget: budget.limit, pass: budget.pass });
}

function failedSection(report: Report, section: string, error: string, budgets: [string, string][]): void {
  report.rows.push({ section, measure: 'not measured', value: error });
  for (const [name, limit] of budgets) budgetRow(report, { section, measure: name, value: 'not measured' }, notMeasured(name, limit));
}

function extractionRows(report: Report, outcome: Outcome<ExtractionFigures>): void {
  const section = 'extraction';
  const name = 'Brief / bare Readability, Σ time over all pages';
  if (!outcome.ok) return failedSection(report, section, outcome.error, [[name, `≤ ${formatRatio(BUDGETS.extractionRatio)}`]]);
  const x = outcome.value;
  const triple = (s: ExtractionFigures['brief']) => `${formatMs(s.median)} / ${formatMs(s.p95)} / ${formatMs(s.max)}`;
  report.rows.push(
    { section, measure: `Brief extractArticle per page, median / p95 / max (${x.pages} pages)`, value: triple(x.brief) },
    { section, measure: 'bare Readability (clone + parse) per page, median / p95 / max', value: triple(x.bare) },
  );
  budgetRow(report, { section, measure: name, value: formatRatio(x.totalRatio) }, atMost(name, x.totalRatio, BUDGETS.extractionRatio, formatRatio));
  report.rows.push({ section, measure: 'Brief / bare Readability, median of per-page ratios', value: formatRatio(x.medianPageRatio) });
}

/** The step between consecutive sizes that grows fastest relative to n log n. */
export function worstGrowthStep(sizes: readonly { words: number; ms: number }[]): GrowthVerdict | undefined {
  const sorted = [...sizes].sort((a, b) => a.words - b.words);
  let worst: GrowthVerdict | undefined;
  for (let i = 1; i < sorted.length; i++) {
    const v = compareWithNLogN({ n: sorted[i - 1]!.words, ms: sorted[i - 1]!.ms }, { n: sorted[i]!.words, ms: sorted[i]!.ms }, BUDGETS.growthTolerance);
    if (!worst || v.ratio / v.nLogN > worst.ratio / worst.nLogN) worst = v;
  }
  return worst;
}

function scalingRows(report: Report, outcome: Outcome<{ words: number; ms: number }[]>): void {
  const section = 'summarizer';
  const at1000 = 'summarizeArticle median, 1,000 words';
  const growth = 'growth with length, worst step vs n log n';
  const growthLimit = `≤ n log n (×${BUDGETS.growthTolerance} slack)`;
  if (!outcome.ok) return failedSection(report, section, outcome.error, [[at1000, `≤ ${formatMs(BUDGETS.summarizerMsAt1000Words)}`], [growth, growthLimit]]);
  const sizes = [...outcome.value].sort((a, b) => a.words - b.words);
  for (const s of sizes) {
    const measure = `summarizeArticle median, ${formatCount(s.words)} words`;
    if (s.words === 1000) budgetRow(report, { section, measure, value: formatMs(s.ms) }, atMost(at1000, s.ms, BUDGETS.summarizerMsAt1000Words, formatMs));
    else report.rows.push({ section, measure, value: formatMs(s.ms) });
  }
  if (!sizes.some((s) => s.words === 1000)) report.budgets.push(notMeasured(at1000, `≤ ${formatMs(BUDGETS.summarizerMsAt1000Words)}`));
  const steps = sizes.slice(1).map((s, i) => `${formatCount(sizes[i]!.words)}→${formatCount(s.words)}: n^${compareWithNLogN({ n: sizes[i]!.words, ms: sizes[i]!.ms }, { n: s.words, ms: s.ms }, 1).exponent.toFixed(2)}`);
  if (steps.length) report.rows.push({ section, measure: 'growth exponent per step (time ∝ n^k)', value: steps.join(', ') });
  const worst = worstGrowthStep(sizes);
  if (!worst) return void report.budgets.push(notMeasured(growth, growthLimit, 'needs two sizes'));
  const value = `${formatCount(worst.from.n)}→${formatCount(worst.to.n)} words: ×${worst.ratio.toFixed(2)} (n log n: ×${worst.nLogN.toFixed(2)})`;
  budgetRow(report, { section, measure: growth, value }, { name: growth, limit: growthLimit, actual: value, pass: worst.withinNLogN });
}

function engineRows(report: Report, outcome: Outcome<{ id: string; label: string; ms?: number; error?: string }[]>): void {
  const section = 'summarizer';
  if (!outcome.ok) return void report.rows.push({ section, measure: 'val.jsonl comparison', value: outcome.error });
  for (const e of outcome.value) {
    report.rows.push({ section, measure: `val.jsonl median per article: ${e.label}`, value: e.ms === undefined ? `failed: ${e.error ?? '?'}` : formatMs(e.ms) });
  }
}

function pageRows(report: Report, page: PageFigures): void {
  const section = 'end to end';
  const name = page.seed ? 'seed article' : `largest page (${page.label})`;
  const docToCard = page.brief.map((r) => r.docToCard);
  const startName = `${name}: popup document start → card, median`;
  const startRow = { section, measure: `${name}: popup document start → card, median / p95`, value: medP95(docToCard) };
  if (page.seed) budgetRow(report, startRow, atMost(startName, median(docToCard), BUDGETS.popupStartToCardMs, formatMs));
  else report.rows.push(startRow);
  const brief = page.brief.map((r) => r.clickToCard);
  const bare = page.bare.map((r) => r.clickToCard);
  report.rows.push(
    { section, measure: `${name}: click → card, Brief, median / p95`, value: medP95(brief) },
    { section, measure: `${name}: click → card, bare popup, median / p95`, value: medP95(bare) },
  );
  const ratioName = `${name}: click → card, Brief / bare popup (medians)`;
  const ratio = median(brief) / median(bare);
  budgetRow(report, { section, measure: ratioName, value: formatRatio(ratio) }, atMost(ratioName, ratio, BUDGETS.clickToCardRatio, formatRatio));
  if (page.cold?.length) {
    report.rows.push({ section, measure: `${name}: click → card, Brief with its worker stopped first, median / p95`, value: medP95(page.cold.map((r) => r.clickToCard)) });
  }
  if (!page.seed) {
    report.rows.push(
      // The bare popup never touches the tab: its figures are the baseline (page timers, the probe).
      { section, measure: `${name}: tab main-thread time per opening, Brief (bare popup), median`, value: `${formatMs(median(page.brief.map((r) => r.tabTaskMs)))} (${formatMs(median(page.bare.map((r) => r.tabTaskMs)))})` },
      { section, measure: `${name}: longest freeze of the tab, Brief (bare popup), median / p95`, value: `${medP95(page.brief.map((r) => r.tabFrozenMs))} (${medP95(page.bare.map((r) => r.tabFrozenMs))})` },
    );
  }
}

function e2eRows(report: Report, outcome: Outcome<PageFigures[]>): void {
  if (!outcome.ok) {
    return failedSection(report, 'end to end', outcome.error, [
      ['seed article: popup document start → card, median', `≤ ${formatMs(BUDGETS.popupStartToCardMs)}`],
      ['seed article: click → card, Brief / bare popup (medians)', `≤ ${formatRatio(BUDGETS.clickToCardRatio)}`],
      ['largest page: click → card, Brief / bare popup (medians)', `≤ ${formatRatio(BUDGETS.clickToCardRatio)}`],
    ]);
  }
  for (const page of outcome.value) pageRows(report, page);
}

/**
 * Firefox has no budget: its floor is a popup Firefox already loaded while the pointer rested on
 * the button, and Brief cannot read the page before the click grants activeTab, so its whole
 * reading time shows in the ratio (see the README's Performance section).
 */
function firefoxRows(report: Report, outcome: Outcome<FirefoxFigures>): void {
  const section = 'Firefox';
  if (!outcome.ok) return void report.rows.push({ section, measure: 'seed article: click → card', value: `not measured: ${outcome.error}` });
  const { brief, bare } = outcome.value;
  report.rows.push(
    { section, measure: 'seed article: click → card, Brief, median / p95', value: medP95(brief) },
    { section, measure: 'seed article: click → card, bare popup, median / p95', value: medP95(bare) },
    {
      section,
      measure: 'seed article: click → card, Brief / bare popup (medians)',
      value: `${formatRatio(median(brief) / median(bare))} (Brief +${formatMs(median(brief) - median(bare))})`,
    },
  );
}

function modelRows(report: Report, outcome: Outcome<ModelFigures>): void {
  const section = 'model engine';
  const name = 'model engine: card complete / server answer time (median)';
  if (!outcome.ok) return failedSection(report, section, outcome.error, [[name, `≤ ${formatRatio(BUDGETS.modelOverheadRatio)}`]]);
  const { clickToFirstPoint, clickToDone, serverMs, overhead } = outcome.value;
  report.rows.push(
    { section, measure: 'seed article: click → first point on screen, median / p95', value: medP95(clickToFirstPoint) },
    { section, measure: 'seed article: click → card complete, median / p95', value: medP95(clickToDone) },
    { section, measure: "server's own answer time (request arrival → last byte), median / p95", value: medP95(serverMs) },
  );
  if (outcome.value.afterServerMs) {
    report.rows.push({ section, measure: "server's last byte → card complete, median / p95", value: medP95(outcome.value.afterServerMs) });
  }
  budgetRow(
    report,
    { section, measure: 'request arrival → card complete, over the server\'s answer time (median)', value: formatRatio(median(overhead)) },
    atMost(name, median(overhead), BUDGETS.modelOverheadRatio, formatRatio),
  );
}

function historyRows(report: Report, outcome: Outcome<HistoryFigures>): void {
  const section = 'history';
  const name = 'history search over 10,000 briefs, median per query';
  if (!outcome.ok) return failedSection(report, section, outcome.error, [[name, `≤ ${formatMs(BUDGETS.historySearchMs)}`]]);
  const { entries, queries, searchMs, prepareMs, store } = outcome.value;
  budgetRow(
    report,
    { section, measure: `search over ${formatCount(entries)} briefs (${queries} queries), median / p95`, value: medP95(searchMs) },
    atMost(name, median(searchMs), BUDGETS.historySearchMs, formatMs),
  );
  report.rows.push({ section, measure: `folding ${formatCount(entries)} briefs for search, once after loading`, value: formatMs(prepareMs) });
  if (store) {
    report.rows.push(
      { section, measure: `store on fake-indexeddb: record, ${formatCount(store.records)} briefs bounded at ${formatCount(store.maxEntries)}, median / p95`, value: medP95(store.recordMs) },
      { section, measure: `store on fake-indexeddb: list ${formatCount(store.listed)} / list and search`, value: `${formatMs(store.listMs)} / ${formatMs(store.storeSearchMs)}` },
    );
  }
}

function bundleRows(report: Report, outcome: Outcome<{ popup: BundleFigure; popupLazy?: BundleFigure; background: BundleFigure; content: BundleFigure }>): void {
  const section = 'bundle';
  const popupName = 'popup JS loaded at start, gzipped';
  const contentName = 'content script, gzipped';
  if (!outcome.ok) {
    return failedSection(report, section, outcome.error, [[popupName, `≤ ${formatKB(BUDGETS.popupGzipBytes)}`], [contentName, `≤ ${formatKB(BUDGETS.contentGzipBytes)}`]]);
  }
  const { popup, popupLazy, background, content } = outcome.value;
  const both = (b: BundleFigure) => `${formatKB(b.raw)} raw, ${formatKB(b.gzip)} gzip`;
  budgetRow(report, { section, measure: 'popup JS loaded at start', value: both(popup) }, atMost(popupName, popup.gzip, BUDGETS.popupGzipBytes, formatKB));
  if (popupLazy && popupLazy.raw > 0) report.rows.push({ section, measure: "popup JS loaded on demand (Chrome's Summarizer)", value: both(popupLazy) });
  report.rows.push({ section, measure: 'background worker', value: both(background) });
  budgetRow(report, { section, measure: 'content script', value: both(content) }, atMost(contentName, content.gzip, BUDGETS.contentGzipBytes, formatKB));
}

/** The table and the verdicts; a section left out (`--only`) gives neither rows nor budgets. */
export function buildReport(figures: BenchFigures): Report {
  const report: Report = { rows: [], budgets: [] };
  if (figures.extraction) extractionRows(report, figures.extraction);
  if (figures.scaling) scalingRows(report, figures.scaling);
  if (figures.engines) engineRows(report, figures.engines);
  if (figures.e2e) e2eRows(report, figures.e2e);
  if (figures.firefox) firefoxRows(report, figures.firefox);
  if (figures.model) modelRows(report, figures.model);
  if (figures.history) historyRows(report, figures.history);
  if (figures.bundle) bundleRows(report, figures.bundle);
  return report;
}
