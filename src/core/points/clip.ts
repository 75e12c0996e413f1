// A point has a real maximum length. Text without sentence ends (a run-on paragraph, a pasted
// word list) would otherwise become one "sentence" of thousands of words, shown whole as a point
// and split into words whole at every brief. Such a sentence is cut at a word boundary, and the
// cut is marked with an ellipsis: the point stays a prefix of the article's own text.

/** A sentence longer than this many words (or characters, without spaces) is cut. */
export const CLIP_OVER = { words: 80, chars: 800, spacelessChars: 240 } as const;
/** Where it is cut: after this many words (characters without spaces), within MAX_CHARS. */
export const CLIP_TO = { words: 60, chars: 480, spacelessChars: 160 } as const;
export const ELLIPSIS = '…';

/** Position at or before `at` that splits neither a surrogate pair nor a letter from its marks. */
function safeCut(text: string, at: number): number {
  let cut = at;
  while (cut > 1 && /[\p{M}\u200d\ufe0f\udc00-\udfff]/u.test(text[cut] ?? '')) cut--;
  return cut;
}

/** End of the `n`th whitespace-separated word, or -1 when the text has fewer. Reads only a prefix. */
function endOfWord(text: string, n: number, within: number): number {
  const head = text.slice(0, within);
  let count = 0;
  for (const m of head.matchAll(/\S+/g)) {
    count += 1;
    if (count === n) return (m.index ?? 0) + m[0].length;
  }
  return -1;
}

/**
 * The sentence, or its first words and an ellipsis when it is over-long. Spaceless scripts are
 * measured in characters. Only a bounded prefix of the text is read, so a 1 MB run-on costs no
 * more than a normal sentence.
 */
export function clipSentence(text: string, spaceless: boolean): { text: string; clipped: boolean } {
  let cut: number;
  if (spaceless) {
    if (text.length <= CLIP_OVER.spacelessChars) return { text, clipped: false };
    cut = safeCut(text, CLIP_TO.spacelessChars);
  } else {
    const long = text.length > CLIP_OVER.chars || endOfWord(text, CLIP_OVER.words + 1, CLIP_OVER.chars) >= 0;
    if (!long) return { text, clipped: false };
    cut = endOfWord(text, CLIP_TO.words, CLIP_TO.chars);
    if (cut < 0) {
      // Few but huge words: cut at the last space within the bound, else between characters.
      const space = text.slice(0, CLIP_TO.chars).search(/\s\S*$/);
      cut = space > 0 ? space : safeCut(text, CLIP_TO.chars);
    }
  }
  // Trailing commas or dashes before the ellipsis read as a typo; dropping them keeps a prefix.
  const head = text.slice(0, cut).replace(/[\s,;:–—-]+$/u, '');
  return { text: head + ELLIPSIS, clipped: true };
}
