// Issue 4 part 3, summarizer side: very long texts terminate and still give points. How the work
// is bounded: segmentation runs in windows so its cost is linear (src/core/text/segment.ts), and only
// the first MAX_UNITS sentences are scored (src/core/points/units.ts), so scoring never grows with the text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { splitSentences, splitWords, summarizeArticle } from '../../../src/core/index.ts';
import type { Article, Block } from '../../../src/core/types.ts';
import { MAX_UNITS } from '../../../src/core/points/units.ts';
import { FuzzTally, fcOptions } from './support/budget.ts';
import { SENTENCES } from './support/hostile.ts';
import { briefProblems, squash } from './support/wellformed.ts';

const tally = new FuzzTally('long texts');
afterAll(() => tally.report());
const TRAIN = join(import.meta.dirname, '../../../../shared/data/cnndm-gpt4/train.jsonl');

/** Real news text, article after article, until it reaches `words` words. */
function newsText(words: number): string[] {
  const out: string[] = [];
  let count = 0;
  const rows = readFileSync(TRAIN, 'utf8').split('\n').filter(Boolean);
  for (let i = 0; count < words; i = (i + 1) % rows.length) {
    const text = (JSON.parse(rows[i] as string) as { article: string }).article;
    out.push(text);
    count += text.split(/\s+/).length;
  }
  return out;
}

const article = (blocks: Block[]): Article => ({ title: 'A very long read', url: 'https://example.org/long', blocks, readerable: true });

describe('a 200,000-word text through the summarizer', () => {
  const paragraphs = newsText(200_000);
  const words = paragraphs.join(' ').split(/\s+/).length;

  it.each([
    { shape: 'one block', blocks: (): Block[] => [{ kind: 'paragraph', text: paragraphs.join(' ') }] },
    { shape: 'thousands of blocks', blocks: (): Block[] => paragraphs.flatMap((p) => splitSentences(p).map((text) => ({ kind: 'paragraph' as const, text }))) },
  ])('$shape: terminates and picks three points from the text', ({ shape, blocks }) => {
    expect(words).toBeGreaterThanOrEqual(200_000);
    const input = article(blocks());
    const start = performance.now();
    const brief = tally.time(`summarize 200,000 words, ${shape}`, () => summarizeArticle(input));
    const ms = performance.now() - start;
    expect(briefProblems(brief, input)).toEqual([]);
    expect(brief.points).toHaveLength(3);
    // The work is bounded by scoring only the first MAX_UNITS sentences: every point is from there.
    const scored = squash(splitSentences(paragraphs.join(' ')).slice(0, MAX_UNITS + 10).join(''));
    for (const point of brief.points) expect(scored).toContain(squash(point));
    expect(brief.source.readingMinutes).toBeGreaterThan(800);
    console.log(`long text: ${words} words (${shape}) summarized in ${Math.round(ms)} ms`);
  });
});

describe('segmentation of long texts', () => {
  // Texts whose every stretch of 500 characters has a space, so windowed segmentation must agree
  // exactly with one pass of the ICU segmenter (the windows cut only at spaces). Letters of every
  // script and decimal digits: three other number signs (U+19DA, U+1173A-B) ICU counts as digits.
  const spaced = fc
    .array(fc.oneof(fc.constantFrom(...SENTENCES), fc.stringMatching(/^[\p{L}\p{Nd}'’.,-]{1,30}$/u)), { minLength: 1, maxLength: 800 })
    .map((parts) => parts.join(' '));

  it('word segmentation in windows equals one pass of Intl.Segmenter', () => {
    fc.assert(
      fc.property(spaced, (text) => {
        tally.count();
        const reference = Array.from(new Intl.Segmenter('en', { granularity: 'word' }).segment(text))
          .filter((s) => s.isWordLike)
          .map((s) => s.segment);
        expect(splitWords(text, 'en')).toEqual(reference);
      }),
      fcOptions(40),
    );
  });

  it('sentence segmentation keeps every character and cuts only between sentences of real prose', () => {
    // Latin-script prose with sentence ends (Thai has none, and a mixed text is segmented as one language).
    const prose = SENTENCES.filter((s) => /^[\x20-\x7e]+$/.test(s));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...prose), { minLength: 1, maxLength: 600 }), (parts) => {
        tally.count();
        const text = parts.join(' ');
        const sentences = splitSentences(text);
        expect(squash(sentences.join(''))).toBe(squash(text));
        // Joined prose splits back into its own sentences, however many windows it spans.
        const alone = new Set(prose.flatMap((s) => splitSentences(s)));
        for (const s of sentences) expect(alone.has(s)).toBe(true);
      }),
      fcOptions(30),
    );
  });

  it.each([
    { name: 'sentences', unit: `${SENTENCES[0]} ` },
    { name: 'a run-on word list', unit: 'word ' },
    { name: 'question pieces that all continue', unit: 'why? not ' },
    { name: 'stacked opening quotes', unit: ' " ' },
    { name: 'unspaced CJK', unit: '東京大学の研究チームは新しい電池を開発した' },
  ])('1 MB of $name segments in bounded time', ({ name, unit }) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const sentences = tally.time(`splitSentences, 1 MB of ${name}`, () => splitSentences(text));
    const words = tally.time(`splitWords, 1 MB of ${name}`, () => splitWords(text));
    expect(squash(sentences.join(''))).toBe(squash(text));
    if (/\p{L}/u.test(unit)) expect(words.length).toBeGreaterThan(0);
  });
});
