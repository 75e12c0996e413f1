// Text clean-up shared by the block walker and the metadata readers.

// Invisible characters that carry no meaning once text is rendered: zero-width space, BOM,
// soft hyphen. ZWJ/ZWNJ are kept: they change how Persian, Indic scripts and emoji render.
export const INVISIBLE_CHARS = '\u200b\ufeff\u00ad';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');

// What normalizeText changes: an invisible character, whitespace other than a space, two
// spaces, or a space at either end. Most lines of a page have none of them, and one test is
// cheaper than three copies of the string.
const NOT_NORMAL = new RegExp(`[${INVISIBLE_CHARS}]|[^\\S ]| {2}|^ | $`);

/** Collapse every whitespace run (including NBSP and newlines) to one space and trim. */
export function normalizeText(text: string): string {
  if (!NOT_NORMAL.test(text)) return text;
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Normalised text, or undefined when nothing is left (for optional metadata fields). */
export function cleanField(text: string | null | undefined, maxLength = 1000): string | undefined {
  if (typeof text !== 'string') return undefined;
  const clean = normalizeText(text);
  if (!clean) return undefined;
  return clean.length > maxLength ? clean.slice(0, maxLength).trimEnd() : clean;
}

const NAMED_ENTITY: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>' };

/**
 * Metadata escaped twice by the site ("Mugabe's &amp;quot;Blue House&amp;quot;" in a meta tag)
 * still holds entities after parsing; Readability decodes its own metadata the same way. The
 * result is shown as text, never parsed as HTML.
 */
export function unescapeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text
    .replace(/&(quot|amp|apos|lt|gt);/g, (_, name: string) => NAMED_ENTITY[name]!)
    .replace(/&#(?:x([0-9a-f]{1,6})|(\d{1,7}));/gi, (entity, hex?: string, dec?: string) => {
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity;
    });
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

/**
 * Length of a text in "Latin-equivalent" characters: a CJK character carries about three times
 * the content of a Latin one (Firefox's reading speeds: 987 chars/min for English, ~357 for
 * Japanese and Chinese), so thresholds on article length work across scripts.
 */
export function contentLength(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return text.length + 2 * cjk;
}

// Separators and punctuation (ASCII, Latin-1, general and CJK punctuation, full-width forms),
// spelled out: a /u pattern with \p{…} classes is costly to compile, and V8 compiles it again
// whenever it has dropped the code in a garbage collection. Everything else counts as a letter.
export const NON_WORD = '\\s!-\\/:-@\\[-`{-~\\u00A0-\\u00BF\\u00D7\\u00F7\\u2000-\\u206F\\u2190-\\u2BFF\\u3000-\\u303F\\uFF00-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65';
const NON_WORD_RUN = new RegExp(`[${NON_WORD}]+`, 'g');
const WORD_RUN = new RegExp(`[^${NON_WORD}]+`, 'g');

/** Lower-cased words: runs of anything but separators and punctuation ("bread-maker" is two). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD_RUN) ?? [];
}

/** Text without separators and punctuation, lower-cased: "RingCentral UK Blog" -> "ringcentralukblog". */
export function squash(text: string): string {
  return text.toLowerCase().replace(NON_WORD_RUN, '');
}

/** Letters and digits only, lower-cased: for comparing a heading with the title. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether a text reads as a sentence: it ends like one (a closing quote or bracket allowed)
 * and has at least `minWords` words. A short label or a title does not. */
export function isSentenceOf(text: string, minWords: number): boolean {
  return /[.!?]["'”’)]?$/.test(text) && text.split(/\s+/).length >= minWords;
}
