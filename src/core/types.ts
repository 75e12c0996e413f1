// The data that crosses every boundary in Brief: content script -> worker -> popup -> clipboard/CLI.
// Plain JSON-serialisable objects only, because they travel through extension messaging.

/**
 * One unit of the article's reading order. Headings stay separate so they are never glued to a
 * paragraph. Code (a `<pre>` of code) is part of the article's text, as Readability keeps it,
 * but never a point: summarizers read prose only (`isProse`).
 */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'code';

export interface Block {
  kind: BlockKind;
  /** Whitespace-normalised visible text; code keeps its line breaks. */
  text: string;
  /** Heading level 1-6 (only for headings). */
  level?: number;
}

/** A block of the article's prose: what summaries are made of (not a heading, not code). */
export const isProse = (block: Block): boolean => block.kind !== 'heading' && block.kind !== 'code';

export interface ArticleMeta {
  /** Best headline: JSON-LD headline, og:title, Readability title, <title>, in that order. */
  title: string;
  /** Author name(s), human readable ("Aiko Tanaka", "A and B"). */
  author?: string;
  /** Publisher / site name ("Tech Brief Daily"). */
  siteName?: string;
  /** ISO 8601 date-time as found on the page (JSON-LD datePublished, article:published_time, <time>). */
  publishedTime?: string;
  /** BCP 47 language tag of the article ("en", "ja", "pt-BR"); undefined when unknown. */
  lang?: string;
  /** Text direction of the article. */
  dir?: 'ltr' | 'rtl';
  /** The page's URL as the user sees it. */
  url: string;
  /** <link rel=canonical> when present. */
  canonicalUrl?: string;
  /** The page's own description (meta description / og:description), untrusted and possibly absent. */
  description?: string;
}

/** A structured article, the output of extraction and the input of every engine. */
export interface Article extends ArticleMeta {
  blocks: Block[];
  /** Readability's isProbablyReaderable verdict on the page. */
  readerable: boolean;
  /** The page showed no text of its own: the one block is its description (see extract.ts). */
  onlyDescription?: boolean;
}

export interface BriefSource {
  siteName?: string;
  author?: string;
  /** ISO date-time as found on the page. */
  publishedTime?: string;
  readingMinutes: number;
}

/** What the popup shows and the clipboard receives. */
export interface Brief {
  title: string;
  url: string;
  source: BriefSource;
  /** One sentence that says what the article is about. */
  lede: string;
  /** Up to three points, each one or two complete sentences of the article, in article order. */
  points: string[];
  /** "Why it matters": 3-5 key topics or named entities. */
  topics: string[];
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** Id of the engine that made it ("extractive", "openai", "chrome-ai", ...). */
  engine: string;
  /** The model that wrote it, for model engines ("llama3.2:3b"). */
  model?: string;
  /** Where the article was sent to write it (a host such as "127.0.0.1:11434"); absent when it stayed on the device. */
  sentTo?: string;
  /** "Why it matters" as one sentence, when the engine gives one (shown above the topics). */
  why?: string;
  /** Model engines: per point, whether its numbers, names and quotations occur in the article. */
  checks?: PointCheck[];
  /** The article was cut to fit the model's context: how many of its blocks the model read. */
  trimmed?: { keptBlocks: number; totalBlocks: number };
  /** The engine the user chose failed, and this is the built-in brief instead: which, and why. */
  fallback?: { engine: string; message: string; wording?: Wording };
  /** True while a model engine is still writing: the card fills as parts arrive. */
  partial?: boolean;
  /** Made from the page's description alone: the page showed no text of its own. */
  onlyDescription?: boolean;
}

export interface PointCheck {
  /** True when every number, name and quotation of the point occurs in the article. */
  found: boolean;
  /** What was not found, as the point wrote it. */
  missing: string[];
}

/** Progress of a streaming engine: the brief so far (partial: true until the end). */
export type PartialListener = (brief: Brief) => void;

/** An engine turns a structured article into a Brief. All engines share this interface. */
export interface Engine {
  id: string;
  /** Human-readable name for settings. */
  label: string;
  /** True when the engine sends the article off the machine. */
  remote: boolean;
  /** The model a model engine asks ("llama3.2:3b"). */
  model?: string;
  /** The host a remote engine sends the article to. */
  sentTo?: string;
  /** "window": the engine exists only in pages (Chrome's Summarizer), so the page runs it, not the worker. */
  runsIn?: 'window';
  /** `onPartial` receives the brief as it grows (model engines); the promise gives the final one. */
  summarize(article: Article, signal?: AbortSignal, onPartial?: PartialListener): Promise<Brief>;
}

/**
 * A message as a UI key and its parameters, so each page says it in its own language; the
 * English `message` beside it serves the CLI and logs.
 */
export interface Wording {
  key: string;
  params: string[];
}

/** The wording an error carries, if it has one. */
export function wordingOf(error: unknown): Wording | undefined {
  const w = (error as { wording?: unknown } | null)?.wording as Partial<Wording> | undefined;
  return w && typeof w.key === 'string' && Array.isArray(w.params) ? { key: w.key, params: w.params.map(String) } : undefined;
}

/** Errors Brief itself raises on purpose; anything else is a bug. */
export type BriefErrorCode =
  | 'restricted-page' // chrome://, web stores, PDF viewer, about: pages
  | 'no-access' // an ordinary page Brief has not been granted yet (the side panel, before a click)
  | 'too-short' // a selection too short to summarize
  | 'not-article' // the page does not look like an article
  | 'empty' // nothing readable on the page
  | 'too-large' // the page exceeds the size Brief will read
  | 'extraction-failed' // extraction threw or returned nothing usable
  | 'engine-failed' // the summarizer failed
  | 'bad-input'; // malformed input (CLI, messages)

export class BriefError extends Error {
  readonly code: BriefErrorCode;
  constructor(code: BriefErrorCode, message: string) {
    super(message);
    this.name = 'BriefError';
    this.code = code;
  }
}

/** The message of anything thrown (a non-Error throw becomes its string form), for a clear user message. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
