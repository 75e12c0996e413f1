// Turn an article's blocks into sentence units with the context a scorer needs: which block and
// main section each sentence sits in, its place, and its content words.
import { isProse, type Article, type Block } from '../types.ts';
import { clipSentence } from './clip.ts';
import { cutClutter } from '../text/clutter.ts';
import { isSpacelessLang } from '../text/lang.ts';
import { opensWithReference } from '../text/openers.ts';
import { hasVisibleText, splitSentences, splitWords } from '../text/segment.ts';
import { stopwordsFor } from '../text/stopwords.ts';

export interface Unit {
  text: string;
  /** Index of the sentence in the whole article (0-based, body blocks only). */
  index: number;
  block: number;
  /** Index of the sentence inside its block. */
  inBlock: number;
  /** Main section (0 before the first main heading). */
  section: number;
  /** Index of the sentence inside its section. */
  inSection: number;
  kind: Block['kind'];
  /** Lower-cased content words (stop words and bare numbers removed). */
  terms: string[];
  /** Roughly stemmed content words and numbers: what two points are compared on for repeats. */
  keys: string[];
  /** Size of the sentence: words, or characters for languages without spaces. */
  length: number;
  /** Ends like a sentence (., !, ?, 。, closing quote...), so it is not a caption or label. */
  complete: boolean;
  /** Opens with a pronoun or connective that needs the sentence before it. */
  dangling: boolean;
  /** An over-long run-on cut short, ending in "…" (see clip.ts): no sentence may follow it in a point. */
  clipped: boolean;
  /** Ends a quotation opened in an earlier sentence ("..., it's an honour,' she said."). */
  quoteTail: boolean;
  /**
   * All of it is clutter ("Scroll down for video.", see text/clutter.ts): never a point or the
   * lede, but kept as a unit, so the sentences around it do not become neighbours.
   */
  clutter: boolean;
  /**
   * Clutter was cut off its start (a dateline) or its end (a photo credit): it is no longer the
   * page's text run on from the sentence before or after it, so it is joined to neither in a point.
   */
  cutStart: boolean;
  cutEnd: boolean;
}

// A closing quote after punctuation with no opening quote before it in the same sentence.
function closesEarlierQuote(text: string): boolean {
  const close = text.search(/[,.!?…]['’"”](?=\s|$)/u);
  if (close < 0) return false;
  return !/(^|[\s(\[])['‘"“]\S/u.test(text.slice(0, close));
}

/**
 * Bounds the work on very long texts: only the first MAX_UNITS sentences are scored, which keeps
 * a brief of a book-length page within milliseconds (the main points of such pages are early or
 * spread over sections we still see), and every later step is O(n log n) or O(n · terms) in them.
 */
export const MAX_UNITS = 600;
/**
 * Likewise only the first MAX_CHARS characters of body text are segmented: a run-on text gives
 * few sentences for its size, so MAX_UNITS alone would still let a megabyte through. 600 news
 * sentences take about 80,000.
 */
export const MAX_CHARS = 200_000;
export const MAX_SENTENCE_CHARS = 2_000;

/** The first `budget` characters of a text, cut at a space when there is one near the end. */
function within(text: string, budget: number): string {
  if (text.length <= budget) return text;
  const space = text.lastIndexOf(' ', budget);
  if (space > budget / 2) return text.slice(0, space);
  // No space: cut between characters, never inside a surrogate pair.
  return text.slice(0, /[\udc00-\udfff]/.test(text[budget] ?? '') ? budget - 1 : budget);
}

const TERMINAL = /[.!?。！？…]["'’”»」』)）\]]*$/u;
// A space before a comma or full stop: an inline formula, image or code dropped out of the
// sentence ("the transpose of matrix is denoted as , the conjugate..."), so it no longer reads.
const HOLE = /\s[,.](?=\s|$)/u;

/**
 * Sections after the article proper: references, notes and link lists, in the languages of the
 * pages we see most. Their lines are citations, never points. Matched against the whole heading,
 * less an "[edit]" link.
 */
const BACK_MATTER = new RegExp(
  '^(?:references|notes|notes and references|footnotes|citations|sources|bibliography|see also|external links|further reading|' +
    'références|notes et références|voir aussi|liens externes|bibliographie|' +
    'einzelnachweise|anmerkungen|weblinks|literatur|siehe auch|quellen|' +
    'referencias|notas|véase también|enlaces externos|bibliografía|' +
    'referências|ver também|ligações externas|' +
    '参考文献|脚注|関連項目|外部リンク|参见|参考资料|外部链接)$',
  'u',
);

function isBackMatter(heading: string): boolean {
  return BACK_MATTER.test(heading.replace(/\s*\[[^\]]*\]\s*$/u, '').replace(/[\s:：]+$/u, '').trim().toLowerCase());
}

export function buildUnits(article: Article, lang: string): Unit[] {
  const stop = stopwordsFor(lang);
  const spaceless = isSpacelessLang(lang);
  const mainLevel = mainHeadingLevel(article.blocks);
  const units: Unit[] = [];
  let section = 0;
  let inSection = 0;
  let seenBody = false;
  let budget = MAX_CHARS;
  // The level of the back-matter heading we are under, if any: its lines are skipped until a
  // heading of the same or a higher level.
  let backMatter: number | undefined;
  article.blocks.forEach((block, blockIndex) => {
    if (units.length >= MAX_UNITS) return;
    if (block.kind === 'heading') {
      const level = block.level ?? 2;
      if (backMatter !== undefined && level <= backMatter) backMatter = undefined;
      if (backMatter === undefined && isBackMatter(block.text)) backMatter = level;
      if (level <= mainLevel && seenBody) {
        section += 1;
        inSection = 0;
      }
      return;
    }
    if (backMatter !== undefined || !isProse(block)) return;
    seenBody = true;
    if (budget <= 0) return;
    const text = within(block.text, budget);
    budget -= text.length;
    splitSentences(text, lang).filter(hasVisibleText).forEach((sentence, inBlock) => {
      if (units.length >= MAX_UNITS) return;
      // An over-long run-on is shown cut short, and only its first MAX_SENTENCE_CHARS are split
      // into words, which bounds the work per unit (real sentences are far shorter than that).
      // Clutter (a dateline, a wire tag, a photo credit) is cut before anything reads the sentence.
      const tidy = cutClutter(sentence, lang);
      const { text, clipped } = clipSentence(tidy || sentence, spaceless);
      const words = splitWords(within(sentence, MAX_SENTENCE_CHARS), lang);
      units.push({
        text,
        index: units.length,
        block: blockIndex,
        inBlock,
        section,
        inSection: inSection++,
        kind: block.kind,
        terms: contentTerms(words, stop),
        keys: repeatKeys(words, stop, lang),
        length: spaceless ? text.length : words.length,
        complete: !clipped && TERMINAL.test(text) && !HOLE.test(text),
        clipped,
        dangling: opensWithReference(text, lang),
        quoteTail: closesEarlierQuote(text),
        clutter: tidy === '',
        ...cutEnds(sentence, tidy),
      });
    });
  });
  return units;
}

/** Which ends of the sentence cutClutter took something off (nothing when it cut all of it). */
function cutEnds(sentence: string, tidy: string): { cutStart: boolean; cutEnd: boolean } {
  const whole = sentence.trim();
  if (!tidy || tidy === whole) return { cutStart: false, cutEnd: false };
  return { cutStart: !whole.startsWith(tidy.slice(0, 40)), cutEnd: !whole.endsWith(tidy.slice(-40)) };
}

/** Lower-cased words that carry meaning: no stop words, no bare numbers, no one-letter Latin. */
export function contentTerms(words: string[], stop: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const w of words) {
    const lower = w.toLowerCase().replace(/[’']s$/, '');
    if (stop.has(lower) || /^\p{N}+([.,]\p{N}+)*$/u.test(lower)) continue;
    if (lower.length < 2 && /^[a-z]$/.test(lower)) continue;
    out.push(lower);
  }
  return out;
}

/**
 * Content words with the commonest inflections cut off ("fired"/"firing" -> "fir"), plus numbers,
 * so "turned up to the opening" and "open the store" share "open". Crude on purpose: it only
 * feeds the repeat test, and only for English, where the endings are regular enough.
 */
export function repeatKeys(words: string[], stop: ReadonlySet<string>, lang: string): string[] {
  const out: string[] = [];
  for (const w of words) {
    const lower = w.toLowerCase().replace(/[’']s$/, '');
    if (stop.has(lower) || lower.length < 2) continue;
    out.push(lang === 'en' ? lower.replace(/(ing|ed|es|s|ly)$/, (m, _s, i: number) => (i >= 3 ? '' : m)) : lower);
  }
  return out;
}

/**
 * The heading level that divides the article into its main sections: the highest level (smallest
 * number) used more than once, so a lone <h1> repeating the title does not hide the <h2>s.
 */
function mainHeadingLevel(blocks: Block[]): number {
  const counts = new Map<number, number>();
  for (const b of blocks) if (b.kind === 'heading') counts.set(b.level ?? 2, (counts.get(b.level ?? 2) ?? 0) + 1);
  const levels = [...counts.keys()].sort((a, b) => a - b);
  return levels.find((l) => (counts.get(l) ?? 0) > 1) ?? levels[0] ?? 2;
}
