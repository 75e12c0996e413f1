// Test helpers: the shared pages, parsed as the CLI parses them (linkedom, made browser-like).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtmlDocument } from '../../../src/cli/parse-html.ts';

export const SHARED = join(import.meta.dirname, '../../../../shared');
export const SEED_PATH = join(SHARED, 'fixtures/seed-article.html');
export const PAGES_DIR = join(SHARED, 'data/readability-pages');

export interface ExpectedMetadata {
  title?: string;
  byline?: string | null;
  lang?: string | null;
  dir?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  readerable?: boolean;
}

export function parse(html: string): Document {
  return parseHtmlDocument(html);
}

export function loadSeed(): Document {
  return parse(readFileSync(SEED_PATH, 'utf8'));
}

export function pageNames(): string[] {
  return readdirSync(PAGES_DIR)
    .filter((name) => existsSync(join(PAGES_DIR, name, 'source.html')))
    .sort();
}

export function loadPage(name: string): { doc: Document; expected: ExpectedMetadata; expectedHtml: string } {
  const dir = join(PAGES_DIR, name);
  return {
    doc: parse(readFileSync(join(dir, 'source.html'), 'utf8')),
    expected: JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata,
    expectedHtml: readFileSync(join(dir, 'expected.html'), 'utf8'),
  };
}

/** A small page for focused tests. */
export function page(body: string, head = '<title>Test page title here</title>'): Document {
  return parse(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}
