// Runs Mozilla Readability on a clone of the document, so the page the user sees is never
// changed (Readability rewrites the DOM it is given). Returns the article element itself
// (serializer: el => el) so it can be walked instead of re-parsed from HTML.
// No maxElemsToParse: extract.ts refuses pages past MAX_ELEMENTS before getting here, and that
// option costs a getElementsByTagName('*') walk of the clone (a full JS walk in linkedom).
import { Readability } from '@mozilla/readability';
import { errorMessage } from '../core/types.ts';

export interface ReadabilityArticle {
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
  dir?: string;
  excerpt?: string;
  content: Element;
}

export type ReadabilityOutcome =
  | { ok: true; article: ReadabilityArticle | null }
  | { ok: false; message: string };

function optional(value: string | null | undefined): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

export function runReadability(doc: Document): ReadabilityOutcome {
  try {
    const clone = doc.cloneNode(true) as Document;
    // keepClasses: blocks.ts reads class names (captions, code), and it spares Readability a walk.
    const reader = new Readability<Element>(clone, { serializer: (node) => node as Element, keepClasses: true });
    const parsed = reader.parse();
    if (!parsed || !parsed.content) return { ok: true, article: null };
    return {
      ok: true,
      article: {
        title: optional(parsed.title),
        byline: optional(parsed.byline),
        siteName: optional(parsed.siteName),
        publishedTime: optional(parsed.publishedTime),
        lang: optional(parsed.lang),
        dir: optional(parsed.dir),
        excerpt: optional(parsed.excerpt),
        content: parsed.content,
      },
    };
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }
}
