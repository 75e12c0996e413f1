import { describe, expect, it } from 'vitest';
import { renderHtml, renderMarkdown, renderText } from '../../../src/core/index.ts';
import type { Brief } from '../../../src/core/types.ts';

const brief: Brief = {
  title: 'Robots & rivets',
  url: 'https://example.org/story?id=1&x=2',
  source: { siteName: 'Tech Daily', author: 'Aiko Tanaka', publishedTime: '2026-11-20T08:30:00+09:00', readingMinutes: 3 },
  lede: 'Four firms build a model.',
  points: ['First point.', 'Second point.', 'Third point.'],
  topics: ['SoftBank', 'Sony', 'physical AI'],
  engine: 'extractive',
};

const hostile: Brief = {
  ...brief,
  title: '<script>alert(1)</script>',
  url: 'javascript:alert(1)',
  lede: '<img src=x onerror="alert(1)">',
  points: ['[click](javascript:alert(1))', 'a <b>bold</b> claim', "it's \"quoted\""],
  topics: ['<svg onload=alert(1)>'],
};

describe('renderMarkdown', () => {
  it('has the title, source line, numbered points, why it matters, and ends with the URL', () => {
    const md = renderMarkdown(brief);
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Robots & rivets');
    expect(md).toContain('Tech Daily · Aiko Tanaka · 20 Nov 2026 · 3 min read');
    expect(md).toContain('## 3-point summary\n\n1. First point.\n2. Second point.\n3. Third point.');
    expect(md).toMatch(/## Why it matters\n\nKey topics: SoftBank, Sony, physical AI\.\nReading time: 3 min read\./);
    expect(lines.at(-1)).toBe(brief.url);
  });

  it('escapes page text so it cannot form links, images or HTML', () => {
    const md = renderMarkdown(hostile);
    // Every "<" and "[" from the page is backslash-escaped, so no tag or link survives.
    expect(md).not.toMatch(/(^|[^\\])</m);
    expect(md).not.toMatch(/(^|[^\\])\[click/m);
    expect(md).toContain('\\<script\\>');
  });
});

describe('renderText', () => {
  it('is plain text that ends with the URL', () => {
    const text = renderText(brief);
    expect(text.startsWith('Robots & rivets\nTech Daily · Aiko Tanaka · 20 Nov 2026 · 3 min read')).toBe(true);
    expect(text).toContain('1. First point.');
    expect(text).not.toContain('#');
    expect(text.split('\n').at(-1)).toBe(brief.url);
  });
});

describe('renderHtml', () => {
  it('marks up the card and links only web URLs', () => {
    const html = renderHtml(brief);
    expect(html).toContain('<h1>Robots &#38; rivets</h1>');
    expect(html).toContain('<ol><li>First point.</li><li>Second point.</li><li>Third point.</li></ol>');
    expect(html).toContain('<a href="https://example.org/story?id=1&#38;x=2">');
  });

  it('renders hostile page text inert', () => {
    const html = renderHtml(hostile);
    expect(html).not.toMatch(/<script|<img|<svg|<b>/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toContain('<a ');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;');
  });
});

describe('dates', () => {
  it('keeps the calendar day written on the page whatever the time zone', () => {
    const late = { ...brief, source: { ...brief.source, publishedTime: '2026-11-20T23:30:00-08:00' } };
    expect(renderText(late)).toContain('20 Nov 2026');
    const dateOnly = { ...brief, source: { ...brief.source, publishedTime: '2026-01-05' } };
    expect(renderText(dateOnly)).toContain('5 Jan 2026');
  });

  it('leaves out a date it cannot read', () => {
    const bad = { ...brief, source: { ...brief.source, publishedTime: 'yesterday-ish' } };
    expect(renderText(bad)).toContain('Tech Daily · Aiko Tanaka · 3 min read');
  });
});
