// Chrome's Summarizer API behind the Engine interface, for browsers that have it but not the
// Prompt API. It exists in window contexts only (popup, side panel), never in the worker, so the
// page runs this engine itself. Three calls: key-points for the points, tldr for the lede,
// headline unused (the card keeps the page's own headline, as with every engine).
import { modelBriefToBrief } from '../../core/model/to-brief.ts';
import { articleInput } from '../../core/model/prompt.ts';
import { summarizeArticle } from '../../core/points/summarize.ts';
import type { Article, Brief, Engine, PartialListener } from '../../core/types.ts';
import type { SummarizerApi } from './api.ts';
import { CHROME_AI_ENGINE_ID, GEMINI_NANO, cantRun, notDownloaded } from './prompt-engine.ts';

const CONTEXT_TOKENS = 4096;

/** "* One.\n* Two." or "- One" or "1. One" as separate points. */
export function keyPoints(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
    .filter((line) => line.length > 0)
    .slice(0, 3);
}

export function createSummarizerEngine(api: SummarizerApi): Engine {
  return {
    id: CHROME_AI_ENGINE_ID,
    label: "Chrome's built-in AI",
    remote: false,
    model: `${GEMINI_NANO} (Summarizer)`,
    async summarize(article: Article, signal?: AbortSignal, onPartial?: PartialListener): Promise<Brief> {
      const state = await api.availability();
      if (state === 'unavailable') throw cantRun();
      if (state !== 'available') throw notDownloaded();
      const frame = summarizeArticle(article);
      const input = articleInput(article, CONTEXT_TOKENS);
      const run = { engine: CHROME_AI_ENGINE_ID, model: `${GEMINI_NANO} (Summarizer)`, input };
      const context = `A web article titled “${article.title}”.`;
      const make = (type: 'key-points' | 'tldr') => api.create({ type, format: 'plain-text', length: 'short', signal });
      const pointsSession = await make('key-points');
      let points: string[];
      try {
        points = keyPoints(await pointsSession.summarize(input.text, { context, signal }));
      } finally {
        pointsSession.destroy();
      }
      if (points.length === 0) throw new Error("Chrome's built-in AI returned no points.");
      onPartial?.(modelBriefToBrief({ points, topics: [] }, frame, article, run, true));
      const ledeSession = await make('tldr');
      let lede: string;
      try {
        lede = (await ledeSession.summarize(input.text, { context, signal })).replace(/\s+/g, ' ').trim();
      } finally {
        ledeSession.destroy();
      }
      return modelBriefToBrief({ headline: article.title, lede, points, why: '', topics: [] }, frame, article, run);
    },
  };
}
