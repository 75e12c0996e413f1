import { describe, expect, it } from 'vitest';
import { blocksFromElement } from '../../../src/content/blocks.ts';
import { isHiddenByMarkup } from '../../../src/content/dom.ts';
import { dropImageCaptions, dropRelatedSections, dropTrailingExtras } from '../../../src/content/tidy.ts';
import type { Block } from '../../../src/core/types.ts';
import { page } from './pages.ts';

function blocksOf(body: string): Block[] {
  const doc = page(body);
  return blocksFromElement(doc.body, { isHidden: isHiddenByMarkup });
}

const texts = (blocks: Block[]) => blocks.map((b) => b.text);

describe('blocksFromElement', () => {
  it('keeps headings, paragraphs, list items and quotes apart, in order', () => {
    const blocks = blocksOf(`
      <h2>Section one</h2><p>First   paragraph
      text.</p><ul><li>Item <b>one</b></li><li>Item two</li></ul>
      <blockquote><p>Quoted words.</p></blockquote><h3>Sub</h3><p>Last.</p>`);
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Section one', level: 2 },
      { kind: 'paragraph', text: 'First paragraph text.' },
      { kind: 'list-item', text: 'Item one' },
      { kind: 'list-item', text: 'Item two' },
      { kind: 'quote', text: 'Quoted words.' },
      { kind: 'heading', text: 'Sub', level: 3 },
      { kind: 'paragraph', text: 'Last.' },
    ]);
  });

  it('makes text sitting directly in a div its own paragraph, split at child blocks', () => {
    const blocks = blocksOf('<div>Loose text before. <p>Inside a p.</p> Loose text after.</div>');
    expect(texts(blocks)).toEqual(['Loose text before.', 'Inside a p.', 'Loose text after.']);
  });

  it('joins inline elements without inventing spaces', () => {
    expect(texts(blocksOf('<p>un<i>believ</i>able and <a href="#">linked</a>.</p>'))).toEqual(['unbelievable and linked.']);
  });

  it('splits <br>-separated lines into blocks but rejoins a wrapped sentence', () => {
    const blocks = blocksOf('<div>Introduction<br>The study began in May.<br>It ran for<br>three years, ending in 2020.<br><br>New paragraph.</div>');
    expect(texts(blocks)).toEqual(['Introduction', 'The study began in May.', 'It ran for three years, ending in 2020.', 'New paragraph.']);
  });

  it('never splits a heading at <br>', () => {
    expect(blocksOf('<h2>Part one<br>The beginning</h2>')).toEqual([{ kind: 'heading', text: 'Part one The beginning', level: 2 }]);
  });

  it('reads <pre> prose as paragraphs split on blank lines, and code as one code block with its lines', () => {
    const blocks = blocksOf(`<pre>First line of a
wrapped paragraph.

Second paragraph.</pre><pre><code>function f() {
  return 1;   

}</code></pre><pre class="highlight">y = 2</pre>`);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'First line of a wrapped paragraph.' },
      { kind: 'paragraph', text: 'Second paragraph.' },
      { kind: 'code', text: 'function f() {\n  return 1;\n\n}' },
      { kind: 'code', text: 'y = 2' },
    ]);
  });

  it('turns a data table row into one line and reads a layout table like divs', () => {
    const data = blocksOf('<table><caption>Results</caption><tr><th>Team</th><th>Score</th></tr><tr><td>Red</td><td>3</td></tr></table>');
    expect(texts(data)).toEqual(['Results', 'Team | Score', 'Red | 3']);
    const layout = blocksOf('<table><tr><td><h2>Title</h2><p>Body text.</p></td><td><p>Side.</p></td></tr></table>');
    expect(layout).toEqual([
      { kind: 'heading', text: 'Title', level: 2 },
      { kind: 'paragraph', text: 'Body text.' },
      { kind: 'paragraph', text: 'Side.' },
    ]);
  });

  it('skips scripts, styles, hidden elements, captions, form controls and citation marks', () => {
    const blocks = blocksOf(`<p>Seen<sup>[12]</sup> text.<script>var x = "script";</script><style>p{}</style></p>
      <p hidden>hidden attr</p><p style="display: none">display none</p><p aria-hidden="true">aria</p>
      <figure><img src="a.png" alt="alt text"><figcaption>Photo: Agency</figcaption></figure>
      <noscript>enable js</noscript><template><p>tpl</p></template><button>Click</button><p>Kept<sup>2</sup>.</p>`);
    expect(texts(blocks)).toEqual(['Seen text.', 'Kept2.']);
  });

  it('skips captions and credits named by class, but not wrappers that only say whether there is one', () => {
    const blocks = blocksOf(`
      <p><span class="image"><img src="a.jpg"><span class="caption"><span>© Provided by Agency Inc</span> Photo</span></span> Nintendo shocked the world.</p>
      <p class="caption">A new Bill would require providers to store metadata.</p>
      <div class="wp-caption"><img src="b.png"><p class="wp-caption-text">Users see a new dialog.</p></div>
      <div class="thumb"><div class="thumbcaption">Firefox logo</div></div>
      <p>Photo <span class="c-lead-image__credit">Jane Doe/Reuters</span> aside, the story goes on.</p>
      <div class="no_caption">The mother of a woman who took diet pills has warned others.</div>
      <figure class="has-caption"><p>Text inside a figure wrapper.</p></figure>`);
    expect(texts(blocks)).toEqual([
      'Nintendo shocked the world.',
      'Photo aside, the story goes on.',
      'The mother of a woman who took diet pills has warned others.',
      'Text inside a figure wrapper.',
    ]);
  });

  it('reads a card\'s body that Bootstrap names "caption": the item\'s name, maker and price on lines of their own', () => {
    const card = (lines: string[]) => `<a class="plbox" href="/p"><div class="caption center">${lines.map((l) => `<div>${l}</div>`).join('')}</div></a>`;
    const blocks = blocksOf(`${card(['BenQ LK936ST 4K Projector', 'Manufacturer: BenQ', 'Price: $4,899.00'])}
      <div class="thumbnail"><img src="a.png"><div class="caption"><p>A caption of two lines</p><p>Photo: Agency</p></div></div>
      <div class="image-caption"><div>Gallery card</div><div>of three</div><div>lines</div></div>`);
    expect(texts(blocks)).toEqual(['BenQ LK936ST 4K Projector', 'Manufacturer: BenQ', 'Price: $4,899.00']);
  });

  it('skips labels meant for screen readers only, which the page\'s stylesheet hides', () => {
    const blocks = blocksOf(`
      <p>The company <a href="/pr">said<span class="external-link-icon">Opens a new window </span></a> that sales rose.</p>
      <p>Read <a href="/r" target="_blank">the report<span class="screen-reader-text"> (opens in a new tab)</span></a> today.</p>
      <h2><span class="icon"></span><span class="sr-only">Section:</span> Results</h2>
      <p>A <a href="/w">window</a> that opens a new view stays.</p>`);
    expect(texts(blocks)).toEqual([
      'The company said that sales rose.',
      'Read the report today.',
      'Results',
      'A window that opens a new view stays.',
    ]);
  });

  it('keeps a long run of text even under a caption class: captions are a line or two', () => {
    const long = 'The council approved the plan after a long debate about costs and benefits. '.repeat(8).trim();
    expect(texts(blocksOf(`<div class="article-caption-block"><p>${long}</p></div>`))).toEqual([long]);
  });

  it('keeps nested list items separate from their parent item', () => {
    const blocks = blocksOf('<ol><li>Parent<ul><li>Child</li></ul></li><li><p>Para in item</p></li></ol>');
    expect(blocks).toEqual([
      { kind: 'list-item', text: 'Parent' },
      { kind: 'list-item', text: 'Child' },
      { kind: 'list-item', text: 'Para in item' },
    ]);
  });

  it('walks 10,000 levels of nesting without overflowing the stack', () => {
    const deep = '<div>'.repeat(10_000) + 'Deep text.' + '</div>'.repeat(10_000);
    expect(texts(blocksOf(deep))).toEqual(['Deep text.']);
  });
});

describe('dropImageCaptions', () => {
  it('drops a heading or paragraph that repeats an image\'s alt text, and only a long one', () => {
    const doc = page(`<img src="a.jpg" alt="In this photo dated Tuesday, the rocket stands  on its launch pad.">
      <img src="b.jpg" alt="Photo of the day"><img src="c.jpg">`);
    const images = Array.from(doc.querySelectorAll('img[alt]'));
    const blocks: Block[] = [
      { kind: 'heading', text: 'In this photo dated Tuesday, the rocket stands on its launch pad.', level: 2 },
      { kind: 'paragraph', text: 'In this photo dated Tuesday, the rocket stands on its launch pad.' },
      { kind: 'paragraph', text: 'Photo of the day' },
      { kind: 'paragraph', text: 'The rocket broke up minutes after launch.' },
    ];
    expect(texts(dropImageCaptions(blocks, images))).toEqual(['Photo of the day', 'The rocket broke up minutes after launch.']);
    expect(dropImageCaptions(blocks, [])).toEqual(blocks);
  });
});

describe('dropTrailingExtras', () => {
  const p = (text: string): Block => ({ kind: 'paragraph', text });
  const h = (text: string): Block => ({ kind: 'heading', text, level: 2 });
  const story = [
    h('Ferry crossings resume'),
    p('The ferry between the two islands runs again from Monday, after three weeks of repairs to the pier at the northern harbour.'),
    p('Crossings leave every hour from six in the morning, and the evening boats run until ten, as they did before the storm.'),
    p('The operator said tickets bought for cancelled crossings will be refunded in full, or can be used on any crossing this year.'),
  ];

  it('drops a related-posts list or an author bio under the story, from its label on', () => {
    const related = [h('Related posts'), p('Ten ferry routes worth taking'), p('How the pier was rebuilt')];
    expect(texts(dropTrailingExtras([...story, ...related]))).toEqual(texts(story));
    const bio = [p('About the Author'), p('Mara Lind covers transport for the Island Courier.')];
    expect(texts(dropTrailingExtras([...story, ...bio]))).toEqual(texts(story));
    for (const label of ['You might also like...', 'More from SewCanShe:', 'Written by Cassidy Horton', 'Ähnliche Artikel', 'À lire aussi',
      'Related products', 'Products related to this item', 'People who viewed this item also viewed', 'Customers also bought', 'Similar items', 'Frequently bought together']) {
      expect(texts(dropTrailingExtras([...story, p(label), p('Another post')])), label).toEqual(texts(story));
    }
  });

  it('keeps such a label high in the story, a section too long for a list, and a long bio', () => {
    const early = [story[0]!, h('Related reading'), ...story.slice(1)];
    expect(dropTrailingExtras(early)).toEqual(early);
    const table = [...story, h('Related resources'), ...Array.from({ length: 40 }, (_, i) => p(`${i + 1} Nebraska $95.95`))];
    expect(dropTrailingExtras(table)).toEqual(table);
    const teasers = [...story, h('Read next'), p('x'.repeat(400))];
    expect(dropTrailingExtras(teasers)).toEqual(teasers);
    const longBio = [...story, h('About the author'), p('y'.repeat(1600))];
    expect(dropTrailingExtras(longBio)).toEqual(longBio);
    // "Read more" is a button that opens the rest of a description more often than a list's label.
    const more = [...story, p('Read more'), p('Minimum: a dual core CPU at 2.8 GHz')];
    expect(dropTrailingExtras(more)).toEqual(more);
  });
});

describe('dropRelatedSections', () => {
  const p = (text: string): Block => ({ kind: 'paragraph', text });
  const li = (text: string): Block => ({ kind: 'list-item', text });
  const h = (text: string, level = 2): Block => ({ kind: 'heading', text, level });
  const specs = [h('Specifications'), li('Bluetooth 5.3'), li('Battery: 6 hours, 30 with the case')];
  const about = [h('About this item'), p('Half-in-ear earbuds with call noise reduction.')];

  it('drops a carousel of related items where it stands, up to the next heading', () => {
    const carousel = [h('Products related to this item'), p('Sponsored'), li('EUR 21.86'), li('Save 10% with coupon'), li('Amazon\'s Choice'), li('-32%EUR 14.86')];
    expect(texts(dropRelatedSections([...about, ...carousel, ...specs]))).toEqual(texts([...about, ...specs]));
    // The seller's own details under a lower heading after it stay.
    const details = [h('Condition', 3), p('not specified')];
    expect(texts(dropRelatedSections([...about, ...carousel, ...details]))).toEqual(texts([...about, ...details]));
    const recommended = [h('Recommended articles'), p('Top universities in the most affordable cities'), p('Mar 05, 2026'), p('11.6K 37')];
    expect(texts(dropRelatedSections([...about, ...recommended]))).toEqual(texts(about));
  });

  it('keeps such a section when it is the page\'s own: sentences, a table, code, long blocks', () => {
    const sentences = (n: number) => Array.from({ length: n }, (_, i) => p(`Paragraph ${i} of the story says what happened at the pier after the storm, and who paid for the repairs.`));
    const writing = [...about, h('Related reading'), ...sentences(3), ...specs];
    expect(dropRelatedSections(writing)).toEqual(writing);
    const table = [...about, h('Related Products'), p('related_product_id | String | Associated product IDs | SKU67890'), ...specs];
    expect(dropRelatedSections(table)).toEqual(table);
    const long = [...about, h('You may also like'), p('x'.repeat(400)), ...specs];
    expect(dropRelatedSections(long)).toEqual(long);
    const code = [...about, h('Related'), { kind: 'code', text: 'npm install brief' } as Block, ...specs];
    expect(dropRelatedSections(code)).toEqual(code);
    const empty = [...about, h('Related posts'), ...specs];
    expect(dropRelatedSections(empty)).toEqual(empty);
  });
});
