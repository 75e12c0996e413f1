// Tables: a data table's row becomes one line ("cell | cell | cell") so its cells stay together;
// a layout table (cells holding paragraphs, lists, headings) is read like nested divs.
import { tagOf, SKIPPED_TAGS, TEXT_NODE, CDATA_SECTION_NODE, ELEMENT_NODE, firstDescendant, isHiddenByMarkup, walk } from './dom.ts';
import { normalizeText } from './text.ts';

const BLOCK_CONTENT = new Set(['p', 'div', 'ul', 'ol', 'dl', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article']);
const isBlockContent = (el: Element) => BLOCK_CONTENT.has(el.localName);

/** True when the row's cells hold only inline content, i.e. it is a row of data. */
export function isDataRow(row: Element): boolean {
  return firstDescendant(row, isBlockContent) === null;
}

/** The row's visible cell texts joined with " | ", or '' when every cell is empty. */
export function rowText(row: Element): string {
  const cells: string[] = [];
  for (const cell of Array.from(row.children)) {
    const tag = tagOf(cell);
    if ((tag !== 'td' && tag !== 'th') || isHiddenByMarkup(cell)) continue;
    const text = inlineText(cell);
    if (text) cells.push(text);
  }
  return cells.join(' | ');
}

/** Visible text of an element with inline content only. */
export function inlineText(el: Element): string {
  let text = '';
  walk(
    el,
    (node) => {
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
        text += node.nodeValue ?? '';
        return false;
      }
      if (node.nodeType !== ELEMENT_NODE) return false;
      const child = node as Element;
      if (tagOf(child) === 'br') text += ' ';
      return !SKIPPED_TAGS.has(tagOf(child)) && !isHiddenByMarkup(child);
    },
    () => {},
  );
  return normalizeText(text);
}
