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
