// Features of a candidate point (one sentence, or a sentence with the one it leans on), shared
// by the scorer at run time and by scripts/train-scorer.ts, so both see exactly the same numbers.
import type { Unit } from './units.ts';

export interface Candidate {
  /** The one or two consecutive units that make up the point. */
  units: Unit[];
  features: number[];
}

export const FEATURE_NAMES = [
  'bias', 'first', 'second', 'third', 'pos3to4', 'pos5to9', 'posDoc', 'relPos', 'posSection',
  'firstInSection', 'firstInBlock', 'centrality', 'titleOverlap', 'logLength', 'short', 'long',
  'hasNumber', 'hasQuote', 'opensWithQuote', 'properNouns', 'pair', 'listItem', 'question',
  'leadOverlap', 'lengthLinear', 'colon',
] as const;

export interface DocContext {
  units: Unit[];
  /** In how many sentences each term occurs. */
  sentenceFreq: Map<string, number>;
  titleTerms: Set<string>;
  /** Content words of the article's first sentence: news states its main event there. */
  leadTerms: Set<string>;
  spaceless: boolean;
}

export function docContext(units: Unit[], titleTerms: string[], spaceless: boolean): DocContext {
  const sentenceFreq = new Map<string, number>();
  for (const u of units) for (const t of new Set(u.terms)) sentenceFreq.set(t, (sentenceFreq.get(t) ?? 0) + 1);
  const leadTerms = new Set(units[0]?.terms ?? []);
  return { units, sentenceFreq, titleTerms: new Set(titleTerms), leadTerms, spaceless };
}

/** How much a sentence talks about what the rest of the article talks about (0..1-ish). */
function centrality(terms: string[], ctx: DocContext): number {
  if (terms.length === 0 || ctx.units.length < 2) return 0;
  let sum = 0;
  for (const t of new Set(terms)) sum += ((ctx.sentenceFreq.get(t) ?? 1) - 1) / (ctx.units.length - 1);
  return sum / Math.sqrt(terms.length);
}

/** Share of `target` words the sentence mentions. */
function overlap(terms: string[], target: Set<string>): number {
  if (target.size === 0) return 0;
  let hits = 0;
  for (const t of new Set(terms)) if (target.has(t)) hits += 1;
  return hits / target.size;
}

function properNounShare(text: string): number {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 2) return 0;
  let caps = 0;
  for (let i = 1; i < words.length; i++) if (/^\p{Lu}/u.test(words[i]!)) caps += 1;
  return caps / (words.length - 1);
}

export function candidateFeatures(units: Unit[], ctx: DocContext): number[] {
  const first = units[0]!;
  const text = units.map((u) => u.text).join(' ');
  const terms = units.flatMap((u) => u.terms);
  const length = units.reduce((n, u) => n + u.length, 0);
  const scale = ctx.spaceless ? 2.5 : 1; // characters per "word" for languages without spaces
  const words = length / scale;
  // Inside a main section, a sentence's place is counted from the section's start: each section
  // opens like a small article, so the lead-position prior learned on news applies to it too and
  // the brief does not collapse onto the introduction.
  const at = first.section === 0 ? first.index : first.inSection;
  return [
    1,
    at === 0 ? 1 : 0,
    at === 1 ? 1 : 0,
    at === 2 ? 1 : 0,
    at >= 3 && at <= 4 ? 1 : 0,
    at >= 5 && at <= 9 ? 1 : 0,
    1 / (1 + at),
    ctx.units.length > 1 ? first.index / (ctx.units.length - 1) : 0,
    1 / (1 + first.inSection),
    first.inSection === 0 ? 1 : 0,
    first.inBlock === 0 ? 1 : 0,
    centrality(terms, ctx),
    overlap(terms, ctx.titleTerms),
    Math.log(1 + words),
    words < 10 ? 1 : 0,
    words > 40 ? 1 : 0,
    /\p{N}/u.test(text) ? 1 : 0,
    /["“”«»「」]/u.test(text) ? 1 : 0,
    /^["“«„「『']/u.test(text) ? 1 : 0,
    properNounShare(text),
    units.length > 1 ? 1 : 0,
    first.kind === 'list-item' ? 1 : 0,
    /[?？]["'’”»」』)）]*$/u.test(text) ? 1 : 0,
    first.index === 0 ? 0 : overlap(terms, ctx.leadTerms),
    Math.min(words, 80) / 25,
    /[:：]/u.test(text) ? 1 : 0,
  ];
}
