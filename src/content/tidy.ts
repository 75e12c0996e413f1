// Clean-up of the extracted blocks before they become the article: the page repeats its title
// and byline at the top of the text, which would otherwise turn up in the summary.
import type { Block } from '../core/types.ts';
import { MAX_ARTICLE_CHARS } from './limits.ts';
import { comparable, normalizeText } from './text.ts';

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
