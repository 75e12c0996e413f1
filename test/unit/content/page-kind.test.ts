import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/content/extract.ts';
import { pageKind } from '../../../src/content/page-kind.ts';
import { scanPage } from '../../../src/content/page-scan.ts';
import { parse } from './pages.ts';

const sentence = (topic: string, i: number) =>
  `Point ${i} about ${topic}: the long form of this explanation goes on for a while, so that the paragraph reads as real prose with commas, clauses and detail.`;
const para = (topic: string, n: number) => `<p>${Array.from({ length: n }, (_, i) => sentence(topic, i)).join(' ')}</p>`;

// A thread as forum software renders it: the question a long post, each answer in a container
// whose class Readability scores down ("comment"), so its pick is the question alone.
function thread(head: string): Document {
  const answers = ['backups', 'snapshots', 'rsync'].map((t) => `<div class="comment"><div class="comment-body"><p>Answer on ${t}.</p>${para(t, 8)}</div></div>`).join('');
  return parse(`<html><head><title>How do I back up my system?</title>${head}</head><body>
    <main><h1>How do I back up my system?</h1><div class="question"><div class="post-text">${para('the question', 11)}</div></div><section class="comments">${answers}</section></main></body></html>`);
}

const QA_JSONLD = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"How do I back up my system?"}}</script>';

const textOf = (doc: Document) => {
  const result = extractArticle(doc, { url: 'https://forum.example.com/t/backups/1', mode: 'article' });
  return result.ok ? result.article.blocks.map((b) => b.text).join('\n') : '';
};

describe('what a page says it is', () => {
  it('reads JSON-LD, microdata and og:type', () => {
    const kind = (html: string) => pageKind(scanPage(parse(`<html><head>${html}</head><body><p>x</p></body></html>`)).elements);
    expect(kind(QA_JSONLD)).toBe('thread');
    expect(kind('<script type="application/ld+json">[{"@type":["Product","Thing"]}]</script>')).toBe('product');
    expect(kind('<meta property="og:type" content="product">')).toBe('product');
    expect(kind('<meta property="og:type" content="article">')).toBe('article');
    expect(kind('<meta property="og:type" content="website">')).toBe('other');
    // An FAQ's questions and answers are not a thread.
    expect(kind('<script type="application/ld+json">{"@type":"FAQPage","mainEntity":[{"@type":"Question","acceptedAnswer":{"@type":"Answer"}}]}</script>')).toBe('other');
    expect(pageKind(scanPage(parse('<html><body><div itemscope itemtype="https://schema.org/DiscussionForumPosting"><p>x</p></div></body></html>')).elements)).toBe('thread');
    // Readers' comments under an article are Comment nodes; they do not make it a thread.
    expect(kind('<script type="application/ld+json">{"@type":"NewsArticle","comment":[{"@type":"Comment"}]}</script>')).toBe('article');
  });
});

describe('a thread', () => {
  it('is read with its answers, not as the question alone', () => {
    const text = textOf(thread(QA_JSONLD));
    expect(text).toContain('Point 0 about the question');
    for (const t of ['backups', 'snapshots', 'rsync']) expect(text).toContain(`Answer on ${t}.`);
  });

  it('that does not say it is one keeps Readability’s pick (an article’s comments stay out)', () => {
    const text = textOf(thread(''));
    expect(text).toContain('Point 0 about the question');
    expect(text).not.toContain('Answer on backups.');
  });
});

describe('a page that does not say what it is', () => {
  // A shop's collection: the items in <main>, the company's blurb below it in long paragraphs,
  // which Readability takes for the story.
  function collection(head: string): Document {
    const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/p/${i}">Carbon wallet model ${i}</a> <span>$${49 + i}</span> Slim, RFID-blocking, holds twelve cards.</li>`).join('');
    return parse(`<html><head><title>Wallets</title>${head}</head><body><main><h1>Wallets</h1><ul>${items}</ul></main>
      <div class="about-us">${para('the company', 4)}${para('its history', 4)}</div></body></html>`);
  }
  const read = (doc: Document) => {
    const result = extractArticle(doc, { url: 'https://shop.example.com/collections/wallets', mode: 'article' });
    return result.ok ? result.article.blocks.map((b) => b.text).join('\n') : '';
  };

  it('is read from its main column when Readability’s pick lies outside it', () => {
    const text = read(collection(''));
    expect(text).toContain('Carbon wallet model 0');
    expect(text).toContain('Carbon wallet model 29');
    expect(text).not.toContain('Point 0 about the company');
  });

  it('that says it is an article keeps Readability’s pick', () => {
    expect(read(collection('<meta property="og:type" content="article">'))).toContain('Point 0 about the company');
  });
});
