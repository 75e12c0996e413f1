// Assembles ArticleMeta from every source, in order of reliability: JSON-LD, then what
// Readability found (it reads JSON-LD, meta tags and bylines in the text), then meta tags and
// markup. Readability's title wins because it is the one users know from Reader View.
import type { ArticleMeta } from '../../core/types.ts';
import { readJsonLd } from './jsonld.ts';
import {
  asDir, canonicalLang, canonicalUrl, metaAuthor, metaDescription, metaModifiedTime, metaPublishedTime,
  metaContent, metaSiteName, metaTitle, pageDir, pageLang, readMetaTags, timeElementDate, type MetaTags,
} from './meta-tags.ts';
import { scanPage, type PageElements } from '../page-scan.ts';
import type { ReadabilityArticle } from '../readability-run.ts';
import { cleanField, normalizeText } from '../text.ts';
import { siteAffix, stripSiteAffix } from './site-affix.ts';
import { chooseHeadline, headingTexts, headlineAnchor, type Headline } from './headline.ts';
import { findDate } from './dates.ts';
import { datelineIn, labelledDate, textNear } from './dateline.ts';
import { bylineAbove, bylineIn, chooseAuthor, datelineName, labelledAuthor, markedAuthor } from './author.ts';
import { visibleLines, type PageLines } from './visible-lines.ts';
import { choosePublished } from './published.ts';
import { threadAuthor } from './thread-author.ts';
import { pageKind, type PageKind } from '../page-kind.ts';
import { firstDescendant } from '../dom.ts';
import { SEPARATORS, SEPARATORS_V060, titleFromDocumentTitle } from './doc-title.ts';

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

const MAX_TITLE_CHARS = 1000;
/** The headline: an <h1> that agrees with a metadata title, else the best metadata title. */
function chooseTitle(
  doc: Document, found: PageElements, tags: MetaTags, url: string, readability: ReadabilityArticle | null, jsonHeadline: string | undefined,
  siteNames: readonly (string | undefined)[],
): Headline {
  const docTitle = doc.title ?? '';
  const fromDocTitle = titleFromDocumentTitle(docTitle, found.headings, SEPARATORS);
  let readable = readability?.title ? normalizeText(readability.title) : undefined;
  // Readability 0.6.0's <title> rule misses en/em dash separators (see doc-title.ts).
  if (readable && readable === titleFromDocumentTitle(docTitle, found.headings, SEPARATORS_V060)) readable = fromDocTitle;
  // A hostile <title> can be megabytes long; it would fill the popup and the clipboard.
  // The headline, not the site: the source line names the site already.
  const titles = [readable, jsonHeadline, metaTitle(tags), fromDocTitle]
    .map((t) => cleanField(t, MAX_TITLE_CHARS))
    .filter((t): t is string => t !== undefined)
    .map((t) => stripSiteAffix(t, siteNames, url));
  return chooseHeadline(titles, headingTexts(found.headings, siteNames, url)) ?? { text: hostOf(url) ?? 'Untitled page' };
}

/** `found`: the page's elements from scanPage, and `kind` what the page says it is, when the caller has them already. */
export function readArticleMeta(
  doc: Document, url: string, readability: ReadabilityArticle | null, found: PageElements = scanPage(doc).elements,
  kind: PageKind = pageKind(found),
): ArticleMeta {
  const ld = readJsonLd(found.scripts);
  const tags = readMetaTags(found.metas);
  const lang = canonicalLang(readability?.lang) ?? pageLang(doc, tags, found.metas) ?? canonicalLang(ld.inLanguage);
  const scopes = readability ? [readability.content, found.times] : [found.times];
  // og:site_name, then the publisher, then Readability's and the other meta tags' names.
  const siteNames = [metaContent(tags, ['og:site_name']), ld.publisher, cleanField(readability?.siteName, 200), metaSiteName(tags)];
  const headline = chooseTitle(doc, found, tags, url, readability, ld.headline, siteNames);
  // A blog theme may set the post's title in an <h3> under the blog's own <h1> (Blogger does).
  const anchor = headlineAnchor(headline, found.headings) ?? headlineAnchor(headline, [...doc.querySelectorAll('h3')]);
  const near = anchor ? textNear(anchor) : undefined;
  // Without a headline element, Readability's byline ("Nathan Willis March 25, 2015") may hold the dateline.
  const dateline = near ? datelineIn(near, lang) : findDate(readability?.byline ?? '', lang)?.date;
  let visible: PageLines | undefined;
  const pageLines = () => (visible ??= visibleLines(doc));
  return {
    title: headline.text,
    author:
      // A thread's author is its first post's, a handle as often as not, whoever posted near the headline.
      (kind === 'thread' ? threadAuthor(doc, found, ld.author) : undefined) ??
      chooseAuthor(
        [ld.author, near && (bylineIn(near.after) ?? bylineAbove(near.before)), () => markedAuthor(anchor, siteNames), readability?.byline, metaAuthor(tags),
          () => (near ? datelineName(near, doc, siteNames, lang) : undefined),
          // A shop's "by" names the maker, not a writer.
          () => (kind === 'product' ? undefined : labelledAuthor(pageLines(), siteNames))],
        siteNames,
      ),
    // Then the site's part of the <title> ("Absolutely Lucy - Ten walks in Kent"); the card falls
    // back to the host.
    siteName: siteNames.find((name) => name !== undefined) ?? siteAffix(cleanField(doc.title, MAX_TITLE_CHARS) ?? '', siteNames, url),
    publishedTime: choosePublished({
      published: [ld.datePublished, readability?.publishedTime, metaPublishedTime(tags)],
      modified: [ld.dateModified, metaModifiedTime(tags), ...(ld.otherDates ?? [])],
      dateline,
      timeElement: () => timeElementDate(scopes),
      labelled: () => labelledDate(pageLines().lines.join('\n'), lang),
      url,
      lang,
    }),
    lang,
    dir: asDir(readability?.dir) ?? pageDir(doc, lang),
    url,
    canonicalUrl: canonicalUrl(found.links, url),
    description: metaExcerpt(readability) ?? ld.description ?? metaDescription(tags) ?? cleanField(readability?.excerpt),
  };
}

/**
 * Readability's excerpt when it comes from the page's metadata: it reads JSON-LD and the meta
 * tags in the order sites mean them (Dublin Core, then OpenGraph, then name=description), and
 * copes with space-separated properties. Without such metadata its excerpt is the first
 * paragraph, which comes last here, after any description the page gives elsewhere.
 */
function metaExcerpt(readability: ReadabilityArticle | null): string | undefined {
  const excerpt = cleanField(readability?.excerpt);
  if (!excerpt || !readability) return undefined;
  const first = cleanField(firstDescendant(readability.content, (el) => el.localName === 'p')?.textContent);
  return excerpt === first ? undefined : excerpt;
}
