// Finds a point of the built-in brief in the page it came from, for "Show in page": the text
// nodes and offsets where the sentence starts and ends, across inline markup. Pure DOM, so it
// runs on the live page and on a linkedom Document alike.
//
// A point is the page's own text after extraction's clean-up: every whitespace run (NBSP and
// newlines too) squashed to one space, zero-width spaces, BOMs and soft hyphens dropped
// (text.ts), lines joined at a <br> with a space (block-builder.ts), a space put where a
// sentence had none after its full stop (segment.ts), a table row's cells joined with " | "
// (tables.ts), an over-long sentence cut with "…" (core/points/clip.ts). So the page's text and
// the point are compared with no whitespace and none of those characters at all; every other
// character must match exactly. The text walked is the text extraction reads (blocks.ts
// isSkipped): no script, style, template or form control, no caption or screen-reader label, no
// "[12]" citation mark, nothing hidden. On the 130 readability pages every point is found.
import { isSkipped } from './blocks.ts';
import { CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE, isHiddenByMarkup, tagOf, walk } from './dom.ts';
import { INVISIBLE_CHARS } from './text.ts';

/** Where a sentence is: the fields of a DOM Range, for `range.setStart/setEnd` or `new StaticRange()`. */
export interface TextSpan {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

export interface FindOptions {
  /** Markup only by default (linkedom, a clone); pass isHiddenOnPage on the live page to skip CSS-hidden text too. */
  isHidden?: (el: Element) => boolean;
}

// The characters a comparison ignores, and runs of the ones it keeps.
const IGNORED = new RegExp(`[\\s${INVISIBLE_CHARS}]+`, 'g');
const KEPT_RUN = new RegExp(`[^\\s${INVISIBLE_CHARS}]+`, 'g');
// A point cut short ends with this (core/points/clip.ts): only the text before it is the page's.
const ELLIPSIS = '…';
// A data table's row is one block, its cells joined with this (tables.ts).
const CELL_SEPARATOR = ' | ';
// A sentence repeated more often than this is not worth ranking further: the first ones decide.
const MAX_OCCURRENCES = 50;

/** The page's visible text without ignored characters, and for each character its node and offset. */
interface PageText {
  text: string;
  nodes: Text[];
  nodeOf: number[];
  offsetOf: number[];
}

function readPage(root: Node, isHidden: (el: Element) => boolean): PageText {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  const enter = (node: Node): boolean => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const value = node.nodeValue ?? '';
      const index = nodes.length;
      for (const run of value.matchAll(KEPT_RUN)) {
        parts.push(run[0]);
        for (let i = 0; i < run[0].length; i++) {
          nodeOf.push(index);
          offsetOf.push((run.index ?? 0) + i);
        }
      }
      if (nodeOf.length > 0 && nodeOf[nodeOf.length - 1] === index) nodes.push(node as Text);
      return false;
    }
    if (node.nodeType !== ELEMENT_NODE) return false;
    const el = node as Element;
    return !isSkipped(el, tagOf(el), { isHidden });
  };
  walk(root, enter, () => undefined);
  return { text: parts.join(''), nodes, nodeOf, offsetOf };
}

/** 0 inside the article, 1 inside the page's main region, 2 elsewhere: the article's copy wins. */
function rank(node: Node): number {
  const el = node.parentElement;
  if (el?.closest('article')) return 0;
  if (el?.closest('main, [role="main"]')) return 1;
  return 2;
}

function locate(page: PageText, needle: string): TextSpan | null {
  if (!needle) return null;
  let best: { at: number; rank: number } | undefined;
  for (let at = page.text.indexOf(needle), seen = 0; at >= 0 && seen < MAX_OCCURRENCES; at = page.text.indexOf(needle, at + 1), seen++) {
    const r = rank(page.nodes[page.nodeOf[at] as number] as Text);
    if (!best || r < best.rank) best = { at, rank: r };
    if (r === 0) break;
  }
  if (!best) return null;
  const last = best.at + needle.length - 1;
  return {
    startContainer: page.nodes[page.nodeOf[best.at] as number] as Text,
    startOffset: page.offsetOf[best.at] as number,
    endContainer: page.nodes[page.nodeOf[last] as number] as Text,
    endOffset: (page.offsetOf[last] as number) + 1,
  };
}

/** The point as the page may hold it: whole; without the ellipsis of a cut; a table row without its cell separators. */
function needles(point: string): string[] {
  const out = [point];
  if (point.endsWith(ELLIPSIS)) out.push(point.slice(0, -ELLIPSIS.length));
  if (point.includes(CELL_SEPARATOR)) out.push(...out.map((n) => n.split(CELL_SEPARATOR).join(' ')));
  return out.map((n) => n.replace(IGNORED, ''));
}

function findIn(page: PageText, point: string): TextSpan | null {
  for (const needle of needles(point)) {
    const span = locate(page, needle);
    if (span) return span;
  }
  return null;
}

// The whole document, not document.body: a malformed page parsed by linkedom can hold two <body>
// elements, and <head> gives no text anyway (SKIPPED_TAGS).
function rootOf(root: Document | Element): Node | null {
  return 'documentElement' in root ? root.documentElement : root;
}

/** Each point's place in the page, or null where the page no longer shows it. Reads the page once. */
export function findSentences(root: Document | Element, points: readonly string[], opts: FindOptions = {}): (TextSpan | null)[] {
  const start = rootOf(root);
  if (!start) return points.map(() => null);
  const page = readPage(start, opts.isHidden ?? isHiddenByMarkup);
  return points.map((point) => findIn(page, point));
}

/** The point's place in the page: its first occurrence inside <article> (else <main>, else anywhere), or null. */
export function findSentence(root: Document | Element, point: string, opts: FindOptions = {}): TextSpan | null {
  return findSentences(root, [point], opts)[0] ?? null;
}
