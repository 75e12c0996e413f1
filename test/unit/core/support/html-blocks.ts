// Test-only: turn article HTML into Brief blocks with linkedom, independently of src/content,
// so the core's tests do not depend on the extractor.
import { parseHTML } from 'linkedom';
import type { Article, Block } from '../../../../src/core/types.ts';

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre';

/** Blocks in document order; an element holding other block elements yields only those. */
export function htmlBlocks(html: string, rootSelector?: string, skip: string[] = []): Block[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const root = (rootSelector ? document.querySelector(rootSelector) : null) ?? document.body;
  const blocks: Block[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCKS)) as Element[]) {
    if (el.querySelector(BLOCKS) || skip.some((s) => el.matches(s))) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const tag = el.tagName.toLowerCase();
    if (/^h[1-6]$/.test(tag)) blocks.push({ kind: 'heading', text, level: Number(tag[1]) });
    else if (tag === 'li') blocks.push({ kind: 'list-item', text });
    else if (tag === 'blockquote') blocks.push({ kind: 'quote', text });
    else blocks.push({ kind: 'paragraph', text });
  }
  // Pages whose text sits in bare <div>s: hand over the whole text, as "Brief anyway" would.
  if (!blocks.some((b) => b.kind !== 'heading')) {
    const text = (root.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ kind: 'paragraph', text });
  }
  return blocks;
}

/** The seed fixture as the extractor would hand it over: metadata plus the article's blocks. */
export function seedArticle(html: string): Article {
  const body = html.slice(html.indexOf('<body'));
  return {
    title: 'AI Base Model Development: SoftBank, NEC, Honda, and Sony Build Trillion-Parameter AI for Physical Robotics (2026)',
    author: 'Aiko Tanaka',
    siteName: 'Tech Brief Daily',
    publishedTime: '2026-11-20T08:30:00+09:00',
    lang: 'en',
    url: 'https://news.example.org/2026/11/ai-base-model-physical-robotics',
    description: html.match(/<meta name="description" content="([^"]*)"/)?.[1],
    blocks: htmlBlocks(body, 'article', ['h1', '.byline']),
    readerable: true,
  };
}
