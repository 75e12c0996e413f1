import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/points/analyze.ts';
import { summarizeArticle } from '../../../src/core/index.ts';
import type { Article, Block } from '../../../src/core/types.ts';
import { seedArticle } from './support/html-blocks.ts';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', level: 2, text });

function article(title: string, blocks: Block[]): Article {
  return { title, url: 'https://example.test/a', lang: 'en', blocks, readerable: true };
}

describe('section salience', () => {
  it('ranks the section about what the title promises above a side topic', () => {
    const { ctx } = analyze(article('Solar panels cut household energy bills', [
      p('Households that fitted solar panels paid far less for energy last winter.'),
      h('Gardening'),
      p('Tomatoes grow well in sunny gardens during the summer months.'),
      p('Many gardeners water their plants early in the morning.'),
      h('Energy bills'),
      p('Solar panels cut household energy bills by a third in the survey of homes.'),
      p('Energy bills fell most for households with panels facing south.'),
    ]));
    const salience = ctx.sectionSalience;
    expect(salience.get(2)!).toBeGreaterThan(salience.get(1)!);
    expect(Math.max(...salience.values())).toBe(1);
    for (const v of salience.values()) expect(v).toBeGreaterThanOrEqual(0);
  });

  it('is 1 everywhere on a page without sections, so it cannot move news rankings', () => {
    const { ctx } = analyze(article('', [p('One sentence about rain. Another about the wind.'), p('A third about snow.')]));
    expect([...ctx.sectionSalience.values()]).toEqual([1]);
  });

  it('on the seed article, a point comes from the most salient main section', () => {
    const seed = seedArticle(readFileSync('../shared/fixtures/seed-article.html', 'utf8'));
    const { ctx } = analyze(seed);
    const ranked = [...ctx.sectionSalience.entries()].filter(([s]) => s > 0).sort((a, b) => b[1] - a[1]);
    const top = ranked[0]![0];
    const topSentences = ctx.units.filter((u) => u.section === top).map((u) => u.text);
    const points = summarizeArticle(seed).points;
    expect(points.some((pt) => topSentences.some((s) => pt.includes(s)))).toBe(true);
  });
});
