// The article title when the page has no metadata title: Readability's own rule for cleaning
// <title> ("Story name | Site" -> "Story name"). @mozilla/readability 0.6.0 does not treat
// en and em dashes as separators; its later versions (which produced expected-metadata.json
// in the shared test pages) do. This is that rule, with the separators as a parameter so the
// caller can tell whether Readability's title came from this rule at all.
import { normalizeText } from '../text.ts';

export const SEPARATORS_V060 = '|\\-\\\\/>»';
export const SEPARATORS = '|\\-–—\\\\/>»';

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/** `headings`: the page's h1 and h2 elements, in document order. */
export function titleFromDocumentTitle(docTitle: string, headings: readonly Element[], separators: string): string {
  const original = docTitle.trim();
  let title = original;
  let hierarchical = false;
  const separator = new RegExp(` [${separators}] `, 'g');
  if (new RegExp(` [${separators}] `).test(title)) {
    hierarchical = / [\\/>»] /.test(title);
    const all = Array.from(original.matchAll(separator));
    title = original.substring(0, all[all.length - 1]?.index ?? original.length);
    // Too short: the site name came first ("Site | Story name").
    if (wordCount(title) < 3) {
      title = original.replace(new RegExp(`^[^${separators}]*[${separators}]`, 'gi'), '');
    }
  } else if (title.includes(': ')) {
    const isHeading = headings.some((h) => (h.textContent ?? '').trim() === title);
    if (!isHeading) {
      title = original.substring(original.lastIndexOf(':') + 1);
      if (wordCount(title) < 3) {
        title = original.substring(original.indexOf(':') + 1);
      } else if (wordCount(original.substring(0, original.indexOf(':'))) > 5) {
        title = original;
      }
    }
  } else if (title.length > 150 || title.length < 15) {
    const h1s = headings.filter((h) => h.localName === 'h1');
    if (h1s.length === 1) title = (h1s[0]?.textContent ?? '').trim();
  }
  title = title.trim().replace(/\s{2,}/g, ' ');
  const words = wordCount(title);
  if (
    words <= 4 &&
    (!hierarchical || words !== wordCount(original.replace(new RegExp(`[${separators}]+`, 'g'), '')) - 1)
  ) {
    title = original;
  }
  return normalizeText(title);
}
