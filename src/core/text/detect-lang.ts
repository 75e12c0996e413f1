// The article's language: declared, else from the script, else by stop-word vote among
// Latin-script languages (a page with no lang attribute is common), else English.
import { langFromScript, primaryLang } from './lang.ts';
import { stopwordsFor, VOTING_LANGS } from './stopwords.ts';

export function detectLang(text: string, declared?: string): string {
  const primary = primaryLang(declared);
  if (primary) return primary;
  const byScript = langFromScript(text);
  if (byScript) return byScript;
  const words = (text.slice(0, 4000).toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, 600);
  let best = 'en';
  let bestHits = 0;
  for (const lang of VOTING_LANGS) {
    const stop = stopwordsFor(lang);
    let hits = 0;
    for (const w of words) if (stop.has(w)) hits += 1;
    // English wins ties: it is the likeliest language of an undeclared page.
    if (hits > bestHits * 1.1) {
      best = lang;
      bestHits = hits;
    }
  }
  return best;
}
