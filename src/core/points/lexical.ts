// Lexical features of a candidate point: its words, hashed into a fixed number of buckets, so a
// linear scorer can learn which words mark a sentence a summary keeps ("said", "police", "found")
// and which mark one it drops ("scroll", "pictured", "click"). Learned on English news only, so
// other languages get none: a bucket's weight means nothing for words it never saw.

/** Buckets for the words of a point, and for its first word (openers carry their own signal). */
export const WORD_BUCKETS = 1024;
export const OPENER_BUCKETS = 256;
export const LEXICAL_SIZE = WORD_BUCKETS + OPENER_BUCKETS;

/** FNV-1a, 32 bits: stable across runs and platforms, so trained buckets mean the same at run time. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Lexical {
  /** Bucket indices, 0 .. LEXICAL_SIZE - 1, each once. */
  buckets: number[];
  /** The value of each bucket (the same for all: 1 / sqrt(distinct words)), so long points do not score by length. */
  value: number;
}

const NONE: Lexical = { buckets: [], value: 0 };

export function lexicalFeatures(text: string, lang: string): Lexical {
  if (lang !== 'en') return NONE;
  const words = text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g);
  if (!words) return NONE;
  const set = new Set<number>();
  for (const w of words) set.add(hash(w) % WORD_BUCKETS);
  const size = set.size;
  set.add(WORD_BUCKETS + (hash(words[0]!) % OPENER_BUCKETS));
  return { buckets: [...set], value: 1 / Math.sqrt(size) };
}

/** The lexical part of a candidate's score. */
export function lexicalScore(lexical: Lexical, weights: ArrayLike<number> | undefined): number {
  if (!weights || lexical.buckets.length === 0) return 0;
  let sum = 0;
  for (const b of lexical.buckets) sum += weights[b] ?? 0;
  return sum * lexical.value;
}
