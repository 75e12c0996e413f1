// The page finder behind "Show in page", under linkedom: a point of the built-in brief is found
// as the exact text nodes and offsets it spans, whatever inline markup and invisible characters
// the page puts in it, and never in text the page does not show.
import { describe, expect, it } from 'vitest';
import { findSentence, findSentences, type TextSpan } from '../../../src/content/find-sentence.ts';
import { extractArticle } from '../../../src/content/extract.ts';
import { normalizeText } from '../../../src/content/text.ts';
import { TEXT_NODE, walk } from '../../../src/content/dom.ts';
import { summarizeArticle } from '../../../src/core/index.ts';
import { loadPage, loadSeed, parse } from './pages.ts';

const page = (body: string) => parse(`<!doctype html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`);

/** The raw text a span covers, read from the text nodes between its ends (linkedom has no Range.toString). */
function spanText(doc: Document, span: TextSpan): string {
  const nodes: Text[] = [];
  walk(doc.documentElement, (n) => {
    if (n.nodeType === TEXT_NODE) nodes.push(n as Text);
    return true;
  }, () => undefined);
  const from = nodes.indexOf(span.startContainer);
  const to = nodes.indexOf(span.endContainer);
  expect(from).toBeGreaterThanOrEqual(0);
  expect(to).toBeGreaterThanOrEqual(from);
  if (from === to) return (span.startContainer.nodeValue ?? '').slice(span.startOffset, span.endOffset);
  const middle = nodes.slice(from + 1, to).map((n) => n.nodeValue ?? '');
  return [(span.startContainer.nodeValue ?? '').slice(span.startOffset), ...middle, (span.endContainer.nodeValue ?? '').slice(0, span.endOffset)].join('');
}

function found(doc: Document, point: string): TextSpan {
  const span = findSentence(doc, point);
  expect(span, point).not.toBeNull();
  return span as TextSpan;
}

describe('findSentence', () => {
  it('spans exactly the sentence across links, emphasis, strong and spans', () => {
    const doc = page('<p>Before it. The <a href="/r">river</a> rose <em>two <strong>metres</strong></em> overnight, said <span class="x">officials</span>. After it.</p>');
    const point = 'The river rose two metres overnight, said officials.';
    const span = found(doc, point);
    expect(spanText(doc, span)).toBe(point);
    expect(span.startContainer.nodeValue).toBe('Before it. The ');
    expect(span.startOffset).toBe('Before it. '.length);
    expect(span.endContainer.nodeValue).toBe('. After it.');
    expect(span.endOffset).toBe(1);
  });

  it('matches through NBSP, newlines, soft hyphens, zero-width spaces and a BOM, as extraction squashed them', () => {
    const doc = page('<p>Rain&nbsp;fell for&#173;ty\n   hours&#8203; and the\ufeff river <b>rose</b>\tagain.</p>');
    const point = 'Rain fell forty hours and the river rose again.';
    const span = found(doc, point);
    expect(normalizeText(spanText(doc, span))).toBe(point);
  });

  it('finds a point of two adjacent sentences, also where extraction added the space between them', () => {
    const doc = page('<p>The dam held. The river rose.<sup>[3]</sup> It flooded the <i>lower</i> town. Then it fell.</p><p>Prices rose 4%.Wages did not.</p>');
    const two = found(doc, 'The river rose. It flooded the lower town.');
    expect(spanText(doc, two)).toBe('The river rose.[3] It flooded the lower town.');
    expect(spanText(doc, found(doc, 'Prices rose 4%. Wages did not.'))).toBe('Prices rose 4%.Wages did not.');
  });

  it('finds lines joined at a <br>, a clipped run-on by its text before the ellipsis, and a table row without its separators', () => {
    const doc = page(
      '<p>Residents were told to leave<br>before the water reached the bridge.</p>' +
        '<p>One two three four five six seven eight nine ten and on it goes without end</p>' +
        '<table><tr><td>Repeat Performance</td><td>1947</td><td>A woman relives a year.</td></tr></table>',
    );
    expect(spanText(doc, found(doc, 'Residents were told to leave before the water reached the bridge.'))).toBe('Residents were told to leavebefore the water reached the bridge.');
    expect(spanText(doc, found(doc, 'One two three four five six seven…'))).toBe('One two three four five six seven');
    expect(spanText(doc, found(doc, 'Repeat Performance | 1947 | A woman relives a year.'))).toBe('Repeat Performance1947A woman relives a year.');
  });

  it('prefers the occurrence inside <article>, then <main>, over a teaser elsewhere', () => {
    const sentence = 'The council approved the sea wall on Tuesday.';
    const doc = page(`<nav><p>${sentence}</p></nav><aside><p>${sentence}</p></aside><article><h1>Wall</h1><p id="story">${sentence}</p></article><footer><p>${sentence}</p></footer>`);
    expect(found(doc, sentence).startContainer.parentElement?.id).toBe('story');
    const noArticle = page(`<header><p>${sentence}</p></header><main><p id="main">${sentence}</p></main>`);
    expect(found(noArticle, sentence).startContainer.parentElement?.id).toBe('main');
    const neither = page(`<div><p id="first">${sentence}</p></div><div><p>${sentence}</p></div>`);
    expect(found(neither, sentence).startContainer.parentElement?.id).toBe('first');
  });

  it('returns null for text the page does not hold, or holds changed', () => {
    const doc = page('<article><p>The river rose two metres overnight.</p></article>');
    expect(findSentence(doc, 'The river rose three metres overnight.')).toBeNull();
    expect(findSentence(doc, 'the river rose two metres overnight.')).toBeNull();
    expect(findSentence(doc, 'Nothing like this is on the page.')).toBeNull();
    expect(findSentence(doc, '')).toBeNull();
    expect(findSentence(doc, ' \u00a0 ')).toBeNull();
  });

  it('never matches script, style, noscript, template, captions, labels or hidden text', () => {
    const s = 'The secret plan was approved by the board.';
    const hiding = [
      `<script>var x = "${s}";</script>`,
      `<style>/* ${s} */</style>`,
      `<noscript><p>${s}</p></noscript>`,
      `<template><p>${s}</p></template>`,
      `<p hidden>${s}</p>`,
      `<div aria-hidden="true"><p>${s}</p></div>`,
      `<p style="display: none">${s}</p>`,
      `<p style="visibility:hidden">${s}</p>`,
      `<figure><figcaption>${s}</figcaption></figure>`,
      `<span class="sr-only">${s}</span>`,
      `<textarea>${s}</textarea>`,
    ];
    for (const markup of hiding) expect(findSentence(page(`<article>${markup}</article>`), s), markup).toBeNull();
    // Hidden and visible copies: the visible one.
    const doc = page(`<article><p hidden>${s}</p><script>"${s}"</script><p id="shown">${s}</p></article>`);
    expect(found(doc, s).startContainer.parentElement?.id).toBe('shown');
  });

  it('takes the live page\'s idea of hidden when given one (CSS, which a linkedom DOM cannot compute)', () => {
    const s = 'Subscribe now and save forty percent on your first year.';
    const doc = page(`<p class="promo">${s}</p>`);
    expect(findSentence(doc, s)).not.toBeNull();
    expect(findSentence(doc, s, { isHidden: (el) => el.classList.contains('promo') })).toBeNull();
  });

  it('answers several points from one reading of the page, in order', () => {
    const doc = page('<article><p>One is here. Two is here.</p></article>');
    expect(findSentences(doc, ['Two is here.', 'Three is not.', 'One is here.']).map((s) => s && spanText(doc, s))).toEqual(['Two is here.', null, 'One is here.']);
  });

  it('searches under an element when given one', () => {
    const doc = page('<div id="a"><p>Only in a.</p></div><div id="b"><p>Only in b.</p></div>');
    const b = doc.getElementById('b') as Element;
    expect(findSentence(b, 'Only in a.')).toBeNull();
    expect(findSentence(b, 'Only in b.')).not.toBeNull();
  });

  it('finds every point the built-in brief makes of the seed article and of pages where points span inline markup', () => {
    const docs = [{ name: 'seed', doc: loadSeed() }, ...['ars-1', 'liberation-1', 'pixnet', 'wikipedia-4'].map((name) => ({ name, doc: loadPage(name).doc }))];
    for (const { name, doc } of docs) {
      const extracted = extractArticle(doc, { url: `https://example.org/${name}`, mode: 'article' });
      expect(extracted.ok, name).toBe(true);
      if (!extracted.ok) continue;
      const { points } = summarizeArticle(extracted.article);
      const spans = findSentences(doc, points);
      spans.forEach((span, i) => {
        expect(span, `${name}: ${points[i]}`).not.toBeNull();
        if (span) expect(spanText(doc, span).replace(/[\s\u00ad\u200b\ufeff]/g, '')).toBe((points[i] ?? '').split(' | ').join('').replace(/\s/g, ''));
      });
    }
  });
});
