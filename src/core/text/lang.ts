// Language handling: normalise BCP 47 tags and guess a language from the script when the page
// does not say. Only the primary subtag matters for segmentation, stop words and reading speed.

/** Primary language subtag, lower-cased ("pt-BR" -> "pt", "zh_Hant" -> "zh"); undefined when blank. */
export function primaryLang(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  const primary = lang.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

const SCRIPT_TESTS: Array<[string, RegExp]> = [
  ['ja', /[\u3040-\u30ff]/g], // kana only occur in Japanese
  ['ko', /[\uac00-\ud7af]/g],
  ['zh', /[\u4e00-\u9fff]/g], // Han without kana: Chinese
  ['ar', /[\u0600-\u06ff]/g],
  ['he', /[\u0590-\u05ff]/g],
  ['ru', /[\u0400-\u04ff]/g],
  ['el', /[\u0370-\u03ff]/g],
  ['th', /[\u0e00-\u0e7f]/g],
  ['hi', /[\u0900-\u097f]/g],
];

/**
 * Guess a language from the writing system of a text sample. Latin script is left undefined
 * (the caller falls back to stop-word voting or English), since the script says nothing there.
 */
export function langFromScript(sample: string): string | undefined {
  const text = sample.slice(0, 2000);
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return undefined;
  for (const [lang, re] of SCRIPT_TESTS) {
    const hits = (text.match(re) ?? []).length;
    // Japanese mixes kana with Han, so a modest kana share is already decisive.
    const needed = lang === 'ja' ? 0.05 : 0.3;
    if (hits / letters >= needed) return lang;
  }
  return undefined;
}

/** Languages written without spaces between words: counts and limits use characters, not words. */
export function isSpacelessLang(lang: string | undefined): boolean {
  return lang === 'ja' || lang === 'zh' || lang === 'th' || lang === 'lo' || lang === 'km' || lang === 'my';
}

/** Right-to-left primary languages, for when the page gives no dir. */
export function isRtlLang(lang: string | undefined): boolean {
  return lang === 'ar' || lang === 'he' || lang === 'fa' || lang === 'ur' || lang === 'yi' || lang === 'ug';
}
