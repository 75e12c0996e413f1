// Size bounds for the pages Brief reads. The content script runs on the page's main thread, so a
// pathological page must be refused quickly instead of freezing the tab.
//
// - MAX_ELEMENTS: Readability takes about 1.6 s on a 100,000-element, 4 MB page under linkedom
//   (less in a real browser); real articles have far fewer (the largest of the 130 Readability
//   test pages has under 10,000). 150,000 keeps a 5 MB / 100,000-node page readable while
//   bounding the worst case to a few seconds.
// - MAX_DEPTH: Readability's cost grows with nesting depth (about 0.5 s at 400 levels, 3.5 s at
//   1,000) and it overflows the stack near 10,000. Real pages nest under 40 levels.
// - MAX_ARTICLE_CHARS: the article crosses extension messaging and feeds the summarizer; 1 M
//   characters is a whole book. Longer text is cut at a block boundary rather than refused.

export const MAX_ELEMENTS = 150_000;
export const MAX_DEPTH = 400;
export const MAX_ARTICLE_CHARS = 1_000_000;

export interface DocumentSize {
  /** Elements counted (by scanPage in page-scan.ts), stopping once a bound is exceeded. */
  elements: number;
  /** Deepest nesting seen, stopping once a bound is exceeded. */
  depth: number;
}

/** A user-facing reason when the page exceeds a bound, else null. */
export function sizeProblem(size: DocumentSize, checkDepth: boolean): string | null {
  if (size.elements > MAX_ELEMENTS) {
    return `This page is too large for Brief to read (more than ${MAX_ELEMENTS.toLocaleString('en')} elements).`;
  }
  if (checkDepth && size.depth > MAX_DEPTH) {
    return `This page is nested too deeply for Brief to read (more than ${MAX_DEPTH} levels).`;
  }
  return null;
}
