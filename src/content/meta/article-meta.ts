// Assembles ArticleMeta from every source, in order of reliability: JSON-LD, then what
// Readability found (it reads JSON-LD, meta tags and bylines in the text), then meta tags and
// markup. Readability's title wins because it is the one users know from Reader View.
import type { ArticleMeta } from '../../core/types.ts';
import { readJsonLd } from './jsonld.ts';
import {
  asDir, canonicalLang, canonicalUrl, metaAuthor, metaDescription, metaPublishedTime,
  metaSiteName, metaTitle, pageDir, pageLang, readMetaTags, timeElementDate, validDate, type MetaTags,
} from './meta-tags.ts';
import { scanPage, type PageElements } from '../page-scan.ts';
import type { ReadabilityArticle } from '../readability-run.ts';
import { cleanField, normalizeText } from '../text.ts';
import { stripSiteAffix } from './site-affix.ts';
import { SEPARATORS, SEPARATORS_V060, titleFromDocumentTitle } from './doc-title.ts';

// Readability's byline is the text of the byline element, which often ends with the date
// ("Nathan Willis March 25, 2015"); the date has its own place in the source line.
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const TRAILING_DATE = new RegExp(
  `[\\s,|·•–—-]*(?:on\\s+|updated\\s+|published\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s*${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}).*$`,
  'i',
);

function cleanByline(byline: string | undefined): string | undefined {
  const clean = cleanField(byline, 200)?.replace(/^by\s+/i, '').replace(TRAILING_DATE, '').trim();
  // A "byline" that is a sentence or a URL is Readability picking up the wrong element.
  if (!clean || clean.length > 100 || /^https?:\/\//i.test(clean)) return undefined;
  // What is left of "Last Updated: <date>" is a label, not a name.
  if (/:$/.test(clean) || /^(?:last\s+)?(?:updated|published|posted)\b/i.test(clean)) return undefined;
  return clean;
}

// One "word" with a digit in it ("CC7567", "user_42") is an account handle, not a name.
const HANDLE = /^(?=\S*\d)\S+$/u;

/** JSON-LD's author first, unless it is a handle and the page's byline gives a name. */
function chooseAuthor(ld: string | undefined, byline: string | undefined, meta: string | undefined): string | undefined {
  if (ld && HANDLE.test(ld) && byline && !HANDLE.test(byline)) return byline;
  return ld ?? byline ?? meta;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

const MAX_TITLE_CHARS = 1000;

/** The title: Readability's, or the same rule applied to the page when Readability did not run. */
function chooseTitle(
  doc: Document, found: PageElements, tags: MetaTags, url: string, readability: ReadabilityArticle | null, jsonHeadline: string | undefined,
  siteNames: readonly (string | undefined)[],
): string {
  const docTitle = doc.title ?? '';
  const fromDocTitle = titleFromDocumentTitle(docTitle, found.headings, SEPARATORS);
  let title = readability?.title ? normalizeText(readability.title) : undefined;
  // Readability 0.6.0's <title> rule misses en/em dash separators (see title.ts).
  if (title && title === titleFromDocumentTitle(docTitle, found.headings, SEPARATORS_V060)) title = fromDocTitle;
  title ??= jsonHeadline ?? metaTitle(tags) ?? (fromDocTitle || undefined);
  title ??= cleanField(found.headings.find((h) => h.localName === 'h1')?.textContent, 300);
  // A hostile <title> can be megabytes long; it would fill the popup and the clipboard.
  const capped = cleanField(title, MAX_TITLE_CHARS);
  // The headline, not the site: the source line names the site already.
  return (capped && stripSiteAffix(capped, siteNames, url)) ?? hostOf(url) ?? 'Untitled page';
}

/** `found`: the page's elements from scanPage, when the caller has already scanned it. */
export function readArticleMeta(
  doc: Document, url: string, readability: ReadabilityArticle | null, found: PageElements = scanPage(doc).elements,
): ArticleMeta {
  const ld = readJsonLd(found.scripts);
  const tags = readMetaTags(found.metas);
  const lang = canonicalLang(readability?.lang) ?? pageLang(doc, tags, found.metas) ?? canonicalLang(ld.inLanguage);
  const scopes = readability ? [readability.content, found.times] : [found.times];
  const siteNames = [ld.publisher, cleanField(readability?.siteName, 200), metaSiteName(tags)];
  return {
    title: chooseTitle(doc, found, tags, url, readability, ld.headline, siteNames),
    author: chooseAuthor(ld.author, cleanByline(readability?.byline), metaAuthor(tags)),
    siteName: siteNames.find((name) => name !== undefined),
    publishedTime:
      validDate(ld.datePublished) ?? validDate(readability?.publishedTime) ?? metaPublishedTime(tags) ?? timeElementDate(scopes),
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
  const first = cleanField(readability.content.getElementsByTagName('p')[0]?.textContent);
  return excerpt === first ? undefined : excerpt;
}
