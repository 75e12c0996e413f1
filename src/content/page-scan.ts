// One walk over the page's elements that measures it for the size guards and, on the way, picks
// up the few elements the metadata readers and the "is it readable" check look at. Separate
// querySelectorAll calls would each walk the whole (possibly huge) page again; in linkedom each
// such walk also costs a selector match per element.
import { MAX_DEPTH, MAX_ELEMENTS, type DocumentSize } from './limits.ts';

/** The page's elements of interest, each list in document order. */
export interface PageElements {
  metas: Element[];
  links: Element[];
  scripts: Element[];
  times: Element[];
  /** h1 and h2. */
  headings: Element[];
  /** p, pre and article: what isProbablyReaderable scores. */
  prose: Element[];
  /** <br> children of a <div> (isProbablyReaderable scores those divs too). */
  divBreaks: Element[];
  /** <img> elements with alt text (a paragraph repeating one is that image's caption). */
  images: Element[];
  /** Elements with a microdata itemtype (what the page says it is: a thread, a product). */
  itemtypes: Element[];
  /** <main> and role=main elements: the page's own main column. */
  mains: Element[];
}

export interface PageScan {
  size: DocumentSize;
  elements: PageElements;
}

function collect(el: Element, found: PageElements): void {
  switch (el.localName) {
    case 'meta': found.metas.push(el); break;
    case 'link': found.links.push(el); break;
    case 'script': found.scripts.push(el); break;
    case 'time': found.times.push(el); break;
    case 'h1': case 'h2': found.headings.push(el); break;
    case 'p': case 'pre': case 'article': found.prose.push(el); break;
    case 'br': if (el.parentElement?.localName === 'div') found.divBreaks.push(el); break;
    case 'img': if (el.hasAttribute('alt')) found.images.push(el); break;
  }
  if (el.localName === 'main') found.mains.push(el);
  // Most elements have no attributes at all: one check spares two searches of their list.
  else if (!el.hasAttributes()) return;
  else if (el.getAttribute('role') === 'main') found.mains.push(el);
  if (el.hasAttribute('itemtype')) found.itemtypes.push(el);
}

/**
 * Count elements and nesting depth without recursion (deep pages would overflow the stack) and
 * without getElementsByTagName('*') (linkedom returns an empty list for it). Stops once the page
 * is past MAX_ELEMENTS, or past MAX_DEPTH when `stopAtDepth` (whole-page mode reads deep pages,
 * so it needs every element collected). The lists are then incomplete, but the page is refused.
 */
export function scanPage(doc: Document, { stopAtDepth = false } = {}): PageScan {
  const elements: PageElements = { metas: [], links: [], scripts: [], times: [], headings: [], prose: [], divBreaks: [], images: [], itemtypes: [], mains: [] };
  const root = doc.documentElement;
  if (!root) return { size: { elements: 0, depth: 0 }, elements };
  let el: Element | null = root;
  let depth = 0;
  let maxDepth = 0;
  let count = 0;
  // Depth of the <template> being walked (linkedom keeps template content as children); nothing
  // inside it is collected, as querySelectorAll does not look inside templates either.
  let template = -1;
  while (el) {
    count++;
    if (count > MAX_ELEMENTS || (stopAtDepth && maxDepth > MAX_DEPTH)) break;
    if (template < 0) {
      if (el.localName === 'template') template = depth;
      else collect(el, elements);
    }
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      depth++;
      if (depth > maxDepth) maxDepth = depth;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    if (depth <= template) template = -1;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return { size: { elements: count, depth: maxDepth }, elements };
}
