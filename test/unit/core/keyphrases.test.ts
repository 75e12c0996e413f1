// "Why it matters" topics: properties over every readability page, and one small text per rule.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences, summarizeArticle } from '../../../src/core/index.ts';
import { keyphrases } from '../../../src/core/topics/keyphrases.ts';
import { htmlBlocks } from './support/html-blocks.ts';

const ROOT = '../shared/data/readability-pages';

const pages = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const meta = JSON.parse(readFileSync(join(ROOT, d.name, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>;
    const blocks = htmlBlocks(readFileSync(join(ROOT, d.name, 'expected.html'), 'utf8'));
    const title = typeof meta.title === 'string' ? meta.title : '';
    const lang = typeof meta.lang === 'string' && meta.lang ? meta.lang : undefined;
    const brief = summarizeArticle({ title, lang, url: `https://example.org/${d.name}`, blocks, readerable: true });
    const text = [title, ...blocks.map((b) => b.text)].join('\n');
    return { name: d.name, lang: brief.lang ?? '', title, text, topics: brief.topics };
  });

/** Topics of a small text: one sentence list, as the summarizer hands it over. */
function topics(paragraphs: string[], title = '', lang = 'en'): string[] {
  return keyphrases(paragraphs.flatMap((p) => splitSentences(p, lang)), title, lang);
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
const MONTHS_AND_DAYS = new Set(
  ('january february march april may june july august september october november december jan feb mar apr ' +
    'jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday').split(' '),
);
const HONORIFIC = /^(?:mr|mrs|ms|dr|prof)\.?\s/iu;
const CONTRACTION = /\p{L}['’](?:m|re|ve|ll|d|t)\b/iu;
const ADVERB = /(?:ally|ently|ously|ively|ately)$/u;
const AUXILIARY = new Set('will would can could shall should may might must do does did is are was were be been have has had not'.split(' '));

describe('topics of the readability pages', () => {
  it('briefs over a hundred pages', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('are at most five distinct topics, each written in the page', () => {
    for (const p of pages) {
      expect(p.topics.length, p.name).toBeLessThanOrEqual(5);
      expect(new Set(p.topics.map(norm)).size, p.name).toBe(p.topics.length);
      for (const t of p.topics) expect(norm(p.text), `${p.name}: ${t}`).toContain(norm(t));
    }
  });

  it('are never a month or weekday, a contraction, a single letter or an honorific-led name', () => {
    for (const p of pages) {
      for (const t of p.topics) {
        expect(MONTHS_AND_DAYS.has(t.toLowerCase()), `${p.name}: ${t}`).toBe(false);
        expect(t, p.name).not.toMatch(CONTRACTION);
        expect([...t].length, `${p.name}: ${t}`).toBeGreaterThan(1);
        expect(t, p.name).not.toMatch(HONORIFIC);
      }
    }
  });

  it('never repeat one another: no topic holds another as whole words', () => {
    for (const p of pages.filter((x) => !/^(ja|zh)/.test(x.lang))) {
      const words = p.topics.map((t) => ` ${norm(t)} `);
      for (const a of words) {
        for (const b of words) if (a !== b) expect(a.includes(b), `${p.name}: ${a} / ${b}`).toBe(false);
      }
    }
  });

  it('in English, never start or end with an -ly adverb or an auxiliary verb (unless the title is about that word)', () => {
    for (const p of pages.filter((x) => x.lang.startsWith('en'))) {
      for (const t of p.topics) {
        const words = t.toLowerCase().split(' ');
        // "On Behalf of “Literally”" is about the word "literally".
        if (words.length === 1 && norm(p.title).includes(words[0]!)) continue;
        for (const edge of [words[0]!, words[words.length - 1]!]) {
          expect(ADVERB.test(edge) || AUXILIARY.has(edge), `${p.name}: ${t}`).toBe(false);
        }
      }
    }
  });

  it('in Japanese and Chinese, are not particles or pronouns', () => {
    for (const p of pages.filter((x) => /^(ja|zh)/.test(x.lang))) {
      for (const t of p.topics) {
        expect(t, p.name).not.toMatch(/^[\u3040-\u309f]+$/u);
        expect(['他们', '我们', '你们', '她们', '他們', '我們', '可以', '这个', '什么']).not.toContain(t);
      }
    }
  });
});

describe('topic rules', () => {
  it('drops contractions and pronoun-verb fragments', () => {
    const t = topics([
      "I'm not sure I've ever seen Acme Robotics this busy. I'm told they don't know either.",
      "I've asked Acme Robotics twice. We're told they don't know, and I'm still waiting.",
    ]);
    expect(t).toContain('Acme Robotics');
    expect(t.filter((x) => CONTRACTION.test(x))).toEqual([]);
  });

  it('drops month and weekday names, also in French', () => {
    const en = topics([
      'The Zorblax launch moved to December. Engineers at Zorblax met on Monday.',
      'By December the Zorblax team expects a decision. On Monday they will say more.',
    ]);
    expect(en).toContain('Zorblax');
    expect(en.some((x) => /december|monday/i.test(x))).toBe(false);
    const fr = topics([
      'Le Sénat examinera le texte en décembre. Le vote aura lieu mardi prochain.',
      'En décembre, le Sénat votera encore. Mardi prochain, le texte reviendra.',
    ], '', 'fr');
    expect(fr.some((x) => /décembre|mardi/i.test(x))).toBe(false);
  });

  it('names what the piece is about, not only who is in it', () => {
    const t = topics([
      'Zorblax and Quentix build a heat pump with Varnoth, Delmira and Ostrava Labs. The heat pump is cheap.',
      'Zorblax says it beats gas. Quentix agrees, and Varnoth tested it with Delmira and Ostrava Labs.',
      'Ostrava Labs, Zorblax and Quentix will sell it. Varnoth and Delmira will not, says Ostrava Labs.',
      'Zorblax, Quentix, Varnoth and Delmira meet again in May.',
    ]);
    expect(t).toHaveLength(5);
    expect(t).toContain('heat pump');
    expect(t.filter((x) => x !== 'heat pump')).toHaveLength(4);
  });

  it('does not fold an organisation that opens longer names into one of them as a surname', () => {
    const t = topics([
      'Mozilla makes browsers. The Mozilla Foundation funds Mozilla. Air Mozilla streams talks by Mozilla staff.',
      'Mozilla hires engineers. The Mozilla Foundation owns Mozilla. Air Mozilla shows the Mozilla meetings.',
    ]);
    expect(t[0]).toBe('Mozilla');
  });

  it('keeps a month that is a surname inside the name', () => {
    const t = topics([
      'Prime Minister Theresa May met the Zorblax board in London on May 5.',
      'The Zorblax board told Theresa May that the plant would stay open.',
      'Theresa May said the decision was good news for Zorblax workers.',
    ]);
    expect(t).toContain('Theresa May');
    expect(t).not.toContain('May');
  });

  it('treats a capitalised word that is also written in lower case as a common word', () => {
    const t = topics([
      'Ministers said the Government would act. A government spokesman met Qantas.',
      'The Government denied it. The government later wrote to Qantas again.',
    ]);
    expect(t).toContain('Qantas');
    expect(t.some((x) => /government/i.test(x))).toBe(false);
  });

  it('ignores the capitals of title-case headings and shouted lines', () => {
    const t = topics([
      'Vidyard Launches New Tools and Features for Businesses',
      'New Features for Businesses',
      'SIGN UP FOR OUR NEWSLETTER',
      'SIGN UP FOR OUR NEWSLETTER',
      'Many teams now record short clips with Vidyard. Sales staff at Vidyard use them daily.',
    ]);
    expect(t).toContain('Vidyard');
    expect(t.some((x) => /features|businesses|newsletter|^new$/i.test(x))).toBe(false);
  });

  it('shows a name without its honorific, once, under its full form', () => {
    const t = topics([
      'The study was led by Michael Shadlen, Ph.D., at Columbia University.',
      'Dr. Shadlen said the result was clear. Columbia University funded it, Dr Shadlen added.',
      'Mr Obama met Barack Obama’s old staff. Mr. Obama spoke first.',
    ]);
    expect(t).toContain('Michael Shadlen');
    expect(t).toContain('Barack Obama');
    expect(t.some((x) => HONORIFIC.test(x) || /ph\.?d/i.test(x) || x === 'Shadlen' || x === 'Obama')).toBe(false);
  });

  it('parts a title of office from the name it precedes', () => {
    const t = topics([
      'Facebook CEO Mark Zuckerberg spoke. President Barack Obama listened.',
      'Later Facebook CEO Mark Zuckerberg left, and President Barack Obama stayed.',
    ]);
    expect(t).toEqual(expect.arrayContaining(['Facebook', 'Mark Zuckerberg', 'Barack Obama']));
    expect(t.some((x) => /CEO|President/.test(x))).toBe(false);
  });

  it('parts names at punctuation and at a possessive', () => {
    const t = topics([
      'Verizon’s Yahoo deal closed. Analysts at Verizon praised Yahoo, Alibaba and Tumblr.',
      'The Verizon board met Yahoo investors, Alibaba said.',
    ]);
    expect(t).toEqual(expect.arrayContaining(['Verizon', 'Yahoo', 'Alibaba']));
    expect(t.some((x) => /Verizon.+Yahoo|Yahoo.+Alibaba/.test(x))).toBe(false);
  });

  it('keeps the dots of an initialism and drops one-letter words', () => {
    const t = topics([
      'Mobility in the U.S. is low. "[T]he birth lottery matters more in the U.S. than elsewhere."',
      'Feature X shipped. Feature X was late, the U.S. team said.',
    ]);
    expect(t).toContain('U.S.');
    expect(t.some((x) => [...x].length === 1 || x === 'U.S')).toBe(false);
  });

  it('counts case endings of a name as the name in Czech', () => {
    const t = topics([
      'Včera Tomáš Souček podepsal smlouvu. Trenér chválil Součka za výkon.',
      'Fanoušci Součka oslavovali. Součka čeká další zápas, řekl trenér.',
    ], '', 'cs');
    expect(t.filter((x) => /Souč/.test(x))).toEqual(['Tomáš Souček']);
  });

  it('trims adverbs and participles off English noun phrases', () => {
    const t = topics([
      'Physicists eventually observed the so called quark-gluon plasma. Currently streaming data helps.',
      'This extremely hot quark-gluon plasma is what they called quark-gluon plasma before. Currently streaming again.',
    ]);
    expect(t).toContain('quark-gluon plasma');
    expect(t.some((x) => /^(eventually|currently|extremely|called)\b|\b(streaming|called)$/.test(x))).toBe(false);
  });

  it('gives a page with no names or recurring phrases the title words its text repeats', () => {
    const text = [
      'A terrarium needs little care. Put moss and small plants in a glass jar with a lid.',
      'Water the moss once a month. Terrariums like light but not direct sun.',
    ];
    expect(topics(text)).toEqual([]);
    expect(topics(text, 'How to Build a Terrarium')).toEqual(['terrarium']);
    // Said once is not enough: "glass" is in the title but the text says it only once.
    expect(topics(text, 'Moss in Glass')).toEqual(['moss']);
  });

  it('fills with title words only when the names and phrases are too few', () => {
    const t = topics([
      'Acme Robotics and Zorblax Labs signed a deal with Quux Motors. The robot arm will ship in May.',
      'Acme Robotics said Zorblax Labs and Quux Motors will share the robot arm and its sales.',
    ], 'The robot deal');
    // "robot" is in the title and said twice, but four topics are enough.
    expect(t).toEqual(['Acme Robotics', 'Zorblax Labs', 'Quux Motors', 'robot arm']);
  });

  it('drops Chinese pronouns and keeps Latin names and compounds whole', () => {
    const t = topics([
      '他们认为人工智能很重要。DeepMind的AlphaGo打败了冠军。',
      '他们说人工智能会改变世界。AlphaGo和DeepMind都很有名。他们很高兴。',
    ], '', 'zh');
    expect(t).toEqual(expect.arrayContaining(['AlphaGo', 'DeepMind', '人工智能']));
    expect(t).not.toContain('他们');
  });

  it('drops Japanese words written in hiragana alone', () => {
    const t = topics([
      'きょうはイソップの童話を読みました。イヌが出てきます。',
      'きょうもイソップの童話です。イヌがまた出てきます。',
    ], '', 'ja');
    expect(t).toContain('イソップ');
    expect(t.some((x) => /^[\u3040-\u309f]+$/u.test(x))).toBe(false);
  });
});
