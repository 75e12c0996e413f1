// Turns an element (Readability's article, or the whole page body) into ordered Blocks.
// Headings, paragraphs, list items and quotes stay separate blocks, so a heading is never glued
// onto the paragraph under it; text sitting directly in a div becomes its own paragraph.
import type { Block, BlockKind } from '../core/types.ts';
import { BlockBuilder, type BlockContext } from './block-builder.ts';
import { BLOCK_TAGS, CDATA_SECTION_NODE, ELEMENT_NODE, SKIPPED_TAGS, TEXT_NODE, classOf, firstDescendant, tagOf, walk } from './dom.ts';
import { isDataRow, rowText } from './tables.ts';

export interface BlockOptions {
  /** Decides whether an element is hidden (markup only on a clone; CSS too on the live page). */
  isHidden: (el: Element) => boolean;
}

const HEADING = /^h([1-6])$/;

// A <pre> of code becomes a code block: the article's text, never a summary point.
const CODE_CLASS = /\b(?:code|highlight|hljs|language-|lang-|syntax|sourceCode|prettyprint|brush)/i;

// Wikipedia-style citation markers ("[12]", "[a]") interrupt sentences.
const CITATION = /^\s*\[\s*[\w\s]{1,8}\]\s*$/;

// Captions and credits outside <figcaption>, named by class: WordPress's "wp-caption-text",
// Wikipedia's "thumbcaption", "pb-caption", "© Provided by …" in a "caption" span inside a
// paragraph. Not a wrapper that only says whether there is one ("no_caption", "has-caption").
const CAPTION_TOKEN = /caption/i;
const NOT_CAPTION_TOKEN = /^(?:no|has|with|without)[-_]/i;
const CREDIT_TOKEN = /(?:^|[-_])credits?$/i;
// Text for screen readers only, hidden by the page's stylesheet (which a clone cannot apply):
// WordPress's "(opens in a new tab)", Bootstrap's sr-only labels.
const SCREEN_READER_CLASS = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|element-invisible|a11y-hidden)(?:\s|$)/i;
// The same label inside a link, whatever its class ("said<span class="external-link-icon">Opens a new window</span>").
const NEW_WINDOW_LABEL = /^\(?\s*opens?\s+(?:in\s+)?(?:a\s+)?new\s+(?:window|tab)\s*\)?\.?$/i;
// A caption or label is a line or two; a longer run of text under such a class is the page's own.
const MAX_ASIDE_LENGTH = 400;

function isCaptionClass(cls: string): boolean {
  if (!/caption|credit/i.test(cls)) return false;
  return cls.split(/\s+/).some((t) => (CAPTION_TOKEN.test(t) && !NOT_CAPTION_TOKEN.test(t)) || CREDIT_TOKEN.test(t));
}

// Bootstrap's thumbnail "caption" is a card's body: the item's name, maker and price on lines
// of their own. An image's caption is a line or two.
const CARD_BODY_CLASS = /(?:^|\s)caption(?:\s|$)/;
const CARD_LINES = 3;

/** Whether an element holds CARD_LINES or more innermost blocks with text. */
function holdsCardLines(el: Element): boolean {
  let lines = 0;
  const isLine = (d: Element) => BLOCK_TAGS.has(d.localName) && !firstDescendant(d, (c) => BLOCK_TAGS.has(c.localName)) && !!d.textContent?.trim();
  return firstDescendant(el, (d) => isLine(d) && ++lines >= CARD_LINES) !== null;
}

/** Text about the page rather than of it: an image's caption or credit, a screen-reader label. */
function isAside(el: Element): boolean {
  const cls = classOf(el);
  if (cls && SCREEN_READER_CLASS.test(cls)) return (el.textContent ?? '').trim().length <= MAX_ASIDE_LENGTH;
  if (cls && isCaptionClass(cls)) return (el.textContent ?? '').trim().length <= MAX_ASIDE_LENGTH && !(CARD_BODY_CLASS.test(cls) && holdsCardLines(el));
  return el.parentElement?.localName === 'a' && NEW_WINDOW_LABEL.test((el.textContent ?? '').trim());
}

/** Why an element contributes no text (also what the page finder skips: find-sentence.ts). */
export function isSkipped(el: Element, tag: string, opts: BlockOptions): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  // Captions and photo credits describe images, not the story; labels are for screen readers.
  if (tag === 'figcaption' || isAside(el)) return true;
  if (tag === 'sup' && CITATION.test(el.textContent ?? '')) return true;
  return opts.isHidden(el);
}

function isCode(pre: Element): boolean {
  if (CODE_CLASS.test(classOf(pre) ?? '')) return true;
  return firstDescendant(pre, (el) => el.localName === 'code') !== null;
}

/** The context an element opens for the text inside it, or null to keep its parent's. */
function contextFor(el: Element, tag: string, parent: BlockContext): BlockContext | null {
  const heading = HEADING.exec(tag);
  if (heading) return { kind: 'heading', level: Number(heading[1]), pre: false };
  if (parent.kind === 'heading' || parent.kind === 'code') return null;
  if (tag === 'li') return { kind: 'list-item', pre: parent.pre };
  if (tag === 'blockquote') return { kind: 'quote', pre: parent.pre };
  if (tag === 'pre') return { kind: isCode(el) ? 'code' : parent.kind, pre: true };
  return null;
}

export function blocksFromElement(root: Element, opts: BlockOptions): Block[] {
  const builder = new BlockBuilder();
  const contexts: BlockContext[] = [{ kind: 'paragraph', pre: false }];
  const owners: Node[] = [];
  const ctx = (): BlockContext => contexts[contexts.length - 1] as BlockContext;
  const emit = (kind: BlockKind, text: string): void => {
    builder.blocks.push({ kind, text });
  };

  const enter = (node: Node): boolean => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      builder.append(node.nodeValue ?? '');
      return false;
    }
    if (node.nodeType !== ELEMENT_NODE) return false;
    const el = node as Element;
    const tag = tagOf(el);
    if (tag === 'br') {
      builder.lineBreak(ctx());
      return false;
    }
    if (isSkipped(el, tag, opts)) return false;
    if (!BLOCK_TAGS.has(tag)) return true;
    builder.flush(ctx());
    if (tag === 'tr' && isDataRow(el)) {
      const text = rowText(el);
      if (text) emit(ctx().kind === 'heading' ? 'paragraph' : ctx().kind, text);
      return false;
    }
    const next = contextFor(el, tag, ctx());
    if (next) {
      contexts.push(next);
      owners.push(el);
    }
    return true;
  };

  const exit = (node: Node): void => {
    const el = node as Element;
    if (!BLOCK_TAGS.has(tagOf(el))) return;
    builder.flush(ctx());
    if (owners[owners.length - 1] === el) {
      owners.pop();
      contexts.pop();
    }
  };

  walk(root, enter, exit);
  builder.flush(ctx());
  return builder.blocks;
}
