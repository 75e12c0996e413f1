// Topic candidates in languages with capital letters: names (runs of capitalised words that are
// capitalised for a reason) and short lower-case noun phrases that recur.
import { isTitleCase, topicTokens, type TopicToken } from './topic-tokens.ts';
import {
  calendarWords, HONORIFICS, isEnglishAdverb, isEnglishFiller, isEnglishParticiple, isOfficeTitle, NAME_CONNECTORS,
  POST_NOMINALS,
} from './topic-words.ts';

export interface Candidate {
  text: string;
  /** Lower-cased words: what two mentions are compared on. */
  words: string[];
  count: number;
  entity: boolean;
}

export type Candidates = Map<string, Candidate>;

const MAX_NAME_WORDS = 6;
// A capitalised word is a common word ("the Government", "LOTS of") when it is also written in
// lower case at least once for every COMMON_RATIO capitalised mid-sentence uses.
const COMMON_RATIO = 3;

export function addCandidate(map: Candidates, text: string, words: string[], entity: boolean): void {
  const key = words.join(' ');
  const c = map.get(key);
  if (c) {
    c.count += 1;
    c.entity ||= entity;
  } else {
    map.set(key, { text, words, count: 1, entity });
  }
}

interface Page {
  lang: string;
  /** How often each capitalised word stands mid-sentence, where its capital means something. */
  midCaps: Map<string, number>;
  /** How often each word is written in lower case. */
  lowerUses: Map<string, number>;
  /** How often a capitalised word opening a sentence comes before each capitalised word. */
  openingPairs: Map<string, number>;
}

/** Words that are never part of a topic: stop words, filler, numbers, calendar words, contractions. */
function stopTest(lang: string, stop: ReadonlySet<string>): (t: TopicToken, contraction: boolean) => boolean {
  const calendar = calendarWords(lang);
  const english = lang === 'en';
  return (t, contraction) =>
    contraction || t.number || calendar.has(t.lower) ||
    // Two capitals are an acronym ("US", "IT"), not the stop word they spell.
    ((stop.has(t.lower) || (english && isEnglishFiller(t.lower))) && !(t.text.length === 2 && t.text === t.text.toUpperCase())) ||
    (!t.capital && t.text.includes('.'));
}

export function casedPhrases(sentences: string[], lang: string, stop: ReadonlySet<string>): Candidates {
  const isStop = stopTest(lang, stop);
  const tokenised = sentences.map((s) => topicTokens(s, lang, isStop));
  const prose = tokenised.map((toks) => !isTitleCase(toks));
  const page: Page = { lang, midCaps: new Map(), lowerUses: new Map(), openingPairs: new Map() };
  tokenised.forEach((toks, i) => {
    toks.forEach((t, k) => {
      const next = toks[k + 1];
      if (!t.capital) bump(page.lowerUses, t.lower);
      else if (prose[i] && !t.opener && !numbered(next)) bump(page.midCaps, t.text);
      else if (t.opener && next && !next.breakBefore && next.capital) bump(page.openingPairs, pair(t, next));
    });
  });
  const map: Candidates = new Map();
  tokenised.forEach((toks, i) => prose[i] && scanSentence(sentences[i]!, toks, page, map));
  return map;
}

// "Bug 1553982", "Chapter 3": a capital before a number is a label's, not a name's.
function numbered(next: TopicToken | undefined): boolean {
  return !!next && !next.breakBefore && next.number;
}

function pair(a: TopicToken, b: TopicToken): string {
  return `${a.text} ${b.text}`;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Split one sentence into runs of name words and runs of lower-case content words. */
function scanSentence(sentence: string, toks: TopicToken[], page: Page, map: Candidates): void {
  const named = nameWords(toks, page);
  let run: TopicToken[] = [];
  let plain: string[] = [];
  for (let i = 0; i < toks.length; i += 1) {
    const tok = toks[i]!;
    // Only a one-word head takes a connector ("Bank of America", not "Jamie Werner of Ngātiwai").
    const links = run.length === 1 && !tok.breakBefore ? connectorsBefore(toks, i, named) : 0;
    const inName = links > 0 || named[i] || (run.length > 0 && !tok.breakBefore && innerFiller(tok, page));
    const inPlain = !inName && !tok.stop && tok.text.length > 2;
    if (run.length > 0 && (!inName || tok.breakBefore)) run = addName(sentence, run, page, map);
    if (plain.length > 0 && (!inPlain || tok.breakBefore)) plain = addPlainPhrase(plain, page.lang, map);
    if (links > 0) {
      run.push(...toks.slice(i, i + links));
      i += links - 1;
    } else if (inName) {
      run.push(tok);
      if (tok.possessive) run = addName(sentence, run, page, map);
    } else if (inPlain) {
      plain.push(tok.lower);
      // "this year’s survey" is no "year survey".
      if (tok.possessive) plain = addPlainPhrase(plain, page.lang, map);
    }
  }
  if (run.length > 0) addName(sentence, run, page, map);
  if (plain.length > 0) addPlainPhrase(plain, page.lang, map);
}

/**
 * Which words are name words. A capitalised word is one mid-sentence; at a sentence start only
 * when it is seen capitalised mid-sentence elsewhere ("Obama said" yes, "Proof:" no), or when it
 * is never written in lower case and opens the same name more than once ("“Super Mario Run”").
 */
function nameWords(toks: TopicToken[], page: Page): boolean[] {
  const capital = toks.map((t) => t.capital && !t.stop);
  const named = toks.map((t, i) => capital[i]! && (!t.opener || page.midCaps.has(t.text)));
  for (let i = toks.length - 2; i >= 0; i -= 1) {
    const t = toks[i]!;
    const next = toks[i + 1]!;
    if (capital[i] && !named[i] && !t.possessive && named[i + 1] && !next.breakBefore &&
      !page.lowerUses.has(t.lower) && (page.openingPairs.get(pair(t, next)) ?? 0) >= 2) {
      named[i] = true;
    }
  }
  return named;
}

// English number words and the like may sit inside a name once it has begun ("Xbox One").
function innerFiller(tok: TopicToken, page: Page): boolean {
  return page.lang === 'en' && tok.capital && !tok.opener && !tok.number && isEnglishFiller(tok.lower);
}

/** How many lower-case connectors ("of", "de la") at i join the run to a name word after them. */
function connectorsBefore(toks: TopicToken[], i: number, named: boolean[]): number {
  let j = i;
  while (j < toks.length && j - i < 2 && NAME_CONNECTORS.has(toks[j]!.text) && !toks[j]!.breakBefore) j += 1;
  return j > i && j < toks.length && !toks[j]!.breakBefore && named[j] ? j - i : 0;
}

/** A run of name words: one name, or in English several parted by titles of office. */
function addName(sentence: string, run: TopicToken[], page: Page, map: Candidates): TopicToken[] {
  let from = 0;
  for (let i = 0; i < run.length; i += 1) {
    if (page.lang === 'en' && i < run.length - 1 && isOfficeTitle(run[i]!.lower, run[i + 1]!.lower)) {
      addNamePart(sentence, run.slice(from, i), page, map);
      from = i + 1;
    }
  }
  addNamePart(sentence, run.slice(from), page, map);
  return [];
}

function addNamePart(sentence: string, part: TopicToken[], page: Page, map: Candidates): void {
  let from = 0;
  let to = part.length;
  const edge = (t: TopicToken): boolean => NAME_CONNECTORS.has(t.text);
  while (from < to && (HONORIFICS.has(part[from]!.lower) || edge(part[from]!))) from += 1;
  while (to > from && (POST_NOMINALS.has(part[to - 1]!.lower.replace(/\.$/u, '')) || edge(part[to - 1]!))) to -= 1;
  const words = part.slice(from, to);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return;
  if (words.length === 1 && (words[0]!.text.length === 1 || isCommonWord(words[0]!, page))) return;
  const text = sentence.slice(words[0]!.start, words[words.length - 1]!.end);
  addCandidate(map, text, words.map((w) => w.lower), true);
}

function isCommonWord(tok: TopicToken, page: Page): boolean {
  const lower = page.lowerUses.get(tok.lower) ?? 0;
  return lower > 0 && lower * COMMON_RATIO >= (page.midCaps.get(tok.text) ?? 0);
}

/**
 * Two or three lower-case content words. In English an adverb parts a phrase ("respondents
 * currently using"), no noun phrase ends with a participle ("credit card sized"), and a leading
 * participle goes when two words remain ("called quark-gluon plasma", but "supervised learning").
 */
function addPlainPhrase(words: string[], lang: string, map: Candidates): string[] {
  let w = words;
  if (lang === 'en') {
    const adverb = w.findIndex(isEnglishAdverb);
    if (adverb >= 0) {
      addPlainPhrase(w.slice(0, adverb), lang, map);
      return addPlainPhrase(w.slice(adverb + 1), lang, map);
    }
    while (w.length > 0 && isEnglishParticiple(w[w.length - 1]!)) w = w.slice(0, -1);
    if (w.length > 2 && isEnglishParticiple(w[0]!)) w = w.slice(1);
  }
  if (w.length >= 2 && w.length <= 3) addCandidate(map, w.join(' '), w, false);
  return [];
}

/**
 * Single content words that are not names, counted: what a page too plain for names or recurring
 * phrases ("On Behalf of “Literally”") is about, when its title uses them too (keyphrases.ts).
 */
export function recurringWords(sentences: string[], lang: string, stop: ReadonlySet<string>): Candidates {
  const isStop = stopTest(lang, stop);
  const map: Candidates = new Map();
  for (const s of sentences) {
    for (const t of topicTokens(s, lang, isStop)) {
      // A capital that opens a sentence says nothing; one mid-sentence makes a name, not a word.
      if ((t.capital && !t.opener) || t.stop || t.text.length < 4) continue;
      addCandidate(map, t.lower, [t.lower], false);
    }
  }
  return map;
}
