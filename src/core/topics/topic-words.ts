// Closed word classes that are never a topic on their own: calendar words, honorifics and
// post-nominal letters, English function words the `stopword` list lacks, contractions, and the
// function words of Chinese and Japanese. Open classes (common nouns, verbs) are left to the
// general rules in keyphrases.ts.

const MONTHS_DAYS: Record<string, string> = {
  en: 'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday',
  // Abbreviations only in English pages: elsewhere "Mar" or "Dec" may be words of their own.
  enShort: 'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri',
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche',
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ' +
    'lunes martes miércoles jueves viernes sábado domingo',
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro ' +
    'segunda terça quarta quinta sexta sábado domingo',
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre ' +
    'lunedì martedì mercoledì giovedì venerdì sabato domenica',
  de: 'januar jänner februar märz april mai juni juli august september oktober november dezember ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag',
  nl: 'januari februari maart april mei juni juli augustus september oktober november december ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
  // Czech months in the nominative and the genitive used in dates ("5. května").
  cs: 'leden ledna únor února březen března duben dubna květen května červen června červenec ' +
    'července srpen srpna září říjen října listopad listopadu prosinec prosince ' +
    'pondělí úterý středa středu čtvrtek pátek sobota sobotu neděle neděli',
};

const calendarCache = new Map<string, ReadonlySet<string>>();

/** Month and weekday names (lower-case) of the page's language, plus English ones. */
export function calendarWords(lang: string): ReadonlySet<string> {
  let set = calendarCache.get(lang);
  if (!set) {
    const words = `${MONTHS_DAYS.en} ${(lang === 'en' ? MONTHS_DAYS.enShort : MONTHS_DAYS[lang]) ?? ''}`;
    set = new Set(words.split(/\s+/).filter(Boolean));
    calendarCache.set(lang, set);
  }
  return set;
}

/** Titles written before a name ("Mr Obama", "Dr. Shadlen", "M. Macron"): dropped from a topic. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sir', 'rev', 'hon', 'mme', 'mlle', 'pr',
  'herr', 'frau', 'sr', 'sra', 'srta', 'dra', 'sig',
]);

/** Degrees and company forms written after a name ("Michael Shadlen, Ph.D."): dropped too. */
export const POST_NOMINALS: ReadonlySet<string> = new Set([
  'phd', 'ph.d', 'md', 'm.d', 'dphil', 'esq', 'inc', 'ltd', 'llc', 'plc', 'corp', 'gmbh',
]);

/**
 * English titles of office written before a name ("President Barack Obama", "Facebook CEO Mark
 * Zuckerberg"): a name stops and a new one starts after them. "Prime" only before "Minister".
 */
const OFFICE_TITLES = new Set((
  'president president-elect vice senator congressman congresswoman governor mayor minister ' +
  'chancellor secretary premier ceo cfo coo cto chairman chairwoman chief director spokesman ' +
  'spokeswoman spokesperson judge detective officer sergeant captain colonel lieutenant ' +
  'commissioner inspector ambassador founder co-founder coach professor sheriff deputy'
).split(' '));

export function isOfficeTitle(lower: string, nextLower: string | undefined): boolean {
  return OFFICE_TITLES.has(lower) || (lower === 'prime' && nextLower === 'minister');
}

/** Lower-case words that join two capitalised ones into one name ("Bank of America"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'von', 'van', 'der', 'den', 'la', 'le',
]);

// Pronouns, auxiliaries and modals, wh-words, negation, quantifiers, number words, reporting
// verbs and vague nouns: English filler the package's 108-word list does not cover.
const ENGLISH_FILLER = new Set((
  'will shall may not no nor yet when why whom whose whether which who what how where its hers ours ' +
  'theirs mine yours us she him myself yourself yourselves herself itself ourselves themselves ' +
  'let lets does doing done having just even ever really every few several none something ' +
  'anything everything nothing someone anyone everyone nobody somebody anybody one two three four ' +
  'five six seven eight nine ten hundred thousand million billion first second third last next ' +
  'say says saying tell tells telling told ask asks asked lot lots thing things stuff ' +
  'yes okay ok oh though although unless until upon within without via per else often ' +
  'always already almost perhaps maybe quite rather lately against above across along among ' +
  'around behind below beside besides beyond despite down during except inside near off onto ' +
  'outside toward towards throughout unlike amid regarding concerning including according ' +
  'sometimes usually soon later once twice again instead anyway away'
).split(' '));

/** English function and filler words beyond the stop-word list. */
export function isEnglishFiller(lower: string): boolean {
  return ENGLISH_FILLER.has(lower);
}

/** An English contraction: "I'm", "we're", "don’t", "they'll", "I'd" (possessive "'s" excluded). */
export function isContraction(token: string): boolean {
  return /\p{L}['’](?:m|re|ve|ll|d|t)$/iu.test(token);
}

// Nouns and adjectives that happen to end in -ly and do sit in noun phrases ("supply chain").
const LY_NOT_ADVERB = new Set([
  'family', 'supply', 'assembly', 'early', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly',
  'nightly', 'hourly', 'holy', 'ally', 'rally', 'reply', 'anomaly', 'monopoly', 'butterfly',
  'elderly', 'friendly', 'costly', 'deadly', 'lonely', 'lovely', 'likely', 'italy', 'jelly', 'belly',
]);

/** An English -ly adverb ("currently", "eventually"): never the edge of a noun phrase. */
export function isEnglishAdverb(lower: string): boolean {
  return lower.length >= 5 && lower.endsWith('ly') && !LY_NOT_ADVERB.has(lower);
}

/** An English past participle ("called", "needed", "sized"; not "speed"): no noun phrase ends with one. */
export function isEnglishParticiple(lower: string): boolean {
  return lower.length >= 5 && lower.endsWith('ed') && !lower.endsWith('eed');
}

// Chinese pronouns, conjunctions and modal verbs written with characters the list lacks.
// Simplified and traditional spellings.
const CHINESE_FUNCTION = new Set((
  '可以 没有 因为 所以 但是 如果 已经 自己 虽然 然后 因此 而且 或者 就是 还是 这样 那样 怎么 如何 ' +
  '为什么 能够 应该 可能 不过 只是 并且 而是 以及 由于 那么 于是 其中 此外 ' +
  '沒有 因為 已經 雖然 然後 還是 這樣 那樣 怎麼 為什麼 能夠 應該 不過 並且 由於 那麼 於是'
).split(' '));
// Traditional forms of single-character stop words the list has in simplified form only.
const TRADITIONAL_STOP = new Set([...'們這個麼為於對會說還來時幾與該']);

/**
 * A Chinese or Japanese function word: a Japanese word in hiragana alone (particles, endings,
 * "きょう"), or a Chinese word made only of single-character stop words ("他们" = 他 + 们).
 */
export function isCjkFunctionWord(word: string, lang: string, stop: ReadonlySet<string>): boolean {
  if (lang === 'ja') return /^[\u3040-\u309f\u30fc]+$/u.test(word);
  if (lang !== 'zh') return false;
  return CHINESE_FUNCTION.has(word) || [...word].every((ch) => stop.has(ch) || TRADITIONAL_STOP.has(ch));
}

// Languages whose names take case endings ("Souček", "Součka"): one name, several spellings.
const INFLECTING = new Set(['cs', 'sk', 'pl', 'sl', 'hr', 'sr', 'bs', 'ru', 'uk', 'be', 'bg', 'lt', 'lv', 'et', 'fi', 'hu']);

/** Whether the language's names take case endings. */
export function inflects(lang: string): boolean {
  return INFLECTING.has(lang);
}

/** Whether two capitalised words are the same name, allowing case endings where the language has them. */
export function sameName(a: string, b: string, lang: string): boolean {
  if (a === b) return true;
  if (!INFLECTING.has(lang) || Math.abs(a.length - b.length) > 2) return false;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common += 1;
  return common >= 4 && common >= Math.min(a.length, b.length) - 2;
}
