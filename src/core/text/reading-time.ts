// Reading time the way Firefox Reader View computes it (ReaderMode._getReadingSpeedForLanguage):
// characters of text divided by a per-language reading speed in characters per minute, from
// the study it cites (Trauzettel-Klosinski & Dietz, IOVS 2012). Firefox shows a fast-slow range
// from cpm ± variance; a brief shows one figure, so we use the mean speed and the nearest minute.
// We count characters other than whitespace: how an extractor joins blocks and indents text
// varies, and the figure should not. (The seed article: 3,016 characters, 3 minutes.)
import { langFromScript, primaryLang } from './lang.ts';

/** Characters per minute by primary language. Firefox keys Japanese as "jw" (a typo); we use "ja". */
const CPM: Record<string, number> = {
  en: 987, ar: 612, de: 920, es: 1025, fi: 1078, fr: 998, he: 833, it: 950, ja: 357,
  nl: 978, pl: 916, pt: 913, ru: 986, sk: 885, sv: 917, tr: 1054, zh: 255,
};

/** Characters per minute for a language; English, as in Firefox, when it is not in the table. */
export function charactersPerMinute(lang?: string): number {
  return CPM[primaryLang(lang) ?? ''] ?? CPM.en!;
}

/** Whole minutes to read `text`: at least 1 for any non-blank text, 0 for blank text. */
export function readingMinutes(text: string, lang?: string): number {
  const characters = text.replace(/\s+/g, '').length;
  if (characters === 0) return 0;
  const language = primaryLang(lang) ?? langFromScript(text);
  return Math.max(1, Math.round(characters / charactersPerMinute(language)));
}
