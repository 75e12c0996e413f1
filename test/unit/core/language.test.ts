import { describe, expect, it } from 'vitest';
import { detectLang } from '../../../src/core/text/detect-lang.ts';
import { STOPWORD_LANGS, stopwordsFor } from '../../../src/core/text/stopwords.ts';

describe('stop words from the stopword package', () => {
  it('has a real list for every language it names', () => {
    expect(STOPWORD_LANGS).toEqual(expect.arrayContaining(['en', 'fr', 'de', 'es', 'pt', 'ja', 'zh', 'ar', 'he']));
    for (const lang of STOPWORD_LANGS) expect(stopwordsFor(lang).size, lang).toBeGreaterThan(20);
    expect(stopwordsFor('en').has('the')).toBe(true);
    expect(stopwordsFor('fr').has('les')).toBe(true);
    expect(stopwordsFor('de').has('und')).toBe(true);
  });

  it('falls back to English for a language without a list', () => {
    expect(stopwordsFor('xx')).toBe(stopwordsFor('en'));
  });
});

describe('detectLang', () => {
  it('prefers the declared language', () => {
    expect(detectLang('The cat sat on the mat.', 'pt-BR')).toBe('pt');
  });

  it('reads the script when nothing is declared', () => {
    expect(detectLang('東京は日本の首都です。')).toBe('ja');
    expect(detectLang('北京是中国的首都。')).toBe('zh');
    expect(detectLang('هذه جملة أولى.')).toBe('ar');
    expect(detectLang('זה משפט ראשון.')).toBe('he');
  });

  it('votes with stop words among Latin-script languages', () => {
    expect(detectLang('Le gouvernement a annoncé les mesures pour les familles et les entreprises.')).toBe('fr');
    expect(detectLang('Die Regierung hat die Maßnahmen für die Familien und die Unternehmen angekündigt.')).toBe('de');
    expect(detectLang('The government announced the measures for the families and the companies.')).toBe('en');
  });
});
