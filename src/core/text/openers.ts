// Words that make a sentence lean on the one before it ("He said...", "But..."): a point opening
// with one reads as dangling unless the sentence before it is the previous point.

const LATIN: Record<string, readonly string[]> = {
  en: [
    'he', 'she', 'it', 'they', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its',
    'him', 'them', 'hers', 'theirs', 'but', 'however', 'and', 'so', 'also', 'meanwhile', 'then',
    'yet', 'instead', 'still', 'or', 'nor', 'such', 'thus', 'therefore', 'hence', 'moreover',
    'furthermore', 'besides', 'additionally', 'nonetheless', 'nevertheless', 'otherwise',
    'likewise', 'similarly', 'plus', 'accordingly', 'consequently',
  ],
  fr: [
    'il', 'elle', 'ils', 'elles', 'ce', 'cet', 'cette', 'ces', 'cela', 'ça', 'celui', 'celle',
    'mais', 'cependant', 'et', 'donc', 'aussi', 'puis', 'ensuite', 'pourtant', 'toutefois',
    'lui', 'leur', 'leurs', 'son', 'sa', 'ses', 'or', 'ainsi',
  ],
  es: [
    'él', 'ella', 'ellos', 'ellas', 'esto', 'esta', 'este', 'estos', 'estas', 'eso', 'esa', 'ese',
    'pero', 'y', 'así', 'también', 'entonces', 'luego', 'su', 'sus', 'además', 'sin',
  ],
  pt: [
    'ele', 'ela', 'eles', 'elas', 'isso', 'isto', 'este', 'esta', 'esse', 'essa', 'mas', 'porém',
    'e', 'então', 'também', 'depois', 'seu', 'sua', 'seus', 'suas', 'além',
  ],
  de: [
    'er', 'sie', 'es', 'dies', 'diese', 'dieser', 'dieses', 'aber', 'jedoch', 'und', 'also',
    'auch', 'dann', 'doch', 'sein', 'seine', 'ihr', 'ihre', 'deshalb', 'trotzdem',
  ],
  it: ['lui', 'lei', 'loro', 'questo', 'questa', 'questi', 'ma', 'però', 'e', 'quindi', 'anche', 'poi'],
};

/** Prefixes for scripts without spaces, matched against the start of the sentence. */
const PREFIXES: Record<string, readonly string[]> = {
  ja: ['これ', 'それ', 'あれ', 'この', 'その', 'あの', 'しかし', 'また', 'そして', 'でも', 'だが', 'さらに', '彼', 'ただ', 'なお', 'そこで'],
  zh: ['他', '她', '它', '这', '這', '那', '但', '然而', '而且', '所以', '因此', '此外', '同时', '同時', '另外', '不过', '不過'],
};

const latinSets = new Map<string, ReadonlySet<string>>();

function latinSet(lang: string): ReadonlySet<string> {
  let set = latinSets.get(lang);
  if (!set) {
    set = new Set(LATIN[lang] ?? LATIN.en);
    latinSets.set(lang, set);
  }
  return set;
}

/**
 * English openers of more than one word, or that lean on what came before only when a comma
 * follows ("Well, him and the artist...", "In response, she..."; but "Well before dawn...").
 */
const EN_PHRASE_OPENER =
  /^(?:well|now|anyway|in response|as a result|as such|by contrast|in contrast|on the other hand|that said|because of this|despite this),/i;

/** True when the sentence opens with a pronoun or connective of its language. */
export function opensWithReference(sentence: string, lang: string): boolean {
  const body = sentence.replace(/^[\s"'“‘«„「『(（\[—–-]+/u, '');
  const prefixes = PREFIXES[lang];
  if (prefixes) return prefixes.some((p) => body.startsWith(p));
  if (lang === 'en' && EN_PHRASE_OPENER.test(body)) return true;
  const first = body.match(/^[\p{L}’']+/u)?.[0]?.toLowerCase().replace(/[’']s$/, '');
  return first !== undefined && latinSet(lang).has(first);
}
