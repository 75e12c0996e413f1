import { describe, expect, it } from 'vitest';
import { authorMatches, bagF1, bodyF1, calendarDay, containsSnippet, dateMatches, headlineMatches, wordTokens } from '../../../../src/eval/extraction/metrics.ts';

describe('the WCXB body metric', () => {
  it('takes lowercase \\w+ tokens, letters of every script and digits included', () => {
    expect(wordTokens("Fall isn't just pumpkin-spice, 2025!")).toEqual(['fall', 'isn', 't', 'just', 'pumpkin', 'spice', '2025']);
    expect(wordTokens('Größe 東京 snake_case')).toEqual(['größe', '東京', 'snake_case']);
  });

  it('is bag-of-words F1: order does not count, repeats do', () => {
    expect(bodyF1('b a', 'a b')).toBe(1);
    // prediction a a b (3), reference a b (2): overlap 2, P 2/3, R 1
    expect(bagF1(['a', 'a', 'b'], ['a', 'b'])).toBeCloseTo(0.8, 10);
    expect(bodyF1('', 'something')).toBe(0);
  });

  it('scores an empty prediction 1 only where the reference is empty too', () => {
    expect(bodyF1('', '')).toBe(1);
    expect(bodyF1('text', '')).toBe(0);
  });

  it('finds snippets whatever the spacing and case', () => {
    expect(containsSnippet('Protein  continues\nto dominate', 'protein continues to dominate')).toBe(true);
    expect(containsSnippet('Home page', 'Login')).toBe(false);
  });
});

describe('the facts', () => {
  it('takes a headline with the site name attached as wrong, and one differing in case or punctuation as right', () => {
    const truth = '7 Best Zoom Alternatives for Video Conferencing in 2025';
    expect(headlineMatches('7 best zoom alternatives for video conferencing in 2025.', truth)).toBe(true);
    expect(headlineMatches(`${truth} | RingCentral UK Blog`, truth)).toBe(false);
    expect(headlineMatches(undefined, truth)).toBe(false);
  });

  it('takes an author with a job title or a date attached as wrong', () => {
    expect(authorMatches('Graham Reid', 'Graham Reid')).toBe(true);
    expect(authorMatches('Sep 20 Written By Graham Reid', 'Graham Reid')).toBe(false);
    expect(authorMatches('Sarah Hauer | Milwaukee Journal Sentinel', 'Sarah Hauer')).toBe(false);
  });

  it('compares dates by the calendar day they name', () => {
    expect(calendarDay('2025-09-04T23:30:00-04:00')).toBe('2025-09-04');
    expect(calendarDay('Thu, 04 Sep 2025 10:00:00 GMT')).toBe('2025-09-04');
    expect(calendarDay('not a date')).toBeUndefined();
    expect(dateMatches('2025-09-04T08:00:00Z', '2025-09-04')).toBe(true);
    expect(dateMatches('2025-09-05', '2025-09-04')).toBe(false);
    expect(dateMatches(undefined, '2025-09-04')).toBe(false);
  });
});
