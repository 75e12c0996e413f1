// What "well-formed" means for everything that leaves extraction and the summarizer. Each check
// returns a list of problems (empty when fine) so a failing property says what was wrong.
import { BriefError, type Article, type Brief, type BriefErrorCode } from '../../../../src/core/types.ts';
import { renderHtml, renderMarkdown, renderText } from '../../../../src/core/index.ts';
import { MAX_ARTICLE_CHARS } from '../../../../src/content/limits.ts';
import type { ExtractResult } from '../../../../src/shared/messages.ts';

export const ERROR_CODES: readonly BriefErrorCode[] = [
  'restricted-page', 'not-article', 'empty', 'too-large', 'extraction-failed', 'engine-failed', 'bad-input',
];
const BLOCK_KINDS = ['heading', 'paragraph', 'list-item', 'quote', 'code'];
// Metadata is shown in one line of the popup and copied with every brief: a page cannot make it huge.
const MAX_TITLE_CHARS = 1000;
const MAX_FIELD_CHARS = 5000;

/** A user-facing message: one short line, no stack trace, no "[object Object]". */
export function messageProblems(message: unknown): string[] {
  if (typeof message !== 'string' || !message.trim()) return ['message is not a non-empty string'];
  const out: string[] = [];
  if (/\n/.test(message)) out.push('message spans several lines');
  if (/\n\s+at |\bat .+:\d+:\d+\)?$/m.test(message)) out.push('message contains a stack trace');
  if (/\[object |undefined|NaN/.test(message)) out.push(`message leaks internals: ${message}`);
  if (message.length > 400) out.push(`message is ${message.length} characters long`);
  return out;
}

const optionalString = (v: unknown): boolean => v === undefined || typeof v === 'string';

function isLangTag(lang: unknown): boolean {
  if (lang === undefined) return true;
  if (typeof lang !== 'string' || !lang) return false;
  try {
    return Intl.getCanonicalLocales(lang).length === 1;
  } catch {
    return false;
  }
}

function jsonRoundTrips(value: unknown): boolean {
  try {
    return JSON.stringify(JSON.parse(JSON.stringify(value))) === JSON.stringify(value);
  } catch {
    return false;
  }
}

export function articleProblems(article: Article, url: string): string[] {
  const out: string[] = [];
  if (typeof article.title !== 'string' || !article.title.trim()) out.push('article title is empty');
  else if (article.title.length > MAX_TITLE_CHARS) out.push(`article title is ${article.title.length} characters long`);
  if (article.url !== url) out.push('article url is not the page url');
  if (typeof article.readerable !== 'boolean') out.push('readerable is not a boolean');
  for (const key of ['author', 'siteName', 'publishedTime', 'canonicalUrl', 'description'] as const) {
    if (!optionalString(article[key])) out.push(`${key} is not a string`);
    else if ((article[key]?.length ?? 0) > MAX_FIELD_CHARS) out.push(`${key} is ${article[key]?.length} characters long`);
  }
  if (!isLangTag(article.lang)) out.push(`lang ${String(article.lang)} is not a BCP 47 tag`);
  if (article.dir !== undefined && article.dir !== 'ltr' && article.dir !== 'rtl') out.push(`dir ${String(article.dir)}`);
  if (!Array.isArray(article.blocks) || article.blocks.length === 0) return [...out, 'article has no blocks'];
  let chars = 0;
  for (const b of article.blocks) {
    chars += b.text.length;
    if (!BLOCK_KINDS.includes(b.kind)) out.push(`block kind ${b.kind}`);
    if (typeof b.text !== 'string' || !b.text) out.push('empty block text');
    // Code keeps its lines and indentation: no blank line first, no space at a line's end.
    else if (b.kind === 'code' ? /^\n|\s$|[^\S\n]\n/.test(b.text) : b.text !== b.text.replace(/\s+/g, ' ').trim()) {
      out.push(`block text not whitespace-normalised: ${JSON.stringify(b.text.slice(0, 60))}`);
    }
    if (b.kind === 'heading' ? !(Number.isInteger(b.level) && b.level! >= 1 && b.level! <= 6) : b.level !== undefined) {
      out.push(`block level ${String(b.level)} on a ${b.kind}`);
    }
  }
  if (!article.blocks.some((b) => b.kind !== 'heading')) out.push('article has only headings: nothing to summarize');
  if (chars > MAX_ARTICLE_CHARS) out.push(`article has ${chars} characters`);
  if (!jsonRoundTrips(article)) out.push('article does not survive JSON (extension messaging)');
  return out;
}

export function extractResultProblems(result: ExtractResult, url: string): string[] {
  if (!result || typeof result !== 'object') return ['result is not an object'];
  if (result.ok === true) return articleProblems(result.article, url);
  if (result.ok !== false) return ['result.ok is not a boolean'];
  const out = messageProblems(result.message);
  if (!ERROR_CODES.includes(result.code)) out.push(`unknown code ${String(result.code)}`);
  return out;
}

/** Text compared without whitespace: points may join sentences that sat in different blocks. */
// What a reader sees: whitespace and characters that show nothing (zero-width space, bidi
// embeddings, BOM) are left out, so a point that spans a paragraph of nothing but those (which
// the summarizer skips) still matches the article.
export const squash = (s: string): string => s.replace(/[\s\p{Cf}\p{Cc}]+/gu, '');

// Only these tags and attributes can come out of renderHtml; anything else came from the page.
const ALLOWED_TAG = /^<\/?(?:article|h1|h2|p|ol|li|a)(?=[\s>])/;
const ALLOWED_ATTRS = /^<(?:article(?: lang="[A-Za-z0-9-]+")?(?: dir="(?:ltr|rtl)")?|a href="https?:[^"<>]*")>$/;

export function renderingProblems(brief: Brief): string[] {
  const out: string[] = [];
  let html = '';
  let markdown = '';
  try {
    markdown = renderMarkdown(brief);
    renderText(brief);
    html = renderHtml(brief);
  } catch (error) {
    return [`rendering threw: ${String(error)}`];
  }
  // Page text in Markdown stays text: with escape pairs removed, no link, image, HTML or code
  // syntax is left (the last line is the page URL, printed as is).
  for (const line of markdown.split('\n').slice(0, -1)) {
    const bare = line.replace(/\\./gsu, '');
    if (/[<>[\]`*_|]/.test(bare)) out.push(`renderMarkdown left markup unescaped: ${JSON.stringify(line.slice(0, 80))}`);
  }
  for (const match of html.matchAll(/<[^>]*>?/g)) {
    const tag = match[0];
    if (!ALLOWED_TAG.test(tag)) out.push(`renderHtml emitted ${tag.slice(0, 40)}`);
    else if (/^<[a-z]+\s/.test(tag) && !ALLOWED_ATTRS.test(tag)) out.push(`renderHtml attributes ${tag.slice(0, 60)}`);
  }
  // Page text may say "onerror=" or "<script>" as long as it stays text: escaped, outside any tag.
  if (/<script/i.test(html)) out.push('renderHtml contains <script');
  return out;
}

/** A brief is well-formed, and every point is made of the input's own sentences. */
export function briefProblems(brief: Brief, article: Article): string[] {
  const out: string[] = [];
  for (const key of ['title', 'url', 'lede', 'engine'] as const) {
    if (typeof brief[key] !== 'string') out.push(`${key} is not a string`);
  }
  const body = squash(article.blocks.filter((b) => b.kind !== 'heading').map((b) => b.text).join(''));
  if (!Array.isArray(brief.points) || brief.points.length > 3) out.push('points is not a list of at most 3');
  for (const p of brief.points ?? []) {
    if (typeof p !== 'string' || !p.trim()) out.push('empty point');
    // An over-long run-on point is cut at a word and ends with "…" (src/core/points/clip.ts): the rest is the page's.
    else if (!body.includes(squash(p).replace(/…$/u, ''))) out.push(`point is not from the article: ${JSON.stringify(p.slice(0, 80))}`);
  }
  if (new Set(brief.points).size !== brief.points.length) out.push('repeated point');
  if (brief.lede && !body.includes(squash(brief.lede).replace(/…$/u, '')) && !squash(article.description ?? '').includes(squash(brief.lede))) {
    out.push(`lede is from neither the article nor its description: ${JSON.stringify(brief.lede.slice(0, 80))}`);
  }
  if (!Array.isArray(brief.topics) || brief.topics.length > 5) out.push('topics is not a list of at most 5');
  for (const t of brief.topics ?? []) if (typeof t !== 'string' || !t.trim()) out.push('empty topic');
  const minutes = brief.source?.readingMinutes;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 100_000) out.push(`readingMinutes ${String(minutes)}`);
  if (brief.dir !== undefined && brief.dir !== 'ltr' && brief.dir !== 'rtl') out.push(`dir ${String(brief.dir)}`);
  if (!jsonRoundTrips(brief)) out.push('brief does not survive JSON (extension messaging)');
  return [...out, ...renderingProblems(brief)];
}

export type Typed<T> = { ok: true; value: T } | { ok: false; error: BriefError };

/** Run `fn`; a BriefError is a typed outcome, anything else thrown is a bug and propagates. */
export function typed<T>(fn: () => T): Typed<T> {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (error instanceof BriefError && ERROR_CODES.includes(error.code)) return { ok: false, error };
    throw new Error(`threw something other than a BriefError: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
}
