// "Why it matters": 3-5 key topics. Named entities (runs of capitalised words that are not just
// sentence openers) and repeated multi-word phrases, ranked by how often they occur, with a
// bonus when the title names them. Languages without spaces or case use frequent ICU words.
import { isSpacelessLang } from './lang.ts';
import { splitWords } from './segment.ts';
import { stopwordsFor } from './stopwords.ts';

export const MAX_TOPICS = 5;
export const MIN_TOPICS = 3;

interface Phrase {
  text: string;
  count: number;
  entity: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

export function keyphrases(sentences: string[], title: string, lang: string): string[] {
  const stop = stopwordsFor(lang);
  const phrases = isSpacelessLang(lang) || !hasCase(sentences)
    ? wordPhrases(sentences, lang, stop)
    : casedPhrases(sentences, stop);
  const titleLower = title.toLowerCase();
  const scored = [...phrases.values()]
    .filter((p) => p.count >= 2 || titleLower.includes(p.text.toLowerCase()))
    .map((p) => ({
      p,
      score: p.count * (p.entity ? 1.5 : 1) * (titleLower.includes(p.text.toLowerCase()) ? 2 : 1) *
        (1 + 0.3 * (p.text.split(' ').length - 1)),
    }))
    .sort((a, b) => b.score - a.score || a.p.text.localeCompare(b.p.text));
  const out: string[] = [];
  for (const { p } of scored) {
    if (out.length >= MAX_TOPICS) break;
    const lower = p.text.toLowerCase();
    if (out.some((o) => o.toLowerCase().includes(lower) || lower.includes(o.toLowerCase()))) continue;
    out.push(p.text);
  }
  return out;
}

function hasCase(sentences: string[]): boolean {
  return /\p{Lu}/u.test(sentences.slice(0, 20).join(' '));
}

function add(map: Map<string, Phrase>, text: string, entity: boolean): void {
  const key = text.toLowerCase();
  const p = map.get(key);
  if (p) {
    p.count += 1;
    p.entity ||= entity;
  } else {
    map.set(key, { text, count: 1, entity });
  }
}

/**
 * Entities: runs of capitalised tokens ("Boston Dynamics", "NEC"). A capitalised sentence opener
 * only counts when the word also appears capitalised mid-sentence elsewhere. Topics: runs of
 * two or three lower-case content words that recur ("base model").
 */
function casedPhrases(sentences: string[], stop: ReadonlySet<string>): Map<string, Phrase> {
  // "SoftBank’s" counts as "SoftBank".
  const tokenised = sentences.map((s) => (s.match(TOKEN) ?? []).map((t) => t.replace(/[’']s$/u, '')));
  const midCaps = new Set<string>();
  for (const toks of tokenised) toks.forEach((t, i) => i > 0 && /^\p{Lu}/u.test(t) && midCaps.add(t));
  const map = new Map<string, Phrase>();
  for (const toks of tokenised) {
    let run: string[] = [];
    let plain: string[] = [];
    const flush = (): void => {
      if (run.length > 0 && run.length <= 4) add(map, run.join(' '), true);
      if (plain.length >= 2 && plain.length <= 3) add(map, plain.join(' '), false);
      run = [];
      plain = [];
    };
    toks.forEach((tok, i) => {
      const lower = tok.toLowerCase();
      const isStop = stop.has(lower) || /^\p{N}/u.test(tok);
      const capital = /^\p{Lu}/u.test(tok) && (i > 0 || midCaps.has(tok)) && !isStop;
      if (capital) {
        if (plain.length) { const r = run; flush(); run = r; }
        run.push(tok);
      } else if (!isStop && tok.length > 2) {
        if (run.length) { const pl = plain; flush(); plain = pl; }
        plain.push(lower);
      } else {
        flush();
      }
    });
    flush();
  }
  return map;
}

/** Languages without case or spaces: frequent dictionary words of two or more characters. */
function wordPhrases(sentences: string[], lang: string, stop: ReadonlySet<string>): Map<string, Phrase> {
  const map = new Map<string, Phrase>();
  for (const s of sentences) {
    for (const w of splitWords(s, lang)) {
      // ICU cuts "Wi-Fi" into "Wi" and "Fi": short Latin fragments are not topics.
      if (w.length < 2 || stop.has(w.toLowerCase()) || /^\p{N}+$/u.test(w) || /^[A-Za-z]{1,3}$/.test(w)) continue;
      add(map, w, false);
    }
  }
  return map;
}
