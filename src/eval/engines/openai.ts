// A model on any OpenAI-compatible server (Ollama, LM Studio, llama.cpp, vLLM, OpenAI), through
// the extension's own engine: the same prompt, request, stream parsing, validation and
// faithfulness checks. Only the points are scored; the checks come along, one per point, so the
// table can count the points the card would flag.
import { createOpenAiEngine, type OpenAiEngineOptions } from '../../engines/openai-compatible/engine.ts';
import type { OpenAiConfig } from '../../engines/openai-compatible/request.ts';
import type { EvalEngine } from './types.ts';

export function createEvalOpenAiEngine(config: OpenAiConfig, options: OpenAiEngineOptions = {}): EvalEngine {
  const engine = createOpenAiEngine(config, options);
  return {
    id: 'openai',
    label: `createOpenAiEngine (src/engines/openai-compatible): ${engine.label}`,
    async summarize(article) {
      const start = performance.now();
      const brief = await engine.summarize(article);
      const ms = performance.now() - start;
      return { points: brief.points, ms, ...(brief.checks ? { checks: brief.checks } : {}) };
    },
  };
}
