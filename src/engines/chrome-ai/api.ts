// The parts of Chrome's built-in AI that Brief uses, typed from the documented API
// (https://developer.chrome.com/docs/ai/prompt-api, .../summarizer-api). Passed in, never read
// from globals inside the engines, so tests run them against a fake of the same shape.

export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface DownloadMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number }) => void): void;
}

export interface LanguageModelSession {
  promptStreaming(input: string, options?: { responseConstraint?: object; signal?: AbortSignal }): ReadableStream<string>;
  destroy(): void;
}

export interface LanguageModelApi {
  availability(options?: object): Promise<Availability>;
  create(options?: {
    initialPrompts?: { role: 'system' | 'user' | 'assistant'; content: string }[];
    monitor?: (m: DownloadMonitor) => void;
    signal?: AbortSignal;
    expectedInputs?: { type: 'text'; languages?: string[] }[];
    expectedOutputs?: { type: 'text'; languages?: string[] }[];
  }): Promise<LanguageModelSession>;
}

export type SummaryType = 'key-points' | 'tldr' | 'headline' | 'teaser';

export interface SummarizerSession {
  summarize(input: string, options?: { context?: string; signal?: AbortSignal }): Promise<string>;
  destroy(): void;
}

export interface SummarizerApi {
  availability(options?: object): Promise<Availability>;
  create(options?: {
    type?: SummaryType;
    format?: 'plain-text' | 'markdown';
    length?: 'short' | 'medium' | 'long';
    sharedContext?: string;
    monitor?: (m: DownloadMonitor) => void;
    signal?: AbortSignal;
  }): Promise<SummarizerSession>;
}

export interface ChromeAi {
  languageModel?: LanguageModelApi;
  summarizer?: SummarizerApi;
}

/** The built-in AI of this context, if the browser has it (the worker has only LanguageModel). */
export function chromeAiOf(scope: object = globalThis): ChromeAi {
  const g = scope as { LanguageModel?: LanguageModelApi; Summarizer?: SummarizerApi };
  const ok = (api: { availability?: unknown; create?: unknown } | undefined) =>
    api !== undefined && typeof api.availability === 'function' && typeof api.create === 'function';
  return { languageModel: ok(g.LanguageModel) ? g.LanguageModel : undefined, summarizer: ok(g.Summarizer) ? g.Summarizer : undefined };
}
