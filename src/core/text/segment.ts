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

// V8 before 12.4 (Node 20; Chrome before 124) spends time proportional to the whole string on
// every segment Intl.Segmenter yields, so segmenting one long text is quadratic: a 1 MB paragraph
// took minutes (crbug.com/326176949). Long texts are segmented in windows instead, cut where
// there is a boundary anyway: after a sentence end, else at a space; only text with neither
// (a 50,000-letter "word", unspaced CJK without 。) is cut blindly, between code points.
// Word windows are shorter: a window holds many more words than sentences, and every space is
// a word boundary, so a shorter window costs nothing in accuracy.
const WINDOW = { sentence: 4000, word: 1000 } as const;
const SENTENCE_CUT = /(?:[.!?]["'’”)\]]*\s+|[。！？][」』）]*)(?=\S)/gu;

function lastCut(text: string, from: number, to: number, pattern: RegExp): number {
  let cut = -1;
  for (const m of text.slice(from, to).matchAll(pattern)) cut = from + (m.index ?? 0) + m[0].length;
  return cut;
}

function cutPoint(text: string, start: number, window: number): number {
  const end = start + window;
  if (end >= text.length) return text.length;
  const half = start + window / 2;
  let cut = lastCut(text, half, end, SENTENCE_CUT);
  if (cut < 0) cut = lastCut(text, half, end, /\s+(?=\S)/gu);
  if (cut > start) return cut;
  cut = end;
  // Never split a surrogate pair, or a base letter from its combining marks.
  while (cut > half && /[\p{M}\u200d\ufe0f\udc00-\udfff]/u.test(text[cut] ?? '')) cut--;
  return cut;
}

/** Segments of `text`, windowed so the cost stays linear in its length (see WINDOW). */
function* segments(seg: Intl.Segmenter, text: string, window: number): Generator<Intl.SegmentData> {
  for (let start = 0; start < text.length; ) {
    const end = cutPoint(text, start, window);
    yield* seg.segment(text.slice(start, end));
    start = end;
  }
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

// Whitespace, format characters (zero-width space, bidi embeddings, BOM) and controls show nothing.
const VISIBLE = /[^\s\p{Cf}\p{Cc}]/u;

/** Whether a text has any character a reader would see. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

/** Split text into sentences, trimmed, in order. Empty input gives []. */
export function splitSentences(text: string, lang?: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  const language = segmentationLang(clean, lang);
  const prepared = clean.replace(MISSING_BREAK, '$1 ');
  const raw = Array.from(segments(segmenter(language, 'sentence'), prepared, WINDOW.sentence), (s) => s.segment);
  return repair(raw, language)
    .flatMap(splitAfterPhotoMarker)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * A photo caption glued onto the sentence after it, as news pages scraped to text have them:
 * "Teenagers have had surgery (file picture) Obese teenagers as young as 16 have...". The marker
 * ends the caption, so a capitalised word after it opens a new sentence. A lower-case word
 * ("Mr Scurfield (pictured) 'gave his life...'") continues the same one.
 */
const PHOTO_MARKER_BREAK =
  /(?<=\((?:(?:[Ff]ile|[Ss]tock) (?:picture|photo|image)|[Pp]ictured[^()]{0,40}|(?:far |centre |center )?(?:left|right)|above|below|centre|center|top|bottom|inset)\))\s+(?=["'‘“]?\p{Lu})/gu;

function splitAfterPhotoMarker(sentence: string): string[] {
  return sentence.includes('(') ? sentence.split(PHOTO_MARKER_BREAK) : [sentence];
}

// Repairs look at the end of the previous sentence only, and stop gluing pieces onto one that is
// already this long: text that ICU cuts into thousands of pieces that all "continue" ("why? not
// why? not ...") would otherwise cost quadratic time. No real sentence comes near the bound.
const MAX_GLUED_CHARS = 2000;
const TAIL_CHARS = 64;

function repair(raw: string[], lang: string): string[] {
  const out: string[] = [];
  const stop = stopwordsFor(lang);
  for (let piece of raw) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.length <= MAX_GLUED_CHARS) {
      // Move an opening bracket left at the end of the previous sentence onto this one.
      const opener = prev.slice(-TAIL_CHARS).match(OPENERS_AT_END);
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

// Scripts written without spaces between words: only ICU's dictionaries can find their words.
const DICTIONARY_SCRIPT = /[\p{Ideographic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\u{FF9E}\u{FF9F}]/u;

// Everywhere else, the word-like segments of Unicode's word-break rules (UAX #29) come from one
// regular expression, about 25 times faster than Intl.Segmenter, which was the summarizer's
// largest cost. A word is letters, decimal digits, underscores and their combining marks or
// format characters; an apostrophe, full stop, colon or middle dot joins two letters ("don't",
// "U.S"), and a full stop, comma, semicolon or apostrophe joins two digits ("1,000.5"). On
// 18,731 sentences (CNN/DM and every spaced-script Readability page) it gives exactly ICU's
// words in all but two, which differ only over "½". Three exceptions follow ICU: a run of Hangul
// syllables is a word of its own ("2024년" is "2024" and "년"); Hebrew joins letters with a double
// quote (צה"ל) and keeps an apostrophe after a letter (ג'); ideographs of any script (Tangut,
// Nüshu) go to ICU with Han. On a million random strings of letters and decimal digits of every
// script it then gives ICU's words every time (long-text.test.ts fuzzes the same property).
const HANGUL = String.raw`\u{AC00}-\u{D7A3}`;
const LETTER = String.raw`[[\p{L}\p{Nl}]--[${HANGUL}]]`;
const WORD_PART = String.raw`(?:[[\p{L}\p{Nl}\p{Nd}_]--[${HANGUL}]][[\p{L}\p{Nl}\p{M}\p{Nd}_\p{Cf}]--[${HANGUL}]]*|[${HANGUL}][${HANGUL}\p{M}\p{Cf}]*)`;
const HEBREW = String.raw`\p{Script=Hebrew}[\p{M}\p{Cf}]*`;
// Each joiner is matched before its lookbehind is tried: most word ends have none (about 25% faster).
const JOINER = String.raw`(?:['’.:·](?<=${LETTER}[\p{M}\p{Cf}]*.)(?=${LETTER})|"(?<=${HEBREW}")(?=\p{Script=Hebrew})|[.,;'’](?<=\p{Nd}[\p{M}\p{Cf}]*.)(?=\p{Nd}))`;
const SPACED_WORD = new RegExp(`${WORD_PART}(?:${JOINER}${WORD_PART})*(?:'(?<=${HEBREW}'))?`, 'gv');

/** Word-like tokens of a text (ICU dictionary segmentation for Japanese, Chinese, Thai). */
export function splitWords(text: string, lang?: string): string[] {
  if (!DICTIONARY_SCRIPT.test(text)) return text.match(SPACED_WORD) ?? [];
  const language = segmentationLang(text, lang);
  const words: string[] = [];
  for (const s of segments(segmenter(language, 'word'), text, WINDOW.word)) {
    if (s.isWordLike) words.push(s.segment);
  }
  return words;
}
