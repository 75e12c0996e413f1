// Abbreviations that end in a full stop without ending the sentence. Intl.Segmenter (ICU) breaks
// after "Mr. " or "U.S. " whenever an upper-case word follows, so the segmenter rejoins them.

/** Titles written before a name: the next word is always part of the same sentence. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'cpt',
  'sgt', 'cpl', 'adm', 'maj', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'messrs', 'mme',
  'mlle', 'mmes', 'sra', 'srta', 'dra', 'hr', 'hrn', 'frl', 'st', 'mt', 'ft', 'cf', 'vs', 'viz', 'e.g', 'i.e',
]);

/** Abbreviations that precede a number ("No. 5", "Fig. 3"); only then do they never end a sentence. */
export const NUMBERED = new Set([
  'no', 'nos', 'nr', 'vol', 'fig', 'figs', 'p', 'pp', 'art', 'ch', 'sec', 'approx', 'ca', 'op',
]);

/**
 * Abbreviations that may also end a sentence ("... in the U.S. The next day"): the sentence
 * continues unless the next word is a typical sentence opener (a stop word of the language).
 */
export const AMBIGUOUS = new Set([
  'inc', 'corp', 'ltd', 'co', 'bros', 'jr', 'sr', 'esq', 'dept', 'univ', 'assn', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'etc', 'al', 'ave', 'blvd', 'rd',
]);
