// Clean-up of the extracted blocks before they become the article: the page repeats its title
// and byline at the top of the text, which would otherwise turn up in the summary.
import type { Block } from '../core/types.ts';
import { MAX_ARTICLE_CHARS } from './limits.ts';
import { comparable, isSentenceOf, normalizeText } from './text.ts';

const BYLINE_START = /^(?:(?:posted|written|words|story|reporting)\s+by|by|von|par|por|door|di|av|af|przez|автор)\s/i;
const MAX_BYLINE_CHARS = 150;
// Only the first few blocks can be the page's own header.
const HEADER_BLOCKS = 4;

/** A heading that says the same as the title ("Story" vs "Story | Site" counts as the same). */
export function repeatsTitle(heading: string, title: string): boolean {
  const h = comparable(heading);
  const t = comparable(title);
  if (!h || !t) return false;
  if (h === t) return true;
  return (t.startsWith(h) && h.length >= t.length * 0.6) || (h.startsWith(t) && t.length >= h.length * 0.6);
}

function isByline(block: Block, author: string | undefined): boolean {
  if (block.kind === 'heading' || block.text.length > MAX_BYLINE_CHARS) return false;
  // A byline is a label, not a sentence: "By Aiko Tanaka · November 20, 2026".
  if (/[.!?。！？]$/u.test(block.text)) return false;
  if (BYLINE_START.test(block.text)) return true;
  return author !== undefined && author.length > 2 && block.text.includes(author) && block.text.length < author.length + 60;
}

/** Drop a leading title heading and byline line; they are metadata, not article text. */
export function dropPageHeader(blocks: Block[], title: string, author: string | undefined): Block[] {
  const out: Block[] = [];
  blocks.forEach((block, i) => {
    const inHeader = i < HEADER_BLOCKS && out.every((b) => b.kind === 'heading');
    if (inHeader && block.kind === 'heading' && repeatsTitle(block.text, title)) return;
    if (inHeader && isByline(block, author)) return;
    out.push(block);
  });
  return out;
}

// The heading (or one-line label) of what a site puts under its story: links to its other posts
// and the writer's bio; under a product, the shop's other products. English, German, French,
// Spanish, Italian, Portuguese and Dutch.
const RELATED = String.raw`related(?: articles?| posts?| stories| reading| content| resources| guides| links)?(?: on \S+)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested)\b.*|more (?:articles|stories|posts)(?: like this| you might enjoy)?|more from(?: \S+){1,4}|read next|recommended (?:for you|reading|articles|posts|content)|further reading|keep reading|popular (?:posts|articles)|latest (?:posts|articles)|related (?:products|items)|products related to this item|explore related items|similar (?:products|items)|(?:customers|people) (?:who (?:bought|viewed) this (?:item|product) )?also (?:bought|viewed)|frequently bought together`;
const RELATED_OTHER = String.raw`ähnliche (?:artikel|beiträge)|das könnte (?:dich|sie) auch interessieren|weitere (?:artikel|beiträge)|articles? (?:similaires|connexes|liés)|à lire aussi|lire aussi|(?:artículos|entradas) relacionad[oa]s|también te puede interesar|articoli correlati|potrebbe interessarti anche|(?:artigos|posts) relacionados|gerelateerde artikelen|lees ook`;
const BIO = String.raw`about the authors?|meet the author|authors?|written by(?: \S+){0,3}|reviewed by(?: \S+){0,3}|über (?:den|die) autor(?:in)?|à propos de l'auteur|sobre el autor|sobre o autor|l'autore`;
const RELATED_LABEL = new RegExp(String.raw`^(?:${RELATED}|${RELATED_OTHER})[\s:.!,…]*$`, 'iu');
const BIO_LABEL = new RegExp(String.raw`^(?:${BIO})[\s:.!,…]*$`, 'iu');
// Such a label counts only past this share of the text: one higher up opens a section of the story.
const TRAILING_FROM = 0.7;
const MAX_LABEL_CHARS = 60;
// A related-posts list is a dozen titles or teasers; longer blocks, or more of them, are the
// story's own (a data table after a "Related resources" box). A bio is a paragraph or two.
const MAX_RELATED_BLOCKS = 30;
const MAX_TEASER_CHARS = 300;
const MAX_BIO_CHARS = 1500;

/** Whether blocks[at] labels a related-posts list or a bio that runs to the end. The tail is
 * read only after a label matches: this runs on every block of the text's last part. */
function isTrailingExtra(blocks: readonly Block[], at: number): boolean {
  const label = blocks[at] as Block;
  if (label.kind === 'code' || label.text.length > MAX_LABEL_CHARS) return false;
  const related = RELATED_LABEL.test(label.text);
  if (!related && !BIO_LABEL.test(label.text)) return false;
  const tail = blocks.slice(at + 1);
  if (related) return tail.length <= MAX_RELATED_BLOCKS && tail.every((b) => b.text.length <= MAX_TEASER_CHARS);
  return tail.reduce((sum, b) => sum + b.text.length, 0) <= MAX_BIO_CHARS;
}

/**
 * Drop the related-posts list or author bio a site puts under its story, from its label to the
 * end: Readability keeps them when they sit inside the story's container.
 */
export function dropTrailingExtras(blocks: Block[]): Block[] {
  const total = blocks.reduce((sum, b) => sum + b.text.length, 0);
  let seen = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (seen >= total * TRAILING_FROM && isTrailingExtra(blocks, i)) return blocks.slice(0, i);
    seen += (blocks[i] as Block).text.length;
  }
  return blocks;
}

/** A section under a related-items heading that is this many blocks or fewer, each a title or
 * teaser, is a carousel wherever it stands (a shop's "Products related to this item"). */
const MAX_CAROUSEL_BLOCKS = 60;

// A teaser is short (a product's name, its price). A code listing, and a table's row (" | "
// between its cells, as in documentation of a shop's "Related Products" feed), are data.
const isTeaser = (b: Block) => b.kind !== 'code' && b.text.length <= MAX_TEASER_CHARS && !b.text.includes(' | ');

// Teasers come with titles, dates, prices and buttons; a section made mostly of sentences is the
// page's own writing, whatever its heading says.
const isSentence = (b: Block) => isSentenceOf(b.text, 12);

/** The index of the next heading after `at` (the end of the text where there is none). A
 * shop's own details often sit under lower headings right after a carousel, so any heading ends it. */
function sectionEnd(blocks: readonly Block[], at: number): number {
  for (let i = at + 1; i < blocks.length; i++) if ((blocks[i] as Block).kind === 'heading') return i;
  return blocks.length;
}

/**
 * Drop the related-items sections inside the text, not only at its foot: a heading that names
 * them ("Products related to this item", "You may also like", "Related articles") over a run of
 * titles and teasers up to the next heading. A section with a long block, code or a table
 * under such a heading is the page's own.
 */
export function dropRelatedSections(blocks: Block[]): Block[] {
  let out: Block[] | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind !== 'heading' || b.text.length > MAX_LABEL_CHARS || !RELATED_LABEL.test(b.text)) {
      out?.push(b);
      continue;
    }
    const end = sectionEnd(blocks, i);
    const section = blocks.slice(i + 1, end);
    const teasers = section.length > 0 && section.length <= MAX_CAROUSEL_BLOCKS && section.every(isTeaser);
    if (teasers && section.filter(isSentence).length * 2 <= section.length) {
      out ??= blocks.slice(0, i);
      i = end - 1;
    } else out?.push(b);
  }
  return out ?? blocks;
}

// Shorter alt texts ("Photo", "Logo of the site") could equal a real short paragraph by chance.
const MIN_CAPTION_ALT_CHARS = 30;

/**
 * Drop blocks that repeat an image's alt text: a slideshow or photo caption laid out as a heading
 * or paragraph ("In this photo dated Tuesday, ...") with nothing in the markup to say so.
 */
export function dropImageCaptions(blocks: Block[], images: readonly Element[]): Block[] {
  const alts = new Set<string>();
  for (const img of images) {
    const alt = normalizeText(img.getAttribute('alt') ?? '');
    if (alt.length >= MIN_CAPTION_ALT_CHARS) alts.add(alt);
  }
  return alts.size === 0 ? blocks : blocks.filter((b) => !alts.has(b.text));
}

/** Keep whole blocks up to MAX_ARTICLE_CHARS characters (see limits.ts). */
export function capLength(blocks: Block[]): Block[] {
  let total = 0;
  const out: Block[] = [];
  for (const block of blocks) {
    if (total + block.text.length > MAX_ARTICLE_CHARS) {
      // Keep the start of the block that crosses the bound: dropping it whole would cut a page
      // that is one huge paragraph under a heading down to the heading alone.
      const text = block.text.slice(0, MAX_ARTICLE_CHARS - total).trimEnd();
      if (text) out.push({ ...block, text });
      break;
    }
    total += block.text.length;
    out.push(block);
  }
  return out;
}
