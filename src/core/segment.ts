// Sentence and word segmentation on top of Intl.Segmenter, with repairs for its known pitfalls:
// ICU breaks after abbreviations and initials ("Mr. | Smith", "J. | K. | Rowling"), breaks
// before a lower-case continuation ("'Why?' | he asked"), leaves an opening bracket on the
// previous sentence ("です。「 | 大丈夫。」"), and misses breaks with no space ("ended.Then").
import { AMBIGUOUS, NUMBERED, TITLES } from './abbreviations.ts';
import { langFromScript, primaryLang } from './lang.ts';
import { stopwordsFor } from './stopwords.ts';

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${lang}/${granularity}`;
  let seg = segmenters.get(key);
  if (!seg) {
    seg = new Intl.Segmenter(lang, { granularity });
    segmenters.set(key, seg);
  }
  return seg;
}

/** The language to segment with: the declared one, else the script's, else English. */
export function segmentationLang(text: string, lang?: string): string {
  return primaryLang(lang) ?? langFromScript(text) ?? 'en';
}

// A lower-case word glued to a full stop and a capitalised word: "ended.Then it". Two letters
// before the stop keep "U.S" and initials out; a lower-case letter after keeps "Node.Js"-like
// names of one capital (rare) at risk, which we accept.
const MISSING_BREAK = /(\p{Ll}{2}[.!?]["'’”)]?)(?=\p{Lu}\p{Ll})/gu;
// ASCII quotes open only after a space ('"Stop." ' ends with a closing one).
const OPENERS_AT_END = /(?:\s["']|[「『（(“‘\[《〈【])+\s*$/u;
const CLOSERS_AT_START = /^[」』）)”’"'\]》〉】]+/u;

/** Split text into sentences, trimmed, in order. Empty input gives []. */
export function splitSentences(text: string, lang?: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  const language = segmentationLang(clean, lang);
  const prepared = clean.replace(MISSING_BREAK, '$1 ');
  const raw = Array.from(segmenter(language, 'sentence').segment(prepared), (s) => s.segment);
  return repair(raw, language).map((s) => s.trim()).filter((s) => s.length > 0);
}

function repair(raw: string[], lang: string): string[] {
  const out: string[] = [];
  const stop = stopwordsFor(lang);
  for (let piece of raw) {
    const prev = out[out.length - 1];
    if (prev !== undefined) {
      // Move an opening bracket left at the end of the previous sentence onto this one.
      const opener = prev.match(OPENERS_AT_END);
      if (opener && opener[0].trim()) {
        out[out.length - 1] = prev.slice(0, prev.length - opener[0].length) + ' ';
        piece = opener[0].trim() + piece;
      }
      const previous = out[out.length - 1] ?? '';
      if (continues(previous, piece, stop)) {
        out[out.length - 1] = previous + piece;
        continue;
      }
    }
    out.push(piece);
  }
  return out;
}

/** True when `next` is not a new sentence but the continuation of `prev`. */
function continues(prev: string, next: string, stop: ReadonlySet<string>): boolean {
  const head = next.trimStart();
  const body = head.replace(CLOSERS_AT_START, '').trimStart();
  const first = body.match(/^[\p{L}\p{N}][\p{L}\p{N}.'’-]*/u)?.[0] ?? '';
  // A lower-case start continues a sentence ICU cut after "?" or "!" inside quotes.
  if (/^\p{Ll}/u.test(body)) return true;
  // Japanese quotative particle after a closed quote: 「…。」と述べた.
  if (/[」』]\s*$/.test(prev) && /^(と|って|という|との)/.test(body)) return true;
  const last = prev.trimEnd().match(/(?:^|[\s(\["“‘'])([\p{L}][\p{L}.]*)\.$/u)?.[1];
  if (!last) return false;
  const word = last.toLowerCase();
  if (TITLES.has(word)) return true;
  if (NUMBERED.has(word)) return /^\p{N}/u.test(body);
  const initialism = /^(\p{L}\.)*\p{L}$/u.test(last) && (last.length === 1 || last.includes('.'));
  if (initialism && last.length === 1 && !/\p{Lu}/u.test(last)) return false;
  if (initialism || AMBIGUOUS.has(word)) {
    if (!first) return false;
    // "Jan. 5" continues; "the U.S. 5G rollout" is too rare to matter either way.
    if (/^\p{N}/u.test(first)) return AMBIGUOUS.has(word);
    // "U.S. President" continues, "the U.S. The next day" starts anew.
    return !stop.has(first.toLowerCase());
  }
  return false;
}

/** Word-like tokens of a text (ICU dictionary segmentation for Japanese, Chinese, Thai). */
export function splitWords(text: string, lang?: string): string[] {
  const language = segmentationLang(text, lang);
  const words: string[] = [];
  for (const s of segmenter(language, 'word').segment(text)) {
    if (s.isWordLike) words.push(s.segment);
  }
  return words;
}
