// Porter stemming as Google's rouge-score does it: NLTK's PorterStemmer in its default
// NLTK_EXTENSIONS mode. The `stemmer` package implements Martin Porter's published algorithm
// (with his later bli/logi changes); NLTK departs from it in a handful of documented places.
// Rather than hand-write a stemmer, we run the package and correct only those departures.
// Checked against NLTK 3.8 on every distinct token of the CNN/DM train+val sets (see README).
import { stemmer } from 'stemmer';

/** NLTK looks these up before stemming at all. */
const NLTK_IRREGULAR: Readonly<Record<string, string>> = {
  skies: 'sky', sky: 'sky', dying: 'die', lying: 'lie', tying: 'tie', news: 'news',
  innings: 'inning', inning: 'inning', outings: 'outing', outing: 'outing',
  cannings: 'canning', canning: 'canning', howe: 'howe', proceed: 'proceed',
  exceed: 'exceed', succeed: 'succeed',
};

const VOWELS = 'aeiou';

/** Porter's consonant test: `y` is a consonant at the start or after a vowel. */
function isConsonant(word: string, i: number): boolean {
  const ch = word[i] ?? '';
  if (VOWELS.includes(ch)) return false;
  if (ch !== 'y') return true;
  return i === 0 ? true : !isConsonant(word, i - 1);
}

/** Porter's measure m: the number of vowel-consonant sequences in the word. */
export function porterMeasure(word: string): number {
  let m = 0;
  for (let i = 1; i < word.length; i++) {
    if (isConsonant(word, i) && !isConsonant(word, i - 1)) m++;
  }
  return m;
}

/** NLTK_EXTENSIONS step-1c condition: y -> i only after a consonant that is not the first letter. */
function nltkTurnsYIntoI(stem: string): boolean {
  return stem.length > 1 && isConsonant(stem, stem.length - 1);
}

/**
 * The package applies step 1c (y -> i) whenever the stem holds a vowel; NLTK whenever the letter
 * before y is a consonant. No later step touches a word ending in vowel+i / vowel+y or a
 * vowel-less stem, so the final form can be fixed up after the fact.
 */
function fixStep1c(word: string, stem: string): string {
  const last = stem.length - 1;
  if (stem.endsWith('i') && word[last] === 'y') {
    const withY = stem.slice(0, last) + 'y';
    return nltkTurnsYIntoI(withY.slice(0, last)) ? stem : withY;
  }
  // Only a y that ended the word at step 1c ("trying" -> "try"), not one bared by step 5 ("goodbye").
  const bareY = ['', 's', 'ed', 'ing'].includes(word.slice(stem.length));
  if (stem.endsWith('y') && bareY && stem.length > 2 && nltkTurnsYIntoI(stem.slice(0, last))) {
    return stem.slice(0, last) + 'i';
  }
  return stem;
}

/** Step 2: NLTK adds fulli -> ful, and measures `logi` with its `l` ("geology" -> "geolog"). */
function fixStep2(stem: string): string {
  if (stem.endsWith('fulli') && porterMeasure(stem.slice(0, -5)) > 0) {
    return stemmer(stem.slice(0, -2)); // "hopeful" then goes on through steps 3-5 ("hope")
  }
  if (stem.endsWith('logi') && porterMeasure(stem.slice(0, -3)) > 0) return stem.slice(0, -1);
  return stem;
}

/**
 * NLTK counts a two-letter vowel-consonant stem as "cvc", so it keeps or restores the `e` of
 * "use", "age", "one" ("uses" -> "use", "owings" -> "owe") where the package drops it.
 */
function fixShortCvc(word: string, stem: string): string {
  if (stem.length !== 2 || isConsonant(stem, 0) || !isConsonant(stem, 1)) return stem;
  const keepsE = word.startsWith(stem + 'e') || ['ing', 'ings'].includes(word.slice(2));
  return keepsE ? stem + 'e' : stem;
}

/** NLTK step 1a/1b: four-letter "-ies"/"-ied" words keep "ie" ("ties" -> "tie", "died" -> "die"). */
function fourLetterIe(word: string): string | undefined {
  if (word.length === 4 && (word.endsWith('ies') || word.endsWith('ied'))) return word.slice(0, 1) + 'ie';
  return undefined;
}

/**
 * NLTK turns "-alli" into "-al" and runs step 2 again, so "additionally" -> "additional" ->
 * "addition" -> (step 4) "addit"; the package stops at "addition". Stemming the "-al" word
 * directly follows NLTK's path, since steps 1a-1c do nothing to it.
 */
function viaAl(word: string): string | undefined {
  if (word.endsWith('ally') && porterMeasure(word.slice(0, -4)) > 0) return nltkPorterStem(word.slice(0, -2));
  return undefined;
}

/** Stems a lowercase token exactly as NLTK's PorterStemmer() does. */
export function nltkPorterStem(word: string): string {
  const irregular = NLTK_IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (word.length <= 2) return word;
  const ie = fourLetterIe(word);
  if (ie !== undefined) return ie;
  const al = viaAl(word);
  if (al !== undefined) return al;
  const stem = stemmer(word);
  return fixShortCvc(word, fixStep2(fixStep1c(word, stem)));
}
