// Stop words per language, from the `stopword` package (a maintained, multi-language list).
// Only the languages below reach the bundle: each list is its own module in the package's ESM
// build and the accesses are static, so the bundler drops the other ~45 lists.
// The installed @types/stopword describes the old 1.x API, so the namespace is read through a
// narrow type of our own.
import * as stopword from 'stopword';

type ListName =
  | 'ara' | 'ces' | 'deu' | 'eng' | 'fas' | 'fra' | 'heb' | 'ita' | 'jpn' | 'nld' | 'pol'
  | 'por' | 'rus' | 'spa' | 'swe' | 'tur' | 'zho';
const sw = stopword as unknown as Record<ListName, string[]>;

const LISTS: Record<string, readonly string[]> = {
  ar: sw.ara, cs: sw.ces, de: sw.deu, en: sw.eng, fa: sw.fas, fr: sw.fra, he: sw.heb, it: sw.ita,
  ja: sw.jpn, nl: sw.nld, pl: sw.pol, pt: sw.por, ru: sw.rus, es: sw.spa, sv: sw.swe, tr: sw.tur,
  zh: sw.zho,
};

const cache = new Map<string, ReadonlySet<string>>();

/** Lower-cased stop words of a primary language; English when the language has no list. */
export function stopwordsFor(lang: string | undefined): ReadonlySet<string> {
  const key = lang && LISTS[lang] ? lang : 'en';
  let set = cache.get(key);
  if (!set) {
    set = new Set((LISTS[key] ?? []).map((w) => w.toLowerCase()));
    cache.set(key, set);
  }
  return set;
}

/** Latin-script languages with a list: candidates when the page does not declare its language. */
export const VOTING_LANGS = ['en', 'fr', 'es', 'de', 'pt', 'it', 'nl', 'cs', 'pl', 'sv', 'tr'] as const;
