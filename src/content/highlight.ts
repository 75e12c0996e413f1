// "Show in page": scroll the tab to a point's sentence and highlight it, leaving the page's DOM
// as it was. The highlight is a CSS Custom Highlight (CSS.highlights), styled by a constructed
// stylesheet the document adopts; the next pointerdown in the page clears it, and a new jump
// replaces it. State lives on the content script's global, which outlives a second injection.
import { isHiddenOnPage } from './dom.ts';
import { findSentence, findSentences, type TextSpan } from './find-sentence.ts';

export const HIGHLIGHT_NAME = 'brief-point';

// Dark text on yellow reads on light and dark pages alike; forced colours use the system's own.
const STYLE = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe066; color: #1a1a1a; }
@media (forced-colors: active) { ::highlight(${HIGHLIGHT_NAME}) { background-color: Highlight; color: HighlightText; } }`;

interface HighlightApi {
  registry: { set(name: string, highlight: unknown): unknown; delete(name: string): unknown };
  Highlight: new (...ranges: Range[]) => unknown;
}

interface JumpState {
  sheet?: CSSStyleSheet;
  /** The adopted sheets as the document that took ours sees them. */
  adopted?: () => readonly CSSStyleSheet[];
  stop?: () => void;
}

const STATE = '__briefJumpState';
const state = (): JumpState => ((globalThis as Record<string, unknown>)[STATE] ??= {}) as JumpState;

function highlightApi(): HighlightApi | undefined {
  const g = globalThis as { CSS?: { highlights?: HighlightApi['registry'] }; Highlight?: HighlightApi['Highlight'] };
  return g.CSS?.highlights && g.Highlight ? { registry: g.CSS.highlights, Highlight: g.Highlight } : undefined;
}

interface PageRealm {
  CSSStyleSheet: typeof CSSStyleSheet;
}

/** Adopts the highlight's stylesheet once; false when the document would not take it. */
function adoptStyle(doc: Document): boolean {
  const s = state();
  try {
    if (s.sheet && s.adopted?.().includes(s.sheet)) return true;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    Object.assign(s, { sheet, adopted: () => doc.adoptedStyleSheets });
    return true;
  } catch {
    // Some Firefox versions refuse a sheet made in a content script (bug 1928865; ESR 140 takes
    // it, tested in jump-firefox.test.ts): make it in the page's realm instead.
  }
  try {
    const pageDoc = (doc as Document & { wrappedJSObject?: Document }).wrappedJSObject;
    const pageWin = (doc.defaultView as (Window & { wrappedJSObject?: PageRealm }) | null)?.wrappedJSObject;
    if (!pageDoc || !pageWin) return false;
    const sheet = new pageWin.CSSStyleSheet();
    sheet.replaceSync(STYLE);
    pageDoc.adoptedStyleSheets.push(sheet);
    Object.assign(s, { sheet, adopted: () => pageDoc.adoptedStyleSheets });
    return true;
  } catch {
    return false;
  }
}

function toRange(doc: Document, span: TextSpan): Range {
  const range = doc.createRange();
  range.setStart(span.startContainer, span.startOffset);
  range.setEnd(span.endContainer, span.endOffset);
  return range;
}

/** Centres the range in the viewport: its element first (for scrolling containers), then the window by its rect. */
function scrollTo(doc: Document, range: Range): void {
  const view = doc.defaultView;
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  if (!view) return;
  const rect = range.getBoundingClientRect();
  if (rect.top >= 0 && rect.bottom <= view.innerHeight) return;
  // A sentence taller than the window shows from its start.
  const offset = rect.height > view.innerHeight * 0.8 ? rect.top - view.innerHeight * 0.1 : rect.top + rect.height / 2 - view.innerHeight / 2;
  view.scrollBy({ top: offset, behavior: 'instant' });
}

/** Marks the range: a custom highlight where the browser can style one, else the selection. */
function mark(doc: Document, range: Range): void {
  const s = state();
  s.stop?.();
  const api = highlightApi();
  if (api && adoptStyle(doc)) {
    api.registry.set(HIGHLIGHT_NAME, new api.Highlight(range));
    const clear = () => {
      api.registry.delete(HIGHLIGHT_NAME);
      stop();
    };
    // Capture: a page that stops its clicks' propagation still clears the highlight.
    const stop = () => doc.removeEventListener('pointerdown', clear, true);
    doc.addEventListener('pointerdown', clear, true);
    s.stop = stop;
    return;
  }
  api?.registry.delete(HIGHLIGHT_NAME);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Scrolls to the point's sentence and highlights it; false when the page no longer shows it. */
export function showSentence(doc: Document, point: string): boolean {
  const span = findSentence(doc, point, { isHidden: isHiddenOnPage });
  if (!span) return false;
  const range = toRange(doc, span);
  mark(doc, range);
  scrollTo(doc, range);
  return true;
}

/** Which of the points the page shows now. */
export function findablePoints(doc: Document, points: readonly string[]): boolean[] {
  return findSentences(doc, points, { isHidden: isHiddenOnPage }).map((span) => span !== null);
}
