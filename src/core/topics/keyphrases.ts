// "Why it matters": 3-5 key topics. Names (see cased-phrases.ts) and recurring lower-case noun
// phrases, ranked by how often they occur, with a bonus when the title names them. A surname
// alone counts towards the full name ("Shadlen" -> "Michael Shadlen"). Languages without spaces
// or case use frequent dictionary words and pairs of them.
import { addCandidate, casedPhrases, recurringWords, type Candidate, type Candidates } from './cased-phrases.ts';
import { isSpacelessLang } from '../text/lang.ts';
import { splitWords } from '../text/segment.ts';
import { stopwordsFor } from '../text/stopwords.ts';
import { foldInflections, foldPlurals, foldSurnames } from './topic-folds.ts';
import { isCjkFunctionWord } from './topic-words.ts';

export const MAX_TOPICS = 5;
export const MIN_TOPICS = 3;

export function keyphrases(sentences: string[], title: string, lang: string): string[] {
  const stop = stopwordsFor(lang);
  const spaced = !isSpacelessLang(lang) && hasCase(sentences);
  const candidates = spaced ? casedPhrases(sentences, lang, stop) : wordPhrases(sentences, lang, stop);
  if (spaced) {
    foldPlurals(candidates);
    foldInflections(candidates, lang);
    foldSurnames(candidates, lang);
  }
  const titleLower = title.toLowerCase();
  const inTitle = (c: Candidate): boolean => titleLower.includes(c.text.toLowerCase());
  const score = (c: Candidate): number => c.count * (c.entity ? 1.5 : 1) * (inTitle(c) ? 2 : 1) * (1 + 0.3 * (c.words.length - 1));
  const scored = [...candidates.values()]
    .filter((c) => c.count >= 2 || inTitle(c))
    .map((c) => ({ c, score: score(c) }))
    // Ties go to the earlier mention: candidates are in order of first mention, and sort is stable.
    .sort((a, b) => b.score - a.score);
  const out: Candidate[] = [];
  for (const { c } of scored) {
    if (out.length >= MAX_TOPICS) break;
    if (out.some((o) => overlaps(o, c, spaced))) continue;
    out.push(c);
  }
  if (spaced && out.length < MIN_TOPICS) {
    out.push(...titleWords(sentences, title, lang, stop, out));
    out.sort((a, b) => score(b) - score(a));
  }
  return withOneSubject(out, scored.map((s) => s.c), spaced).map((c) => c.text);
}

/**
 * A page too plain for names or recurring phrases ("How to Build a Terrarium", "On Behalf of
 * “Literally”") is still about the words its title uses and its text repeats.
 */
function titleWords(sentences: string[], title: string, lang: string, stop: ReadonlySet<string>, out: Candidate[]): Candidate[] {
  const titled = new Set((title.toLowerCase().match(/\p{L}+/gu) ?? []).map(singular));
  const taken = new Set(out.flatMap((o) => o.words.map(singular)));
  const words = recurringWords(sentences, lang, stop);
  foldPlurals(words);
  return [...words.values()]
    .filter((c) => c.count >= 2 && titled.has(singular(c.words[0]!)) && !taken.has(singular(c.words[0]!)))
    .sort((a, b) => b.count - a.count)
    .slice(0, MIN_TOPICS - out.length);
}

// Title and text may differ in number: "How to Build a Terrarium" is about "terrariums".
const singular = (w: string): string => w.replace(/(?<=\p{L}{3})e?s$/u, '');

/**
 * "Why it matters" names what the piece is about as well as who is in it: when every topic is
 * a name, the last gives way to the best recurring subject phrase ("base model"), if any.
 */
function withOneSubject(out: Candidate[], ranked: Candidate[], spaced: boolean): Candidate[] {
  if (!spaced || out.length < MAX_TOPICS || out.some((c) => !c.entity)) return out;
  const subject = ranked.find((c) => !c.entity && c.count >= 2 && c.words.length > 1 && !out.some((o) => overlaps(o, c, spaced)));
  return subject ? [...out.slice(0, -1), subject] : out;
}

function hasCase(sentences: string[]): boolean {
  return /\p{Lu}/u.test(sentences.slice(0, 20).join(' '));
}

/** One topic holds the other: as whole words where words are spaced, as text otherwise. */
function overlaps(a: Candidate, b: Candidate, spaced: boolean): boolean {
  if (!spaced) return a.text.includes(b.text) || b.text.includes(a.text);
  const x = ` ${a.words.join(' ')} `;
  const y = ` ${b.words.join(' ')} `;
  return x.includes(y) || y.includes(x);
}

// Latin-script words inside Chinese or Japanese text: kept whole ("AlphaGo", "Wi-Fi").
const LATIN_WORD = /([\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}'’&.-]*[\p{Script=Latin}\p{N}]|\p{Script=Latin})/u;

/**
 * Languages without case (or spaces): frequent dictionary words of two or more characters and,
 * where words are not spaced, pairs of them written together ("人工" + "智能" = "人工智能").
 */
function wordPhrases(sentences: string[], lang: string, stop: ReadonlySet<string>): Candidates {
  const map: Candidates = new Map();
  const spaceless = isSpacelessLang(lang);
  const isContent = (w: string): boolean =>
    w.length >= 2 && !stop.has(w.toLowerCase()) && !/^\p{N}+$/u.test(w) && !isCjkFunctionWord(w, lang, stop);
  for (const s of sentences) {
    s.split(LATIN_WORD).forEach((piece, i) => {
      if (i % 2 === 1) {
        // Short lower-case Latin words in such text are stray fragments, not topics.
        if (isContent(piece) && !/^[a-z]{1,3}$/u.test(piece)) addCandidate(map, piece, [piece], false);
        return;
      }
      for (const chunk of piece.split(/[^\p{L}\p{N}]+/u)) {
        let prev: string | undefined;
        for (const w of splitWords(chunk, lang)) {
          const content = isContent(w);
          if (content) addCandidate(map, w, [w], false);
          if (spaceless && content && prev) addCandidate(map, prev + w, [prev, w], false);
          prev = content ? w : undefined;
        }
      }
    });
  }
  return map;
}
