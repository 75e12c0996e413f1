// Page metadata from <meta> tags (OpenGraph, article:*, name=author...), <time>, <html lang/dir>
// and <link rel=canonical>. Each reader returns undefined when the page does not say.
import { cleanField } from './text.ts';

/** The page's <meta> tags by lower-cased name or property; the first tag of a name wins. */
export type MetaTags = Map<string, string>;

/** One scan of a (possibly huge) page for its <meta> tags, shared by the readers below. */
export function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase();
    const value = cleanField(meta.getAttribute('content'));
    if (name && value && !tags.has(name)) tags.set(name, value);
  }
  return tags;
}

/** Content of the first tag named one of `keys`, in the order of `keys`. */
export function metaContent(tags: MetaTags, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return undefined;
}

export function metaAuthor(tags: MetaTags): string | undefined {
  const author = metaContent(tags, ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author']);
  // article:author is often a profile URL, which is not a name.
  return author && !/^https?:\/\//i.test(author) ? author : undefined;
}

export function metaSiteName(tags: MetaTags): string | undefined {
  return metaContent(tags, ['og:site_name', 'application-name', 'twitter:site']);
}

export function metaTitle(tags: MetaTags): string | undefined {
  return metaContent(tags, ['og:title', 'twitter:title', 'dc.title', 'parsely-title']);
}

export function metaDescription(tags: MetaTags): string | undefined {
  return metaContent(tags, ['description', 'og:description', 'twitter:description', 'dc.description']);
}

export function metaPublishedTime(tags: MetaTags): string | undefined {
  return validDate(
    metaContent(tags, ['article:published_time', 'og:article:published_time', 'parsely-pub-date', 'date', 'dc.date', 'dc.date.issued']),
  );
}

/** A <time datetime> that marks publication, searched in the article first, then the page. */
export function timeElementDate(scopes: ParentNode[]): string | undefined {
  for (const scope of scopes) {
    const marked = scope.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime]');
    const time = marked ?? scope.querySelector('time[datetime]');
    const value = validDate(time?.getAttribute('datetime'));
    if (value) return value;
  }
  return undefined;
}

/** The date string as found, when it parses as a date. */
export function validDate(value: string | null | undefined): string | undefined {
  const clean = cleanField(value, 100);
  return clean && !Number.isNaN(Date.parse(clean)) ? clean : undefined;
}

/** A BCP 47 tag in canonical case ("en-US"), or undefined when the value is not one. */
export function canonicalLang(value: string | null | undefined): string | undefined {
  const clean = cleanField(value, 50)?.replace(/_/g, '-');
  if (!clean) return undefined;
  try {
    return Intl.getCanonicalLocales(clean)[0];
  } catch {
    return undefined;
  }
}

export function pageLang(doc: Document, tags: MetaTags): string | undefined {
  return (
    canonicalLang(doc.documentElement?.getAttribute('lang')) ??
    canonicalLang(doc.documentElement?.getAttribute('xml:lang')) ??
    canonicalLang(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')?.split(',')[0]) ??
    canonicalLang(metaContent(tags, ['og:locale', 'language', 'dc.language']))
  );
}

const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha', 'he', 'iw', 'khw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

export function asDir(value: string | null | undefined): 'ltr' | 'rtl' | undefined {
  const v = value?.trim().toLowerCase();
  return v === 'ltr' || v === 'rtl' ? v : undefined;
}

/** Direction from markup, else from the language (an Arabic page without dir is still RTL). */
export function pageDir(doc: Document, lang: string | undefined): 'ltr' | 'rtl' | undefined {
  const marked = asDir(doc.documentElement?.getAttribute('dir')) ?? asDir(doc.body?.getAttribute('dir'));
  if (marked) return marked;
  if (!lang) return undefined;
  const primary = lang.split('-')[0]?.toLowerCase() ?? '';
  return RTL_LANGS.has(primary) && !/-Latn\b/i.test(lang) ? 'rtl' : 'ltr';
}

/** <link rel=canonical> as an absolute http(s) URL, resolved against the page URL. */
export function canonicalUrl(doc: Document, pageUrl: string): string | undefined {
  const href = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href')?.trim();
  if (!href) return undefined;
  try {
    const url = new URL(href, pageUrl || undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
