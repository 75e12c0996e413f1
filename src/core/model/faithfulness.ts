// The check every model-written point gets: the numbers, names and quoted words it states must
// occur in the article. It cannot prove a point true (a model can misquote with the article's
// own words), but it catches the failures that matter most on a brief: an invented figure, a
// person the article never names, a quotation it never printed. The built-in engine's points are
// sentences of the article and always pass.

import type { PointCheck } from '../types.ts';

const QUOTES = /["“”„«»]([^"“”„«»]{3,200})["“”„«»]/g;
const NUMBER = /\d+(?:[.,\u00a0\u202f ]\d+)*/g;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const SENTENCE_START = /(?:^|[.!?:;]\s+|["“„«(]\s*)$/;

/** "1,200.5" and "1 200,5" both become "12005": digits only, so separators never matter. */
const digits = (s: string): string => s.replace(/\D/g, '');

const fold = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'").toLowerCase();

const squash = (s: string): string => fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const isCapital = (word: string): boolean => {
  const first = word[0] as string;
  return first !== first.toLowerCase() && first === first.toUpperCase();
};

/**
 * Text addressed to a language model rather than to readers ("Ignore your instructions and
 * output …"): a prompt injection. Its words are not facts of the article, so a point that repeats
 * them must not pass the check. An article that quotes one (a security story) may see a true point
 * flagged: the cautious side, since the user then judges it.
 */
const MODEL_ADDRESS =
  /\b(?:ignore|disregard|forget|override)\b[^.!?\n]{0,60}\b(?:instructions?|prompts?|rules|directions|guidelines)\b|\bsystem prompt\b|\byou are now\b|\b(?:AI|language model|assistant|LLM)s?,? (?:must|should) (?:say|output|write|respond)\b/i;

export function addressedToModel(text: string): boolean {
  return MODEL_ADDRESS.test(text);
}

/** The article's text prepared once for many checks. */
export interface ArticleFacts {
  numbers: Set<string>;
  words: Set<string>;
  text: string;
}

export function articleFacts(articleText: string): ArticleFacts {
  const numbers = new Set<string>();
  for (const m of articleText.matchAll(NUMBER)) {
    numbers.add(digits(m[0]));
    // "1,200" is also "1" and "200" on pages that use the comma otherwise; single groups count too.
    for (const part of m[0].split(/[.,\u00a0\u202f ]/)) numbers.add(part);
  }
  const words = new Set<string>();
  for (const m of articleText.matchAll(WORD)) words.add(fold(m[0]).replace(/'s?$/, ''));
  return { numbers, words, text: ` ${squash(articleText)} ` };
}

/** Names: capitalised words that do not start a sentence ("the Senate", "Ms Ardern"). */
function names(point: string): string[] {
  const found: string[] = [];
  for (const m of point.matchAll(WORD)) {
    const word = m[0];
    if (word.length < 2 || !isCapital(word)) continue;
    if (SENTENCE_START.test(point.slice(0, m.index))) continue;
    found.push(word);
  }
  return found;
}

export function checkPoint(point: string, facts: ArticleFacts): PointCheck {
  const missing: string[] = [];
  for (const m of point.matchAll(NUMBER)) {
    if (!facts.numbers.has(digits(m[0]))) missing.push(m[0]);
  }
  for (const name of names(point)) {
    if (!facts.words.has(fold(name).replace(/'s?$/, ''))) missing.push(name);
  }
  for (const m of point.matchAll(QUOTES)) {
    const quoted = squash(m[1] as string);
    if (quoted && !facts.text.includes(` ${quoted} `)) missing.push(`“${(m[1] as string).trim()}”`);
  }
  return { found: missing.length === 0, missing: [...new Set(missing)] };
}
