// Issue 4 part 2, extraction side: random and mutated HTML through extractArticle on a linkedom
// Document (the content script's code path), then the summarizer and the renderings. Whatever
// the page, extraction returns a well-formed typed result, never throws, never changes the page,
// and returns within a bound; a brief made from it is well-formed too.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FuzzTally, fcOptions } from './support/budget.ts';
import {
  INVISIBLES, SENTENCES, escapeText, hostileText, junkMarkup, latin1, mutatedPage, pageHtml, randomTree, runOnText,
} from './support/hostile.ts';
import { checkPage, smallPageSources } from './support/pipeline.ts';

const tally = new FuzzTally('extraction + summarizer on hostile HTML');
afterAll(() => tally.report());

const mode = fc.constantFrom('article' as const, 'whole-page' as const);
const article = (paragraphs: string[]): string =>
  pageHtml(`<article><h1>Budget approved after long debate</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`, 'Budget approved after long debate | Daily');
const prose = (n: number): string[] => Array.from({ length: n }, (_, i) => `${SENTENCES[i % 3]} ${SENTENCES[(i + 1) % 3]} Paragraph ${i} adds detail.`);

describe('random HTML', () => {
  it('random element trees with hostile text and attributes', () => {
    fc.assert(
      fc.property(fc.array(randomTree, { maxLength: 6 }), hostileText, mode, (trees, title, m) => {
        checkPage(pageHtml(trees.join(''), title), m, tally, { checkUnchanged: true });
      }),
      fcOptions(150),
    );
  });

  it('hostile metadata: title, meta tags, JSON-LD (valid and broken), lang and dir', () => {
    const meta = fc.record({
      title: hostileText,
      author: hostileText,
      description: hostileText,
      date: fc.oneof(hostileText, fc.constantFrom('2026-02-30', '99999-01-01T00:00:00Z', 'yesterday')),
      lang: fc.oneof(hostileText, fc.constantFrom('en', 'ar', 'zh-Hant-TW', 'x-klingon', 'EN_us', '')),
      dir: fc.constantFrom('rtl', 'ltr', 'auto', 'sideways', ''),
      jsonld: fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), junkMarkup, hostileText.map((h) => JSON.stringify({ '@type': 'NewsArticle', headline: h, author: [{ name: h }, h, null, 42], datePublished: h }))),
    });
    fc.assert(
      fc.property(meta, mode, (m, md) => {
        const attr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');
        const head = `<title>${escapeText(m.title)}</title><meta name="author" content="${attr(m.author)}"><meta property="og:title" content="${attr(m.title)}">` +
          `<meta name="description" content="${attr(m.description)}"><meta property="article:published_time" content="${attr(m.date)}">` +
          `<link rel="canonical" href="${attr(m.description)}"><script type="application/ld+json">${m.jsonld.replace(/<\//g, '<\\/')}</script>`;
        const body = `<article><p class="byline">By ${escapeText(m.author)}</p>${prose(4).map((p) => `<p>${p}</p>`).join('')}</article>`;
        const html = `<!doctype html><html lang="${attr(m.lang)}" dir="${m.dir}"><head>${head}</head><body>${body}</body></html>`;
        const { result } = checkPage(html, md, tally);
        // Four paragraphs of real prose stay an article whatever the metadata says.
        expect(result.ok).toBe(true);
      }),
      fcOptions(60),
    );
  });

  it('megabyte-long title, meta tags and JSON-LD, and a long byline, stay bounded', () => {
    fc.assert(
      fc.property(fc.constantFrom('Budget news ', 'x', '東京 ', '\u200b a '), fc.boolean(), mode, (unit, jsonld, m) => {
        const huge = escapeText(unit.repeat(Math.ceil(1_000_000 / unit.length)));
        const ld = jsonld ? `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${huge}","author":{"name":"${huge}"}}</script>` : '';
        const head = `<title>${huge}</title><meta property="og:title" content="${huge}"><meta name="author" content="${huge}"><meta name="description" content="${huge}">${ld}`;
        const html = `<!doctype html><html><head>${head}</head><body><article><p class="byline">By ${huge.slice(0, 5000)}</p>${prose(4).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
        checkPage(html, m, tally);
      }),
      fcOptions(6),
    );
  });
});

describe('mutated real pages', () => {
  const sources = smallPageSources(60_000, 30);

  it('truncated, spliced and duplicated Readability test pages', () => {
    expect(sources.length).toBeGreaterThanOrEqual(20);
    fc.assert(
      fc.property(mutatedPage(sources), mode, (html, m) => {
        checkPage(html, m, tally, { checkUnchanged: true });
      }),
      fcOptions(40),
    );
  });
});

describe('pathological shapes', () => {
  it('nesting 10,000 levels deep: too-large for Readability, still typed whole-page', () => {
    const tags = fc.constantFrom('div', 'span', 'b', 'section', 'blockquote', 'li', 'td', 'a');
    fc.assert(
      fc.property(tags, fc.boolean(), mode, (tag, closed, m) => {
        const depth = 10_000;
        const inner = `<p>${prose(3).join(' ')}</p>`;
        const html = pageHtml(`${`<${tag}>`.repeat(depth)}${inner}${closed ? `</${tag}>`.repeat(depth) : ''}`);
        const { result } = checkPage(html, m, tally);
        if (m === 'article' && ['div', 'section', 'blockquote'].includes(tag)) expect(result).toMatchObject({ ok: false, code: 'too-large' });
      }),
      fcOptions(6),
    );
  });

  it('a 1 MB paragraph (sentences, one repeated word, no sentence ends, CJK)', () => {
    const mb = 1_000_000;
    const fill = (unit: string): string => unit.repeat(Math.ceil(mb / unit.length)).slice(0, mb);
    const variants = [
      fill(`${SENTENCES[0]} ${SENTENCES[1]} `),
      fill('word '),
      fill('alpha beta gamma delta, '),
      fill(SENTENCES[3] as string),
    ];
    // Article mode for each; whole-page once, for the slowest to summarize (no sentence ends).
    const cases = [...variants.map((text) => [text, 'article'] as const), [variants[2] as string, 'whole-page'] as const];
    for (const [text, m] of cases) {
      const { result, brief } = checkPage(article([escapeText(text)]), m, tally);
      expect(result.ok).toBe(true);
      expect(brief?.points.length).toBeGreaterThan(0);
    }
  });

  it('text with no sentence ends', () => {
    fc.assert(
      fc.property(fc.array(runOnText, { minLength: 1, maxLength: 12 }), mode, (paras, m) => {
        checkPage(article(paras), m, tally);
      }),
      fcOptions(25),
    );
  });

  it('pages of only images or only tables', () => {
    const images = fc.array(fc.constantFrom('<img src="a.jpg" alt="A photo">', '<figure><img src="b.png"><figcaption>Caption of a photo.</figcaption></figure>', '<picture><source srcset="c.webp"><img src="c.jpg"></picture>', '<svg><text>Chart</text></svg>'), { minLength: 1, maxLength: 200 });
    const cell = fc.oneof(hostileText.map(escapeText), fc.constantFrom('', '<p>Layout cell with a paragraph of text.</p>', '<td>'));
    const table = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 60 }).map((rows) => `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`);
    fc.assert(
      fc.property(fc.oneof(images.map((i) => i.join('')), fc.array(table, { minLength: 1, maxLength: 4 }).map((t) => t.join(''))), mode, (body, m) => {
        const { result } = checkPage(pageHtml(body), m, tally, { checkUnchanged: true });
        if (m === 'article' && !body.includes('<table')) expect(result.ok).toBe(false);
      }),
      fcOptions(30),
    );
  });

  it('binary garbage, as a whole document and inside a page', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 20_000 }), fc.boolean(), mode, (bytes, wrap, m) => {
        const text = latin1(bytes);
        checkPage(wrap ? article([text]) : text, m, tally);
      }),
      fcOptions(30),
    );
  });

  it('odd encodings: UTF-16 with BOM, Latin-1 bytes and invalid UTF-8, mis-decoded', () => {
    const page = article(prose(5));
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(page).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const latin = Uint8Array.from(Array.from(article(['Café crème, señor: ça coûte 5 €. Über naïve façades.'.repeat(20)])), (c) => c.charCodeAt(0) & 0xff);
    const utf8 = new TextEncoder().encode(page);
    fc.assert(
      fc.property(
        fc.constantFrom(utf16, latin, utf8),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(0x80, 0xc3, 0xe2, 0xf0, 0xff, 0xfe, 0x00)), { maxLength: 20 }),
        fc.constantFrom('utf-8', 'windows-1252', 'utf-16le', 'utf-16be', 'shift_jis', 'iso-8859-8'),
        mode,
        (source, corruptions, encoding, m) => {
          const bytes = Uint8Array.from(source);
          for (const [at, byte] of corruptions) bytes[at % bytes.length] = byte;
          checkPage(new TextDecoder(encoding).decode(bytes), m, tally);
        },
      ),
      fcOptions(30),
    );
  });

  it('zero-width and bidi controls between the words of a real article', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLES)), { minLength: 1, maxLength: 200 }), mode, (inserts, m) => {
        const paras = prose(6).map((p, i) => {
          const words = p.split(' ');
          for (const [at, ch] of inserts.filter((_, k) => k % 6 === i)) {
            const w = at % words.length;
            words[w] = `${ch}${words[w]}`;
          }
          return words.join(' ');
        });
        const { brief } = checkPage(article(paras), m, tally);
        // Invisible characters do not stop a real article from being briefed.
        expect(brief?.points.length ?? 0).toBeGreaterThan(0);
      }),
      fcOptions(30),
    );
  });

  it('50,000-character words among real sentences', () => {
    fc.assert(
      fc.property(fc.constantFrom('a', 'xy', '東', 'ب', '-', '\u0301', '😀'), fc.nat({ max: 3 }), mode, (unit, where, m) => {
        const long = unit.repeat(Math.ceil(50_000 / unit.length));
        const paras = prose(4);
        paras[where] = `${paras[where]} ${long} ${paras[where]}`;
        checkPage(article(paras), m, tally);
      }),
      fcOptions(12),
    );
  });

  it('empty and whitespace-only pages say empty (or not an article), never a brief', () => {
    const blank = fc.array(fc.constantFrom(' ', '\n', '\t', '\u00a0', '&nbsp;', '\u2003', '\u3000', '\u200b', '\ufeff', '\u00ad', '<br>', '<p></p>', '<div> </div>', '<!-- comment -->', '<script>var x = 1;</script>', '<style>p{}</style>'), { maxLength: 40 });
    fc.assert(
      fc.property(blank, fc.constantFrom('', '<!doctype html>', '<html>', '<html><body>'), mode, (parts, prefix, m) => {
        const { result } = checkPage(`${prefix}${parts.join('')}`, m, tally);
        expect(result.ok).toBe(false);
      }),
      fcOptions(40),
    );
  });

  it('pages of random Unicode: astral, combining marks, RTL, CJK, controls', () => {
    const paragraph = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 600 }),
      fc.string({ unit: 'binary', maxLength: 600 }),
      fc.array(fc.constantFrom(...SENTENCES, ...INVISIBLES, 'e\u0301\u0302', '𠜎', '\u202e'), { maxLength: 60 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 10 }), mode, (paras, m) => {
        checkPage(article(paras.map(escapeText)), m, tally);
      }),
      fcOptions(40),
    );
  });
});
