// The text of a page that is not an article: a forum thread, a product page, a listing, a
// service page. Readability looks for one story and keeps one item of a listing, or nothing;
// these pages have their content in the main column between the site's furniture. This reads
// that column: <main> (or role=main) where the page marks one, else the body, without the
// navigation, banner, footer, sidebars, and the boxes every site adds (cookie notices,
// newsletter sign-ups, share bars, breadcrumbs).
import type { Block } from '../core/types.ts';
import { blocksFromElement } from './blocks.ts';
import { bodyLength, classOf, closestWhere, isHiddenOnPage, isPageForm } from './dom.ts';
import { contentLength } from './text.ts';

const CHROME_TAGS = new Set(['nav', 'aside', 'footer']);
const CONTAINERS = new Set(['div', 'section', 'ul', 'ol', 'header', 'p', 'table', 'dl', 'figure']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar']);
// Class and id words of site furniture (Readability's "unlikely candidates", narrowed to what
// is never the page's content), and a forum poster's signature under each post (Stack Exchange's
// "post-signature" user card, phpBB's "signature", Invision's "ipsEntry__signature").
const CHROME_WORDS = /(?:^|[\s_-])(?:cookies?|consent|gdpr|newsletter|subscribe|subscription|signup|share|sharing|social|breadcrumbs?|skip-?link|menu|navbar|sidebar|popup|modal|advert|ads|sponsor|promo|footer|masthead|site-?header|(?:post|user|forum)?-?signature(?:container)?)(?:$|[\s_-])/i;

/** Site furniture, by markup: its tag, its role, or the words of its class and id. */
export function isChrome(el: Element): boolean {
  const tag = el.localName;
  if (CHROME_TAGS.has(tag)) return true;
  // A search box or a sign-up form is furniture; the form ASP.NET WebForms wraps the whole page
  // in, or a forum wraps its posts in, is the page's content.
  if (tag === 'form') return !isPageForm(el);
  // The page's own header (logo, menu); an article's <header> holds its headline and is kept.
  if (tag === 'header' && !el.closest('article, main, [role="main"]')) return true;
  // Furniture is a container; the words of inline elements and list items are not read (they
  // are most of a page's elements, and a "share" link inside the content is the content's).
  if (!CONTAINERS.has(tag) || !el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  const words = `${classOf(el) ?? ''} ${el.getAttribute('id') ?? ''}`;
  return words.length > 1 && CHROME_WORDS.test(words) && words.split(/\s+/).some(isChromeToken);
}

// Readability strips navigation only on its first pass; when that pass finds too little it
// reads the page again with nothing stripped, and keeps a shop's mega-menu (REI's banner), a
// site's language picker or an article's table of contents in its pick. These landmarks are
// never the story; a banner role counts only on a <header> (shops put it on feature boxes).
const LANDMARK_ROLES = new Set(['navigation', 'menu', 'menubar', 'complementary', 'contentinfo', 'search']);

/** Furniture by its landmark alone (tag or role), the test that holds in a detached copy of the
 * page such as Readability's pick, where an element's place in the page is lost. */
export function isLandmarkFurniture(el: Element): boolean {
  const tag = el.localName;
  if (CHROME_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  return role !== null && (LANDMARK_ROLES.has(role) || (role === 'banner' && tag === 'header'));
}

// A state or a layout named after furniture is not the furniture: "with-sidebar" and
// "sidebar-layout" hold the story beside the sidebar, "has-newsletter" is the page's state.
const STATE_PREFIX = /^(?:with|has|no|without|is|show)[-_]/i;
const LAYOUT_PART = /(?:^|[-_])(?:layout|content|main|wrap|wrapper|page|body|story|article|post|col|column)(?:$|[-_])/i;

function isChromeToken(token: string): boolean {
  if (!CHROME_WORDS.test(token) || STATE_PREFIX.test(token)) return false;
  // Only a sidebar (or a menu) shares its class with the layout around it ("content-sidebar-wrap").
  if (/sidebar|menu/i.test(token) && LAYOUT_PART.test(token)) return false;
  // Where a skip link lands ("skip-link-target", "skiplink-content") is the page's content.
  return !/skip-?link[-_]?(?:target|content|main)/i.test(token);
}

const isSkipped = (el: Element) => isChrome(el) || isHiddenOnPage(el);

// The readers' comments under a story, as blog engines mark them: WordPress's #comments,
// .comment-list and #respond form, Disqus's #disqus_thread. A forum's posts (Lemmy's "comments",
// Slashdot's "commentBody") are its content and stay.
const COMMENT_IDS = new Set(['comments', 'respond', 'disqus_thread']);
const COMMENT_CLASSES = new Set(['comment-list', 'commentlist', 'entry-comments', 'comments-area', 'comment-respond']);

/** Whether an element's id, or one of its class tokens, passes a test. */
function namedSo(el: Element, id: (id: string) => boolean, token: (token: string) => boolean): boolean {
  if (id(el.getAttribute('id') ?? '')) return true;
  const cls = classOf(el);
  return !!cls && cls.split(/\s+/).some(token);
}

const isComments = (el: Element) => namedSo(el, (id) => COMMENT_IDS.has(id), (t) => COMMENT_CLASSES.has(t));

// Any box named for comments ("comments", "comment", "comment-body", "comments_subtree"): under
// a story that does not say what it is, a forum's posts and an article's comments look alike.
const ANY_COMMENT = /^comments?(?:$|[-_])/i;

const isAnyComments = (el: Element) => namedSo(el, (id) => ANY_COMMENT.test(id), (t) => ANY_COMMENT.test(t));

/** Whether an element sits in a box named for comments (a post of a discussion, or a reader's comment). */
export const inCommentBox = (el: Element): boolean => closestWhere(el, isAnyComments) !== null;

// Customers' reviews under a product: the shopper's words, not the product's. Shop platforms
// name their boxes so ("product-reviews", WooCommerce's "tab-reviews", Amazon's
// data-hook="review", Judge.me's "jdgm-rev"): a class, id or data-hook word whose part, split at
// dashes, underscores and case, is "review(s)". wcxb-dev product pages: 9,300 words of reviews in
// the text, 6% of them in the ground truth.
const REVIEW_PART = /(?:^|[-_\s])(?:reviews?|jdgm-rev)(?:$|[-_\s])/;
// An id counts only as "reviews": a buying guide names each of its own reviews "<model>-review".
const REVIEWS_ID = /(?:^|[-_])reviews(?:$|[-_])/i;

export function isReviews(el: Element): boolean {
  const words = `${classOf(el) ?? ''} ${el.getAttribute('data-hook') ?? ''}`;
  const named = REVIEW_PART.test(words.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()) || REVIEWS_ID.test(el.getAttribute('id') ?? '');
  if (!named) return false;
  // A box that holds the page's headline, or half its text, is the page, whatever its name (a
  // course page's whole content in "review_module", a product review's article).
  return !el.querySelector('h1') && (el.textContent?.length ?? 0) < bodyLength(el.ownerDocument) / 2;
}

/** What a column leaves out, as the page says what it is. */
export interface ColumnOptions {
  /** One story (an article Readability cut short): its readers' comments are left out. */
  story?: boolean;
  /** A product page: its customers' reviews are left out. */
  product?: boolean;
  /** A page that does not say it is a thread: every box named for comments is left out. */
  noComments?: boolean;
  /** The page's first <main> or role=main element (null: it has none), where the caller's page
   * scan found it already; otherwise it is queried, a walk of the whole page in linkedom. */
  main?: Element | null;
}

function columnSkips({ story = false, product = false, noComments = false }: ColumnOptions): (el: Element) => boolean {
  if (!story && !product && !noComments) return isSkipped;
  return (el) => isSkipped(el) || (story && isComments(el)) || (noComments && isAnyComments(el)) || (product && isReviews(el));
}

/** Length of some blocks' text in Latin-equivalent characters. */
export const textLength = (blocks: readonly Block[]) => blocks.reduce((sum, b) => sum + contentLength(b.text), 0);

/** A page's main column: its blocks, and how much of their text is link text. */
export interface MainColumn {
  blocks: Block[];
  readonly linkLength: number;
}

/** Whether an element sits in navigation, an aside, a footer or a form. A walk up the parents:
 * closest() with a selector list costs a selector parse and match per link in linkedom. */
function inFurniture(el: Element): boolean {
  for (let up: Element | null = el; up; up = up.parentElement) {
    const tag = up.localName;
    if (CHROME_TAGS.has(tag) || up.getAttribute('role') === 'navigation') return true;
    if (tag === 'form' && !isPageForm(up)) return true;
  }
  return false;
}

/** Text inside links under `root`, outside the furniture a column leaves out. */
export function linkTextLength(root: Element): number {
  let length = 0;
  for (const a of root.querySelectorAll('a')) {
    if (inFurniture(a)) continue;
    length += contentLength((a.textContent ?? '').replace(/\s+/g, ' ').trim());
  }
  return length;
}

/** A column whose link text is measured only when it is asked for (a page whose column loses
 * on its text alone never pays for it). */
function columnOf(blocks: Block[], root: Element): MainColumn {
  let links: number | undefined;
  return {
    blocks,
    get linkLength() {
      return (links ??= linkTextLength(root));
    },
  };
}

/** The main column: <main> where it holds text, else the body, without furniture. */
export function mainColumn(doc: Document, options: ColumnOptions = {}): MainColumn {
  const isHidden = columnSkips(options);
  const main = options.main !== undefined ? options.main : doc.querySelector('main, [role="main"]');
  if (main) {
    const blocks = blocksFromElement(main, { isHidden });
    if (blocks.length > 0) return columnOf(blocks, main);
  }
  const root = doc.body ?? doc.documentElement;
  return root ? columnOf(blocksFromElement(root, { isHidden }), root) : { blocks: [], linkLength: 0 };
}
