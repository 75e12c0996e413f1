// The real command, spawned as a user runs it: node bin/brief.js ...
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/content/extract.ts';
import { loadSeed, SEED_PATH } from '../content/pages.ts';

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/brief.js');
const run = promisify(execFile);

interface Run { code: number; stdout: string; stderr: string }

async function brief(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const TITLE = 'AI Base Model Development: SoftBank, NEC, Honda, and Sony Build Trillion-Parameter AI for Physical Robotics (2026)';
const URL_ARG = 'https://news.example.org/2026/11/ai-base-model-physical-robotics';

/** A failure: non-zero exit, one "brief: ..." line on stderr, no stack trace, nothing on stdout. */
function expectCleanFailure(result: Run, code: number, message: RegExp): void {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^brief: /);
  expect(lines[0]).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe.concurrent('brief <file.html>', () => {
  it('prints the Markdown brief of the seed, ending with the file URL', async () => {
    const { code, stdout } = await brief(SEED_PATH);
    expect(code).toBe(0);
    expect(stdout.startsWith(`# ${TITLE}`)).toBe(true);
    expect(stdout).toContain('Aiko Tanaka');
    expect(stdout).toContain('Tech Brief Daily');
    expect(stdout.match(/^\d\. /gm)).toHaveLength(3);
    // "Why it matters" opens with the article's sentence of significance, above the topics.
    expect(stdout).toMatch(/## Why it matters\n\nIf successful, this initiative could position Japan[^\n]*\nKey topics: /);
    expect(stdout.trimEnd().endsWith(pathToFileURL(SEED_PATH).href)).toBe(true);
  });

  it('uses --url as the article address and prints JSON with --format json', async () => {
    const { code, stdout } = await brief(SEED_PATH, '--url', URL_ARG, '--format', 'json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ title: TITLE, url: URL_ARG, lang: 'en', source: { author: 'Aiko Tanaka', siteName: 'Tech Brief Daily' } });
    expect(json.points).toHaveLength(3);
    expect(json.why).toMatch(/^If successful, this initiative could position Japan/);
    expect(json.points).not.toContain(json.why);
    expect(json.points).not.toContain(json.lede);
    expect(json.source.readingMinutes).toBeGreaterThan(0);
  });

  it('prints plain text with --format text', async () => {
    const { code, stdout } = await brief(SEED_PATH, '--format', 'text', '--url', URL_ARG);
    expect(code).toBe(0);
    expect(stdout).toContain(TITLE);
    expect(stdout).toContain('If successful, this initiative could position Japan');
    expect(stdout).not.toMatch(/^#/m);
    expect(stdout.trimEnd().endsWith(URL_ARG)).toBe(true);
  });

  it('extract prints the article blocks separated by blank lines', async () => {
    const { code, stdout } = await brief('extract', SEED_PATH);
    expect(code).toBe(0);
    const expected = extractArticle(loadSeed(), { url: 'file:///seed', mode: 'article' });
    if (!expected.ok) throw new Error(expected.message);
    expect(stdout.trimEnd().split('\n\n')).toEqual(expected.article.blocks.map((b) => b.text));
    expect(stdout).toContain('\n\nSony’s Role: Powering Sensory Perception in AI Robots\n\n');
    expect(stdout).not.toContain('We use cookies');
  });

  it('extract --format json prints the whole article with its metadata', async () => {
    const { code, stdout } = await brief('extract', SEED_PATH, '--format', 'json', '--url', URL_ARG);
    expect(code).toBe(0);
    const article = JSON.parse(stdout);
    expect(article).toMatchObject({ title: TITLE, author: 'Aiko Tanaka', url: URL_ARG, readerable: true });
    expect(article.blocks.filter((b: { kind: string }) => b.kind === 'heading')).toHaveLength(6);
  });

  it('prints usage with --help', async () => {
    const { code, stdout } = await brief('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage:\n\s+brief <file\.html>/);
  });

  it('runs as `npx brief` from the repository root, without the network', async () => {
    // npm runs the project's own "bin" entry; --offline proves it never asks the registry.
    const { stdout } = await run('npx', ['--offline', 'brief', 'extract', SEED_PATH], { cwd: ROOT, timeout: 60_000 });
    expect(stdout).toContain('Sony’s Role: Powering Sensory Perception in AI Robots');
  });
});

describe.concurrent('brief on unreadable input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brief-cli-'));
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  mkdirSync(join(dir, 'folder.html'));
  const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);

  it.each([
    ['a missing file', [join(dir, 'missing.html')], 1, /File not found: .*missing\.html\. Check the path/],
    ['a directory', [join(dir, 'folder.html')], 1, /is a directory, not an HTML file/],
    ['binary garbage', [file('garbage.html', garbage)], 1, /does not look like an HTML page/],
    ['an empty file', [file('empty.html', '')], 1, /is empty/],
    ['a whitespace-only file', [file('blank.html', ' \n\t \n')], 1, /contains only whitespace/],
    ['a page with no text', [file('notext.html', '<html><body><script>1</script><img src=x></body></html>')], 1, /no readable text/],
    ['a page that is not an article', [file('links.html', '<html><body><nav><a href="/">Home</a> <a href="/x">News</a></nav></body></html>')], 1, /doesn't look like an article.*--whole-page/],
    ['no file at all', [], 2, /No input file given\. Run "brief --help"/],
    ['an unknown format', [SEED_PATH, '--format', 'pdf'], 2, /Unknown format "pdf"/],
  ] as const)('%s: exits non-zero with one clear line', async (_label, args, code, message) => {
    expectCleanFailure(await brief(...args), code, message);
  });

  it('briefs a non-article anyway with --whole-page', async () => {
    const path = file('links2.html', '<html><head><title>Front page of the site</title></head><body><nav><a href="/">Home</a> <a href="/x">News today</a></nav></body></html>');
    const { code, stdout } = await brief(path, '--whole-page');
    expect(code).toBe(0);
    expect(stdout.startsWith('# Front page of the site')).toBe(true);
  });

  it('decodes a page in its declared legacy encoding', async () => {
    // windows-1251, where UTF-8 and the windows-1252 fallback would both give mojibake.
    const sentence = 'Городской совет утвердил новый бюджет на следующий год и выделил средства на ремонт школ и больниц района. ';
    const text = '<html><head><meta charset="windows-1251"><title>Новости города сегодня</title></head><body><article>' +
      `<p>${sentence.repeat(3)}</p>`.repeat(4) + '</article></body></html>';
    const cp1251 = Uint8Array.from(Array.from(text), (c) => {
      const code = c.charCodeAt(0);
      return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
    });
    const { code, stdout } = await brief('extract', file('cyrillic.html', cp1251));
    expect(code).toBe(0);
    expect(stdout).toContain('Городской совет утвердил новый бюджет');
  });
});
