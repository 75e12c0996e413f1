// The date on the card: the publication date. The one the page shows its reader beside the
// headline decides between the metadata's dates, and is read exactly from them where they name
// the same day; where it is the metadata's modification date ("Updated Aug 19, 2025"), the
// publication date is shown; where it matches no metadata date, it is shown as written (the
// metadata is often a template's or a CMS's). Where the page shows no date: the metadata's
// publication date, then a <time> element in the article, then a date in the URL (/2016/02/09/).
import { findDate } from './dates.ts';
import { validDate } from './meta-tags.ts';

export interface DateSources {
  /** Publication dates from metadata, best first (JSON-LD, Readability, meta tags). */
  published: readonly (string | undefined)[];
  /** Modification dates from metadata. */
  modified: readonly (string | undefined)[];
  /** The dateline beside the headline (yyyy-mm-dd), from datelineNear. */
  dateline?: string;
  /** A <time datetime> of the article (looked up only when the metadata has no date). */
  timeElement?: () => string | undefined;
  /** Last resort: a date the page labels "Published" anywhere in its text (read only when needed). */
  labelled?: () => string | undefined;
  url: string;
  lang?: string;
}

/** The calendar day a metadata date names, as written (no time-zone shift). */
function dayOf(value: string, lang?: string): string | undefined {
  const iso = /^((?:19|20)\d{2})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  return findDate(value, lang)?.date;
}

/** A date in the URL's path: /2016/02/09/, /2016-02-09-title, /2016-02-09+Title. */
export function urlDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?![\d])/.exec(path);
  if (!m) return undefined;
  return findDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`)?.date;
}

export function choosePublished(sources: DateSources): string | undefined {
  const published = sources.published.map((d) => validDate(d)).filter((d): d is string => d !== undefined);
  const modified = sources.modified.map((d) => validDate(d)).filter((d): d is string => d !== undefined);
  const { dateline, lang } = sources;
  if (dateline) {
    // The metadata's own value where it names the same day: it carries the time as well.
    const same = (d: string) => dayOf(d, lang) === dateline;
    const shown = published.find(same);
    if (shown) return shown;
    // The page shows when it was last updated ("Updated Aug 19, 2025"): the card gives the
    // publication date where the metadata has one.
    if (modified.some(same)) return published[0] ?? modified.find(same);
    return dateline;
  }
  return published[0] ?? validDate(sources.timeElement?.()) ?? urlDate(sources.url) ?? sources.labelled?.();
}
