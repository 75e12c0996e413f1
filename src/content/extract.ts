// Extraction: the page's Document in, a structured Article (or a typed error) out.
// The same function runs in the content script on the live page, in the CLI and in tests on
// a linkedom Document. It never throws and never changes the page.
import { isProbablyReaderable } from '@mozilla/readability';
import { errorMessage, isProse, type Article, type Block, type BriefErrorCode } from '../core/types.ts';
import type { ExtractMode, ExtractResult } from '../shared/messages.ts';
import { blocksFromElement } from './blocks.ts';
import { closestWhere, isHiddenByMarkup, isHiddenOnPage } from './dom.ts';
import { sizeProblem } from './limits.ts';
import { readArticleMeta } from './meta/article-meta.ts';
import { pageKind, type PageKind } from './page-kind.ts';
import { inCommentBox, isLandmarkFurniture, isReviews, linkTextLength, mainColumn, textLength } from './page-text.ts';
import { scanPage, type PageElements } from './page-scan.ts';
import { runReadability, type ReadabilityArticle } from './readability-run.ts';
import { guessDir, guessLang } from './lang-guess.ts';
import { contentLength } from './text.ts';
import { MIN_SELECTION_WORDS, selectionBlocks, selectionWords } from './selection.ts';
import { capLength, dropImageCaptions, dropPageHeader, dropRelatedSections, dropTrailingExtras } from './tidy.ts';

export interface ExtractOptions {
  url: string;
  mode: ExtractMode;
  /** The selected text, for mode 'selection' (the live page's getSelection(); a test's string). */
  selection?: string;
}

// The "is it an article" rule. Readability's isProbablyReaderable looks for long <p>/<pre>
// nodes; it says no to real articles whose text sits in divs or short paragraphs, so enough
// extracted text also counts. Lengths are in Latin-equivalent characters (see text.ts).
/** Minimum article text when isProbablyReaderable says yes. */
export const MIN_READERABLE_LENGTH = 200;
/** Minimum article text, in at least MIN_PROSE_BLOCKS paragraphs, when it says no. */
export const MIN_UNREADERABLE_LENGTH = 1500;
export const MIN_PROSE_BLOCKS = 3;
/** Least text outside links a page that is not an article needs for a brief: a line or two (a
 * product's name, price and one-line description); less than that is nothing to brief. */
export const MIN_PAGE_LENGTH = 80;
/** Text, links included, under which a page shows nothing of its own: half a line (a splash's
 * "Loading…", a sign-in link). Such a page with a description is briefed from that. */
const SHELL_LENGTH = MIN_PAGE_LENGTH / 2;
/** Readability's pick shorter than this is checked against the page's main column. */
const SHORT_PICK_LENGTH = 1500;
/** How many times the pick's text the main column's text outside links must be to replace it. */
const PICK_OVERRULED = 4;
/** A listing's items are links; this much of them is a listing, not a menu. */
const MIN_LISTING_LENGTH = 400;
/** A page that does not say what it is (a company's service page, more often than not) has its
 * short picks overruled at a lower bar. */
const UNTYPED_PICK_OVERRULED = 2;
/** A pick between SHORT_PICK_LENGTH and this long, on a page that is not a thread or a product,
 * may be one section of several, and is overruled at this bar. */
const SECTION_PICK_LENGTH = 6000;
const SECTION_PICK_OVERRULED = 2;
/** ...where the column adds at least this share of the pick's length in prose paragraphs. */
const SECTION_PROSE_SHARE = 0.5;
/** Past this many times a long pick's text, what outweighs it is a discussion or a listing under
 * one story (Slashdot's comments), not the rest of the page's sections. */
const STORY_UNDER_DISCUSSION = 8;
/** On a thread or product page, how many times the pick's text the main column's text outside
 * links must be to replace it: Readability took one post, or one box of a product page. */
const TYPED_PICK_OVERRULED = 2;
/** Least share of the pick's text that lies in the page's <main>, on a page that does not say
 * what it is; under it, the pick is furniture or one card of a listing, and the column is read. */
const PICK_INSIDE_COLUMN = 0.5;
/** The main column replaces such a pick only when it holds this much text. */
const MIN_COLUMN_LENGTH = 1000;
/** A pick this short on a page that says nothing of what it is may be the blurb of a listing,
 * which the main column replaces where it holds this many times its text, links included. */
const LISTING_PICK_LENGTH = 800;
const LISTING_OVER_PICK = 5;
/** <article>s of one class that make a page a series of posts or items. */
const MIN_POSTS = 3;
/** ...where the one holding the pick's first paragraph holds at least this share of the pick. */
const ONE_POST_SHARE = 0.5;
/** The main column replaces Readability's pick when it has this many times its text. */
const COLUMN_OVER_READABILITY = 1.5;
/** A paragraph at least this long counts as prose rather than a label or link. */
const PROSE_BLOCK_LENGTH = 80;

/** The page being read, with the elements its scan collected. */
interface Page {
  doc: Document;
  url: string;
  found: PageElements;
}

function fail(code: BriefErrorCode, message: string): ExtractResult {
  return { ok: false, code, message };
}

function describe(error: unknown): string {
  const text = errorMessage(error);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

// isProbablyReaderable queries the page for these two selectors (Readability-readerable.js);
// the page scan already holds their elements, so it gets them without two more page walks.
// Any other query goes to the page itself, so a later Readability still gets right answers.
const READERABLE_QUERIES = new Map<string, keyof PageElements>([['p, pre, article', 'prose'], ['div > br', 'divBreaks']]);

function safeReaderable(page: Page): boolean {
  const { doc, found } = page;
  const view = {
    querySelectorAll(selector: string) {
      const known = READERABLE_QUERIES.get(selector);
      return known ? found[known] : doc.querySelectorAll(selector);
    },
  };
  try {
    return isProbablyReaderable(view as unknown as Document);
  } catch {
    return false;
  }
}

/**
 * Whether a page that is not an article still has something to brief: a line or two that is
 * not link text (a product's name, price and description), or a list long enough to be a
 * listing's items rather than a menu. A portal's few section links and a welcome line are
 * nothing to brief. `linkLength`: how much of the text is in links.
 */
export function hasSomethingToBrief(blocks: Block[], linkLength: number): boolean {
  const length = textLength(blocks);
  return length - linkLength >= MIN_PAGE_LENGTH || length >= MIN_LISTING_LENGTH;
}

/** Whether the page's <p> elements hold more than `limit` characters (stops counting there). */
function paragraphTextOver(prose: readonly Element[], limit: number): boolean {
  let length = 0;
  for (const el of prose) {
    if (el.localName !== 'p') continue;
    length += el.textContent?.length ?? 0;
    if (length > limit) return true;
  }
  return false;
}

/** Whether less than PICK_INSIDE_COLUMN of the pick's text, by length, is text of the page's
 * <main> (one read of its text, no walk of its blocks). False when the page marks no <main>. */
function pickOutsideMain(blocks: readonly Block[], main: Element | null): boolean {
  if (!main) return false;
  const mainText = (main.textContent ?? '').replace(/\s+/g, ' ');
  let inside = 0;
  let all = 0;
  for (const b of blocks) {
    all += b.text.length;
    if (mainText.includes(b.text)) inside += b.text.length;
  }
  return all > 0 && inside < PICK_INSIDE_COLUMN * all;
}

/** A paragraph long enough to be prose, not a label or a link. */
const isProseParagraph = (b: Block) => isProse(b) && contentLength(b.text) >= PROSE_BLOCK_LENGTH;

/**
 * Whether the pick is one post of several: its first paragraph of prose sits in a box named for
 * comments (a link aggregator's thread, whose story is a link), or in one of three or more
 * <article>s of one class (a forum's posts, a blog index's entries). Readability then took one
 * post of a discussion, or one item of a listing, for the story.
 */
function pickIsOnePost(blocks: readonly Block[], prose: readonly Element[]): boolean {
  const first = blocks.find(isProseParagraph);
  if (!first) return false;
  const pickLength = blocks.reduce((n, b) => n + b.text.length, 0);
  const key = first.text.slice(0, 60);
  const holds = (el: Element) => {
    const text = el.textContent ?? '';
    return text.length >= key.length && text.replace(/\s+/g, ' ').includes(key);
  };
  let host: Element | undefined;
  for (const el of prose) {
    if (el.localName === 'pre') continue;
    // Document order: an <article> comes before its paragraphs, so the last one found is the
    // innermost; past its end, nothing holds the paragraph more closely.
    if (host && !host.contains(el)) break;
    if (!holds(el)) continue;
    host = el;
    if (el.localName === 'p') break;
  }
  if (!host) return false;
  if (inCommentBox(host)) return true;
  const post = closestWhere(host, (el) => el.localName === 'article');
  // A pick that holds many of them (a listing's teasers) is the listing already.
  if (!post || (post.textContent ?? '').replace(/\s+/g, ' ').length < ONE_POST_SHARE * pickLength) return false;
  const cls = post.getAttribute('class');
  let alike = 0;
  for (const el of prose) if (el.localName === 'article' && el.getAttribute('class') === cls && ++alike >= MIN_POSTS) return true;
  return false;
}

/** Length of the paragraphs long enough to be prose. */
function proseLength(blocks: readonly Block[]): number {
  let length = 0;
  for (const b of blocks) if (b.kind === 'paragraph' && contentLength(b.text) >= PROSE_BLOCK_LENGTH) length += contentLength(b.text);
  return length;
}

/** Whether the extracted text is enough to treat the page as an article. */
export function looksLikeArticle(blocks: Block[], readerable: boolean): boolean {
  const length = textLength(blocks);
  if (readerable) return length >= MIN_READERABLE_LENGTH;
  const prose = blocks.filter(isProseParagraph).length;
  return length >= MIN_UNREADERABLE_LENGTH && prose >= MIN_PROSE_BLOCKS;
}

function notArticleReason(blocks: Block[]): string {
  if (blocks.length === 0) return 'Brief found no main article text';
  const length = textLength(blocks);
  if (length >= MIN_UNREADERABLE_LENGTH) return 'its text is in short pieces (links, lists or tables), not paragraphs';
  // About six Latin-equivalent characters a word.
  const words = Math.max(1, Math.round(length / 6));
  return `Brief found only about ${words} ${words === 1 ? 'word' : 'words'} of article text`;
}

/** Every visible block of text on the live page (or the document as parsed). */
export function wholePageBlocks(doc: Document): Block[] {
  const root = doc.body ?? doc.documentElement;
  return root ? blocksFromElement(root, { isHidden: isHiddenOnPage }) : [];
}

function articleFrom(page: Page, readability: ReadabilityArticle | null, blocks: Block[], readerable: boolean, kind?: PageKind): Article {
  const meta = readArticleMeta(page.doc, page.url, readability, page.found, kind);
  const kept = capLength(dropImageCaptions(dropPageHeader(blocks, meta.title, meta.author), page.found.images));
  meta.lang ??= guessLang(kept);
  meta.dir ??= guessDir(kept);
  return { ...meta, blocks: kept, readerable };
}

/** Text besides headings: the title heading is dropped as metadata, which can leave nothing. */
function hasBody(article: Article): boolean {
  return article.blocks.some((b) => b.kind !== 'heading');
}

function extractWholePage(page: Page): ExtractResult {
  const { doc } = page;
  const blocks = wholePageBlocks(doc);
  if (blocks.length === 0) return fail('empty', 'This page has no readable text.');
  const article = articleFrom(page, null, blocks, safeReaderable(page));
  if (!hasBody(article)) return fail('empty', 'This page has no readable text.');
  return { ok: true, article };
}

/**
 * A page that shows next to nothing but describes itself: its text comes from scripts that
 * have not run (a forum app's shell in the CLI) or sits behind a sign-in. Its own description
 * is then the one thing to brief, and the card says that is all Brief read. Undefined where the
 * page shows half a line or more of text, links included (a portal's sections and welcome line:
 * "Not an article" stands there), or its description is a line too short to brief.
 */
function descriptionOnly(page: Page, kind: PageKind, whole: Block[] = wholePageBlocks(page.doc)): Article | undefined {
  if (textLength(whole) >= SHELL_LENGTH) return undefined;
  const meta = readArticleMeta(page.doc, page.url, null, page.found, kind);
  const text = meta.description?.replace(/\s+/g, ' ').trim();
  if (!text || contentLength(text) < MIN_PAGE_LENGTH) return undefined;
  meta.lang ??= guessLang([{ kind: 'paragraph', text }]);
  meta.dir ??= guessDir([{ kind: 'paragraph', text }]);
  return { ...meta, blocks: [{ kind: 'paragraph', text }], readerable: false, onlyDescription: true };
}

function extractReadable(page: Page): ExtractResult {
  const { doc } = page;
  const readerable = safeReaderable(page);
  const run = runReadability(doc);
  // Readability's clone is detached, so only markup can say what is hidden inside it.
  const readability = run.ok ? run.article : null;
  const kind = pageKind(page.found);
  const product = kind === 'product';
  const main = page.found.mains[0] ?? null;
  // keepClasses leaves the shop's class names on the pick, so its reviews can be left out too.
  const isHidden = product
    ? (el: Element) => isHiddenByMarkup(el) || isLandmarkFurniture(el) || isReviews(el)
    : (el: Element) => isHiddenByMarkup(el) || isLandmarkFurniture(el);
  const blocks = readability ? blocksFromElement(readability.content, { isHidden }) : [];
  let kept = blocks;
  const picked = textLength(blocks);
  // A short pick without one paragraph of prose is a filter list or a row of labels that
  // Readability took for a story (a job board's country picker), whatever the page's <p>s say.
  const isArticle = looksLikeArticle(blocks, readerable) && (picked >= SHORT_PICK_LENGTH || blocks.some(isProseParagraph));
  if (isArticle) {
    // A thread's first post, or one box of a product page, is a story to Readability; the page
    // says what it is, and its main column then holds the rest (the answers, the description
    // and specifications) where it has twice as much text outside links.
    // So is a pick that is one post of a discussion the page does not call a thread.
    const discussion = kind !== 'thread' && kind !== 'product' && picked < SECTION_PICK_LENGTH && pickIsOnePost(blocks, page.found.prose);
    const typed = kind === 'thread' || kind === 'product' || discussion;
    // A short pick on a long page: Readability took one box (a summary, a sidebar) for the
    // story. The main column has the story where it holds several times as much text outside
    // links. The page's paragraphs (from the scan) rule most pages out without a walk.
    // A page that says nothing of what it is has its short picks checked at a lower bar: its
    // sections are of a size, and Readability takes one (wcxb-dev service pages: 0.29 of the
    // ground truth's words -> 0.95 on three).
    const untyped = kind === 'other';
    const shortPick = picked < SHORT_PICK_LENGTH;
    // A longer pick that is one section of several (a guide whose sections sit in sibling
    // boxes): the column replaces it where the page's paragraphs, and then the column's text
    // outside links, are twice the pick's.
    const sectionPick = !typed && !shortPick && picked < SECTION_PICK_LENGTH;
    const factor = shortPick ? (untyped ? UNTYPED_PICK_OVERRULED : PICK_OVERRULED) : SECTION_PICK_OVERRULED;
    const check = (shortPick || sectionPick) && paragraphTextOver(page.found.prose, factor * picked);
    if (typed || check) {
      // Where the page says it is an article, or where a longer pick may be one, its readers'
      // comments are not the story; under a section, nothing named for comments counts.
      const column = mainColumn(doc, { story: (kind === 'article' && !discussion) || sectionPick, noComments: sectionPick, product, main });
      const limit = (typed ? TYPED_PICK_OVERRULED : factor) * picked;
      // The other sections of one story add half the pick's length in paragraphs or more; other
      // stories' teasers (list items, a headline with a line under it) and a player's controls
      // do not (nytimes-5, yahoo-3 of the readability pages). Checked first: it needs no links.
      const sectionsOfStory = !sectionPick || proseLength(column.blocks) - proseLength(blocks) >= SECTION_PROSE_SHARE * picked;
      if (sectionsOfStory) {
        const outside = textLength(column.blocks) - column.linkLength;
        const underDiscussion = sectionPick && outside > STORY_UNDER_DISCUSSION * picked;
        if (outside > limit && !underDiscussion) kept = column.blocks;
      }
    } else if (untyped && pickOutsideMain(blocks, main)) {
      // A page that does not say it is an article and marks its <main>, whose pick lies mostly
      // outside it: Readability took furniture (the company's blurb, a footer) or one card of
      // a listing. The column is walked only then.
      const column = mainColumn(doc, { main });
      if (textLength(column.blocks) >= MIN_COLUMN_LENGTH) kept = column.blocks;
    } else if (untyped && picked < LISTING_PICK_LENGTH) {
      // A few lines on a page that says nothing of what it is: the blurb above a shop's grid or
      // a site's index of items, whose names and prices are links.
      const column = mainColumn(doc, { main });
      if (textLength(column.blocks) > LISTING_OVER_PICK * picked) kept = column.blocks;
    }
  } else {
    // Not one story: a thread, a product, a listing (or a page Readability failed on). Its main
    // column is what it has to say, unless Readability's pick already holds most of that. A page
    // that says it is an article keeps its readers' comments out of that column.
    const column = mainColumn(doc, { story: kind === 'article', product, main });
    const useColumn = textLength(column.blocks) > COLUMN_OVER_READABILITY * picked;
    if (useColumn) kept = column.blocks;
    const linkLength = useColumn ? column.linkLength : readability ? linkTextLength(readability.content) : 0;
    if (!hasSomethingToBrief(kept, linkLength)) {
      const whole = wholePageBlocks(doc);
      const described = descriptionOnly(page, kind, whole);
      if (described) return { ok: true, article: described };
      if (!run.ok) return fail('extraction-failed', `Brief could not extract the article from this page: ${describe(run.message)}`);
      if (column.blocks.length === 0 && whole.length === 0) return fail('empty', 'This page has no readable text.');
      return fail('not-article', `This page doesn't look like an article: ${notArticleReason(kept)}.`);
    }
  }
  // "Brief anyway" (whole-page mode) keeps what a site puts under its story; the brief does not.
  const article = articleFrom(page, readability, dropRelatedSections(dropTrailingExtras(kept)), readerable, kind);
  if (!hasBody(article)) {
    const described = descriptionOnly(page, kind);
    if (described) return { ok: true, article: described };
    return fail('not-article', "This page doesn't look like an article: Brief found only headings.");
  }
  return { ok: true, article };
}

/** The selection as the article: its text for the points, the page for the headline and source line. */
function extractSelection(page: Page, selected: string): ExtractResult {
  if (selectionWords(selected) < MIN_SELECTION_WORDS) {
    return fail('too-short', 'The selection is too short to summarize: select a few sentences and try again.');
  }
  const meta = readArticleMeta(page.doc, page.url, null, page.found);
  const blocks = capLength(selectionBlocks(selected));
  meta.lang ??= guessLang(blocks);
  meta.dir ??= guessDir(blocks);
  // The page's description is about the page, not the selection: the lede comes from the selection.
  delete meta.description;
  return { ok: true, article: { ...meta, blocks, readerable: true } };
}

export function extractArticle(doc: Document, opts: ExtractOptions): ExtractResult {
  try {
    if (!doc || !doc.documentElement) return fail('empty', 'This page has no readable text.');
    if (opts.mode === 'selection') {
      const found = scanPage(doc, { stopAtDepth: false }).elements;
      return extractSelection({ doc, url: opts.url, found }, opts.selection ?? '');
    }
    const checkDepth = opts.mode === 'article';
    const scan = scanPage(doc, { stopAtDepth: checkDepth });
    const problem = sizeProblem(scan.size, checkDepth);
    if (problem) return fail('too-large', problem);
    const page: Page = { doc, url: opts.url, found: scan.elements };
    return opts.mode === 'whole-page' ? extractWholePage(page) : extractReadable(page);
  } catch (error) {
    return fail('extraction-failed', `Brief could not read this page: ${describe(error)}`);
  }
}
