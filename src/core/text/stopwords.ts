// Stop words per language, from the `stopword` package (a maintained, multi-language list).
// Named imports only: each list is its own module in the package's ESM build, so the bundler
// keeps just these 17 languages (about 21 kB gzipped) and drops the other ~45.
// The installed @types/stopword describes the package's old 1.x API, which had no named lists;
// the names below are checked by the unit tests instead (every list must be non-empty).
// prettier-ignore
// @ts-expect-error -- 3.x names its lists (eng, fra...); the bundled 1.x types do not know them.
import { ara, ces, deu, eng, fas, fra, heb, ita, jpn, nld, pol, por, rus, spa, swe, tur, zho } from 'stopword';

const LISTS: Record<string, readonly string[]> = {
  ar: ara, cs: ces, de: deu, en: eng, fa: fas, fr: fra, he: heb, it: ita, ja: jpn, nl: nld,
  pl: pol, pt: por, ru: rus, es: spa, sv: swe, tr: tur, zh: zho,
};

/** Primary languages that have a stop-word list. */
export const STOPWORD_LANGS: readonly string[] = Object.keys(LISTS);

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
