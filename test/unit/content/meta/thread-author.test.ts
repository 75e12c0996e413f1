import { describe, expect, it } from 'vitest';
import { readArticleMeta } from '../../../../src/content/meta/article-meta.ts';
import { parse } from '../pages.ts';

describe('a thread’s author', () => {
  const meta = (head: string, body: string) => {
    const doc = parse(`<html><head><title>Best first telescope?</title>${head}</head><body>${body}</body></html>`);
    return readArticleMeta(doc, 'https://forum.example.com/t/telescope/1', null);
  };

  it('is the first post’s, a handle included, not the last poster’s near the headline', () => {
    const posts = `<div itemscope itemtype="https://schema.org/DiscussionForumPosting"><h1 itemprop="headline">Best first telescope?</h1>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">stargazer42</span></span><p>Which one should I buy?</p>
      <div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Jane Doe</span><p>A Dobsonian.</p></div></div>`;
    expect(meta('', posts).author).toBe('stargazer42');
  });

  it('is read from JSON-LD nested as a page’s mainEntity, and from XenForo’s data-author', () => {
    const ld = '<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"DiscussionForumPosting","headline":"Best first telescope?","author":{"@type":"Person","name":"solaradelaide"},"datePublished":"2025-02-20"}}</script>';
    const m = meta(ld, '<h1>Best first telescope?</h1><p>By Someone Else</p>');
    expect(m.author).toBe('solaradelaide');
    expect(m.publishedTime).toBe('2025-02-20');
    const xf = '<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Best first telescope?"}</script>';
    expect(meta(xf, '<h1>Best first telescope?</h1><article class="message" data-author="Pippin06"><p>Which one?</p></article><article data-author="Other"></article>').author).toBe('Pippin06');
  });

  it('is the asker on a Q&A page', () => {
    const ld = '<script type="application/ld+json">{"@type":"QAPage","mainEntity":{"@type":"Question","name":"Best first telescope?","author":{"@type":"Person","name":"user3080392"},"dateCreated":"2019-04-01T10:00:00Z"}}</script>';
    const m = meta(ld, '<h1>Best first telescope?</h1>');
    expect(m.author).toBe('user3080392');
    expect(m.publishedTime).toBe('2019-04-01T10:00:00Z');
  });
});
