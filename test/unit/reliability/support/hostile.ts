// Generators of hostile input for the reliability tests: text no article has (control and bidi
// characters, astral and combining code points, words without spaces, no sentence ends), and
// HTML no sane page has (random trees, cut pages, junk spliced into real pages).
import fc from 'fast-check';

/** Zero-width, bidi control and other invisible code points that reach pages via copy-paste. */
export const INVISIBLES = [
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u061c',
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
];

/** Real sentences in several scripts, so random text also contains things that look like prose. */
export const SENTENCES = [
  'The city council approved the new budget on Tuesday after a long debate.',
  'Researchers said the results could change how batteries are made.',
  'But critics warned that the plan would cost more than expected.',
  '東京大学の研究チームは新しい電池を開発したと発表した。',
  '研究人员表示，这项技术可以降低成本。',
  'قال الباحثون إن النتائج مهمة جدا للمستقبل.',
  'החוקרים אמרו שהתוצאות חשובות מאוד.',
  'Die Regierung hat am Montag ein neues Gesetz beschlossen.',
  'นักวิจัยกล่าวว่าผลการศึกษานี้มีความสำคัญมาก',
  '"Why?" he asked. "Because," she said.',
  'Dr. J. K. Smith of the U.S. Navy arrived at 5 p.m. on Jan. 5.',
];

const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);

/** Fragments that stress segmentation, casing and rendering. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...SENTENCES), weight: 4 },
  { arbitrary: fc.constantFrom(...INVISIBLES), weight: 2 },
  { arbitrary: word, weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 2 },
  { arbitrary: fc.constantFrom('.', '?', '!', '。', '…', '"', '«', '「', '」', ' ', '\n', '\t', '\u00a0', '&amp;', '<', '>'), weight: 3 },
  { arbitrary: fc.constantFrom('e\u0301\u0302\u0303\u0304', '𝕳𝖊𝖑𝖑𝖔', '😀👩‍👩‍👧', '𠜎𠜱', 'Ϊ́ΣΑΣ', 'İstanbul', 'ß'), weight: 1 },
  { arbitrary: fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '](javascript:x)', '# ', '1. ', '*', '`'), weight: 1 },
);

/** Random text made of hostile fragments, joined without regard for sentences. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fragment, { maxLength: 30 })
  .map((parts) => parts.join(''));

/** Text that has words but never ends a sentence. */
export const runOnText: fc.Arbitrary<string> = fc
  .array(word, { minLength: 1, maxLength: 400 })
  .map((words) => words.join(' '));

/** Text escaped for an HTML text node. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const TAGS = [
  'p', 'div', 'span', 'a', 'b', 'i', 'h1', 'h2', 'h3', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre',
  'code', 'table', 'tr', 'td', 'th', 'section', 'article', 'nav', 'aside', 'figure', 'figcaption',
  'sup', 'br', 'img', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'time', 'meta', 'title',
];

const attribute = fc.oneof(
  fc.constant(''),
  fc.constant(' hidden'),
  fc.constant(' aria-hidden="true"'),
  fc.constant(' style="display:none"'),
  fc.constant(' class="article-body content"'),
  fc.constant(' class="comment sidebar ad"'),
  fc.constant(' dir="rtl" lang="ar"'),
  fc.constant(' lang="not a lang!"'),
  fc.constant(' onerror="alert(1)" src="x"'),
  fc.constant(' datetime="2026-02-30T99:99"'),
  hostileText.map((t) => ` title="${t.replace(/"/g, '&quot;')}"`),
);

/** A random element tree serialised as HTML (well-formed, but with arbitrary nesting and text). */
export const randomTree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText.map(escapeText),
    fc.tuple(fc.constantFrom(...TAGS), attribute, fc.array(tie('node'), { maxLength: 5 })).map(
      ([tag, attrs, children]) => `<${tag}${attrs}>${children.join('')}</${tag}>`,
    ),
  ),
})).node;

/** Markup that breaks the tree: stray closers, unclosed openers, comments, CDATA, doctype. */
export const junkMarkup: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '</p>', '</div></div></div>', '<div>', '<p>', '<table><td>', '<!--', '-->', '<![CDATA[', ']]>',
    '<!doctype html>', '</html>', '<body>', '<head>', '<script>', '</script>', '<style>', '<title>',
    '<', '>', '&', '&#0;', '&#x110000;', '&#xD800;', '&nbsp', '<svg><foreignObject><p>', '<math><mi>',
    '<template><p>', '<plaintext>', '<textarea>', '<select><option>', '<frameset>',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":',
  ),
  hostileText,
);

/** A page wrapped around a body, with a title that can itself be hostile. */
export function pageHtml(body: string, title = 'A page'): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeText(title)}</title></head><body>${body}</body></html>`;
}

/** Cut, splice or duplicate parts of a real page: what a flaky network or a broken CMS serves. */
export function mutatedPage(sources: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...sources),
      fc.array(
        fc.tuple(fc.constantFrom('cut', 'splice', 'delete', 'duplicate'), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), junkMarkup),
        { minLength: 1, maxLength: 4 },
      ),
    )
    .map(([source, edits]) => edits.reduce((html, [op, a, b, junk]) => applyEdit(html, op, a, b, junk), source));
}

function applyEdit(html: string, op: string, a: number, b: number, junk: string): string {
  const i = Math.floor(a * html.length);
  const j = Math.min(html.length, i + Math.floor(b * 2000));
  switch (op) {
    case 'cut':
      return html.slice(0, i);
    case 'splice':
      return html.slice(0, i) + junk + html.slice(i);
    case 'delete':
      return html.slice(0, i) + html.slice(j);
    default:
      return html.slice(0, j) + html.slice(i, j) + html.slice(j);
  }
}

/** Bytes as a page would be mis-decoded: every byte read as one Latin-1 character. */
export function latin1(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => String.fromCharCode(b)).join('');
}
