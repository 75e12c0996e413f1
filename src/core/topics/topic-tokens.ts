// Words of a sentence for topic finding, with where they sit: whether punctuation separates a
// word from the one before (a name never spans "Washington, Obama"), and whether the word is at
// a place where any word is capitalised (sentence start, after a colon or an opening quote).
import { HONORIFICS, isContraction } from './topic-words.ts';

export interface TopicToken {
  /** The word, without a possessive "'s" or an elided article ("l’Assemblée" -> "Assemblée"). */
  text: string;
  lower: string;
  /** Offsets of `text` in the sentence, so a topic can be shown exactly as written. */
  start: number;
  end: number;
  /** Starts with a capital, or is an inner-capital brand name ("iPhone", "eBay"). */
  capital: boolean;
  /** Starts with a digit. */
  number: boolean;
  /** Capitalised wherever it stands: the first word of a sentence, clause or quotation. */
  opener: boolean;
  /** Punctuation stands between this word and the one before. */
  breakBefore: boolean;
  /** Had a possessive "'s": the name ends here ("Verizon’s Yahoo" is two names). */
  possessive: boolean;
  /** A stop word, number or other word that is never part of a topic (set by the caller's test). */
  stop: boolean;
}

// Initialisms keep their dots ("U.S.", "L.E.A.N"); other words may hold ' & . - inside.
const TOKEN = /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}][\p{L}\p{N}'’&.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
// Punctuation after which the next word is capitalised whatever it is.
const OPENS = /[:;([{"“”„«»‘|•*·–—]|(?:^|\s)-(?:\s|$)/u;
// "l’", "d’", "qu’", "dell’": French and Italian articles and prepositions glued to the next word.
const ELISION = /^\p{Ll}{1,5}['’](?=\p{L}{2})/u;
const POSSESSIVE = /(?<=[\p{L}\p{N}]{2})['’]s$/u;
const INNER_CAPITAL = /^\p{Ll}+\p{Lu}/u;
const APOSTROPHE = /['’]/u;

/** The words of a sentence; `isStop` marks those that are never part of a topic. */
export function topicTokens(sentence: string, lang: string, isStop: (t: TopicToken, contraction: boolean) => boolean): TopicToken[] {
  const out: TopicToken[] = [];
  let prevEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) {
    const raw = m[0];
    // Most words follow a single space: no need to look at the gap then.
    const spaced = m.index === prevEnd + 1 && sentence.charCodeAt(prevEnd) === 32;
    const gap = spaced ? ' ' : sentence.slice(prevEnd, m.index);
    prevEnd = m.index + raw.length;
    const apostrophe = APOSTROPHE.test(raw);
    const elided = apostrophe && lang !== 'en' ? ELISION.exec(raw)?.[0].length ?? 0 : 0;
    const bare = elided ? raw.slice(elided) : raw;
    const text = apostrophe ? bare.replace(POSSESSIVE, '') : bare;
    const lower = text.toLowerCase();
    const prev = out[out.length - 1];
    const tok: TopicToken = {
      text,
      lower,
      start: m.index + elided,
      end: m.index + elided + text.length,
      capital: lower !== text && (text[0] !== lower[0] || INNER_CAPITAL.test(text)),
      number: text.charCodeAt(0) < 128 ? /[0-9]/.test(text[0]!) : /^\p{N}/u.test(text),
      opener: !prev || (!spaced && OPENS.test(gap)),
      breakBefore: !!prev && !spaced && /\S/u.test(gap) && !abbreviationDot(prev, gap),
      possessive: text.length < bare.length,
      stop: false,
    };
    tok.stop = isStop(tok, apostrophe && lang === 'en' && isContraction(raw));
    out.push(tok);
  }
  return out;
}

// "Dr. Shadlen", "Stuart R. Kaplan": the full stop of a title or an initial does not part a name.
function abbreviationDot(prev: TopicToken, gap: string): boolean {
  return /^\.\s*$/u.test(gap) && ((prev.text.length === 1 && prev.capital) || HONORIFICS.has(prev.lower));
}

/**
 * A headline or label in title case or capitals ("Vidyard Launches New Tools and Features",
 * "SIGN UP FOR OUR NEWSLETTER"): all its content words are capitalised, at least three of them
 * or two with no lower-case word at all, so the capitals say nothing.
 */
export function isTitleCase(tokens: TopicToken[]): boolean {
  let content = 0;
  let lowerCase = false;
  for (const t of tokens) {
    if (t.number) continue;
    if (t.stop) {
      lowerCase ||= !t.capital;
      continue;
    }
    if (!t.capital) return false;
    content += 1;
  }
  return content >= 3 || (content === 2 && !lowerCase);
}
