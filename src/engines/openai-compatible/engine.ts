// The OpenAI-compatible engine: the prompt from core, one streamed chat request, the answer
// parsed as it arrives, validated and checked against the article at the end. `fetch` is passed
// in, so the same code runs in the worker, in the CLI and against the test server.
import { finalAnswer } from '../../core/model/answer.ts';
import { buildPrompt } from '../../core/model/prompt.ts';
import { modelBriefToBrief, partialReporter } from '../../core/model/to-brief.ts';
import { summarizeArticle } from '../../core/points/summarize.ts';
import { wordingOf, type Article, type Brief, type Engine, type PartialListener } from '../../core/types.ts';
import type { MessageKey } from '../../shared/i18n.ts';
import { EngineFailure, httpFailure, originOf, rejectsFormat, unreachable } from './errors.ts';
import { ANSWER_FORMATS, chatRequest, modelsRequest, normalizeBaseUrl, parseModelList, type OpenAiConfig } from './request.ts';
import { SseParser } from './sse.ts';

export const OPENAI_ENGINE_ID = 'openai';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface OpenAiEngineOptions {
  fetch?: FetchLike;
  /** How long to wait for the server's first byte; a local model reads a long prompt first. */
  firstByteTimeoutMs?: number;
  /** How long the stream may go silent once it has started. */
  idleTimeoutMs?: number;
}

export const FIRST_BYTE_TIMEOUT_MS = 120_000;
export const IDLE_TIMEOUT_MS = 60_000;

const seconds = (ms: number): string => `${Math.round(ms / 1000)} s`;

/** A fetch bounded by a timer, tied to the caller's signal; the failure says which it was. */
async function send(
  fetchFn: FetchLike,
  url: string,
  init: RequestInit,
  signal: AbortSignal | undefined,
  timeoutMs: number,
  baseUrl: string,
): Promise<{ response: Response; controller: AbortController }> {
  const controller = new AbortController();
  const abort = () => controller.abort(signal?.reason);
  if (signal?.aborted) abort();
  signal?.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetchFn(url, { ...init, signal: controller.signal });
    return { response, controller };
  } catch (error) {
    if (timedOut) {
      throw new EngineFailure('timeout', `${originOf(baseUrl)} did not start answering within ${seconds(timeoutMs)}. A large model may need more time (Brief's options set how long to wait) or a shorter context.`, 'engineErrorTimeout', originOf(baseUrl), Math.round(timeoutMs / 1000));
    }
    if (signal?.aborted) throw error;
    throw unreachable(baseUrl);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** The models the server lists (GET {base}/models), for "Test connection" and a missing model. */
export async function listModels(config: Pick<OpenAiConfig, 'baseUrl' | 'apiKey'>, options: OpenAiEngineOptions = {}, signal?: AbortSignal): Promise<string[]> {
  const fetchFn = options.fetch ?? ((url, init) => fetch(url, init));
  const request = modelsRequest(config);
  const { response } = await send(fetchFn, request.url, request.init, signal, 15_000, config.baseUrl);
  const body = await response.text();
  if (!response.ok) throw httpFailure(response.status, body, config.baseUrl, '', Boolean(config.apiKey));
  try {
    return parseModelList(JSON.parse(body));
  } catch {
    throw new EngineFailure('server-error', `${originOf(config.baseUrl)} did not answer with a list of models. Is this an OpenAI-compatible address (usually ending in /v1)?`);
  }
}

/** Reads the streamed answer, calling `onText` with all the text so far at every delta. */
async function readAnswer(
  response: Response,
  controller: AbortController,
  idleTimeoutMs: number,
  baseUrl: string,
  onText: (text: string) => void,
): Promise<{ text: string; done: boolean }> {
  // A server that ignores `stream` answers with one JSON completion.
  if (!/event-stream/i.test(response.headers.get('content-type') ?? '')) {
    const body = await response.text();
    try {
      const parsed = JSON.parse(body) as { choices?: { message?: { content?: unknown } }[] };
      const content = parsed.choices?.[0]?.message?.content;
      if (typeof content === 'string') return { text: content, done: true };
    } catch {
      // fall through: not a completion
    }
    return { text: body, done: true };
  }
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const parser = new SseParser();
  let text = '';
  let done = false;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const arm = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, idleTimeoutMs);
  };
  const take = (events: ReturnType<SseParser['push']>) => {
    for (const event of events) {
      if (event.kind === 'delta') {
        text += event.text;
        onText(text);
      } else if (event.kind === 'done') done = true;
      else throw new EngineFailure('server-error', `${originOf(baseUrl)} reported an error during the answer: ${event.message}`);
    }
  };
  try {
    arm();
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      arm();
      take(parser.push(chunk.value));
    }
    take(parser.end());
  } catch (error) {
    if (error instanceof EngineFailure) throw error;
    if (timedOut) throw new EngineFailure('timeout', `${originOf(baseUrl)} stopped sending for ${seconds(idleTimeoutMs)} in the middle of the answer.`, 'engineErrorIdle', originOf(baseUrl), Math.round(idleTimeoutMs / 1000));
    if (controller.signal.aborted && !timedOut) throw error;
    return { text, done: false };
  } finally {
    clearTimeout(idle);
  }
  return { text, done };
}

export function createOpenAiEngine(config: OpenAiConfig, options: OpenAiEngineOptions = {}): Engine {
  const fetchFn = options.fetch ?? ((url, init) => fetch(url, init));
  const firstByteTimeoutMs = options.firstByteTimeoutMs ?? FIRST_BYTE_TIMEOUT_MS;
  const idleTimeoutMs = options.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
  return {
    id: OPENAI_ENGINE_ID,
    label: `${config.model} at ${originOf(config.baseUrl)}`,
    remote: true,
    model: config.model,
    sentTo: originOf(config.baseUrl),
    async summarize(article: Article, signal?: AbortSignal, onPartial?: PartialListener): Promise<Brief> {
      let baseUrl: string;
      try {
        baseUrl = normalizeBaseUrl(config.baseUrl);
      } catch (error) {
        const wording = wordingOf(error);
        throw new EngineFailure('bad-config', (error as Error).message, wording?.key as MessageKey | undefined, ...(wording?.params ?? []));
      }
      if (!config.model.trim()) throw new EngineFailure('bad-config', 'Choose a model in Brief\'s options.');
      const frame = summarizeArticle(article);
      const prompt = buildPrompt(article, config.contextTokens);
      const run = { engine: OPENAI_ENGINE_ID, model: config.model, input: prompt.input, sentTo: originOf(baseUrl) };
      const onText = partialReporter(frame, article, run, onPartial);
      for (const format of ANSWER_FORMATS) {
        const request = chatRequest({ ...config, baseUrl }, prompt.messages, format);
        const { response, controller } = await send(fetchFn, request.url, request.init, signal, firstByteTimeoutMs, baseUrl);
        if (!response.ok) {
          const body = await response.text().catch(() => '');
          if (format !== 'prompt' && rejectsFormat(response.status, body)) continue;
          const failure = httpFailure(response.status, body, baseUrl, config.model, Boolean(config.apiKey));
          if (failure.code === 'model-not-found') throw await withModelList(failure, config, fetchFn, signal);
          throw failure;
        }
        const { text, done } = await readAnswer(response, controller, idleTimeoutMs, baseUrl, onText);
        const answer = finalAnswer(text);
        if (answer.ok) return modelBriefToBrief(answer.brief, frame, article, run);
        if (!done) throw new EngineFailure('stream-cut', `The connection to ${originOf(baseUrl)} closed before the answer was complete.`, 'engineErrorStreamCut', originOf(baseUrl));
        throw new EngineFailure('bad-output', `${config.model}'s answer was not a brief Brief can use: ${answer.reason}.`, 'engineErrorBadOutput', config.model);
      }
      throw new EngineFailure('server-error', `${originOf(baseUrl)} refused every answer format.`);
    },
  };
}

async function withModelList(failure: EngineFailure, config: OpenAiConfig, fetchFn: FetchLike, signal?: AbortSignal): Promise<EngineFailure> {
  try {
    const models = await listModels(config, { fetch: fetchFn }, signal);
    const host = originOf(config.baseUrl);
    if (models.length === 0) return new EngineFailure('model-not-found', `${failure.message} It lists no models.`, 'engineErrorModelNotFoundNone', host, config.model);
    const list = models.slice(0, 12).join(', ');
    return new EngineFailure('model-not-found', `${failure.message} It has: ${list}.`, 'engineErrorModelNotFound', host, config.model, list);
  } catch {
    return failure;
  }
}
