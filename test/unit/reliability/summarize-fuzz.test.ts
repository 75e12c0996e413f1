// Issue 4 part 2, summarizer side: random and mutated Articles through summarizeArticle and the
// renderings. The summarizer is the worker's code and also takes articles from other sources
// (the CLI's JSON, future engines), so it must cope with anything shaped roughly like one:
// it returns a well-formed Brief whose points are the article's own sentences, or throws a
// BriefError, and the renderings never let page text become markup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../../src/core/index.ts';
import { extractiveEngine } from '../../../src/engines/extractive.ts';
import { BriefError, type Article, type Block } from '../../../src/core/types.ts';
import { FuzzTally, fcOptions } from './support/budget.ts';
import { INVISIBLES, SENTENCES, hostileText, runOnText } from './support/hostile.ts';
import { briefProblems, messageProblems, typed } from './support/wellformed.ts';

const tally = new FuzzTally('summarizer on random articles');
afterAll(() => tally.report());

const kind = fc.constantFrom<Block['kind']>('heading', 'paragraph', 'list-item', 'quote');
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind, text: hostileText }).map((b) => (b.kind === 'heading' ? { ...b, level: 2 } : b)),
  fc.record({ kind: fc.constant<Block['kind']>('heading'), text: hostileText, level: fc.oneof(fc.integer({ min: -3, max: 9 }), fc.constant(undefined)) }),
  fc.record({ kind: fc.constant<Block['kind']>('paragraph'), text: fc.oneof(runOnText, fc.array(fc.constantFrom(...SENTENCES), { maxLength: 12 }).map((s) => s.join(' '))) }),
);

const lang = fc.oneof(fc.constantFrom(undefined, 'en', 'ja', 'zh-Hant', 'ar', 'he', 'th', 'de', 'x-klingon', '', 'EN_us', 'zz'), hostileText);
const optionalText = fc.oneof(fc.constant(undefined), hostileText);

const articleArb: fc.Arbitrary<Article> = fc.record({
  title: hostileText,
  url: fc.oneof(fc.webUrl(), hostileText, fc.constantFrom('javascript:alert(1)', 'https://example.org/" onmouseover="x', 'data:text/html,<script>')),
  author: optionalText,
  siteName: optionalText,
  publishedTime: fc.oneof(fc.constant(undefined), hostileText, fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom('2026-13-45', '0000-00-00', '+275760-09-13T00:00:00Z')),
  lang,
  dir: fc.constantFrom(undefined, 'ltr' as const, 'rtl' as const),
  description: optionalText,
  blocks: fc.array(block, { maxLength: 25 }),
  readerable: fc.boolean(),
});

/** Summarize, expecting a well-formed brief or a BriefError with a clear message. */
function check(article: Article): void {
  tally.count();
  const out = tally.time('summarizeArticle', () => typed(() => summarizeArticle(article)));
  if (out.ok) expect(briefProblems(out.value, article)).toEqual([]);
  else expect(messageProblems(out.error.message)).toEqual([]);
}

describe('random articles', () => {
  it('any article gives a well-formed brief or a BriefError', () => {
    fc.assert(fc.property(articleArb, check), fcOptions(400));
  });

  it('an article with real sentences always gives points', () => {
    fc.assert(
      fc.property(articleArb, fc.array(fc.constantFrom(...SENTENCES.slice(0, 3)), { minLength: 2, maxLength: 10 }), (article, sentences) => {
        // The first sentence stands on its own (the third one opens with "But", which needs one before it).
        const text = [SENTENCES[0], ...sentences].join(' ');
        const withProse = { ...article, blocks: [...article.blocks, { kind: 'paragraph' as const, text }] };
        check(withProse);
        expect(summarizeArticle(withProse).points.length).toBeGreaterThan(0);
      }),
      fcOptions(100),
    );
  });

  it('the article is not changed by summarizing it', () => {
    fc.assert(
      fc.property(articleArb, (article) => {
        const before = JSON.stringify(article);
        tally.count();
        typed(() => summarizeArticle(article));
        expect(JSON.stringify(article)).toBe(before);
      }),
      fcOptions(50),
    );
  });

  it('blank articles (no blocks, only headings, only whitespace and invisibles) throw a BriefError', () => {
    // Whitespace, and characters that show nothing: zero-width space, bidi marks and embeddings, BOM.
    const blank = fc.array(fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u3000', '\u2028', '\u200b', '\u200e', '\u202a', '\u2066', '\ufeff'), { maxLength: 10 }).map((a) => a.join(''));
    const blocks = fc.oneof(
      fc.constant([] as Block[]),
      fc.array(fc.record({ kind: fc.constant<Block['kind']>('heading'), text: fc.constantFrom(...SENTENCES), level: fc.constant(2) }), { minLength: 1, maxLength: 4 }),
      fc.array(fc.record({ kind: fc.constantFrom<Block['kind']>('paragraph', 'list-item', 'quote'), text: blank }), { minLength: 1, maxLength: 4 }),
    );
    fc.assert(
      fc.property(articleArb, blocks, (article, bs) => {
        tally.count();
        const out = typed(() => summarizeArticle({ ...article, blocks: bs }));
        expect(out.ok).toBe(false);
        if (!out.ok) expect(out.error.code).toBe('empty');
      }),
      fcOptions(50),
    );
  });
});

describe('mutated real articles', () => {
  const rows = readFileSync(join(import.meta.dirname, '../../../../shared/data/cnndm-gpt4/val.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, 40)
    .map((line) => (JSON.parse(line) as { article: string }).article);

  const mutation = fc.oneof(
    fc.tuple(fc.constant('truncate'), fc.double({ min: 0, max: 1, noNaN: true }), fc.constant('')),
    fc.tuple(fc.constant('insert'), fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(hostileText, fc.constantFrom(...INVISIBLES))),
    fc.tuple(fc.constant('strip-ends'), fc.constant(0), fc.constant('')),
    fc.tuple(fc.constant('no-spaces'), fc.constant(0), fc.constant('')),
    fc.tuple(fc.constant('upper'), fc.constant(0), fc.constant('')),
  );

  function mutate(text: string, [op, at, junk]: [string, number, string]): string {
    const i = Math.floor(at * text.length);
    if (op === 'truncate') return text.slice(0, i);
    if (op === 'insert') return text.slice(0, i) + junk + text.slice(i);
    if (op === 'strip-ends') return text.replace(/[.!?]/g, '');
    if (op === 'no-spaces') return text.replace(/\s+/g, '');
    return text.toUpperCase();
  }

  it('CNN/DailyMail articles cut, spliced, stripped of sentence ends or spaces, shouted', () => {
    fc.assert(
      fc.property(fc.constantFrom(...rows), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 6 }), (text, ops, parts) => {
        const mutated = ops.reduce(mutate, text);
        // Spread the text over a few blocks at arbitrary cuts, as extraction would from <p>s.
        const size = Math.ceil(mutated.length / parts);
        const blocks: Block[] = Array.from({ length: parts }, (_, k) => ({ kind: 'paragraph' as const, text: mutated.slice(k * size, (k + 1) * size) })).filter((b) => b.text);
        check({ title: text.slice(0, 60), url: 'https://example.org/a', blocks, readerable: true });
      }),
      fcOptions(80),
    );
  });
});

describe('the engine wrapper', () => {
  it('turns every outcome into a settled promise: a Brief or a BriefError, never a sync throw', async () => {
    await fc.assert(
      fc.asyncProperty(articleArb, async (article) => {
        tally.count();
        let result: unknown;
        try {
          result = await extractiveEngine.summarize(article);
        } catch (error) {
          expect(error).toBeInstanceOf(BriefError);
          return;
        }
        expect(typeof (result as { title: unknown }).title).toBe('string');
      }),
      fcOptions(50),
    );
  });

  it('rejects malformed input with bad-input', () => {
    const junk = fc.oneof(fc.constant(null), fc.constant(undefined), fc.anything(), fc.record({ blocks: fc.array(fc.anything(), { minLength: 1, maxLength: 3 }) }));
    fc.assert(
      fc.property(junk, (value) => {
        tally.count();
        const out = typed(() => summarizeArticle(value as Article));
        // Junk that happens to be a valid article shape is fine; anything else is bad-input or empty.
        if (!out.ok) expect(['bad-input', 'empty']).toContain(out.error.code);
        else expect(typeof out.value.title).toBe('string');
      }),
      fcOptions(100),
    );
  });
});
