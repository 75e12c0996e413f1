// The headline: the article's own, as the page shows it. Metadata titles (JSON-LD headline,
// og:title, <title>) are often written for search results and social cards ("Health And
// Nutrition Trends For 2026") while the page's <h1> is what the reader sees ("Top 10 Health
// and Nutrition Trends to Watch"). A page has many <h1>s that are not the headline (the site's
// logo, "Menu", a sidebar widget), so an <h1> wins only when it agrees with a metadata title:
// they share most of their words. Without any metadata title, a lone <h1> is the headline.
import { firstDescendant, isHiddenByMarkup, underHiddenAttribute } from '../dom.ts';
import { cleanField, unescapeEntities, wordsOf } from '../text.ts';
import { isSiteTitle, stripSiteAffix } from './site-affix.ts';
import { DATE_PATTERN } from './dates.ts';

/** Longer than this, an <h1> is a paragraph marked up as a heading, not a headline. */
const MAX_HEADLINE_CHARS = 300;
/** How many <h1>s are looked at; the headline comes early, and this bounds hostile pages. */
const MAX_H1S = 20;
/** Share of the shorter text's words the two must have in common to agree. */
const AGREEMENT = 0.6;
/** Share of the longer text's words the shorter must cover to agree with it at all. */
const MIN_COVER = 0.3;
/** Agreement enough for an <h1> to mark where the headline sits, though another text won. */
const ANCHOR_AGREEMENT = 0.6;

// "Title | Tagline": a pipe is a separator, almost never part of a headline's sentence.
const PIPE_TAIL = /\s+\|\s+[^|]+$/;
// A dateline set inside the <h1>: "Dec 18 2025 Preparing…", "… Posted on July 1, 2024 by infuy".
const LEADING_DATE = new RegExp(`^${DATE_PATTERN}\\s+`, 'i');
// A trailing date only with its label or byline: "Weekly Edition for March 26, 2015" keeps its date.
const TRAILING_DATE = new RegExp(
  `\\s+(?:(?:posted|published|updated)(?:\\s+on)?:?\\s+${DATE_PATTERN}(?:\\s+by\\s+.{1,60})?|${DATE_PATTERN}\\s+by\\s+.{1,60})$`,
  'i',
);

/** The headline without a permalink sign, a tagline after a pipe, or a dateline before or after it. */
export function tidyHeadline(raw: string): string {
  // A permalink sign set after the heading's text ("Evolve: Shared Mutable History¶").
  const text = raw.replace(/\s*[¶§#]+$/u, '');
  const tail = text.match(PIPE_TAIL);
  let out = text;
  if (tail && tail.index !== undefined) {
    const rest = text.slice(0, tail.index);
    if (wordsOf(rest).length >= 2 && wordsOf(tail[0]).length <= 6) out = rest;
  }
  const undated = out.replace(LEADING_DATE, '').replace(TRAILING_DATE, '');
  return wordsOf(undated).length >= 2 ? undated : out;
}

/** How far two texts agree: the share of the shorter one's words, then of the longer one's. */
export function agreement(a: string, b: string): [number, number] {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (wa.length === 0 || wb.length === 0) return [0, 0];
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const longSet = new Set(long);
  const shared = short.filter((w) => longSet.has(w)).length;
  // Under MIN_COVER of the longer side, the shorter is a part of it (a site's name in a title).
  return shared / long.length < MIN_COVER ? [0, 0] : [shared / short.length, shared / long.length];
}

/** Words after the <h1> a title may have for a one-word <h1> to be its heading. */
const MAX_REST_WORDS = 6;

/** Whether `title` is `h1` followed by a separator and more ("Kayaks | REI Co-op"). */
function beginsWith(title: string, h1: string): boolean {
  const t = title.toLowerCase();
  const h = h1.toLowerCase().trim();
  if (h.length < 3 || !t.startsWith(h)) return false;
  const rest = /^\s*[|:–—\-·»]\s+(.*)$/u.exec(title.slice(h.length));
  if (!rest) return false;
  return wordsOf(h1).length >= 2 || wordsOf(rest[1]!).length <= MAX_REST_WORDS;
}

const better = (a: [number, number], b: [number, number]) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

// An <h1> that is wholly a link to the home page is the site's logo: <h1><a href="/">V8</a></h1>.
const HOME_HREF = /^(?:\.{0,2}\/)*(?:index\.\w+)?(?:[?#].*)?$/i;

function isHomeLink(h1: Element, text: string): boolean {
  const link = firstDescendant(h1, (el) => el.localName === 'a' && el.hasAttribute('href'));
  return !!link && HOME_HREF.test(link.getAttribute('href')!.trim()) && cleanField(link.textContent) === text;
}

/** An <h1> of the page and its text as a headline. */
export interface Heading {
  element: Element;
  text: string;
}

/** The visible <h1>s, in document order, each text without a site affix. */
export function headingTexts(headings: readonly Element[], siteNames: readonly (string | undefined)[], url: string): Heading[] {
  const texts: Heading[] = [];
  for (const h of headings) {
    if (h.localName !== 'h1') continue;
    if (texts.length >= MAX_H1S) break;
    if (isHiddenByMarkup(h) || underHiddenAttribute(h)) continue;
    const text = cleanField(h.textContent, MAX_HEADLINE_CHARS + 1);
    if (!text || text.length > MAX_HEADLINE_CHARS || isSiteTitle(text, siteNames, url) || isHomeLink(h, text)) continue;
    texts.push({ element: h, text: tidyHeadline(stripSiteAffix(unescapeEntities(text), siteNames, url)) });
  }
  return texts;
}

/** The headline, and the <h1> it was read from (where the page's dateline sits). */
export interface Headline {
  text: string;
  element?: Element;
}

/**
 * `titles`: the metadata titles, best first, already without site affixes. `h1s`: from
 * headingTexts. The <h1> that agrees best with any title, else the first title, else a lone <h1>.
 */
export function chooseHeadline(titles: readonly string[], h1s: readonly Heading[]): Headline | undefined {
  let best: Heading | undefined;
  let bestScore: [number, number] = [AGREEMENT, 0];
  for (const h1 of h1s) {
    // A one-word <h1> ("Blog", the site's logo) agrees with any title that holds that word.
    if (wordsOf(h1.text).length < 2) continue;
    // Ties go to the <h1> that covers more of the title: the article's, not the site's heading.
    const score = titles.map((t) => agreement(h1.text, t)).reduce((a, b) => (better(b, a) ? b : a), [0, 0] as [number, number]);
    if (score[0] >= AGREEMENT && (best === undefined || better(score, bestScore))) {
      best = h1;
      bestScore = score;
    }
  }
  if (best !== undefined) return best;
  // A title that begins with an <h1> ("Hiking Boots: Shop Boots for Hiking | REI Co-op" over
  // "Hiking Boots", "Kayaks | REI Co-op" over "Kayaks"): the <h1> is the page's own heading,
  // the rest is written for search results. A one-word <h1> needs a short rest.
  const leading = titles.length > 0 ? h1s.find((h1) => beginsWith(titles[0]!, h1.text)) : undefined;
  if (leading) return leading;
  if (titles.length > 0) return { text: titles[0]! };
  return h1s.length === 1 ? h1s[0] : undefined;
}

/**
 * Where the headline sits when no <h1> was taken for it: the first <h1> or <h2> that shares
 * enough of its words (some sites set the story's title in an <h2>). The dateline and the byline
 * are read around it.
 */
export function headlineAnchor(headline: Headline, headings: readonly Element[]): Element | undefined {
  if (headline.element) return headline.element;
  for (const h of headings.slice(0, 2 * MAX_H1S)) {
    const text = cleanField(h.textContent, MAX_HEADLINE_CHARS + 1);
    if (text && text.length <= MAX_HEADLINE_CHARS && agreement(text, headline.text)[0] >= ANCHOR_AGREEMENT) return h;
  }
  return undefined;
}
