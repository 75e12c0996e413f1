// "Brief selected text": the selection alone as the article's blocks, with the page's own
// headline, author, date and site. A selection too short to summarize says so rather than
// giving a brief of one line.
import type { Block } from '../core/types.ts';

/** Fewer words than this is not something a 3-point brief can be made of. */
export const MIN_SELECTION_WORDS = 25;

/** The selected text as paragraph blocks (a line break in the selection separates paragraphs). */
export function selectionBlocks(text: string): Block[] {
  return text
    .split(/\n\s*\n|\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ kind: 'paragraph', text: line }));
}

/** Words of the selection, counting each CJK character as one (those scripts have no spaces). */
export function selectionWords(text: string): number {
  const cjk = (text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g) ?? []).length;
  const words = text.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, ' ').split(/\s+/).filter(Boolean).length;
  return words + Math.ceil(cjk / 2);
}
