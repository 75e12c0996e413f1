import { describe, expect, it } from 'vitest';
import { BriefError } from '../../../src/core/types.ts';
import { rowToArticle } from '../../../src/eval/article.ts';
import { parseJsonl } from '../../../src/eval/dataset.ts';

function errorOf(fn: () => unknown): BriefError {
  try {
    fn();
  } catch (err) {
    if (err instanceof BriefError) return err;
    throw err;
  }
  throw new Error('expected a BriefError');
}

describe('parseJsonl', () => {
  it('uses the row id, else the 0-based line number (blank lines still count)', () => {
    const text = [
      JSON.stringify({ article: 'A.', abstract: 'a' }),
      '',
      JSON.stringify({ id: 'x-7', article: 'B.', abstract: 'b' }),
      JSON.stringify({ article: 'C.', abstract: 'c' }),
    ].join('\n');
    expect(parseJsonl(text).map((r) => r.id)).toEqual([0, 'x-7', 3]);
  });
  it('collects the abstract and further references, without duplicates', () => {
    const row = { article: 'A.', abstract: 'one', references: ['two', 'one', 'three'] };
    expect(parseJsonl(JSON.stringify(row))[0]!.references).toEqual(['one', 'two', 'three']);
    expect(parseJsonl(JSON.stringify({ article: 'A.', references: ['r'] }))[0]!.references).toEqual(['r']);
  });
  it.each([
    ['{"article": "A.", "abstract": "a"', 'line 2: not valid JSON'],
    ['[1, 2]', 'line 2: expected a JSON object'],
    ['{"abstract": "a"}', 'line 2: "article" must be a non-empty string'],
    ['{"article": "A."}', 'line 2: no reference summary'],
    ['{"article": "A.", "abstract": "  "}', 'line 2: no reference summary'],
    ['{"article": "A.", "references": "r"}', 'line 2: "references" must be an array of strings'],
    ['{"article": "A.", "abstract": "a", "id": {"n": 1}}', 'line 2: "id" must be a string or a number'],
  ])('names the line of a bad row: %s', (bad, message) => {
    const text = `${JSON.stringify({ article: 'Fine.', abstract: 'ok' })}\n${bad}\n`;
    const err = errorOf(() => parseJsonl(text));
    expect(err.code).toBe('bad-input');
    expect(err.message).toContain(message);
  });
  it('rejects a file with no rows', () => {
    expect(errorOf(() => parseJsonl('\n\n')).message).toContain('no rows');
  });
});

describe('rowToArticle', () => {
  it('makes one paragraph per non-empty line, with an eval: url and no title', () => {
    const [row] = parseJsonl(JSON.stringify({ id: 9, article: 'First  para.\n\n Second para. ', abstract: 'a' }));
    const article = rowToArticle(row!);
    expect(article.blocks).toEqual([
      { kind: 'paragraph', text: 'First para.' },
      { kind: 'paragraph', text: 'Second para.' },
    ]);
    expect(article).toMatchObject({ url: 'eval:9', title: '', lang: 'en', readerable: true });
  });
});
