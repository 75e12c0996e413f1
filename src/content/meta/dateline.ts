// The text around the headline, and the date a page shows its reader there: "Last updated: Dec 12, 2025" above it,
// "By Scott Pletcher Jun 08, 2023 • 11 Minute Read" below it. Read from the text just before
// and after the headline element in document order, so a date in the article's body, in a
// related-posts card or under a comment, further away, is never taken for it.
import { ELEMENT_NODE, SKIPPED_TAGS, TEXT_NODE, isHiddenByMarkup } from '../dom.ts';
import { isSentenceOf } from '../text.ts';
import { findDate } from './dates.ts';

/** Text read after the headline (a byline and its date sit within a few lines of it). */
const AFTER_CHARS = 400;
/** Text read before it (a "Last updated" line or a category and date above the headline). */
const BEFORE_CHARS = 200;
/** Nodes visited each way, so a page of empty elements cannot make the walk long. */
const MAX_NODES = 400;
/** A text longer than this is prose: a date inside it is the story's ("On March 3, 2020, …"). */
const MAX_DATELINE_TEXT = 120;
/** A text this many words long that ends like a sentence is prose too, however short. */
const MIN_SENTENCE_WORDS = 10;
/** The body has begun once this many prose texts have passed (the first ones may be a standfirst). */
const MAX_PROSE = 3;

// Texts are joined by line breaks, so a name never runs on into the next element's text.
const PROSE_GAP = '\n¶\n';

/** A text node's share of the dateline text: itself when short, a gap when it is prose. */
function piece(text: string | null): string {
  const t = (text ?? '').trim();
  if (!t) return '';
  const sentence = isSentenceOf(t, MIN_SENTENCE_WORDS);
  return t.length > MAX_DATELINE_TEXT || sentence ? PROSE_GAP : `\n${t}`;
}

function skipped(node: Node): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const el = node as Element;
  return SKIPPED_TAGS.has(el.localName) || isHiddenByMarkup(el);
}

/** Next node in document order after `node` and its subtree. */
function nextAfter(node: Node, stop: Node | null): Node | null {
  let n: Node | null = node;
  while (n && n !== stop) {
    if (n.nextSibling) return n.nextSibling;
    n = n.parentNode;
  }
  return null;
}

function textAfter(anchor: Element): string {
  let out = '';
  let visits = 0;
  let prose = 0;
  let node: Node | null = nextAfter(anchor, null);
  while (node && out.length < AFTER_CHARS && visits++ < MAX_NODES && prose < MAX_PROSE) {
    if (node.nodeType === TEXT_NODE) {
      const p = piece(node.nodeValue);
      if (p === PROSE_GAP) prose++;
      out += p;
    }
    const enter = node.nodeType === ELEMENT_NODE && !skipped(node) && node.firstChild;
    node = enter ? node.firstChild : nextAfter(node, null);
  }
  return out.replace(/[^\S\n]+/g, ' ').slice(0, AFTER_CHARS);
}

/** The deepest last descendant of `node` that the walk may enter. */
function lastLeaf(node: Node): Node {
  let n = node;
  while (n.nodeType === ELEMENT_NODE && !skipped(n) && n.lastChild) n = n.lastChild;
  return n;
}

function textBefore(anchor: Element): string {
  const parts: string[] = [];
  let length = 0;
  let visits = 0;
  let node: Node | null = anchor;
  while (node && length < BEFORE_CHARS && visits++ < MAX_NODES) {
    // Reverse document order: the previous sibling's last leaf, else the parent (already left).
    node = node.previousSibling ? lastLeaf(node.previousSibling) : node.parentNode;
    if (node?.nodeType === TEXT_NODE) {
      const p = piece(node.nodeValue);
      // Above the headline, prose is another story (a teaser or the previous post).
      if (p === PROSE_GAP) break;
      parts.push(p);
      length += p.length;
    }
  }
  const text = parts.reverse().join('').replace(/[^\S\n]+/g, ' ');
  return text.slice(Math.max(0, text.length - BEFORE_CHARS));
}

/** The short texts just after and just before the headline element, in reading order. */
export interface TextNear {
  after: string;
  before: string;
}

export function textNear(anchor: Element): TextNear {
  return { after: textAfter(anchor), before: textBefore(anchor) };
}

/**
 * The date shown beside the headline, as yyyy-mm-dd: the first one after it, else the nearest
 * one before it.
 */
export function datelineIn(near: TextNear, lang?: string): string | undefined {
  const after = findDate(near.after, lang);
  if (after) return after.date;
  // The nearest date before the headline is the last one in that text.
  let found: string | undefined;
  let rest = near.before;
  for (let i = 0; i < 5; i++) {
    const hit = findDate(rest, lang);
    if (!hit) break;
    found = hit.date;
    rest = rest.slice(hit.end);
  }
  return found;
}

// "Published July 8, 2025", "Posted on April 13, 2023", "Veröffentlicht am 14. Januar 2026": a
// date the page labels as its publication date, wherever it stands. An "Updated" date is not
// one, and neither is a bare date (a comment's, a related post's). Latin letters are spelled
// out, not \p{L}: see dates.ts.
const PUBLISHED_LABEL =
  /(?:^|[^A-Za-z\u00C0-\u024F])(?:published|posted|publication date|date published|publi[ée]e? le|publicado(?: el| em)?|pubblicato(?: il)?|ver[öo]ffentlicht(?: am)?|gepubliceerd(?: op)?)(?: on)?\s*:?\s*/gi;
/** Between a label and its date: a sentence ended ("published in March 2022. Last updated on …"), or another label. */
const LABEL_BROKEN = /[.;!?|](?:\s|$)|updated|modified|edited/i;
/** How far after its label the date may begin (a weekday, "by Name" in between). */
const LABEL_REACH = 40;

/** The first date the text labels as the publication date, as yyyy-mm-dd. */
export function labelledDate(text: string, lang?: string): string | undefined {
  PUBLISHED_LABEL.lastIndex = 0;
  for (let m = PUBLISHED_LABEL.exec(text); m; m = PUBLISHED_LABEL.exec(text)) {
    const start = m.index + m[0].length;
    const hit = findDate(text.slice(start, start + LABEL_REACH + 30), lang);
    if (hit && hit.index <= LABEL_REACH && !LABEL_BROKEN.test(text.slice(start, start + hit.index))) return hit.date;
  }
  return undefined;
}
