// Chrome's Prompt API (LanguageModel) behind the Engine interface: the same prompt and JSON
// schema as the OpenAI-compatible engine (responseConstraint), the same parsing and checks.
// The model runs on the device, so nothing leaves it. Creating a session whose model must
// first download needs a user's click: here that is an error that sends the user to the options page.
import { finalAnswer } from '../../core/model/answer.ts';
import { buildPrompt } from '../../core/model/prompt.ts';
import { BRIEF_SCHEMA } from '../../core/model/schema.ts';
import { modelBriefToBrief, partialReporter } from '../../core/model/to-brief.ts';
import { summarizeArticle } from '../../core/points/summarize.ts';
import type { Article, Brief, Engine, PartialListener, Wording } from '../../core/types.ts';
import type { MessageKey } from '../../shared/i18n.ts';
import type { LanguageModelApi } from './api.ts';

export const CHROME_AI_ENGINE_ID = 'chrome-ai';
export const GEMINI_NANO = 'Gemini Nano';
/** Gemini Nano's session holds about 6k tokens (its inputQuota); the prompt is trimmed below it. */
const CONTEXT_TOKENS = 4096;

/** Chrome's built-in AI cannot run here; `wording` says why in the UI's language. */
export class ChromeAiUnavailable extends Error {
  readonly wording: Wording;
  constructor(message: string, key: MessageKey) {
    super(message);
    this.wording = { key, params: [] };
  }
}

export const cantRun = () => new ChromeAiUnavailable("This device can't run Chrome's built-in AI.", 'chromeAiCantRun');
export const notDownloaded = () =>
  new ChromeAiUnavailable("Chrome's built-in AI model is not downloaded yet: open Brief's options and press “Download model”.", 'chromeAiNotDownloaded');

export function createPromptEngine(api: LanguageModelApi): Engine {
  return {
    id: CHROME_AI_ENGINE_ID,
    label: "Chrome's built-in AI",
    remote: false,
    model: GEMINI_NANO,
    async summarize(article: Article, signal?: AbortSignal, onPartial?: PartialListener): Promise<Brief> {
      const state = await api.availability();
      if (state === 'unavailable') throw cantRun();
      if (state !== 'available') throw notDownloaded();
      const frame = summarizeArticle(article);
      const prompt = buildPrompt(article, CONTEXT_TOKENS);
      const [system, user] = prompt.messages;
      const session = await api.create({ initialPrompts: [{ role: 'system', content: system?.content ?? '' }], signal });
      const run = { engine: CHROME_AI_ENGINE_ID, model: GEMINI_NANO, input: prompt.input };
      try {
        const stream = session.promptStreaming(user?.content ?? '', { responseConstraint: BRIEF_SCHEMA, signal });
        const reader = stream.getReader();
        const report = partialReporter(frame, article, run, onPartial);
        let text = '';
        for (;;) {
          const chunk = await reader.read();
          if (chunk.done) break;
          text += chunk.value;
          report(text);
        }
        const answer = finalAnswer(text);
        if (!answer.ok) throw new Error(`Chrome's built-in AI gave an answer Brief can't use: ${answer.reason}.`);
        return modelBriefToBrief(answer.brief, frame, article, run);
      } finally {
        session.destroy();
      }
    },
  };
}
