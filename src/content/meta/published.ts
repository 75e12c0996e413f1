// The date on the card: the one the page shows its reader beside the headline, read exactly
// from the metadata where the two agree. Many pages show "Last updated: Dec 12, 2025" and keep
// the first publication only in their metadata; the card says what the page says. Where the
// page shows no date, the metadata's publication date comes first, then a <time> element in
// the article, then a date in the URL (/2016/02/09/).
import { findDate } from './dates.ts';
import { validDate } from './meta-tags.ts';

export interface DateSources {
  /** Publication dates from metadata, best first (JSON-LD, Readability, meta tags). */
  published: readonly (string | undefined)[];
  /** Modification dates from metadata. */
  modified: readonly (string | undefined)[];
  /** The dateline beside the headline (yyyy-mm-dd), from datelineNear. */
  dateline?: string;
  /** A <time datetime> of the article. */
  timeElement?: string;
  url: string;
  lang?: string;
}

/** The calendar day a metadata date names, as written (no time-zone shift). */
function dayOf(value: string, lang?: string): string | undefined {
  const iso = /^((?:19|20)\d{2})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  return findDate(value, lang)?.date;
}

/** A date in the URL's path: /2016/02/09/ or /2016-02-09-. */
export function urlDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(path);
  if (!m) return undefined;
  return findDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`)?.date;
}

export function choosePublished(sources: DateSources): string | undefined {
  const published = sources.published.map((d) => validDate(d)).filter((d): d is string => d !== undefined);
  const modified = sources.modified.map((d) => validDate(d)).filter((d): d is string => d !== undefined);
  const { dateline, lang } = sources;
  if (dateline) {
    // The metadata's own value where it names the same day: it carries the time as well.
    return [...published, ...modified].find((d) => dayOf(d, lang) === dateline) ?? dateline;
  }
  return published[0] ?? validDate(sources.timeElement) ?? urlDate(sources.url);
}
