import { describe, expect, it } from 'vitest';
import { isProbablyReaderable } from '@mozilla/readability';
import { extractArticle } from '../../../src/content/extract.ts';
import { MAX_DEPTH } from '../../../src/content/limits.ts';
import { scanPage } from '../../../src/content/page-scan.ts';
import { loadPage, page, pageNames } from './pages.ts';

const all = (doc: Document, selector: string) => Array.from(doc.querySelectorAll(selector));

describe('scanPage', () => {
  // The one walk stands in for querySelectorAll calls; on real pages it must find the same elements.
  it('collects what querySelectorAll finds, in document order, on real pages', () => {
    const names = pageNames();
    for (const name of names.filter((_, i) => i % 13 === 0)) {
      const { doc } = loadPage(name);
      const { elements } = scanPage(doc);
      expect(elements.metas, name).toEqual(all(doc, 'meta'));
      expect(elements.links, name).toEqual(all(doc, 'link'));
      expect(elements.scripts, name).toEqual(all(doc, 'script'));
      expect(elements.times, name).toEqual(all(doc, 'time'));
      expect(elements.headings, name).toEqual(all(doc, 'h1, h2'));
      expect(elements.prose, name).toEqual(all(doc, 'p, pre, article'));
      expect(elements.divBreaks, name).toEqual(all(doc, 'div > br'));
      expect(elements.images, name).toEqual(all(doc, 'img[alt]'));
    }
  });

  it('counts elements and depth, and skips what is inside a <template>', () => {
    const doc = page('<div><p>a<br></p></div><template><meta name="x" content="y"><h1>T</h1></template><h2>After</h2>', '<meta name="a" content="b">');
    const { size, elements } = scanPage(doc);
    expect(elements.metas.map((m) => m.getAttribute('name'))).toEqual(['a']);
    expect(elements.headings.map((h) => h.textContent)).toEqual(['After']);
    expect(size.depth).toBeGreaterThanOrEqual(3);
    expect(size.elements).toBeGreaterThanOrEqual(9);
  });

  it('stops at the depth bound only when asked', () => {
    const depth = MAX_DEPTH + 50;
    const doc = page(`${'<div>'.repeat(depth)}<h1>Deep</h1>${'</div>'.repeat(depth)}`);
    expect(scanPage(doc, { stopAtDepth: true }).elements.headings).toEqual([]);
    const full = scanPage(doc);
    expect(full.size.depth).toBeGreaterThan(depth);
    expect(full.elements.headings).toHaveLength(1);
  });
});

describe('readerable from the scanned elements', () => {
  it("agrees with isProbablyReaderable run on the page itself", () => {
    let readerable = 0;
    const names = pageNames().filter((_, i) => i % 4 === 0);
    for (const name of names) {
      const { doc } = loadPage(name);
      const result = extractArticle(doc, { url: 'https://example.org/', mode: 'whole-page' });
      if (!result.ok) continue;
      expect(result.article.readerable, name).toBe(isProbablyReaderable(doc));
      if (result.article.readerable) readerable++;
    }
    // Both answers occur in the sample, so the comparison means something.
    expect(readerable).toBeGreaterThan(0);
    expect(readerable).toBeLessThan(names.length);
  });
});
