// A page that shows next to nothing of its own (a script-built forum's shell, a page behind a
// sign-in) is briefed from its description, and the brief says so; other refusals stand.
import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../../src/core/points/summarize.ts';
import { renderHtml, renderMarkdown, renderText } from '../../../src/core/index.ts';
import { extractArticle } from '../../../src/content/extract.ts';
import { page } from './pages.ts';

const url = 'https://forum.example.org/t/best-first-telescope/1555';
const description =
  'I am new to astronomy and want a first telescope. Should I buy a small refractor or a Dobsonian, and what can I expect to see from a city balcony? Any advice is welcome.';
const head = `<title>Best first telescope? - Astronomy</title><meta name="description" content="${description}"><meta property="og:site_name" content="Astronomy">`;
const shell = '<section id="splash"><div class="dots"></div></section><section id="main"></section><script>boot()</script>';

describe('a page with nothing of its own but its description', () => {
  it('is briefed from the description, marked as such, with the page headline and site', () => {
    const result = extractArticle(page(shell, head), { url, mode: 'article' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.onlyDescription).toBe(true);
    expect(result.article.blocks).toEqual([{ kind: 'paragraph', text: description }]);
    expect(result.article.title).toBe('Best first telescope?');
    expect(result.article.siteName).toBe('Astronomy');
    const brief = summarizeArticle(result.article);
    expect(brief.onlyDescription).toBe(true);
    expect(brief.points.length).toBeGreaterThan(0);
    for (const point of brief.points) expect(description).toContain(point);
  });

  it('says so wherever the brief goes: Markdown, text and HTML', () => {
    const result = extractArticle(page(shell, head), { url, mode: 'article' });
    if (!result.ok) throw new Error(result.message);
    const brief = summarizeArticle(result.article);
    const note = 'Brief found no text on this page, only its description';
    for (const rendered of [renderMarkdown(brief), renderText(brief), renderHtml(brief)]) expect(rendered).toContain(note);
    const plain = summarizeArticle({ ...result.article, onlyDescription: undefined });
    expect(renderText(plain)).not.toContain(note);
  });

  it('is not used where the page has text of its own: a portal stays "not an article"', () => {
    const portal = '<nav><a href="/">Home</a> <a href="/a">News</a> <a href="/b">Sport</a></nav><main><p>Welcome to the portal. Choose a section to start reading.</p></main>';
    expect(extractArticle(page(portal, head), { url, mode: 'article' })).toMatchObject({ ok: false, code: 'not-article' });
  });

  it('is not used where the description is a line too short to brief', () => {
    const short = '<title>Shop</title><meta name="description" content="Shop our range.">';
    expect(extractArticle(page(shell, short), { url, mode: 'article' })).toMatchObject({ ok: false });
  });

  it('leaves an article with a description as it was: its own text, not the description', () => {
    const story = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1} of the story says what the club decided about telescopes for its members this winter, and why.</p>`).join('');
    const result = extractArticle(page(`<article><h1>Best first telescope?</h1>${story}</article>`, head), { url, mode: 'article' });
    expect(result.ok && result.article.onlyDescription).toBeFalsy();
    expect(result.ok && result.article.blocks.length).toBeGreaterThan(1);
  });
});
