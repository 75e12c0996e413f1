// Each kind of cut core/text/clutter.ts makes, what it never cuts, and that it keeps to English.
import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../../src/core/index.ts';
import { cutClutter } from '../../../src/core/text/clutter.ts';
import type { Article } from '../../../src/core/types.ts';

const en = (s: string) => cutClutter(s, 'en');

describe('cutting clutter from a sentence', () => {
  it('cuts wire tags and datelines before the first word', () => {
    expect(en('(CNN)The National Institutes of Health said Thursday that it plans to admit a patient.')).toBe(
      'The National Institutes of Health said Thursday that it plans to admit a patient.',
    );
    expect(en('Sanaa, Yemen (CNN)The U.S. military is in the process of leaving.')).toBe('The U.S. military is in the process of leaving.');
    expect(en('NEW YORK (Reuters) - Stocks fell sharply on Monday.')).toBe('Stocks fell sharply on Monday.');
    expect(en('LONDON, March 3 (Reuters) - The pound rose.')).toBe('The pound rose.');
    expect(en('WASHINGTON -- President Obama signed the bill on Friday.')).toBe('President Obama signed the bill on Friday.');
    expect(en('ST. LOUIS, Missouri — Protesters gathered again overnight.')).toBe('Protesters gathered again overnight.');
  });

  it("cuts the Daily Mail's byline and timestamps glued before the first sentence", () => {
    expect(en('By . Daily Mail Reporter . PUBLISHED: 10:02 EST, 3 March 2015 | UPDATED: 12:43 EST, 3 March 2015 . A man was arrested.')).toBe(
      'A man was arrested.',
    );
  });

  it('drops sentences that only point elsewhere on the page, or stamp it', () => {
    for (const s of [
      'Scroll down for video.',
      'SCROLL DOWN FOR VIDEO.',
      'VIDEO: Scroll down to watch the moment the roof fell in.',
      'Click here to read how the drama unfolded at Stamford Bridge.',
      'CLICK HERE for all the latest news.',
      'Read more: Who is Nigeria’s Muhammadu Buhari?',
      'READ MORE Why the vote matters.',
      'VIDEO Hamilton cruises to victory in Australian GP.',
      'See below for video.',
      'Follow @dailymail on Twitter.',
      'Last updated at 3:42 PM on 4th March 2011.',
    ]) {
      expect(en(s), s).toBe('');
    }
  });

  it('cuts a trailing photo credit and keeps the full stop', () => {
    expect(en('The bridge reopened after two years of repairs (Photo: Getty Images).')).toBe('The bridge reopened after two years of repairs.');
    expect(en('Crowds lined the route (Picture: PA)')).toBe('Crowds lined the route');
  });

  it('cuts an additive connective before a name, so the sentence stands alone, and keeps contrastive ones', () => {
    expect(en('Meanwhile, NEC provides edge AI infrastructure.')).toBe('NEC provides edge AI infrastructure.');
    expect(en('Also, Apple said it would appeal.')).toBe('Apple said it would appeal.');
    expect(en('In addition, 40 jobs will go.')).toBe('40 jobs will go.');
    for (const s of ['However, NEC declined to comment.', 'But Apple said it would appeal.', 'Meanwhile, the company said it would appeal.', 'Meanwhile the rain fell.']) {
      expect(en(s), s).toBe(s);
    }
  });

  it('never cuts an attribution, a negation, a number or a name', () => {
    for (const s of [
      'Police said the man, 34, was not known to them.',
      'Scrolling through the list, officers found 12 names they did not expect.',
      'Video footage caught the moment the puck flew towards Patrik Nemeth.',
      'Reading, the town in Berkshire, said no to the plan.',
      'NASA said on Tuesday that the probe had not been lost.',
      'The CNN anchor said the report was wrong.',
      'Click and collect sales rose 20 per cent, the retailer said.',
    ]) {
      expect(en(s), s).toBe(s);
    }
  });

  it('leaves other languages alone: the same words may be their story', () => {
    expect(cutClutter('Scroll down for video.', 'de')).toBe('Scroll down for video.');
    expect(cutClutter('PARIS (AFP) - Le gouvernement a annoncé un plan.', 'fr')).toBe('PARIS (AFP) - Le gouvernement a annoncé un plan.');
  });
});

describe('clutter in a brief', () => {
  const article = (text: string): Article => ({
    title: '', url: 'https://example.test/n', lang: 'en', readerable: true,
    blocks: text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t })),
  });

  it('gives points without the wire tag, and never a pointer to a video', () => {
    const brief = summarizeArticle(article([
      'LONDON (CNN) -- A fire destroyed a historic theatre in the city centre on Monday night, officials said.',
      'Scroll down for video.',
      'More than 200 firefighters fought the blaze for six hours before bringing it under control.',
      'Nobody was hurt, but the building, which opened in 1890, is thought to be beyond repair.',
      'The cause of the fire is not yet known, and an investigation has begun.',
    ].join('\n')));
    expect(brief.points[0]).toBe('A fire destroyed a historic theatre in the city centre on Monday night, officials said.');
    for (const line of [brief.lede, ...brief.points, brief.why ?? '']) expect(line).not.toMatch(/scroll down|\(CNN\)/i);
  });
});

describe('clutter where two sentences make one point', () => {
  const article = (lines: string[]): Article => ({
    title: '', url: 'https://example.test/n', lang: 'en', readerable: true,
    blocks: lines.map((t) => ({ kind: 'paragraph' as const, text: t })),
  });
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

  // A sentence that opens with a pronoun is joined to the one before it. Had the dateline been
  // cut from it first, the pair would read "... year. They agreed ...", which the page never says.
  it('never joins a sentence that lost its dateline, or one that lost its credit, to its neighbour', () => {
    const lines = [
      'Senators met on Monday to discuss the new budget plan for the coming financial year in full.',
      'WASHINGTON - They agreed to delay the final vote on the budget plan until the spring session.',
      'The plan would raise spending on schools and roads by a fifth over the next four years.',
      'Critics said the plan would add to the deficit, and several senators called for more cuts (Photo: AP)',
      'They want the vote held before the summer recess, when the budget plan expires.',
    ];
    const brief = summarizeArticle(article(lines));
    const body = squash(lines.join(' '));
    expect(brief.points.length).toBeGreaterThan(0);
    for (const p of brief.points) expect(body, p).toContain(squash(p));
  });
});
