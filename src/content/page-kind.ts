// What kind of page this says it is, from its own markup: schema.org types in JSON-LD or
// microdata, and og:type. A thread or a product page is read from its main column when
// Readability's pick is one post or one box of it; a page that says nothing, when the pick
// lies outside its main column (extract.ts). An article is Readability's to read.
import { ARTICLE_TYPE, jsonLdTypes, typeName } from './meta/jsonld.ts';
import type { PageElements } from './page-scan.ts';

export type PageKind = 'thread' | 'product' | 'article' | 'other';

// A forum thread or a question with its answers. Not Question and Answer on their own: an FAQ
// (FAQPage) on a shop or service page is made of those. Not Comment: articles carry their
// readers' comments as Comment too, and those are not the story.
const THREAD_TYPES = new Set(['DiscussionForumPosting', 'QAPage']);
const PRODUCT_TYPES = new Set(['Product', 'ProductGroup', 'IndividualProduct', 'ProductModel']);

function kindOfTypes(types: Iterable<string>): PageKind {
  let product = false;
  let article = false;
  for (const type of types) {
    if (THREAD_TYPES.has(type)) return 'thread';
    if (PRODUCT_TYPES.has(type)) product = true;
    else if (ARTICLE_TYPE.test(type)) article = true;
  }
  return product ? 'product' : article ? 'article' : 'other';
}

export function pageKind(found: PageElements): PageKind {
  const types = [...jsonLdTypes(found.scripts)];
  for (const el of found.itemtypes) {
    // itemtype may list several URLs separated by spaces.
    for (const url of (el.getAttribute('itemtype') ?? '').split(/\s+/)) if (url) types.push(typeName(url));
  }
  const kind = kindOfTypes(types);
  if (kind !== 'other') return kind;
  const og = found.metas.find((m) => m.getAttribute('property')?.toLowerCase() === 'og:type');
  const ogType = og?.getAttribute('content')?.trim().toLowerCase();
  return ogType === 'product' ? 'product' : ogType === 'article' ? 'article' : 'other';
}
