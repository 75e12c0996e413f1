// Who started a thread. On a forum or Q&A page every post has an author, and the markup around
// the headline names whoever answered or edited last as often as the asker; the thread is the
// first post's. Read only on pages that say they are threads (page-kind.ts).
import { cleanField } from '../text.ts';
import { cleanAuthor, markText } from './author.ts';
import { typeName } from './jsonld.ts';
import type { PageElements } from '../page-scan.ts';

const POST_TYPES = new Set(['DiscussionForumPosting', 'Question']);

/** The thread's author: its JSON-LD posting's or question's, else its first post's markup. */
export function threadAuthor(doc: Document, found: PageElements, jsonLdAuthor: string | undefined): string | undefined {
  return cleanAuthor(jsonLdAuthor) ?? cleanAuthor(firstPostAuthor(found)) ?? cleanAuthor(dataAuthor(doc));
}

/** The author the first post's microdata names (itemprop=author inside the first posting). */
function firstPostAuthor(found: PageElements): string | undefined {
  const post = found.itemtypes.find((el) => (el.getAttribute('itemtype') ?? '').split(/\s+/).some((t) => POST_TYPES.has(typeName(t))));
  const mark = post?.querySelector('[itemprop="author"]');
  return mark ? markText(mark) : undefined;
}

/** The first post's author as forum software writes it on the post (XenForo's data-author). */
function dataAuthor(doc: Document): string | undefined {
  return cleanField(doc.querySelector('[data-author]')?.getAttribute('data-author'), 200);
}
