// `npm run bench`: extraction, summarizer, end-to-end popup and bundle figures of Brief, with
// their budgets, as one Markdown table (and JSON with --json FILE). A failed budget does not fail
// the command: this is a report; the last line counts the budgets passed and failed.
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { parseBenchArgs, type BenchOptions } from './bench/args.ts';
import { budgetLine } from './bench/budgets.ts';
import { bundleSizes } from './bench/bundle.ts';
import { ensureDist } from './bench/dist.ts';
import { benchEndToEnd } from './bench/e2e.ts';
import { benchExtraction, largestPage } from './bench/extraction.ts';
import { benchFirefox } from './bench/firefox.ts';
import { benchModel } from './bench/model.ts';
import { benchHistory } from './bench/history.ts';
import { buildReport, type BenchFigures, type Outcome, type PageFigures } from './bench/report.ts';
import { benchEngines, benchScaling, PEERS, trainTexts, valArticles } from './bench/summarizer.ts';
import { markdownTable } from './bench/table.ts';

const log = (line: string) => console.error(line);

async function attempt<T>(label: string, fn: () => T | Promise<T>): Promise<Outcome<T>> {
  const started = performance.now();
  log(`${label}…`);
  try {
    const value = await fn();
    log(`${label}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return { ok: true, value };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    log(`${label}: failed: ${message}`);
    return { ok: false, error: message };
  }
}

async function measure(options: BenchOptions): Promise<{ figures: BenchFigures; raw: Record<string, unknown> }> {
  const figures: BenchFigures = {};
  const raw: Record<string, unknown> = {};
  const on = (s: string) => options.sections.includes(s as BenchOptions['sections'][number]);
  const largest = largestPage();
  if (on('bundle') || on('e2e') || on('firefox') || on('model')) await ensureDist(options.build, log);
  if (on('bundle')) figures.bundle = await attempt('bundle sizes', () => bundleSizes());
  if (on('summarizer')) {
    const scale = options.quick ? 0.3 : 1;
    figures.scaling = await attempt('summarizer scaling', () => benchScaling(trainTexts(), undefined, scale));
    figures.engines = await attempt('summarizer vs LEAD-3 and peers on val.jsonl', () =>
      benchEngines(valArticles(), ['brief', ...PEERS], options.quick ? 1 : 3));
  }
  if (on('extraction')) {
    const result = await attempt('extraction vs bare Readability', () => benchExtraction({ repetitions: options.quick ? 1 : 3 }));
    raw.extractionPages = result.ok ? result.value.pages : undefined;
    figures.extraction = result.ok ? { ok: true, value: { ...result.value, pages: result.value.pages.length } } : result;
  }
  if (on('e2e')) {
    const result = await attempt(`end to end in Chromium (${options.runs} runs per page and popup)`, () =>
      benchEndToEnd(largest, { runs: options.runs, warmUp: options.quick ? 1 : 2, log }));
    raw.e2e = result.ok ? result.value : undefined;
    figures.e2e = result.ok
      ? { ok: true, value: result.value.map((p): PageFigures => ({ label: p.page.replace(/^\/|\.html$/g, ''), seed: p.page === '/seed.html', brief: p.brief, bare: p.bare, cold: p.cold })) }
      : result;
  }
  if (on('firefox')) {
    const result = await attempt(`click → card in a Firefox window (${options.runs} runs per popup)`, () =>
      benchFirefox({ runs: options.runs, warmUp: options.quick ? 1 : 2, log }));
    raw.firefox = result.ok ? result.value : undefined;
    figures.firefox = result.ok ? { ok: true, value: { brief: result.value.brief, bare: result.value.bare } } : result;
  }
  if (on('model')) {
    const result = await attempt(`model engine against the local llama.cpp server (${options.runs} runs)`, () =>
      benchModel({ runs: options.runs, warmUp: options.quick ? 1 : 2, log }));
    raw.model = result.ok ? result.value : undefined;
    figures.model = result.ok
      ? { ok: true, value: { clickToFirstPoint: result.value.map((r) => r.clickToFirstPoint), clickToDone: result.value.map((r) => r.clickToDone), serverMs: result.value.map((r) => r.serverMs), overhead: result.value.map((r) => r.overhead), afterServerMs: result.value.map((r) => r.afterServerMs) } }
      : result;
  }
  if (on('history')) {
    const result = await attempt('history search over 10,000 briefs, and the store on fake-indexeddb', () =>
      benchHistory({ runs: options.quick ? 5 : 20, storeRecords: options.quick ? 1_000 : 10_000 }));
    raw.history = result.ok ? { matches: result.value.matches } : undefined;
    figures.history = result.ok ? { ok: true, value: result.value } : result;
  }
  return { figures, raw };
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  const started = performance.now();
  const { figures, raw } = await measure(options);
  const { rows, budgets } = buildReport(figures);
  const table = markdownTable(rows);
  const line = budgetLine(budgets);
  console.log(table);
  console.log();
  for (const b of budgets.filter((b) => !b.pass)) console.log(`FAIL ${b.name}: ${b.actual} (budget ${b.limit})`);
  console.log(line);
  if (options.json) {
    const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, platform: process.platform };
    const seconds = Math.round((performance.now() - started) / 1000);
    await writeFile(options.json, JSON.stringify({ date: new Date().toISOString(), machine, seconds, options, rows, budgets, summary: line, figures, raw }, null, 2) + '\n');
    log(`wrote ${options.json}`);
  }
  log(`bench took ${Math.round((performance.now() - started) / 1000)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
