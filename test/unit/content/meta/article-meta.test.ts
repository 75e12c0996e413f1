import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../../src/content/meta/jsonld.ts';
import { canonicalUrl, pageDir, pageLang, readMetaTags, timeElementDate } from '../../../../src/content/meta/meta-tags.ts';
import { readArticleMeta } from '../../../../src/content/meta/article-meta.ts';
import { labelledAuthor } from '../../../../src/content/meta/author.ts';
import { visibleLines } from '../../../../src/content/meta/visible-lines.ts';
import { scanPage } from '../../../../src/content/page-scan.ts';
import { page } from '../pages.ts';

const found = (doc: Document) => scanPage(doc).elements;
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('readJsonLd', () => {
  it('reads a NewsArticle with author object and publisher', () => {
    const doc = page('', ld('{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"Ana Lima"},"datePublished":"2024-05-01T10:00:00Z","publisher":{"@type":"Organization","name":"Daily"}}'));
    expect(readJsonLd(found(doc).scripts)).toMatchObject({ headline: 'H', author: 'Ana Lima', datePublished: '2024-05-01T10:00:00Z', publisher: 'Daily' });
  });

  it('finds the article in @graph and resolves author and publisher @id references', () => {
    const doc = page('', ld(JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', name: 'Not this' },
        { '@type': ['BlogPosting'], headline: 'Graph post', author: [{ '@id': '#p1' }, { '@id': '#p2' }, 'Cai Wen'], publisher: { '@id': '#org' } },
        { '@type': 'Person', '@id': '#p1', name: 'Ana' },
        { '@type': 'Person', '@id': '#p2', name: 'Ben' },
        { '@type': 'Organization', '@id': '#org', name: 'Graph Times' },
      ],
    })));
    expect(readJsonLd(found(doc).scripts)).toMatchObject({ headline: 'Graph post', author: 'Ana, Ben and Cai Wen', publisher: 'Graph Times' });
  });

  it('reads an array of objects, a string author and a string publisher', () => {
    const doc = page('', ld('[{"@type":"BreadcrumbList"},{"@type":"Article","headline":"Arr","author":"Solo Writer","publisher":"Pub Co"}]'));
    expect(readJsonLd(found(doc).scripts)).toMatchObject({ headline: 'Arr', author: 'Solo Writer', publisher: 'Pub Co' });
  });

  it('ignores malformed JSON and pages without an article node', () => {
    expect(readJsonLd(found(page('', ld('{"@type":"NewsArticle", broken'))).scripts)).toEqual({});
    expect(readJsonLd(found(page('', ld('{"@type":"Recipe","name":"Soup"}'))).scripts)).toEqual({});
    expect(readJsonLd(found(page('')).scripts)).toEqual({});
  });
});

describe('meta tags and markup', () => {
  it('reads lang in canonical case from <html lang>, falling back to og:locale', () => {
    const doc = page('');
    expect(pageLang(doc, readMetaTags(found(doc).metas), found(doc).metas)).toBeUndefined();
    doc.documentElement.setAttribute('lang', 'pt_br');
    expect(pageLang(doc, readMetaTags(found(doc).metas), found(doc).metas)).toBe('pt-BR');
    doc.documentElement.setAttribute('lang', 'not a tag!');
    expect(pageLang(doc, readMetaTags(found(doc).metas), found(doc).metas)).toBeUndefined();
    const fr = page('', '<meta property="og:locale" content="fr_FR">');
    expect(pageLang(fr, readMetaTags(found(fr).metas), found(fr).metas)).toBe('fr-FR');
  });

  it('takes dir from markup, else from a right-to-left language', () => {
    const doc = page('');
    doc.documentElement.setAttribute('dir', 'rtl');
    expect(pageDir(doc, undefined)).toBe('rtl');
    expect(pageDir(page(''), 'ar')).toBe('rtl');
    expect(pageDir(page(''), 'he-IL')).toBe('rtl');
    expect(pageDir(page(''), 'de')).toBe('ltr');
    expect(pageDir(page(''), undefined)).toBeUndefined();
  });

  it('resolves the canonical link against the page URL and refuses non-http links', () => {
    expect(canonicalUrl(found(page('', '<link rel="canonical" href="/a/b">')).links, 'https://ex.org/x?y=1')).toBe('https://ex.org/a/b');
    expect(canonicalUrl(found(page('', '<link rel="canonical" href="javascript:alert(1)">')).links, 'https://ex.org/')).toBeUndefined();
    expect(canonicalUrl(found(page('')).links, 'https://ex.org/')).toBeUndefined();
  });

  it('prefers a marked <time> and ignores unparseable dates', () => {
    const doc = page('<time datetime="2020-01-01">a</time><time itemprop="datePublished" datetime="2021-02-03T04:05:06Z">b</time>');
    expect(timeElementDate([found(doc).times])).toBe('2021-02-03T04:05:06Z');
    expect(timeElementDate([found(page('<time datetime="yesterday-ish">x</time>')).times])).toBeUndefined();
  });

  it('falls back to meta tags when there is no JSON-LD', () => {
    const doc = page('<h1>Heading</h1>', `<title>Story of the whole day | Site</title>
      <meta name="author" content="Meta Author"><meta property="og:site_name" content="OG Site">
      <meta property="article:published_time" content="2023-03-03T03:03:03Z"><meta name="description" content="  Desc  text ">`);
    expect(readArticleMeta(doc, 'https://ex.org/s', null)).toMatchObject({
      title: 'Story of the whole day',
      author: 'Meta Author',
      siteName: 'OG Site',
      publishedTime: '2023-03-03T03:03:03Z',
      description: 'Desc text',
      url: 'https://ex.org/s',
    });
  });

  it('decodes entities a site escaped twice in its meta tags and JSON-LD, as Readability does', () => {
    const head = `<meta name="description" content="Under arrest at Mugabe's &amp;quot;Blue House&amp;quot; compound">
      <meta property="og:site_name" content="Fish &amp;amp; Chips &amp;#8211; Daily">` +
      ld('{"@type":"NewsArticle","headline":"Q&amp;A: the &#x201C;deal&#x201D;","author":{"@type":"Person","name":"Ana &amp; Ben"}}');
    expect(readArticleMeta(page('<p>x</p>', head), 'https://ex.org/', null)).toMatchObject({
      description: 'Under arrest at Mugabe\'s "Blue House" compound',
      siteName: 'Fish & Chips – Daily',
      title: 'Q&A: the “deal”',
      author: 'Ana & Ben',
    });
    // Text that only looks like an entity stays as written.
    expect(readArticleMeta(page('<p>x</p>', '<meta name="description" content="R&amp;D at AT&amp;T &amp;#0; &amp;bogus;">'), 'https://ex.org/', null).description)
      .toBe('R&D at AT&T &#0; &bogus;');
  });

  it('does not take a Twitter handle for the site name', () => {
    expect(readArticleMeta(page('<p>x</p>', '<meta name="twitter:site" content="@nytimes">'), 'https://ex.org/', null).siteName).toBeUndefined();
    expect(readArticleMeta(page('<p>x</p>', '<meta name="twitter:site" content="Ex Daily">'), 'https://ex.org/', null).siteName).toBe('Ex Daily');
  });

  it('takes the description Readability reads from the meta tags, and the first paragraph last', () => {
    const content = page('<p>First paragraph of the story.</p><p>Second.</p>').body;
    const head = '<meta name="description" content="Name description"><meta property="dc:description og:description" content="Preferred description">';
    // Readability's excerpt came from the metadata (Dublin Core before name=description).
    expect(readArticleMeta(page('<p>x</p>', head), 'https://ex.org/', { excerpt: 'Preferred description', content }).description)
      .toBe('Preferred description');
    // Its excerpt is only the first paragraph: a description the page gives elsewhere wins...
    expect(readArticleMeta(page('<p>x</p>', '<meta name="description" content="Name description">'), 'https://ex.org/', {
      excerpt: 'First paragraph of the story.', content,
    }).description).toBe('Name description');
    // ...and without one, the first paragraph is all there is.
    expect(readArticleMeta(page('<p>x</p>'), 'https://ex.org/', { excerpt: 'First paragraph of the story.', content }).description)
      .toBe('First paragraph of the story.');
  });

  it('prefers the byline\'s name to a JSON-LD author that is an account handle, and JSON-LD otherwise', () => {
    const content = page('<p>x</p>').body;
    const author = (ldAuthor: string, byline: string) =>
      readArticleMeta(page('<p>x</p>', ld(JSON.stringify({ '@type': 'Article', author: ldAuthor }))), 'https://ex.org/', { byline, content }).author;
    expect(author('CC7567', 'By James Akinaka')).toBe('James Akinaka');
    expect(author('Ana Lima', 'By James Akinaka')).toBe('Ana Lima');
    expect(author('CC7567', 'user_99')).toBe('CC7567');
  });

  it('keeps only the name from Readability\'s byline text', () => {
    const doc = page('<p>x</p>', '<meta name="author" content="Meta Author">');
    const content = doc.body;
    const meta = (byline: string) => readArticleMeta(doc, 'https://ex.org/', { byline, content }).author;
    expect(meta('By Nathan Willis March 25, 2015')).toBe('Nathan Willis');
    expect(meta('by GILLIAN MOHNEY March 11, 2015 3:46 PM')).toBe('GILLIAN MOHNEY');
    expect(meta('Ana Lima · 2024-05-01')).toBe('Ana Lima');
    expect(meta('Last Updated: January 7, 2025')).toBe('Meta Author');
  });

  it('keeps a short <title> whole, as Readability does', () => {
    expect(readArticleMeta(page('<p>x</p>', '<title>Story of the day | Site</title>'), 'https://ex.org/', null).title).toBe('Story of the day | Site');
  });

  it('cleans titles with en and em dash separators as current Readability does', () => {
    const doc = page('<p>x</p>', '<title>Lorem ipsum dolor sit amet – My website</title>');
    expect(readArticleMeta(doc, 'https://ex.org/', null).title).toBe('Lorem ipsum dolor sit amet');
  });
});

describe('the dateline of a post whose title is an <h3>', () => {
  it('reads the date beside an <h3> headline under the blog\'s own <h1> (Blogger)', () => {
    const body = '<h1>Engora Data Blog</h1><h2 class="date-header">Friday, December 19, 2025</h2><div class="post"><h3 class="post-title">Small adventures with small language models</h3><p>Text of the post.</p></div>';
    const doc = page(body, '<title>Engora Data Blog: Small adventures with small language models</title>');
    expect(readArticleMeta(doc, 'https://blog.example.com/small', null).publishedTime).toBe('2025-12-19');
  });
});

describe('labelledAuthor: a byline only in the page text', () => {
  const meta = (body: string) => ({ author: labelledAuthor(visibleLines(page(body))) });
  const story = '<h1>Ten walks in Kent</h1><p>' + 'The downs are green in May. '.repeat(20) + '</p>';

  it('reads an author box at the foot, with the label on its own line or before the name', () => {
    expect(meta(`${story}<aside><small>WRITTEN BY</small><p><strong>Cassidy Horton</strong></p><p>Cassidy writes on money.</p></aside>`).author).toBe('Cassidy Horton');
    expect(meta(`${story}<div><h3>Author</h3><p> Lisa D. Ellis</p></div>`).author).toBe('Lisa D. Ellis');
    expect(meta(`${story}<h3>Written by Cassidy Horton</h3><p>Cassidy Horton is a finance writer.</p>`).author).toBe('Cassidy Horton');
    expect(meta(`${story}<div class="post-footer">Posted by Mike Woodward at 9:12 AM</div>`).author).toBe('Mike Woodward');
    expect(meta(`${story}<p>By: <span>Rose Potter, Betsy Arnold</span></p><p>Rose and Betsy teach.</p>`).author).toBe('Rose Potter, Betsy Arnold');
  });

  it('takes no "by" that goes on with a sentence, sits in a menu, a form, comments or the site footer', () => {
    expect(meta(`${story}<p>It is governed by <a>Ohio State</a> code of conduct.</p>`).author).toBeUndefined();
    expect(meta(`${story}<p>This was made by <a>Daniel Bünzli</a>.</p>`).author).toBeUndefined();
    expect(meta(`<nav><ul><li>By Event Type</li><li>By Industry Name</li></ul></nav>${story}`).author).toBeUndefined();
    expect(meta(`${story}<div class="comments"><p>Posted by Jane Roe</p><p>Great walk!</p></div>`).author).toBeUndefined();
    expect(meta(`${story}<footer><p>Website by</p><a>New Media Campaigns</a></footer>`).author).toBeUndefined();
    expect(meta(`${story}<ul class="site-menu"><li>Authors</li><li>About Us</li></ul>`).author).toBeUndefined();
  });

  it('names no one where bylines name different people: a listing, or related posts', () => {
    const cards = ['Rose Potter', 'Dale Koike', 'Orlando Kelm'].map((n) => `<div><p>By:</p><p>${n}</p><p>A course.</p></div>`).join('');
    expect(meta(`${story}${cards}`).author).toBeUndefined();
    // The same writer named twice (head and foot) is one byline.
    expect(meta(`<p>By Keith Barry</p>${story}<p>Written by Keith Barry</p><p>He covers cars.</p>`).author).toBe('Keith Barry');
  });

  it('comes after the author the markup names', () => {
    const meta = (body: string) => readArticleMeta(page(body, '<title>Ten walks in Kent</title>'), 'https://ex.org/post', null);
    expect(meta(`${story}<p>By <a rel="author" href="/a/ana">Ana Lima</a></p><p>Written by Ben Ode</p><p>Ben edits.</p>`).author).toBe('Ana Lima');
  });
});
