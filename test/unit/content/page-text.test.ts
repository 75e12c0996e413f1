import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractArticle, hasSomethingToBrief } from '../../../src/content/extract.ts';
import { isChrome, isLandmarkFurniture, isReviews, linkTextLength, mainColumn } from '../../../src/content/page-text.ts';
import { page, parse } from './pages.ts';
import type { Block } from '../../../src/core/types.ts';

const url = 'https://shop.example.com/products/coffee';

/** The blocks Brief extracts from a golden page of test/golden/text (none when it refuses it). */
function goldenBlocks(name: string, pageUrl: string): Block[] {
  const html = readFileSync(new URL(`../../golden/text/${name}.html`, import.meta.url), 'utf8');
  const result = extractArticle(parse(html), { url: pageUrl, mode: 'article' });
  return result.ok ? result.article.blocks : [];
}
const body = (html: string) => parse(`<html><body>${html}</body></html>`);

describe('a product page’s customer reviews', () => {
  const shop = (reviews: string) => body(`<main><h1>Earbuds E19</h1><p>Half-in-ear earbuds with call noise reduction and a 6-hour battery.</p>
    <h2>Specifications</h2><p>Bluetooth 5.3, 95 grams, waterproof.</p>${reviews}</main>`);

  it('are left out of a product page’s column, by the names shops give them', () => {
    for (const box of ['<div class="product-reviews">', '<div id="tab-reviews">', '<ul data-hook="review">', '<div class="jdgm-rev">', '<section class="customerReviews">']) {
      const doc = shop(`${box}<p>So loud!! I’m so impressed, they fit great in my ears and the case is tiny.</p></${box.slice(1, box.search(/\s/))}>`);
      const text = mainColumn(doc, { product: true }).blocks.map((b) => b.text);
      expect(text, box).toContain('Bluetooth 5.3, 95 grams, waterproof.');
      expect(text.join(' '), box).not.toContain('So loud');
      expect(mainColumn(doc).blocks.map((b) => b.text).join(' '), box).toContain('So loud');
    }
  });

  it('are not a box that holds the page: its headline, or a buying guide’s "<model>-review" ids, or a preview', () => {
    expect(isReviews(body('<div class="review"><h1>Ten dishwashers</h1><p>Text.</p></div>').querySelector('div')!)).toBe(false);
    expect(isReviews(body('<div id="bosch-shp78-review"><p>Text.</p></div><p>More text of the page.</p>').querySelector('div')!)).toBe(false);
    expect(isReviews(body('<div class="preview"><p>Text.</p></div><p>More text of the page.</p>').querySelector('div')!)).toBe(false);
    expect(isReviews(body('<div class="reviewText"><p>Text.</p></div><p>More text of the page here.</p>').querySelector('div')!)).toBe(true);
  });
});

describe('the main column of a page that is not an article', () => {
  it('is <main> without the site furniture around and inside it', () => {
    const doc = body(`<header><a href="/">Shop</a><nav><a href="/a">All products</a></nav></header>
      <main><div class="breadcrumbs"><a href="/">Home</a> / Coffee</div>
        <h1>Dark Roast Coffee, 1 lb</h1><p>$19.99</p><p>Bold, smooth and low in acid, roasted in small batches.</p>
        <div class="share-buttons">Share on Facebook</div><aside>You may also like: Tea</aside>
        <div id="cookie-consent">We use cookies.</div></main>
      <footer>© Shop</footer>`);
    expect(mainColumn(doc).blocks.map((b) => b.text)).toEqual(['Dark Roast Coffee, 1 lb', '$19.99', 'Bold, smooth and low in acid, roasted in small batches.']);
  });

  it('is the body without furniture when the page marks no <main>, and keeps an article’s own <header>', () => {
    const doc = body(`<div class="site-header">Logo</div><article><header><h1>Thread title</h1></header><div class="post">First answer text.</div></article><div class="sidebar">Ads</div>`);
    expect(mainColumn(doc).blocks.map((b) => b.text)).toEqual(['Thread title', 'First answer text.']);
  });

  it('reads no class words on inline elements: a "share" link inside the text stays', () => {
    expect(isChrome(body('<span class="share">x</span>').querySelector('span')!)).toBe(false);
    expect(isChrome(body('<div class="post-share">x</div>').querySelector('div')!)).toBe(true);
    expect(isChrome(body('<div class="elementor-widget-container">x</div>').querySelector('div')!)).toBe(false);
    // A skip link's own box is furniture; where it lands is the page's content.
    expect(isChrome(body('<div class="skip-link screen-reader-text">x</div>').querySelector('div')!)).toBe(true);
    expect(isChrome(body('<div id="skip-link-target" class="page-inner-wrapper">x</div>').querySelector('div')!)).toBe(false);
  });

  it('of one story leaves its readers\' comments out; a thread\'s column keeps its posts', () => {
    const doc = body(`<main class="content has-comments"><article><h1>Wood projects</h1><p>Some of my best friends made these.</p></article>
      <div id="comments" class="entry-comments"><h3>Comments</h3><ol class="comment-list"><li class="comment"><p>Sheri says</p><p>Pinned!</p></li></ol></div>
      <div id="respond"><h3>Leave a Reply</h3></div></main>`);
    expect(mainColumn(doc, { story: true }).blocks.map((b) => b.text)).toEqual(['Wood projects', 'Some of my best friends made these.']);
    expect(mainColumn(doc).blocks.map((b) => b.text)).toContain('Pinned!');
  });

  it('leaves out a forum poster\'s signature under each post, as forum engines mark it', () => {
    for (const box of ['<div class="post-signature owner flex--item">', '<div class="signature">', '<div class="ipsEntry__signature">', '<div class="postsignature postmsg">', '<div class="signaturecontainer">']) {
      const doc = body(`<main><h1>How do I reset the router?</h1><div class="post"><p>Hold the button for ten seconds, then wait.</p>${box}<p>asked Jan 3 by kumiko, 1,204 reputation</p></div></div></main>`);
      const text = mainColumn(doc).blocks.map((b) => b.text).join(' ');
      expect(text, box).toContain('Hold the button for ten seconds');
      expect(text, box).not.toContain('1,204 reputation');
    }
    // A post that has a signature is no signature: "with-signature" is its state.
    expect(isChrome(body('<div class="post with-signature">x</div>').querySelector('div')!)).toBe(false);
  });

  it('leaves out a search or sign-up form, but not the form ASP.NET WebForms wraps the whole page in', () => {
    const doc = body(`<form id="search"><input name="q"><p>Search the shop</p></form>
      <form id="MainForm"><div class="content"><h1>Native 4K projectors</h1><p>Thirty-seven projectors, from short throw to large venue.</p>
      <a href="/benq">BenQ LK936ST 4K Short Throw Laser Projector</a><form class="signup"><p>Get our newsletter</p></form></div></form>`);
    const column = mainColumn(doc);
    expect(column.blocks.map((b) => b.text)).toEqual(['Native 4K projectors', 'Thirty-seven projectors, from short throw to large venue.', 'BenQ LK936ST 4K Short Throw Laser Projector']);
    expect(column.linkLength).toBe('BenQ LK936ST 4K Short Throw Laser Projector'.length);
    expect(isChrome(doc.querySelector('#search')!)).toBe(true);
    // A forum's moderation form around its posts (Invision, XenForo) holds <article>s: the thread.
    const thread = body(`<div class="sidebar-free">${'<p>Forum rules and news of the community, read before posting.</p>'.repeat(8)}</div>
      <form action="/moderate"><article class="cPost"><p>Which camera for landscapes?</p></article><article class="cPost"><p>A full-frame body with a wide zoom.</p></article></form>`);
    expect(mainColumn(thread).blocks.map((b) => b.text)).toContain('A full-frame body with a wide zoom.');
  });

  it('counts link text outside navigation', () => {
    const doc = body('<nav><a href="/">Home</a></nav><main><a href="/p">Dark Roast</a> and <a href="/q">Tea</a></main>');
    expect(linkTextLength(doc.body)).toBe('Dark Roast'.length + 'Tea'.length);
  });
});

describe('what a page that is not an article needs for a brief', () => {
  const block = (text: string) => ({ kind: 'paragraph' as const, text });

  it('a line or two outside links, or a listing’s worth of item links', () => {
    expect(hasSomethingToBrief([block('Dark Roast Coffee, 1 lb. $19.99. Bold, smooth and low in acid, roasted in small batches.')], 0)).toBe(true);
    expect(hasSomethingToBrief([block('Markets today'), block('Scores and fixtures'), block('Welcome to the portal.')], 32)).toBe(false);
    const items = Array.from({ length: 30 }, (_, i) => block(`Office chair model ${i}`));
    expect(hasSomethingToBrief(items, items.reduce((n, b) => n + b.text.length, 0))).toBe(true);
  });

  it('keeps a short blog post from growing its readers\' comments into the story', () => {
    const story = ['Some of my best blogging friends and I are sharing our favourite wood projects this week.', 'Each one takes an afternoon, a saw and a little paint, and none needs a workshop.', 'The bench was the hardest; the arrows the quickest; the sign the one we use most.',
      'We bought the wood at the local yard, cut it to size in the driveway and sanded every piece by hand before the first coat.',
      'If you try one, start with the sign: it needs the fewest cuts, and the paint hides most of the mistakes a beginner makes.']
      .map((t) => `<p>${t}</p>`).join('');
    const comments = Array.from({ length: 30 }, (_, i) => `<li class="comment"><p>Reader ${i} says</p><p>July ${i % 28 + 1}, 2018</p><p>Pinned, thanks!</p><p>Reply</p></li>`).join('');
    const ld = '<script type="application/ld+json">{"@type":"BlogPosting","headline":"Easy wood projects"}</script>';
    const result = extractArticle(page(`<main class="content"><article><h1>Easy wood projects</h1><div class="entry-content">${story}</div></article>
      <div id="comments" class="entry-comments"><h3>Comments</h3><ol class="comment-list">${comments}</ol></div></main>`, `<title>Easy wood projects</title>${ld}`), { url, mode: 'article' });
    const text = result.ok ? result.article.blocks.map((b) => b.text).join(' ') : '';
    expect(text).toContain('The bench was the hardest');
    expect(text).not.toContain('Pinned, thanks');
  });

  it('briefs a short product page instead of calling it not an article', () => {
    const result = extractArticle(page(`<nav><a href="/">Home</a> <a href="/c">Coffee</a></nav><main><h1>Dark Roast Coffee, 1 lb</h1>
      <p>$19.99 · In stock</p><p>Bold, smooth and low in acid, roasted in small batches in Vermont.</p></main>`, '<title>Dark Roast Coffee, 1 lb | Shop</title>'), { url, mode: 'article' });
    expect(result.ok && result.article.title).toBe('Dark Roast Coffee, 1 lb');
    expect(result.ok && result.article.blocks.map((b) => b.text)).toEqual(['$19.99 · In stock', 'Bold, smooth and low in acid, roasted in small batches in Vermont.']);
  });
});

describe('a page that says nothing of what it is, whose pick is one section of several', () => {
  // A moving company's city page (wcxb-dev 0302, trimmed: no scripts, styles, header, nav or
  // footer): Readability picks one of its sections, 1,700 characters of 10,000.
  it('is read from its main column: every section, not the one Readability picked', () => {
    const text = goldenBlocks('untyped-service-page', 'https://movers.example/ca/san-francisco/movers/').map((b) => b.text).join('\n');
    expect(text).toContain('What Sets Bellhop Apart From Other Moving Companies in San Francisco');
    expect(text).toContain('A Moving Company Built to Meet Your Needs');
    expect(text).toContain('How many movers do I need for a local move in San Francisco?');
  });

  it('reads the column where the page\'s paragraphs and the column\'s text outside links are twice a short pick\'s (an agency page whose pick is its FAQ)', () => {
    // An agency's service page (wcxb-dev 0247, scripts, styles and images out): Readability
    // picks the FAQ at the foot, 750 characters; the page's <p>s hold 1,800, the column 2,500
    // outside links.
    const headings = goldenBlocks('service-page-faq-pick', 'https://puntorojo.com/en/solutions/conversion-boost/data-analytics').filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(expect.arrayContaining(['What are the benefits of Data Analytics?', 'Data-driven decisions']));
  });

  it('reads every section of a longer page whose sections sit in boxes of their own (AsciiDoc\'s sect1)', () => {
    // A blog's progress report (wcxb-dev 0389, scripts and styles taken out): Readability
    // picks one section, 2,300 characters of 9,000.
    const headings = goldenBlocks('asciidoc-sections', 'https://blog.antoyo.xyz/rustc_codegen_gcc-progress-report-39').filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(expect.arrayContaining(['What is rustc_codegen_gcc?', 'GCC patches status', 'State of rustc_codegen_gcc', 'How to contribute']));
  });

  it('reads a listing whose short pick is a filter list, not prose (a job board\'s country picker)', () => {
    // A job board's category (wcxb-dev 4354, scripts and styles out, its first 14 jobs kept):
    // Readability picks the location filter, 70 one-line country names.
    const headings = goldenBlocks('job-board-filter-pick', 'https://weworkremotely.com/categories/remote-full-stack-programming-jobs').filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(expect.arrayContaining(['Senior Ruby on Rails Developer', 'Full Stack Engineer', 'Shopify Engineer']));
  });

  it('reads a shop\'s grid, not the blurb above it, on a page that says nothing of what it is', () => {
    // A shop's home page (wcxb-dev 4122, scripts and styles out): Readability picks the
    // two-paragraph welcome; the products' names and prices are links below it.
    const text = goldenBlocks('shop-home-blurb-pick', 'https://www.bestsharpeningstones.com/').map((b) => b.text);
    expect(text.join('\n')).toContain('Best Sharpening Stones is committed to providing you');
    expect(text).toEqual(expect.arrayContaining(['Wicked Edge Knife Sharpener $199 - $1499', 'Leather Paddle Strops $27.95 - $47.95']));
  });

  it('reads the whole discussion where Readability picked one of its comments (a link aggregator\'s thread)', () => {
    // A Lobsters thread (wcxb-dev 0575, scripts and styles out): og:type article, its story a
    // link, and Readability's pick one comment of twelve.
    const text = goldenBlocks('discussion-pick-is-one-comment', 'https://lobste.rs/s/dwip3v/rust_project_goals_for_2024').map((b) => b.text).join('\n');
    expect(text).toContain('I was originally concerned with implicit clones'); // the comment picked
    expect(text).toContain('Very interested and curious about the ergonomic ref counting'); // the first
    expect(text).toContain('Had no idea ATPIT was even being worked on'); // the last
  });

  it('reads every post of a forum that marks its posts as <article>s of one class and names no thread', () => {
    // A forum thread (wcxb-dev 1066, scripts, styles, menus and images out): Readability picks
    // the third of six posts.
    const text = goldenBlocks('forum-posts-as-articles', 'https://forum.cookshack.com/topic/catering-tips').map((b) => b.text).join('\n');
    expect(text).toContain('Now here is a view point from a guy who is not quite there yet'); // the post picked
    expect(text).toContain('For catering proposals, I include a line item'); // the question
    expect(text).toContain('We started tacking on an automatic 15% for tips'); // the first answer
  });

  it('keeps a long story whose marked comments outweigh it', () => {
    const story = Array.from({ length: 16 }, (_, i) => `<p>The council voted on Tuesday to rebuild the harbour wall, a project of ${i + 2} years that engineers say will protect the old town and its homes.</p>`).join('');
    const comments = Array.from({ length: 60 }, (_, i) => `<li class="comment"><p>Reader ${i}: I have lived by the harbour for ${i + 3} years, and the wall was always going to fail, whatever the engineers said.</p></li>`).join('');
    const result = extractArticle(page(`<main><h1>Harbour wall to be rebuilt</h1><div class="story">${story}</div>
      <section id="comments"><h2>Comments</h2><ol class="comment-list">${comments}</ol></section></main>`, '<title>Harbour wall to be rebuilt</title>'), { url: 'https://news.example/harbour', mode: 'article' });
    const text = result.ok ? result.article.blocks.map((b) => b.text).join('\n') : '';
    expect(text).toContain('The council voted on Tuesday');
    expect(text).not.toContain('Reader 12');
  });
});

describe('navigation that Readability keeps in its pick', () => {
  const textOf = (html: string, pageUrl: string) => {
    const result = extractArticle(parse(html), { url: pageUrl, mode: 'article' });
    return result.ok ? result.article.blocks.map((b) => b.text) : [];
  };
  const para = (i: number) => `<p>Paragraph ${i} of the guide explains how a tent's rain fly, its poles and its floor work together to keep a family dry through a long night of storms.</p>`;

  it('leaves out an article\'s table of contents', () => {
    const html = `<html><head><title>How to pitch a tent</title></head><body><article><h1>How to pitch a tent</h1>${para(0)}
      <nav class="toc"><p>Contents</p><ul><li><a href="#a">1. Choose the site</a></li><li><a href="#b">2. Lay the footprint</a></li></ul></nav>
      ${[1, 2, 3, 4, 5, 6].map(para).join('')}</article></body></html>`;
    const text = textOf(html, 'https://example.org/guide');
    expect(text).toHaveLength(7);
    expect(text.join(' ')).not.toContain('Choose the site');
  });

  it('leaves out a shop\'s banner and its mega-menu, kept when Readability read the page a second time (REI\'s category pages)', () => {
    const items = Array.from({ length: 14 }, (_, i) => `<li class="tile"><a href="/p/${i}">Wawona ${i} Tent</a> <span>$${400 + i}.00</span> <span>Sleeping Capacity: ${(i % 6) + 1}-person · Seasons: 3-season · Peak Height: 7${i} in.</span></li>`).join('');
    const menu = Array.from({ length: 30 }, (_, i) => `<li><a href="/c/${i}">Category number ${i}</a></li>`).join('');
    const html = `<html><head><title>Camping Tents | REI</title></head><body><div id="container"><header role="banner"><a href="/">REI</a><nav><ul>${menu}</ul></nav>
      <div class="promo">Free shipping on orders over $50 for members of the co-op</div></header>
      <div class="results"><h1>Camping Tents</h1><ul>${items}</ul></div></div></body></html>`;
    const text = textOf(html, 'https://www.rei.com/c/camping-tents');
    expect(text).toHaveLength(14);
    expect(text[0]).toMatch(/^Wawona 0 Tent \$400\.00 Sleeping Capacity/);
    expect(text.join(' ')).not.toMatch(/Category number|Free shipping/);
  });

  it('is a landmark by tag or role; a banner role only on a <header>, as shops put it on feature boxes too', () => {
    const el = (html: string) => body(`${html}<p>The page.</p>`).body.firstElementChild!;
    for (const html of ['<nav></nav>', '<aside></aside>', '<footer></footer>', '<div role="navigation"></div>', '<ul role="menubar"></ul>', '<header role="banner"></header>']) expect(isLandmarkFurniture(el(html)), html).toBe(true);
    for (const html of ['<div role="banner"></div>', '<header></header>', '<div role="main"></div>', '<section class="nav-tabs"></section>']) expect(isLandmarkFurniture(el(html)), html).toBe(false);
  });
});
