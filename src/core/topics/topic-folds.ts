// Mentions of one topic written in several ways are counted as one: a surname alone as the full
// name ("Shadlen" -> "Michael Shadlen", "Součka" -> "Tomáš Souček"), a plural as its singular,
// a name in another grammatical case as the same name ("Davida Moyese" -> "David Moyes").
import type { Candidate, Candidates } from './cased-phrases.ts';
import { inflects, sameName } from './topic-words.ts';

/** Names that differ only in case endings are one name, shown as its most frequent spelling. */
export function foldInflections(map: Candidates, lang: string): void {
  if (!inflects(lang)) return;
  const byStem = new Map<string, Candidate[]>();
  const entities = [...map.values()].filter((c) => c.entity).sort((a, b) => b.count - a.count || a.text.length - b.text.length);
  for (const c of entities) {
    const stem = c.words.map((w) => w.slice(0, 4)).join(' ');
    const group = byStem.get(stem) ?? [];
    const same = group.find((g) => g.words.every((w, i) => sameName(w, c.words[i]!, lang)));
    if (same) {
      same.count += c.count;
      map.delete(c.words.join(' '));
    } else {
      group.push(c);
      byStem.set(stem, group);
    }
  }
}

/**
 * A one-word name that ends a longer name is counted as that name, the most frequent one. Not a
 * word that also opens a longer name: "Mozilla" of "Air Mozilla" and "Mozilla Foundation" is an
 * organisation's name, not a surname.
 */
export function foldSurnames(map: Candidates, lang: string): void {
  const longer = [...map.values()].filter((c) => c.entity && c.words.length > 1);
  for (const [key, c] of map) {
    if (!c.entity || c.words.length !== 1) continue;
    if (longer.some((l) => sameName(l.words[0]!, c.words[0]!, lang))) continue;
    let best: Candidate | undefined;
    for (const l of longer) {
      if (sameName(l.words[l.words.length - 1]!, c.words[0]!, lang) && (!best || l.count > best.count)) best = l;
    }
    if (!best) continue;
    best.count += c.count;
    map.delete(key);
  }
}

/** "student newsrooms" and "student newsroom": the more frequent spelling takes both counts. */
export function foldPlurals(map: Candidates): void {
  for (const [key, c] of map) {
    const plural = map.get(`${key}s`) ?? map.get(`${key}es`);
    if (!plural) continue;
    const [keep, drop] = plural.count > c.count ? [plural, c] : [c, plural];
    keep.count += drop.count;
    keep.entity ||= drop.entity;
    map.delete(drop.words.join(' '));
  }
}
