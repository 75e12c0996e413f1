// A headline without the site's name: "7 Best Zoom Alternatives | RingCentral UK Blog" and
// "Absolutely Lucy - Ten walks in Kent" name the site, not the story. A part of the title split
// off by a separator is the site's when it is the site's name (og:site_name, the publisher, the
// host's own word), or a short phrase that holds that name ("RingCentral UK Blog").
import { normalizeText, squash as squashText } from '../text.ts';

// A separator with space on both sides, so hyphenated words and "10:30" are not split.
const SEPARATOR = /\s+(?:[|\-–—»·•~:]|::)\s+/g;
/** A part longer than this is a second headline, not a site's name. */
const MAX_SITE_WORDS = 6;

// NFKD first, so "Café" and "Cafe" squash alike once the combining accent is dropped.
const squash = (text: string) => squashText(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));

/** The host's labels without "www": "www.absolutelylucy.co.uk" -> absolutelylucy, co, uk. */
function hostLabels(url: string): string[] {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d*\./, '').split('.').filter(Boolean);
  } catch {
    return [];
  }
}

/** The host's own word: "www.absolutelylucy.co.uk" -> "absolutelylucy". */
export function hostWord(url: string): string | undefined {
  const labels = hostLabels(url);
  if (labels.length < 2) return undefined;
  // The label before the public suffix; a two-letter country code after a short one (co.uk, com.au).
  const tail = labels.length >= 3 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 3 ? 2 : 1;
  const word = labels[labels.length - 1 - tail];
  return word && word.length >= 3 ? squash(word) : undefined;
}

/** The host's other labels, the project a documentation site is under: "flask" in
 * flask.palletsprojects.com, "requests" in requests.readthedocs.io. Generic labels are not names. */
function subdomainWords(url: string): string[] {
  return hostLabels(url).slice(0, -2).filter((l) => l.length >= 4 && !GENERIC_LABELS.has(l)).map(squash);
}
const GENERIC_LABELS = new Set(['docs', 'blog', 'news', 'shop', 'store', 'help', 'support', 'wiki', 'developer', 'developers', 'learn', 'forum', 'forums', 'community', 'info', 'home', 'mail', 'apps', 'www2', 'www3']);

/** `rest`: what would be left of the title; a site's name is shorter than the headline it tags. */
function isSitePart(part: string, rest: string, names: readonly string[], trailing: boolean): boolean {
  const words = part.trim().split(/\s+/);
  const squashed = squash(part);
  if (words.length > MAX_SITE_WORDS || !squashed) return false;
  const shorter = part.trim().length < rest.trim().length;
  const holdsName = (name: string) => squashed === name || (name.length >= 4 && squashed.includes(name));
  const inName = (name: string) => squashed.length >= 4 && name.includes(squashed);
  // Before the headline, a site's name is a short tag ("The Verge » …"); "Rust 1.80 - what is
  // new" on rust-lang.org starts with the headline's own subject.
  if (!trailing) return shorter && names.some((name) => holdsName(name) || inName(name));
  // The part holds a name whole, or its first word begins the host's word ("Django
  // documentation" on djangoproject.com, "REI Co-op" on rei.com): the site's, however short the
  // headline beside it ("Middleware"). A piece of a name ("Verge" of "The Verge") only beside a
  // longer headline.
  const first = squash(words[0]!);
  const beginsName = (name: string) => (first.length >= 4 && name.startsWith(first)) || (name.length === 3 && first === name);
  return names.some((name) => holdsName(name) || beginsName(name)) || (shorter && names.some(inName));
}

// A title left with one of these words only has lost its headline ("Home | Acme" is not "Home").
const GENERIC_TITLES = new Set(['home', 'homepage', 'index', 'welcome', 'blog', 'news', 'page', 'untitled', 'main']);

/** Whether the whole text is the site's name ("痞客邦 PIXNET" as the page's <h1> logo). */
export function isSiteTitle(text: string, siteNames: readonly (string | undefined)[], url: string): boolean {
  const squashed = squash(text);
  return squashed.length > 0 && [...siteNames.map((n) => (n ? squash(n) : '')), hostWord(url) ?? ''].some((n) => n === squashed);
}

/** The title with a leading or trailing part that names the site taken off (one each at most). */
export function stripSiteAffix(title: string, siteNames: readonly (string | undefined)[], url: string): string {
  return splitSiteAffix(title, siteNames, url).headline;
}

/** The part of a title that names the site ("Absolutely Lucy" in "Absolutely Lucy - Ten walks in Kent"). */
export function siteAffix(title: string, siteNames: readonly (string | undefined)[], url: string): string | undefined {
  return splitSiteAffix(title, siteNames, url).site;
}

// The names squashed for the last page asked about: every title candidate and <h1> of a page
// is split against the same names, and squashing them (NFKD) and parsing the URL each time cost
// more than the split.
let lastNames: { siteNames: (string | undefined)[]; url: string; names: string[] } | undefined;

function siteNamesOf(siteNames: readonly (string | undefined)[], url: string): string[] {
  const same = lastNames && lastNames.url === url && lastNames.siteNames.length === siteNames.length && lastNames.siteNames.every((n, i) => n === siteNames[i]);
  if (same) return lastNames!.names;
  const names = [...new Set([...siteNames.map((n) => (n ? squash(n) : '')), hostWord(url) ?? '', ...subdomainWords(url)].filter((n) => n.length >= 2))];
  lastNames = { siteNames: [...siteNames], url, names };
  return names;
}

function splitSiteAffix(title: string, siteNames: readonly (string | undefined)[], url: string): { headline: string; site?: string } {
  const names = siteNamesOf(siteNames, url);
  if (names.length === 0) return { headline: title };
  const separators = [...title.matchAll(SEPARATOR)];
  if (separators.length === 0) return { headline: title };
  let start = 0;
  let end = title.length;
  const last = separators.at(-1)!;
  if (isSitePart(title.slice(last.index! + last[0].length), title.slice(0, last.index), names, true)) end = last.index!;
  const first = separators[0]!;
  const afterFirst = first.index! + first[0].length;
  if (first.index! < end && isSitePart(title.slice(0, first.index), title.slice(afterFirst, end), names, false)) start = afterFirst;
  const kept = normalizeText(title.slice(start, end));
  // Keep the whole title when what is left is too little to be a headline. One word is a
  // headline on a documentation or shop page ("Middleware", "Kayaks"), unless it is generic.
  const words = kept.split(/\s+/).filter(Boolean);
  if (words.length === 0 || (words.length === 1 && (squash(kept).length < 3 || GENERIC_TITLES.has(squash(kept))))) return { headline: title };
  const site = end < title.length ? title.slice(end).replace(/^\s*\S+\s+/, '') : start > 0 ? title.slice(0, first.index) : undefined;
  return { headline: kept, site: site === undefined ? undefined : normalizeText(site) || undefined };
}
