import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../../src/content/meta/jsonld.ts';
import { parse } from '../pages.ts';

const scripts = (...json: string[]) =>
  [...parse(`<html><head>${json.map((j) => `<script type="application/ld+json">${j}</script>`).join('')}</head><body></body></html>`).querySelectorAll('script')];

describe('readJsonLd, on the JSON-LD sites write by hand', () => {
  it('reads a block with raw line breaks in a string and a trailing comma', () => {
    const broken = '{"@type": "BlogPosting", "headline": "Line\none", "author": {"@type": "Person", "name": "Ana Lima",}, "datePublished": "2024-05-01",}';
    expect(readJsonLd(scripts(broken))).toMatchObject({ headline: 'Line one', author: 'Ana Lima', datePublished: '2024-05-01' });
  });

  it('still reads the other blocks when one is beyond repair', () => {
    expect(readJsonLd(scripts('{"@type": "Article", "headline": ', '{"@type": "NewsArticle", "headline": "Second block"}')).headline).toBe('Second block');
  });

  it('keeps the article’s own dates apart from another node’s, which only confirm a dateline', () => {
    const graph = JSON.stringify({
      '@graph': [
        { '@type': 'WebPage', '@id': '#page', datePublished: '2019-12-12T14:07:03+00:00', dateModified: '2025-01-01T00:00:00+00:00' },
        { '@type': 'Article', headline: 'H', datePublished: '2024-02-02', dateModified: '2024-03-03' },
      ],
    });
    expect(readJsonLd(scripts(graph))).toMatchObject({ datePublished: '2024-02-02', dateModified: '2024-03-03', otherDates: ['2019-12-12T14:07:03+00:00', '2025-01-01T00:00:00+00:00'] });
    const pageOnly = JSON.stringify({ '@type': 'WebPage', datePublished: '2019-12-12' });
    expect(readJsonLd(scripts(pageOnly))).toEqual({ otherDates: ['2019-12-12'] });
  });
});
