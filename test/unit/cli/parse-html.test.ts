import { describe, expect, it } from 'vitest';
import { browserLikeMarkup, parseHtmlDocument } from '../../../src/cli/parse-html.ts';

describe('parseHtmlDocument', () => {
  it('reads the text after a <![CDATA[ in HTML content, as a browser does', () => {
    const html = '<html><body><![CDATA[\n<div><p>The thread starts here and goes on.</p></div><p>A reply.</p></body></html>';
    const doc = parseHtmlDocument(html);
    expect(doc.body.textContent).toContain('The thread starts here and goes on.');
    expect(doc.body.textContent).toContain('A reply.');
  });

  it('leaves CDATA inside scripts, styles and SVG as it is', () => {
    const script = '<script>//<![CDATA[\nvar a = 1;\n//]]></script>';
    const svg = '<svg><style><![CDATA[ .a{} ]]></style></svg>';
    const markup = `<html><body>${script}${svg}<![CDATA[<p>x</p></body></html>`;
    const out = browserLikeMarkup(markup);
    expect(out).toContain(script);
    expect(out).toContain(svg);
    expect(out).toContain('<!--[CDATA[--><p>x</p>');
  });

  it('returns markup without CDATA unchanged', () => {
    const html = '<p>No sections here.</p>';
    expect(browserLikeMarkup(html)).toBe(html);
  });
});

describe('streamed server rendering (React, Next.js)', () => {
  it('puts each hidden late segment where its boundary is, in place of the loading placeholder', () => {
    const html = `<html><body><h1>Full EV guide</h1><!--$?--><template id="B:0"></template><div class="skeleton">Loading…</div><!--/$-->
      <footer>Footer</footer><div hidden id="S:0"><p>The story's first paragraph.</p><p>Its second.</p></div>
      <script>$RC("B:0","S:0")</script></body></html>`;
    const doc = parseHtmlDocument(html);
    const text = doc.body.textContent!.replace(/\s+/g, ' ');
    expect(text).not.toContain('Loading…');
    expect(doc.querySelector('[hidden]')).toBeNull();
    // In place: before the footer, after the headline.
    expect(text.indexOf("The story's first paragraph.")).toBeGreaterThan(text.indexOf('Full EV guide'));
    expect(text.indexOf('Its second.')).toBeLessThan(text.indexOf('Footer'));
  });

  it('puts a segment of an earlier segment in place of its <template id="P:n">, nested ones too', () => {
    const doc = parseHtmlDocument(`<html><body><h1>Index funds</h1><div class="article-body"><template id="P:3"></template></div><footer>Footer</footer>
      <div hidden id="S:3"><p>First part.</p><template id="P:4"></template></div><div hidden id="S:4"><p>Second part.</p></div></body></html>`);
    const text = doc.body.textContent!.replace(/\s+/g, ' ');
    expect(doc.querySelector('.article-body')!.textContent).toBe('First part.Second part.');
    expect(text.indexOf('Second part.')).toBeLessThan(text.indexOf('Footer'));
    expect(doc.querySelector('[hidden], template')).toBeNull();
  });

  it('shows a segment whose boundary is missing, and keeps a placeholder that has no end', () => {
    const doc = parseHtmlDocument('<html><body><template id="B:1"></template><p>Placeholder</p><div hidden id="S:1"><p>Late part.</p></div><div hidden id="S:2"><p>Orphan.</p></div></body></html>');
    const text = doc.body.textContent!;
    expect(text).toContain('Late part.');
    expect(text).toContain('Placeholder');
    expect(text).toContain('Orphan.');
    expect(doc.querySelector('[hidden]')).toBeNull();
  });
});

describe('one body', () => {
  it('holds an element that came before the <body> tag and one after </body>, as in a browser', () => {
    const doc = parseHtmlDocument('<html><head><title>x</title></head><div id="gtm"></div><body class="story"><article><p>The story.</p></article></body><script>late()</script></html>');
    expect(doc.body.getAttribute('class')).toBe('story');
    expect(doc.body.textContent).toContain('The story.');
    expect(doc.body.querySelector('#gtm')).not.toBeNull();
    expect([...doc.documentElement.children].map((el) => el.localName)).toEqual(['head', 'body']);
  });
});

describe('a page that shows nothing but its <noscript> (a script-built forum)', () => {
  const posts = Array.from({ length: 6 }, (_, i) => `<p>Reply ${i + 1}: the forum ships its posts for readers without scripts, and this is one of them.</p>`).join('');

  it('reads the <noscript> content in place, as a browser without scripts shows it', () => {
    const doc = parseHtmlDocument(`<html><body><div id="app"><main><noscript id="content"><h1>Types of threads</h1>${posts}</noscript></main></div><script>boot()</script></body></html>`);
    expect(doc.querySelector('noscript')).toBeNull();
    expect(doc.querySelector('main h1')?.textContent).toBe('Types of threads');
    expect(doc.querySelectorAll('main p')).toHaveLength(6);
  });

  it('leaves <noscript> unread on a page with text of its own', () => {
    const own = '<article><p>The page has an article of its own, long enough to be read before any script runs, and a reader sees it.</p><p>A second paragraph goes on with the story, as pages do, for a while longer than the first one did.</p><p>And a third.</p></article>';
    const doc = parseHtmlDocument(`<html><body>${own}<noscript>${posts}</noscript></body></html>`);
    expect(doc.querySelector('noscript')).not.toBeNull();
  });

  it('leaves a short "turn on JavaScript" <noscript> where it is, even on an empty shell', () => {
    const doc = parseHtmlDocument('<html><body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>');
    expect(doc.querySelector('noscript')).not.toBeNull();
  });
});
