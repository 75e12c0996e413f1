// Features of a candidate point (one sentence, or a sentence with the one it leans on), shared
// by the scorer at run time and by scripts/train-scorer.ts, so both see exactly the same numbers.
import { lexicalFeatures, type Lexical } from './lexical.ts';
import type { Unit } from './units.ts';

export interface Candidate {
  /** The one or two consecutive units that make up the point. */
  units: Unit[];
  features: number[];
  /** A sentence that leans on the one before: allowed only right after that sentence's point. */
  follows?: number;
  /** Its words, hashed (English only; see lexical.ts). */
  lexical?: Lexical;
}

export const FEATURE_NAMES = [
  'bias', 'first', 'second', 'third', 'pos3to4', 'pos5to9', 'posDoc', 'relPos', 'posSection',
  'firstInSection', 'firstInBlock', 'centrality', 'titleOverlap', 'logLength', 'short', 'long',
  'hasNumber', 'hasQuote', 'opensWithQuote', 'properNouns', 'pair', 'listItem', 'question',
  'leadOverlap', 'lengthLinear', 'colon', 'cosine', 'captionLike', 'unbalancedQuote',
  'sectionSalience',
] as const;

// A photo caption or an editor's label left in the text: "Loss: Jane Doe (pictured left) went
// missing...", "Pictured is an Asian termite.", "(EDIT: removed the link...)", the wire services' "In this Nov. 29, 2016 photo,
// ..." and "This photo shows ...", or in Chinese and Japanese "图为…" ("pictured is...") and "（写真…".
export const CAPTION = new RegExp([
  String.raw`^[(\[]?[\p{Lu}][\p{L}'’ -]{0,24}:\s`,
  String.raw`\((?:pictured|left|right|above|below|centre|center|file)\b`,
  String.raw`^pictured\b`,
  String.raw`^In this [\p{L}\p{N}.,' -]{0,40}?\b(?:photo|image|picture|photograph|screenshot|frame grab)(?:,| (?:dated|taken|made|released|provided|from|shot|obtained|posted|shows)\b)`,
  String.raw`^(?:This|The above) (?:photo|image|picture|screenshot) (?:shows|was taken|provided)\b`,
  '^(?:图为|圖為|图片|（写真|写真は)',
].join('|'), 'iu');

/**
 * A unit that can stand on the card as a sentence of its own (the lede, "why it matters"): no
 * clutter, a complete sentence of some length, no photo caption.
 */
export function standsAsSentence(u: Unit, spaceless: boolean): boolean {
  return !u.clutter && u.complete && u.length >= (spaceless ? 12 : 6) && !CAPTION.test(u.text);
}

export interface DocContext {
  units: Unit[];
  /** In how many sentences each term occurs. */
  sentenceFreq: Map<string, number>;
  titleTerms: Set<string>;
  /** Content words of the article's first sentence: news states its main event there. */
  leadTerms: Set<string>;
  /** The article's tf-idf centroid (idf over its own sentences) and its norm. */
  centroid: Map<string, number>;
  centroidNorm: number;
  /** Sentences per main section. */
  sectionSizes: Map<number, number>;
  /** How central each main section is to the whole page, relative to the most central (0..1). */
  sectionSalience: Map<number, number>;
  /** Main sections that are a real part of the article (see substantialSections). */
  substantial: Set<number>;
  spaceless: boolean;
  lang: string;
}

export function docContext(units: Unit[], titleTerms: string[], spaceless: boolean, lang = 'en'): DocContext {
  const sentenceFreq = new Map<string, number>();
  for (const u of units) for (const t of new Set(u.terms)) sentenceFreq.set(t, (sentenceFreq.get(t) ?? 0) + 1);
  const leadTerms = new Set(units[0]?.terms ?? []);
  const centroid = new Map<string, number>();
  for (const u of units) for (const t of u.terms) centroid.set(t, (centroid.get(t) ?? 0) + idf(t, sentenceFreq, units.length));
  let norm = 0;
  for (const v of centroid.values()) norm += v * v;
  const sectionSizes = new Map<number, number>();
  for (const u of units) sectionSizes.set(u.section, (sectionSizes.get(u.section) ?? 0) + 1);
  const ctx = {
    units, sentenceFreq, titleTerms: new Set(titleTerms), leadTerms, centroid,
    centroidNorm: Math.sqrt(norm), sectionSizes, sectionSalience: new Map<number, number>(), spaceless, lang,
    substantial: new Set<number>(),
  };
  ctx.sectionSalience = sectionSalience(ctx);
  ctx.substantial = substantialSections(units, ctx.sectionSalience);
  return ctx;
}

/**
 * Main sections that are a real part of the article: two complete sentences with about 30 words
 * between them, on the page's subject (salience, relative to the most central section); or a
 * longer section of any subject. A subscription box that came with the article ("Annual: a
 * discounted plan to keep you up to date all year") is none of these: it gets no point of its
 * own, and its lines are placed by their position in the whole page.
 */
function substantialSections(units: Unit[], salience: Map<number, number>): Set<number> {
  const sentences = new Map<number, number>();
  const terms = new Map<number, number>();
  for (const u of units) {
    if (!u.complete) continue;
    sentences.set(u.section, (sentences.get(u.section) ?? 0) + 1);
    terms.set(u.section, (terms.get(u.section) ?? 0) + u.terms.length);
  }
  const out = new Set<number>();
  for (const [section, n] of sentences) {
    const words = terms.get(section) ?? 0;
    const onSubject = (salience.get(section) ?? 1) >= 0.25;
    if ((n >= 2 && words >= 12 && onSubject) || (n >= 3 && words >= 25)) out.add(section);
  }
  return out;
}

/**
 * A section is central when its words are the page's words (cosine to the centroid) and it
 * covers what the title promises; a section on one side topic ("Sony's role") scores lower than
 * the one drawing the threads together. Relative to the best section, so a page without
 * sections (all news in the training data) gets 1 everywhere and the feature changes nothing.
 */
function sectionSalience(ctx: DocContext): Map<number, number> {
  const terms = new Map<number, string[]>();
  for (const u of ctx.units) {
    const list = terms.get(u.section);
    if (list) list.push(...u.terms);
    else terms.set(u.section, [...u.terms]);
  }
  const raw = new Map<number, number>();
  for (const [section, ts] of terms) {
    const present = new Set(ts);
    let covered = 0;
    for (const t of ctx.titleTerms) if (present.has(t)) covered += 1;
    raw.set(section, cosine(ts, ctx) + (ctx.titleTerms.size > 0 ? covered / ctx.titleTerms.size : 0));
  }
  const best = Math.max(0, ...raw.values());
  for (const [section, v] of raw) raw.set(section, best > 0 ? v / best : 1);
  return raw;
}

function idf(term: string, freq: Map<string, number>, n: number): number {
  return Math.log((n + 1) / (freq.get(term) ?? 1));
}

/** Cosine between the sentence's tf-idf vector and the article's centroid. */
function cosine(terms: string[], ctx: DocContext): number {
  if (terms.length === 0 || ctx.centroidNorm === 0) return 0;
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  let dotp = 0;
  let norm = 0;
  for (const [t, c] of tf) {
    const w = c * idf(t, ctx.sentenceFreq, ctx.units.length);
    dotp += w * (ctx.centroid.get(t) ?? 0);
    norm += w * w;
  }
  return norm === 0 ? 0 : dotp / (Math.sqrt(norm) * ctx.centroidNorm);
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

/** A candidate point of these units: its features and its hashed words. */
export function candidate(units: Unit[], ctx: DocContext, follows?: number): Candidate {
  const lexical = lexicalFeatures(units.map((u) => u.text).join(' '), ctx.lang);
  return { units, features: candidateFeatures(units, ctx), lexical, ...(follows === undefined ? {} : { follows }) };
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
  // the brief does not collapse onto the introduction. A section too slight to be a part of the
  // article (substantialSections) is placed in the whole page instead.
  const own = first.section !== 0 && ctx.substantial.has(first.section);
  const at = own ? first.inSection : first.index;
  const span = own ? (ctx.sectionSizes.get(first.section) ?? 1) : ctx.units.length;
  return [
    1,
    at === 0 ? 1 : 0,
    at === 1 ? 1 : 0,
    at === 2 ? 1 : 0,
    at >= 3 && at <= 4 ? 1 : 0,
    at >= 5 && at <= 9 ? 1 : 0,
    1 / (1 + at),
    span > 1 ? at / (span - 1) : 0,
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
    cosine(terms, ctx),
    CAPTION.test(text) ? 1 : 0,
    units.some((u) => u.quoteTail) || (((text.match(/["“”]/g) ?? []).length % 2) === 1) ? 1 : 0,
    ctx.sectionSalience.get(first.section) ?? 1,
  ];
}
