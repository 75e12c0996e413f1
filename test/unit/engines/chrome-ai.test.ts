// Chrome's built-in AI has no model in headless Chromium here, so the engines run against fakes of
// the documented API shape (availability(), create({initialPrompts, monitor}), promptStreaming()
// returning a ReadableStream of text deltas; Summarizer.create({type}).summarize()).
import { describe, expect, it } from 'vitest';
import type { Availability, LanguageModelApi, SummarizerApi } from '../../../src/engines/chrome-ai/api.ts';
import { chromeAiOf } from '../../../src/engines/chrome-ai/api.ts';
import { createPromptEngine } from '../../../src/engines/chrome-ai/prompt-engine.ts';
import { createSummarizerEngine, keyPoints } from '../../../src/engines/chrome-ai/summarizer-engine.ts';
import type { Article, Brief } from '../../../src/core/types.ts';

const article: Article = {
  title: 'Elmford bridge closes as river rises',
  url: 'https://news.example/elmford',
  readerable: true,
  blocks: [
    { kind: 'paragraph', text: 'The river Elm rose by two metres overnight, and officials in Elmford closed the old bridge on Tuesday.' },
    { kind: 'paragraph', text: 'About 1,200 homes lost power, said mayor Ana Ruiz, who called it “the worst flood in forty years”.' },
    { kind: 'paragraph', text: 'Forecasters expect 40 mm more rain over the weekend across the valley.' },
  ],
};

const answer = JSON.stringify({
  headline: 'Bridge closes',
  lede: 'A flood closed the Elmford bridge.',
  points: ['Officials in Elmford closed the old bridge on Tuesday.', 'About 1,200 homes lost power, said Ana Ruiz.', 'Forecasters expect 90 mm more rain.'],
  why: 'More rain is coming.',
  topics: ['Elmford', 'flood'],
});

function fakeLanguageModel(state: Availability, text = answer) {
  const calls: { constraint?: object; input?: string; system?: string }[] = [];
  const api: LanguageModelApi = {
    availability: async () => state,
    create: async (options) => {
      const call: (typeof calls)[number] = { system: options?.initialPrompts?.[0]?.content };
      calls.push(call);
      return {
        promptStreaming(input, o) {
          call.input = input;
          call.constraint = o?.responseConstraint;
          return new ReadableStream<string>({
            start(controller) {
              for (let i = 0; i < text.length; i += 17) controller.enqueue(text.slice(i, i + 17));
              controller.close();
            },
          });
        },
        destroy() {},
      };
    },
  };
  return { api, calls };
}

describe("Chrome's Prompt API engine", () => {
  it('asks with the card schema as responseConstraint, fills progressively, and checks each point', async () => {
    const { api, calls } = fakeLanguageModel('available');
    const partials: Brief[] = [];
    const brief = await createPromptEngine(api).summarize(article, undefined, (b) => partials.push(b));
    expect(calls[0]?.constraint).toMatchObject({ required: expect.arrayContaining(['points']) });
    expect(calls[0]?.system).toMatch(/JSON object/);
    expect(calls[0]?.input).toContain('closed the old bridge');
    expect(partials.length).toBeGreaterThan(2);
    expect(partials.every((b) => b.partial === true)).toBe(true);
    expect(partials.map((b) => b.points.length)).toContain(1);
    expect(brief).toMatchObject({ engine: 'chrome-ai', model: 'Gemini Nano', title: article.title, lede: 'A flood closed the Elmford bridge.', why: 'More rain is coming.' });
    expect(brief.partial).toBeUndefined();
    expect(brief.sentTo).toBeUndefined(); // on the device
    expect(brief.checks?.map((c) => c.found)).toEqual([true, true, false]);
    expect(brief.checks?.[2]?.missing).toEqual(['90']);
  });

  it('says plainly when the model is missing or must first be downloaded', async () => {
    await expect(createPromptEngine(fakeLanguageModel('unavailable').api).summarize(article)).rejects.toThrow("This device can't run Chrome's built-in AI.");
    await expect(createPromptEngine(fakeLanguageModel('downloadable').api).summarize(article)).rejects.toThrow(/Download model/);
  });

  it('refuses an answer that is not the card', async () => {
    await expect(createPromptEngine(fakeLanguageModel('available', 'I cannot help with that.').api).summarize(article)).rejects.toThrow(/answer Brief can't use/);
  });

  it('is found only where the browser defines it', () => {
    expect(chromeAiOf({})).toEqual({ languageModel: undefined, summarizer: undefined });
    const { api } = fakeLanguageModel('available');
    expect(chromeAiOf({ LanguageModel: api }).languageModel).toBe(api);
    expect(chromeAiOf({ LanguageModel: { availability: 1 } }).languageModel).toBeUndefined();
  });
});

describe("Chrome's Summarizer engine", () => {
  it('takes the key points and the tldr, and keeps the page\'s headline', async () => {
    const types: string[] = [];
    const api: SummarizerApi = {
      availability: async () => 'available',
      create: async (o) => {
        types.push(o?.type ?? '');
        return {
          summarize: async () => (o?.type === 'key-points' ? '* The river Elm rose by two metres.\n* About 1,200 homes lost power.\n* Mayor Ana Ruiz spoke.' : 'The Elm flooded Elmford.'),
          destroy() {},
        };
      },
    };
    const partials: Brief[] = [];
    const brief = await createSummarizerEngine(api).summarize(article, undefined, (b) => partials.push(b));
    expect(types).toEqual(['key-points', 'tldr']);
    expect(brief.points).toEqual(['The river Elm rose by two metres.', 'About 1,200 homes lost power.', 'Mayor Ana Ruiz spoke.']);
    expect(brief.lede).toBe('The Elm flooded Elmford.');
    expect(brief.title).toBe(article.title);
    expect(brief.checks?.every((c) => c.found)).toBe(true);
    expect(partials[0]?.points).toHaveLength(3);
  });

  it('splits bullet and numbered lists into points', () => {
    expect(keyPoints('- a\n\n2) b\n• c\n* d')).toEqual(['a', 'b', 'c']);
  });
});
