// Small DOM helpers that behave the same on a browser Document and on a linkedom Document.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/**
 * The class attribute, as written (null when there is none). The same as getAttribute('class'),
 * which linkedom answers by building the element's classList and joining it again.
 */
export function classOf(el: Element): string | null {
  const attr = el.getAttributeNode('class');
  return attr ? attr.value : null;
}

export function tagOf(el: Element): string {
  // localName, not tagName: linkedom builds tagName by upper-casing localName, only to be lower-cased here.
  return el.localName.toLowerCase();
}

/** Never visible text, or text that is not the page's prose (form controls, embedded media). */
export const SKIPPED_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object',
  'embed', 'video', 'audio', 'picture', 'img', 'button', 'select', 'option', 'textarea',
  'input', 'dialog', 'link', 'meta', 'title', 'base',
]);

/** Elements that start a new block of text; everything else is inline. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'html',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
// The display-none utility classes of Bootstrap, Tailwind, Foundation and most themes. Without
// layout (linkedom, a detached clone) they are the only sign of a hidden copy of the page: a
// shop's raw variant data, a second price table, the mobile copy of a menu.
const HIDDEN_CLASS = /(?:^|\s)(?:hide|hidden|d-none|is-hidden|u-hidden|display-none)(?:\s|$)/i;
// ...unless the same element is shown again at some breakpoint ("d-none d-md-block", "hidden lg:flex").
const SHOWN_AT_BREAKPOINT = /(?:^|\s)(?:d-(?:sm|md|lg|xl|xxl)-(?!none)|(?:sm|md|lg|xl|2xl):(?!hidden)|show-for-|visible-)/i;

function hiddenByClass(el: Element): boolean {
  const cls = classOf(el);
  if (cls === null || !HIDDEN_CLASS.test(cls) || SHOWN_AT_BREAKPOINT.test(cls)) return false;
  return el.getAttribute('role') !== 'tabpanel' && !isOtherTab(el, cls);
}

const withoutHidden = (cls: string) => cls.split(/\s+/).filter((t) => t && !HIDDEN_CLASS.test(t)).sort().join(' ');

/**
 * A hidden panel beside a shown one of the same tag and class is a tab, a slide or a step of one
 * set: script shows it on a click, and its text is the page's as much as the shown one's.
 */
function isOtherTab(el: Element, cls: string): boolean {
  const own = withoutHidden(cls);
  if (!own) return false;
  for (let sib = el.parentElement?.firstElementChild ?? null; sib; sib = sib.nextElementSibling) {
    if (sib === el || sib.localName !== el.localName) continue;
    const other = classOf(sib);
    if (other !== null && !HIDDEN_CLASS.test(other) && withoutHidden(other) === own) return true;
  }
  return false;
}

/**
 * Hidden by markup: the `hidden` and `aria-hidden` attributes, an inline display/visibility
 * style, a display-none utility class. Works without layout, so linkedom and a cloned document agree.
 */
export function isHiddenByMarkup(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return (style !== null && HIDDEN_STYLE.test(style)) || hiddenByClass(el);
}

/**
 * Hidden by CSS as well, where the browser can tell (a live, rendered document). linkedom has no
 * checkVisibility, and a detached clone has no layout, so this falls back to markup alone.
 */
export function isHiddenOnPage(el: Element): boolean {
  if (isHiddenByMarkup(el)) return true;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check !== 'function') return false;
  try {
    // An element with no layout box at all (display: contents, or in an unrendered document)
    // would read as hidden; only trust the answer when the document is being rendered.
    const view = el.ownerDocument?.defaultView;
    if (!view || check.call(el, { visibilityProperty: true })) return false;
    // display: contents has no box of its own but its children are visible.
    return view.getComputedStyle(el).display !== 'contents';
  } catch {
    return false;
  }
}

/**
 * Visit nodes depth-first without recursion (pages can nest thousands of levels).
 * `enter` returns whether to descend; `exit` runs after the children of every entered element.
 */
export function walk(root: Node, enter: (node: Node) => boolean, exit: (node: Node) => void): void {
  const open: Node[] = [];
  let node: Node | null = root.firstChild;
  while (node) {
    const descend = enter(node);
    const first = descend ? node.firstChild : null;
    if (first) {
      open.push(node);
      node = first;
      continue;
    }
    if (descend) exit(node);
    // nextSibling is read once a step: in linkedom it is a walk past the node's end.
    let next: Node | null = node.nextSibling;
    while (!next) {
      const up = open.pop();
      if (!up) return;
      exit(up);
      next = up.nextSibling;
    }
    node = next;
  }
}

/** The element after `el` in document order, inside `root` (null past its last descendant). */
export function nextInside(el: Element, root: Element): Element | null {
  const child = el.firstElementChild;
  if (child) return child;
  for (let up: Element | null = el; up && up !== root; up = up.parentElement) {
    if (up.nextElementSibling) return up.nextElementSibling;
  }
  return null;
}

/** The element before `el` in document order, inside `root` (`root` itself excluded). */
export function previousInside(el: Element, root: Element): Element | null {
  if (el === root) return null;
  let prev = el.previousElementSibling;
  if (!prev) return el.parentElement === root ? null : el.parentElement;
  while (prev.lastElementChild) prev = prev.lastElementChild;
  return prev;
}

/**
 * The first descendant of `root` that passes `test`, in document order: `querySelector` for a
 * predicate. In linkedom `querySelector` and `getElementsByTagName(...)[0]` compile a selector or
 * build the whole list first; this walk stops at the first hit.
 */
export function firstDescendant(root: Element, test: (el: Element) => boolean): Element | null {
  for (let el = nextInside(root, root); el; el = nextInside(el, root)) if (test(el)) return el;
  return null;
}

/** `el.closest(...)` for a predicate: the element itself or its nearest ancestor that passes. */
export function closestWhere(el: Element, test: (e: Element) => boolean): Element | null {
  for (let at: Element | null = el; at; at = at.parentElement) if (test(at)) return at;
  return null;
}

const hasHiddenAttribute = (el: Element) => el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';

/** Whether the element or one of its ancestors is hidden by a `hidden` or `aria-hidden="true"` attribute. */
export const underHiddenAttribute = (el: Element): boolean => closestWhere(el, hasHiddenAttribute) !== null;

const bodyLengths = new WeakMap<Document, number>();
/** Length of the page's body text, measured once per document. */
export function bodyLength(doc: Document): number {
  let length = bodyLengths.get(doc);
  if (length === undefined) bodyLengths.set(doc, (length = doc.body?.textContent?.length ?? 0));
  return length;
}

const pageForms = new WeakMap<Element, boolean>();
/** A <form> that holds the page's content: over half its text (ASP.NET WebForms wraps the whole
 * page in one), or its posts (Invision and XenForo put a thread's <article>s in a moderation
 * form). Any other form (a search box, a sign-up, a comment form) is furniture. */
export function isPageForm(el: Element): boolean {
  if (el.localName !== 'form') return false;
  // Asked once per link under the form (the column's link count): measured once.
  let wraps = pageForms.get(el);
  if (wraps === undefined) {
    wraps = (el.textContent?.length ?? 0) > bodyLength(el.ownerDocument) / 2 || firstDescendant(el, (d) => d.localName === 'article') !== null;
    pageForms.set(el, wraps);
  }
  return wraps;
}
