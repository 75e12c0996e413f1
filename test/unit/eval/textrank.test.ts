import { describe, expect, it } from 'vitest';
import { pageRank, textRank } from '../../../src/eval/engines/textrank.ts';

describe('pageRank', () => {
  it('ranks the hub of a star graph first and sums to 1', () => {
    const w = [
      [0, 1, 1, 1],
      [1, 0, 0, 0],
      [1, 0, 0, 0],
      [1, 0, 0, 0],
    ];
    const scores = pageRank(w);
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(Math.max(...scores)).toBe(scores[0]);
    expect(scores[1]).toBeCloseTo(scores[2]!, 9);
  });
});

describe('textRank', () => {
  const sentences = [
    'Weather was mild on Tuesday morning.',
    'The city council voted to build a new river bridge.',
    'The new river bridge will carry trams and bicycles.',
    'A local bakery sold out of croissants.',
    'Council members said the bridge vote was close.',
    'Trams will cross the river bridge from 2027.',
  ];
  it('keeps the three most connected sentences, in article order', () => {
    const picked = textRank(sentences);
    expect(picked).toHaveLength(3);
    expect(picked.every((s) => /bridge/.test(s))).toBe(true);
    expect(picked.map((s) => sentences.indexOf(s))).toEqual([...picked.map((s) => sentences.indexOf(s))].sort((a, b) => a - b));
  });
  it('returns what there is for short or empty input', () => {
    expect(textRank(['Only one.'])).toEqual(['Only one.']);
    expect(textRank([])).toEqual([]);
  });
});
