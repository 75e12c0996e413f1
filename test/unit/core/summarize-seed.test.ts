import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { opensWithReference, splitSentences, summarizeArticle } from '../../../src/core/index.ts';
import { extractiveEngine } from '../../../src/engines/extractive.ts';
import { BriefError, type Article } from '../../../src/core/types.ts';
import { seedArticle } from './support/html-blocks.ts';

const article = seedArticle(readFileSync('../shared/fixtures/seed-article.html', 'utf8'));
const brief = summarizeArticle(article);
const headings = article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
const sentences = article.blocks
  .filter((b) => b.kind !== 'heading')
  .flatMap((b) => splitSentences(b.text, 'en'));

/** The sentences of a point, located in the article (each must be found). */
function positions(point: string): number[] {
  return splitSentences(point, 'en').map((s) => sentences.indexOf(s));
}

describe('summarizeArticle on the seed article', () => {
  it('keeps the metadata and reads in 3 minutes, like the reference brief', () => {
    expect(brief.title).toBe(article.title);
    expect(brief.url).toBe(article.url);
    expect(brief.source).toEqual({
      siteName: 'Tech Brief Daily',
      author: 'Aiko Tanaka',
      publishedTime: '2026-11-20T08:30:00+09:00',
      readingMinutes: 3,
    });
    expect(brief.engine).toBe('extractive');
  });

  it('gives three points, each one or two consecutive sentences of the article, in order', () => {
    expect(brief.points).toHaveLength(3);
    const starts: number[] = [];
    for (const point of brief.points) {
      const at = positions(point);
      expect(at.length).toBeGreaterThanOrEqual(1);
      expect(at.length).toBeLessThanOrEqual(2);
      expect(at.every((i) => i >= 0)).toBe(true);
      if (at.length === 2) expect(at[1]).toBe(at[0]! + 1);
      starts.push(at[0]!);
    }
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(new Set(brief.points).size).toBe(3);
  });

  it('never includes heading text', () => {
    for (const point of brief.points) {
      for (const heading of headings) expect(point).not.toContain(heading);
    }
  });

  it('has no point opening with a pronoun or connective', () => {
    for (const point of brief.points) expect(opensWithReference(point, 'en')).toBe(false);
  });

  it('spreads the points over more than the introduction', () => {
    const firstHeading = article.blocks.findIndex((b) => b.kind === 'heading');
    const intro = article.blocks.slice(0, firstHeading).flatMap((b) => splitSentences(b.text, 'en'));
    const fromIntro = brief.points.filter((p) => intro.includes(splitSentences(p, 'en')[0]!));
    expect(fromIntro.length).toBeLessThanOrEqual(1);
  });

  it('has a one-sentence lede and 3-5 topics that occur in the article', () => {
    expect(splitSentences(brief.lede, 'en')).toHaveLength(1);
    expect(brief.topics.length).toBeGreaterThanOrEqual(3);
    expect(brief.topics.length).toBeLessThanOrEqual(5);
    const text = article.blocks.map((b) => b.text).join(' ').toLowerCase();
    for (const topic of brief.topics) expect(text).toContain(topic.toLowerCase());
  });

  it('is deterministic', () => {
    expect(summarizeArticle(article)).toEqual(brief);
  });
});

describe('bad input', () => {
  it('throws a BriefError, never a TypeError', () => {
    expect(() => summarizeArticle(null as unknown as Article)).toThrow(BriefError);
    expect(() => summarizeArticle({ ...article, blocks: [{ kind: 'heading', text: 'Only a heading' }] })).toThrow(
      expect.objectContaining({ code: 'empty' }),
    );
    expect(() => summarizeArticle({ ...article, blocks: [null] } as unknown as Article)).toThrow(
      expect.objectContaining({ code: 'bad-input' }),
    );
  });

  it('gives fewer points only when the article has fewer sentences', () => {
    const short = summarizeArticle({ ...article, blocks: [{ kind: 'paragraph', text: 'One sentence only here.' }] });
    expect(short.points).toEqual(['One sentence only here.']);
  });
});

describe('extractiveEngine', () => {
  it('is the offline engine and resolves to the same brief', async () => {
    expect(extractiveEngine).toMatchObject({ id: 'extractive', remote: false });
    await expect(extractiveEngine.summarize(article)).resolves.toEqual(brief);
  });

  it('rejects with a BriefError on bad input', async () => {
    await expect(extractiveEngine.summarize({} as Article)).rejects.toBeInstanceOf(BriefError);
  });
});
