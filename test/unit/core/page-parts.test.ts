// Parts of a page that came with the article but are not the article: back matter, a
// subscription box under its own headings, sentences with a formula dropped out, photo captions,
// and an excerpt that glued a heading onto the first sentence.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/points/analyze.ts';
import { summarizeArticle } from '../../../src/core/index.ts';
import type { Article, Block } from '../../../src/core/types.ts';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string, level = 2): Block => ({ kind: 'heading', level, text });

function article(blocks: Block[], extra: Partial<Article> = {}): Article {
  return { title: 'The headset review', url: 'https://example.test/a', lang: 'en', blocks, readerable: true, ...extra };
}

const body = [
  p('The new headset packs twenty three million pixels into two small panels in front of the eyes.'),
  p('Apps float in the room around the wearer, and a glance with a pinch of the fingers opens them.'),
  p('The demo lasted half an hour and was tightly controlled by the company from start to finish.'),
  p('Battery life is two hours, which limits how long the headset can be worn away from a desk.'),
];

const bodyTexts = body.map((b) => b.text);
const more = [
  p('Reviewers were allowed to try three apps, all made by the company, and no games at all.'),
  p('Sales open in the spring in two countries, at a price well above any rival headset.'),
];

describe('parts of the page that are not the article', () => {
  it('never takes a point from references, notes or link lists, with or without an [edit] link', () => {
    const brief = summarizeArticle(article([
      ...body,
      h('Design'),
      p('The headset is made of glass and aluminium and weighs about as much as a small tablet.'),
      p('A strap at the back holds the headset in place during long working sessions at the desk.'),
      h('References[edit]'),
      p('^ "The headset review, part one". Example Weekly. Retrieved 3 March 2024.'),
      p('^ "Hands on with the new headset". Example Daily. Retrieved 4 March 2024.'),
      h('See also', 3),
      p('A list of every headset released in the last ten years, with prices and dates.'),
    ]));
    expect(brief.points).toHaveLength(3);
    for (const point of brief.points) expect(point).not.toMatch(/Retrieved|list of every headset/);
    // A heading of the same level after the back matter brings the article back.
    const { ctx } = analyze(article([...body, h('Notes'), p('A note on the sources used here.'), h('Price'), p('It costs as much as a used car today.')]));
    expect(ctx.units.map((u) => u.text)).toContain('It costs as much as a used car today.');
    expect(ctx.units.map((u) => u.text)).not.toContain('A note on the sources used here.');
  });

  it('gives no point of its own to a short box off the subject under its own headings', () => {
    const box = [
      h('Monthly'), p('$7/month'), p('A flexible plan you can cancel anytime.'),
      h('Annual'), p('$70/year'), p('A discounted plan to keep you up to date all year.'),
      h('Corporate'), p('$60/person/year'), p('Keep your team informed on the inside conversation.'), p('We accept cards and vouchers.'),
    ];
    const brief = summarizeArticle(article([...body, p('Sign up for our weekly newsletter about the industry.'), ...box]));
    expect(brief.points).toHaveLength(3);
    for (const point of brief.points) expect(point).not.toMatch(/plan|team|cards/);
  });

  it('still spreads the points over short sections that are on the subject', () => {
    const brief = summarizeArticle(article([
      ...body,
      h('Display'),
      p('The display of the headset is sharp enough to read small text on a virtual screen.'),
      p('Colours on the headset display look natural even in a dim room.'),
      h('Comfort'),
      p('After half an hour the headset felt heavy on the front of the face.'),
      p('The headset strap needs adjusting before every session to sit well.'),
    ]));
    const sections = brief.points.map((pt) => (/display/i.test(pt) ? 'display' : /heavy|strap/.test(pt) ? 'comfort' : 'body'));
    expect(new Set(sections).size).toBe(3);
  });

  it('does not offer a sentence with a formula or image dropped out of it as a point', () => {
    const { ctx } = analyze(article([
      p('In this section, the transpose of matrix is denoted as , the conjugate as .'),
      p('Hermitian matrices are fundamental to the quantum theory of matrix mechanics.'),
    ]));
    expect(ctx.units.map((u) => u.complete)).toEqual([false, true]);
  });

  it('treats a paragraph of invisible characters as nothing: no such point, the same brief', () => {
    const invisible = [p('\u200b'), p('\u202a'), p('\ufeff\u200e')];
    const plain = summarizeArticle(article(body));
    const cluttered = summarizeArticle(article([body[0]!, ...invisible, ...body.slice(1)]));
    expect(cluttered.points).toEqual(plain.points);
    expect(cluttered.lede).toBe(plain.lede);
    expect(() => summarizeArticle(article(invisible))).toThrow(/no readable text/);
  });

  it('does not take a photo caption, in English or Chinese, as the lede', () => {
    const caption = '图为马素湘在澳大利亚悉尼游玩时的近影。';
    const zh = summarizeArticle(article([
      p(caption),
      p('在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。'),
      p('但是，随着年龄和阅历的增长，学子对两会的关注点在出国前后发生了很大的变化。'),
    ], { lang: 'zh', title: '海外留学生看两会' }));
    expect(zh.lede).not.toBe(caption);
    expect(zh.points[1]).toBe('在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。');
    const en = summarizeArticle(article([p('Loss: Jane Doe with her dog in 2019.'), ...body]));
    expect(bodyTexts).toContain(en.lede);
    expect(en.points).not.toContain(en.lede);
  });

  it('takes neither the lede nor a point from a wire-service photo caption or an editor\'s note, but keeps "In this case"', () => {
    const caption = 'In this Nov. 29, 2016 photo provided by the agency, the new headset is shown on a stand in a store.';
    const note = '(EDIT: removed the link to the original post, at the request of its author.)';
    for (const text of [caption, 'In this photo dated Tuesday, a man walks.', 'This photo shows the crowd outside.', note]) {
      const brief = summarizeArticle(article([p(text), ...body]));
      // The lede is a sentence of the article proper that no point repeats.
      expect(bodyTexts, text).toContain(brief.lede);
      expect(brief.points, text).not.toContain(brief.lede);
      expect(brief.points, text).not.toContain(text);
    }
    const plain = 'In this case, the new headset packs more pixels than any television in the house.';
    const kept = summarizeArticle(article([p(plain), ...body]));
    expect([kept.lede, ...kept.points]).toContain(plain);
  });

  it('drops a heading an excerpt glued onto the first sentence of the lede', () => {
    const brief = summarizeArticle(article([h('Highlights'), p('Here’s our Firefox Year in Review!'), ...body], {
      description: "Highlights Here's our Firefox Year in Review!",
    }));
    expect(brief.lede).toBe('Here’s our Firefox Year in Review!');
    // A chapter number is such a heading too.
    const question = '“Were you expecting the showers to be the most dramatic part of gym class?”';
    const chapter = summarizeArticle(article([p('102'), p(`${question} Alden asked Haoyu on the way.`), ...body], {
      description: `102 ${question}`,
    }));
    expect(chapter.lede).toBe(question);
    // Not when the "sentence" is the tail of a title: "linux usability ...or, why do I bother."
    const title = summarizeArticle(article([p('...or, why do I bother.'), ...body], { description: 'linux usability ...or, why do I bother.' }));
    expect(title.lede).toBe('linux usability ...or, why do I bother.');
  });

  it('completes a description that is the first sentence cut short, with the site name after it', () => {
    const first = 'The new headset packs twenty three million pixels into two small panels in front of the eyes.';
    const brief = summarizeArticle(article([...body, ...more], { description: 'The new headset packs twenty three million pixels into two - Example News' }));
    expect(brief.lede).toBe(first);
    // The points then carry what comes next: none repeats the lede.
    expect(brief.points).not.toContain(first);
    expect(brief.points).toHaveLength(3);
  });
});

describe('the source line', () => {
  it('names the site by its host when the page gives no site name, for web pages only', () => {
    expect(summarizeArticle(article(body, { url: 'https://www.nytimes.com/2024/a.html' })).source.siteName).toBe('nytimes.com');
    expect(summarizeArticle(article(body, { url: 'https://x.test/a', siteName: 'The Test' })).source.siteName).toBe('The Test');
    expect(summarizeArticle(article(body, { url: 'file:///tmp/a.html' })).source.siteName).toBeUndefined();
  });
});
