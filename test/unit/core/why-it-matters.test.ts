// "Why it matters" as one sentence of the article (core/points/why.ts), and a card that says four
// different things: lede, three points and "why" never repeat one another.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../../src/core/index.ts';
import { analyze } from '../../../src/core/points/analyze.ts';
import { chooseWhy } from '../../../src/core/points/why.ts';
import { renderHtml, renderMarkdown, renderText } from '../../../src/core/render/render.ts';
import { significance } from '../../../src/core/text/significance.ts';
import type { Article, Brief } from '../../../src/core/types.ts';
import { rowToArticle } from '../../../src/eval/article.ts';
import { parseJsonl } from '../../../src/eval/dataset.ts';
import { pointsRepeat } from '../../../src/eval/point-checks.ts';
import { htmlBlocks, seedArticle } from './support/html-blocks.ts';

const paragraphs = (lang: string, ...texts: string[]): Article => ({
  title: '', url: 'https://example.test/a', lang, readerable: true, blocks: texts.map((text) => ({ kind: 'paragraph' as const, text })),
});

/** Every line of the card that says something: lede, points, "why". */
const lines = (b: Brief): string[] => [b.lede, ...b.points, ...(b.why ? [b.why] : [])].filter((l) => l.trim() !== '');

function repeats(b: Brief): string[] {
  const out: string[] = [];
  const all = lines(b);
  all.forEach((a, i) => all.slice(i + 1).forEach((c) => pointsRepeat(a, c) && out.push(`${a} ~ ${c}`)));
  return out;
}

const sentences = (b: Brief, article: Article): boolean =>
  lines(b).every((l) => article.blocks.map((x) => x.text).join(' ').includes(l) || (article.description ?? '').includes(l));

describe('why it matters', () => {
  const seed = seedArticle(readFileSync('../shared/fixtures/seed-article.html', 'utf8'));
  const brief = summarizeArticle(seed);

  it('on the seed article, is the sentence that says what follows if the venture succeeds', () => {
    expect(brief.why).toBe('If successful, this initiative could position Japan as the architect of next-gen robotics, not just a consumer of foreign AI.');
    expect(brief.points).not.toContain(brief.why);
    expect(brief.lede).not.toBe(brief.why);
  });

  it('is absent when no sentence of the article says why it matters', () => {
    const plain = summarizeArticle(paragraphs('en',
      'The village fete was held on the green on Saturday afternoon.',
      'Stalls sold cakes, jam and second-hand books to visitors from nearby towns.',
      'A brass band played in the bandstand while children raced on the grass.',
      'The tombola was run by the parish council, as it is every summer.',
      'Tea was served in the church hall until the last visitors went home.',
    ));
    expect(plain.points).toHaveLength(3);
    expect(plain.why).toBeUndefined();
  });

  it('is never a point or the lede, even when the only sentence of significance is the best point', () => {
    const only = summarizeArticle(paragraphs('en',
      'The council voted on Tuesday to close the city’s last public swimming pool, which means thousands of children will have nowhere to learn to swim.',
      'The pool opened in 1936 and was rebuilt after a fire in 1971.',
      'Councillors said the repairs it needs would cost more than a new building.',
      'A campaign to save it has collected signatures from local schools.',
    ));
    for (const line of [only.lede, ...only.points]) expect(line).not.toBe(only.why);
  });

  it('takes a sentence that leans on the one before only right after that sentence on the card', () => {
    const article = paragraphs('en',
      'The central bank raised interest rates by half a point on Thursday, to 5.25 per cent.',
      'This means mortgage payments will rise for about two million households within a year.',
      'Markets had expected a smaller increase after weak figures for the spring.',
      'The bank’s governor said further rises could not be ruled out.',
    );
    const { ctx } = analyze(article);
    const [first, leaning, third] = ctx.units;
    // After the sentence it leans on, it reads on from it...
    expect(chooseWhy(ctx.units, [[first!]], false, 'en')?.text).toBe(leaning!.text);
    // ...but on its own, "this" would point at nothing on the card.
    expect(chooseWhy(ctx.units, [[third!]], false, 'en')).toBeUndefined();
    expect(sentences(summarizeArticle(article), article)).toBe(true);
  });

  it('reads the cues of other languages, and of none it does not know', () => {
    expect(significance('Pour la première fois, le pays a exporté plus de blé qu’il n’en a importé.', 'fr')).toBeGreaterThanOrEqual(3);
    expect(significance('Das bedeutet, dass die Preise im Herbst steigen werden.', 'de')).toBeGreaterThanOrEqual(3);
    expect(significance('同社がこの技術を製品化するのは初めてだ。', 'ja')).toBeGreaterThanOrEqual(3);
    expect(significance('这是该国首次举办这一赛事。', 'zh')).toBeGreaterThanOrEqual(3);
    expect(significance('وهذه هي المرة التي تفوز فيها البلاد لأول مرة بالبطولة.', 'ar')).toBeGreaterThanOrEqual(3);
    expect(significance('이번 합의는 처음으로 두 나라가 공동 연구소를 세운다는 것을 의미한다.', 'ko')).toBeGreaterThanOrEqual(3);
    expect(significance('Bu karar, fiyatların yeniden artacağı anlamına geliyor.', 'tr')).toBeGreaterThanOrEqual(3);
    // Language-confined: English cues do not fire on another language's text, nor on an unknown one.
    expect(significance('This means prices will rise.', 'fi')).toBe(0);
    expect(significance('Le chat dort sur le canapé.', 'fr')).toBe(0);
  });

  it('goes everywhere the card goes: Markdown, text and HTML', () => {
    const why = brief.why!;
    expect(renderMarkdown(brief)).toContain(why.replace(/-/g, '\\-').slice(0, 40));
    expect(renderText(brief)).toContain(why);
    expect(renderHtml(brief)).toContain(why.slice(0, 40));
  });
});

describe('a card that never says the same thing twice', () => {
  it('on the 100 val articles: lede, points and why are different sentences, none repeating another', () => {
    const rows = parseJsonl(readFileSync('../shared/data/cnndm-gpt4/val.jsonl', 'utf8'));
    let ledes = 0;
    for (const row of rows) {
      const b = summarizeArticle(rowToArticle(row));
      expect(repeats(b), String(row.id)).toEqual([]);
      expect(new Set(lines(b)).size).toBe(lines(b).length);
      if (b.lede) ledes += 1;
    }
    // With no description, the lede is a sentence the points left: almost every article has one.
    expect(ledes).toBeGreaterThanOrEqual(95);
  });

  it('on the readability pages, in every language they hold', () => {
    const root = '../shared/data/readability-pages';
    const langs = new Set<string>();
    for (const name of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
      const meta = JSON.parse(readFileSync(join(root, name, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>;
      const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
      const article: Article = {
        title: str(meta.title) ?? '', lang: str(meta.lang), description: str(meta.excerpt), url: `https://example.org/${name}`,
        blocks: htmlBlocks(readFileSync(join(root, name, 'expected.html'), 'utf8')), readerable: true,
      };
      const b = summarizeArticle(article);
      langs.add((b.lang ?? '').slice(0, 2));
      expect(new Set(lines(b)).size, name).toBe(lines(b).length);
      // The evaluation's repeat test is English (its stop words and stemmer); elsewhere the lines must still differ.
      if (/^en/.test(b.lang ?? '')) expect(repeats(b), name).toEqual([]);
    }
    expect(langs).toContain('ja');
    expect(langs).toContain('zh');
  });
});
