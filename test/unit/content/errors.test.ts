import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/content/extract.ts';
import { MAX_DEPTH, MAX_ELEMENTS } from '../../../src/content/limits.ts';
import { page, parse } from './pages.ts';

const url = 'https://example.org/page';
const sentence = 'The committee met on Tuesday to review the budget and agreed to fund three new schools in the district. ';

describe('extractArticle typed results', () => {
  it('says not-article, with a message, for a page of links', () => {
    const doc = page('<nav><a href="/">Home</a> <a href="/a">About us</a> <a href="/c">Contact</a></nav><p>Welcome!</p>');
    const result = extractArticle(doc, { url, mode: 'article' });
    expect(result).toMatchObject({ ok: false, code: 'not-article' });
    if (!result.ok) expect(result.message).toMatch(/doesn't look like an article/);
  });

  it('briefs a page of tables from its main column, and reads it whole-page too', () => {
    const rows = '<tr><td>Station 12</td><td>Rainfall 4 mm</td><td>Wind 12 km/h from the north-west</td></tr>'.repeat(400);
    const doc = page(`<nav><a href="/">Home</a> <a href="/a">About us</a></nav><table>${rows}</table>`);
    const result = extractArticle(doc, { url, mode: 'article' });
    expect(result.ok && result.article.blocks[0]?.text).toBe('Station 12 | Rainfall 4 mm | Wind 12 km/h from the north-west');
    expect(result.ok && result.article.blocks.some((b) => b.text.includes('About us'))).toBe(false);
    const whole = extractArticle(doc, { url, mode: 'whole-page' });
    expect(whole.ok && whole.article.blocks.some((b) => b.text === 'Station 12 | Rainfall 4 mm | Wind 12 km/h from the north-west')).toBe(true);
  });

  it('says why a page of short links is not an article', () => {
    const doc = page(`<ul>${'<li><a href="/x">Next</a></li>'.repeat(5)}</ul>`);
    const result = extractArticle(doc, { url, mode: 'article' });
    expect(result).toMatchObject({ ok: false, code: 'not-article' });
    if (!result.ok) expect(result.message).toMatch(/only about \d+ words/);
  });

  it('counts a page with enough real text as an article even when isProbablyReaderable says no', () => {
    // Text straight in divs: no <p> for isProbablyReaderable to find.
    const body = Array.from({ length: 6 }, (_, i) => `<div>${sentence.repeat(3)}Paragraph ${i}.</div>`).join('');
    const result = extractArticle(page(`<div id="content">${body}</div>`), { url, mode: 'article' });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.article.readerable).toBe(false);
      expect(result.article.blocks.length).toBeGreaterThanOrEqual(6);
    }
  });

  it('says empty for a page without text, in both modes', () => {
    for (const mode of ['article', 'whole-page'] as const) {
      expect(extractArticle(page('  <div> </div><script>var only = "code";</script>'), { url, mode })).toMatchObject({ ok: false, code: 'empty' });
    }
  });

  it('says too-large beyond the element bound, in both modes', () => {
    const doc = parse(`<html><body><p>Some text.</p>${'<i></i>'.repeat(MAX_ELEMENTS)}</body></html>`);
    for (const mode of ['article', 'whole-page'] as const) {
      const result = extractArticle(doc, { url, mode });
      expect(result).toMatchObject({ ok: false, code: 'too-large' });
      if (!result.ok) expect(result.message).toMatch(/too large/);
    }
  });

  it('refuses pathological nesting for Readability but reads it whole-page', () => {
    const depth = MAX_DEPTH + 100;
    const doc = parse(`<html><body>${'<div>'.repeat(depth)}<p>${sentence.repeat(5)}</p>${'</div>'.repeat(depth)}</body></html>`);
    const article = extractArticle(doc, { url, mode: 'article' });
    expect(article).toMatchObject({ ok: false, code: 'too-large' });
    if (!article.ok) expect(article.message).toMatch(/nested too deeply/);
    const whole = extractArticle(doc, { url, mode: 'whole-page' });
    expect(whole.ok && whole.article.blocks[0]?.text.startsWith('The committee met')).toBe(true);
  });

  it('reads the main column when Readability fails, and says extraction-failed when that has nothing either', () => {
    const doc = page(`<p>${sentence.repeat(5)}</p>`);
    Object.defineProperty(doc, 'cloneNode', { value: () => { throw new Error('clone exploded'); } });
    const result = extractArticle(doc, { url, mode: 'article' });
    expect(result.ok && result.article.blocks[0]?.text.startsWith('The committee met')).toBe(true);
    const short = page('<p>Too short.</p>');
    Object.defineProperty(short, 'cloneNode', { value: () => { throw new Error('clone exploded'); } });
    const failed = extractArticle(short, { url, mode: 'article' });
    expect(failed).toMatchObject({ ok: false, code: 'extraction-failed' });
    if (!failed.ok) expect(failed.message).toContain('clone exploded');
  });

  it('turns anything thrown during extraction into extraction-failed', () => {
    const doc = page(`<p>${sentence.repeat(5)}</p>`);
    Object.defineProperty(doc, 'cloneNode', { value: () => { throw new Error('clone exploded'); } });
    // The metadata reads the document's title after Readability has failed.
    Object.defineProperty(doc, 'title', { get: () => { throw new Error('title exploded'); } });
    const result = extractArticle(doc, { url, mode: 'article' });
    expect(result).toMatchObject({ ok: false, code: 'extraction-failed' });
    if (!result.ok) expect(result.message).toContain('title exploded');
  });

  it('never throws, even on something that is not a document', () => {
    const bogus = [null, {}, { documentElement: {} }] as unknown as Document[];
    for (const doc of bogus) {
      const result = extractArticle(doc, { url, mode: 'article' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(['empty', 'extraction-failed']).toContain(result.code);
    }
  });
});
