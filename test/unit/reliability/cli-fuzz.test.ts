// Issue 4 part 2, command-line side: the same hostile inputs as the in-process fuzzing, written
// to files and given to the real command (node bin/brief.js). Every run ends on its own with
// exit 0 and a brief, or exit 1 and one clear "brief: ..." line: never a stack trace, a signal
// or a hang. Each spawn costs about a second on a loaded machine, so this is a handful of cases
// (test/unit/cli/cli.test.ts covers missing files, directories, empty and binary files).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FuzzTally } from './support/budget.ts';
import { INVISIBLES, SENTENCES, escapeText, mutatedPage, pageHtml, randomTree, runOnText } from './support/hostile.ts';
import { smallPageSources } from './support/pipeline.ts';
import { messageProblems } from './support/wellformed.ts';

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/brief.js');
const SEED_PAGE = readFileSync(join(ROOT, '../shared/fixtures/seed-article.html'), 'utf8');
const TIMEOUT_MS = 90_000;
const execFileAsync = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'brief-cli-fuzz-'));
const tally = new FuzzTally('the brief command on hostile files', TIMEOUT_MS);
afterAll(() => tally.report());

interface Run { code: number | null; signal: string | null; stdout: string; stderr: string; ms: number }

async function brief(name: string, content: string | Uint8Array, ...args: string[]): Promise<Run> {
  const path = join(dir, name);
  writeFileSync(path, content);
  tally.count();
  const start = performance.now();
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [BIN, path, ...args], { cwd: ROOT, timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, signal: null, stdout, stderr, ms: performance.now() - start };
  } catch (error) {
    const e = error as { code?: number; signal?: string; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : null, signal: e.signal ?? null, stdout: e.stdout ?? '', stderr: e.stderr ?? '', ms: performance.now() - start };
  }
}

/** Exit 0 with a Markdown brief ending in the page URL, or exit 1 with one clean line. */
function expectClearOutcome(run: Run, label: string): void {
  tally.record(label, run.ms);
  expect(run.signal, `${label}: killed (timeout?)`).toBeNull();
  expect([0, 1], `${label}: exit code, stderr ${run.stderr}`).toContain(run.code);
  expect(run.stderr).not.toMatch(/\n\s+at |Error: .*\n/);
  if (run.code === 0) {
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith('# ')).toBe(true);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^file:\/\//);
    return;
  }
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, `${label}: ${run.stderr}`).toHaveLength(1);
  expect(lines[0]).toMatch(/^brief: /);
  expect(messageProblems(lines[0]!.replace(/^brief: /, ''))).toEqual([]);
  expect(lines[0]).not.toMatch(/Internal error/);
}

const prose = Array.from({ length: 6 }, (_, i) => `<p>${SENTENCES[i % 3]} ${SENTENCES[(i + 1) % 3]} Paragraph ${i} adds detail.</p>`).join('');
const articlePage = (body: string): string => pageHtml(`<article><h1>Budget approved</h1>${body}</article>`, 'Budget approved | Daily');
const utf16le = (text: string): Uint8Array => new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);

describe.concurrent('brief on hostile files', () => {
  it('a page cut off mid-tag', async () => {
    expectClearOutcome(await brief('truncated.html', SEED_PAGE.slice(0, Math.floor(SEED_PAGE.length * 0.6))), 'truncated');
  });

  it('nesting 10,000 levels deep: refused as too deeply nested, read with --whole-page', async () => {
    const html = pageHtml(`${'<div>'.repeat(10_000)}${prose}${'</div>'.repeat(10_000)}`);
    const refused = await brief('deep.html', html);
    expectClearOutcome(refused, 'deep');
    expect(refused.stderr).toMatch(/nested too deeply/);
    expectClearOutcome(await brief('deep-whole.html', html, '--whole-page'), 'deep --whole-page');
  });

  it('a 1 MB paragraph with no sentence ends', async () => {
    const words = 'alpha beta gamma delta '.repeat(Math.ceil(1_000_000 / 23));
    const run = await brief('mb.html', articlePage(`<p>${words}</p>`));
    expectClearOutcome(run, '1 MB paragraph');
    expect(run.code).toBe(0);
  });

  it('pages of only images and only tables', async () => {
    expectClearOutcome(await brief('images.html', pageHtml('<img src="a.jpg" alt="A photo">'.repeat(500))), 'only images');
    const rows = Array.from({ length: 300 }, (_, i) => `<tr><td>${i}</td><td>School ${i}</td><td>${i * 13} EUR</td></tr>`).join('');
    expectClearOutcome(await brief('tables.html', pageHtml(`<table>${rows}</table>`)), 'only tables');
  });

  it('UTF-16 with a byte order mark', async () => {
    const run = await brief('utf16.html', utf16le(articlePage(prose)));
    expectClearOutcome(run, 'UTF-16');
    expect(run.stdout.startsWith('# Budget approved')).toBe(true);
  });

  it('Latin-1 bytes without a declared charset, and invalid UTF-8 sprinkled in', async () => {
    const latin = articlePage(`<p>Café crème, señor: ça coûte 5 €. ${prose}</p>`).replace('<meta charset="utf-8">', '');
    const run = await brief('latin1.html', Uint8Array.from(Array.from(latin), (c) => c.charCodeAt(0) & 0xff));
    expectClearOutcome(run, 'Latin-1');
    expect(run.stdout).toContain('Café');
    const bytes = new TextEncoder().encode(articlePage(prose));
    for (let i = 200; i < bytes.length; i += 97) bytes[i] = 0xc3 + (i % 3) * 0x1e;
    expectClearOutcome(await brief('bad-utf8.html', bytes), 'invalid UTF-8');
  });

  it('zero-width and bidi controls, a 50,000-character word, random Unicode', async () => {
    const invisible = prose.replace(/ /g, () => ` ${INVISIBLES[Math.floor(Math.random() * INVISIBLES.length)]}`);
    expectClearOutcome(await brief('invisible.html', articlePage(invisible)), 'invisibles');
    expectClearOutcome(await brief('longword.html', articlePage(`${prose}<p>${'x'.repeat(50_000)}</p>`)), '50,000-character word');
    const [unicode] = fc.sample(fc.array(fc.string({ unit: 'binary', minLength: 100, maxLength: 2000 }), { minLength: 3, maxLength: 8 }), 1);
    expectClearOutcome(await brief('unicode.html', articlePage(unicode!.map((p) => `<p>${escapeText(p)}</p>`).join(''))), 'random Unicode');
  });

  it('random and mutated pages', async () => {
    const sources = smallPageSources(40_000, 20);
    const pages = [
      ...fc.sample(fc.array(randomTree, { maxLength: 6 }).map((t) => pageHtml(t.join(''))), 2),
      ...fc.sample(mutatedPage(sources), 2),
      ...fc.sample(fc.array(runOnText, { minLength: 1, maxLength: 8 }).map((ps) => articlePage(ps.map((p) => `<p>${p}</p>`).join(''))), 1),
    ];
    for (const [i, html] of pages.entries()) {
      expectClearOutcome(await brief(`random-${i}.html`, html || ' x'), `random page ${i}`);
    }
  });
});
