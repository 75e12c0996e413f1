// HTML text to a Document in Node, parsed the way a browser parses it where linkedom differs,
// and with what the page's own first script does to it where that decides what a reader sees.
// The CLI and the extraction evaluation both read pages through this, so what they measure is
// what the content script sees on the live page.
import { parseHTML } from 'linkedom';

// A browser reads `<![CDATA[` in HTML content as a bogus comment that ends at the next `>`;
// linkedom reads it as a CDATA section running to `]]>`, which can swallow a whole page (a
// forum theme that opens its body with one showed 14 characters of text). Inside <script>,
// <style>, <svg> and <math> the text is left as it is: there it is raw text or foreign content.
const CDATA_OUTSIDE_RAW = /(<(script|style|svg|math)\b[\s\S]*?<\/\2\s*>)|<!\[CDATA\[/gi;

/** The markup with each HTML-content `<![CDATA[` opener turned into the comment a browser makes of it. */
export function browserLikeMarkup(html: string): string {
  if (!html.includes('<![CDATA[')) return html;
  return html.replace(CDATA_OUTSIDE_RAW, (match, raw: string | undefined) => raw ?? '<!--[CDATA[-->');
}

/**
 * React's streamed server rendering sends each late part of a page as `<div hidden id="S:n">`
 * at the end of the body, and a script that moves it into its place, `<template id="B:n">`,
 * in place of the loading placeholder that follows the template up to `<!--/$-->`, or in place
 * of `<template id="P:n">` where it is a piece of another segment. A browser
 * runs that script before the reader clicks; without it a Next.js page is a skeleton. This
 * does what the script does.
 */
export function completeStreamedSegments(doc: Document): void {
  for (const segment of [...doc.querySelectorAll('div[hidden][id^="S:"]')]) {
    const id = CSS_ESCAPE(segment.id.slice(2));
    // A segment of a part already sent (React's $RS): it takes its placeholder's place,
    // `<template id="P:n">`, which may sit inside another late segment.
    const placeholder = doc.querySelector(`template[id="P:${id}"]`);
    if (placeholder?.parentNode) {
      while (segment.firstChild) placeholder.parentNode.insertBefore(segment.firstChild, placeholder);
      placeholder.remove();
      segment.remove();
      continue;
    }
    const boundary = doc.querySelector(`template[id="B:${id}"]`);
    const parent = boundary?.parentNode;
    if (!boundary || !parent) {
      segment.removeAttribute('hidden');
      continue;
    }
    const fallback: ChildNode[] = [];
    let end: ChildNode | null = boundary.nextSibling;
    while (end && !(end.nodeType === COMMENT && (end as Comment).data === '/$')) {
      fallback.push(end);
      end = end.nextSibling;
    }
    // Without its closing comment the placeholder's extent is unknown: leave it.
    if (end) for (const node of fallback) node.remove();
    while (segment.firstChild) parent.insertBefore(segment.firstChild, boundary);
    boundary.remove();
    segment.remove();
  }
}

/**
 * One <body>, as a browser builds it: an element before the <body> tag (a tag manager's <div>
 * in the <head>) opens the body there, and the <body> tag only adds its attributes; content
 * after </body> goes into it too. linkedom leaves such elements beside the body, and its
 * document.body is then the stray element, often empty: a whole news page read as nothing.
 */
export function oneBody(doc: Document): void {
  const root = doc.documentElement;
  const body = root ? [...root.children].find((el) => el.localName === 'body') : undefined;
  if (!root || !body) return;
  let before = true;
  for (const el of [...root.children]) {
    if (el === body) before = false;
    else if (el.localName !== 'head') before ? body.insertBefore(el, body.firstChild) : body.appendChild(el);
  }
}

/** Text outside <noscript> under which a page is an empty shell that scripts would fill. */
const SHELL_TEXT = 200;
/** Text a <noscript> needs to be the page's content rather than a "turn on JavaScript" line. */
const NOSCRIPT_CONTENT = 500;
const NOT_SHOWN = 'script, style, noscript, template';

/**
 * A page built by its scripts (a Flarum forum, say) ships the same content in <noscript> for
 * readers without them, and shows nothing else before its scripts run. Node runs no scripts, so
 * such a page is read as a browser without scripts shows it: the <noscript> content in place.
 * A page with text of its own keeps its <noscript> unread, as a browser with scripts does.
 */
export function noscriptShell(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const big = [...body.querySelectorAll('noscript')].filter((el) => normalized(el).length >= NOSCRIPT_CONTENT);
  if (big.length === 0) return;
  const shown = body.cloneNode(true) as Element;
  for (const el of [...shown.querySelectorAll(NOT_SHOWN)]) el.remove();
  if (normalized(shown).length >= SHELL_TEXT) return;
  for (const el of big) {
    if (!el.isConnected) continue;
    while (el.firstChild) el.parentNode!.insertBefore(el.firstChild, el);
    el.remove();
  }
}

const normalized = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

const COMMENT = 8;
const CSS_ESCAPE = (id: string) => id.replace(/["\\]/g, '\\$&');

export function parseHtmlDocument(html: string): Document {
  const doc = parseHTML(browserLikeMarkup(html)).document as unknown as Document;
  oneBody(doc);
  if (html.includes('<div hidden id="S:')) completeStreamedSegments(doc);
  if (/<noscript/i.test(html)) noscriptShell(doc);
  return doc;
}
