// A fallback when the page declares no language: guess from the script of the text. Only for
// scripts that name one language well enough for segmentation and reading speed (Japanese,
// Chinese, Korean, Thai, Hebrew); Latin or Arabic script text stays "unknown".
import type { Block } from '../core/types.ts';

const SAMPLE_CHARS = 5000;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * The number of letters (code points): what count(text, /\p{L}/gu) gives, without an array of
 * thousands of one-letter strings. A letter outside the BMP is two code units and one letter.
 */
function letterCount(text: string): number {
  const letters = text.replace(/\P{L}+/gu, '');
  return letters.length - count(letters, /[\uD800-\uDBFF]/g);
}

function sample(blocks: Block[]): string {
  let text = '';
  for (const block of blocks) {
    text += block.text + ' ';
    if (text.length >= SAMPLE_CHARS) break;
  }
  return text.slice(0, SAMPLE_CHARS);
}

export function guessLang(blocks: Block[]): string | undefined {
  const text = sample(blocks);
  const letters = letterCount(text);
  if (letters < 20) return undefined;
  const kana = count(text, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const han = count(text, /\p{Script=Han}/gu);
  const hangul = count(text, /\p{Script=Hangul}/gu);
  if (kana > letters * 0.1) return 'ja';
  if (hangul > letters * 0.3) return 'ko';
  if (han > letters * 0.3) return 'zh';
  if (count(text, /\p{Script=Thai}/gu) > letters * 0.3) return 'th';
  if (count(text, /\p{Script=Hebrew}/gu) > letters * 0.3) return 'he';
  return undefined;
}

/** Direction from the letters themselves: right-to-left when most are Arabic or Hebrew script. */
export function guessDir(blocks: Block[]): 'ltr' | 'rtl' | undefined {
  const text = sample(blocks);
  const letters = letterCount(text);
  if (letters < 20) return undefined;
  const rtl = count(text, /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/gu);
  return rtl > letters * 0.5 ? 'rtl' : 'ltr';
}
