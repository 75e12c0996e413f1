// The OpenAI-compatible chat request, built as plain data (fetch stays at the edge). Ollama,
// LM Studio, llama.cpp's server, vLLM and OpenAI all take this shape at {base}/chat/completions.
import type { ChatMessage } from '../../core/model/prompt.ts';
import { BRIEF_SCHEMA } from '../../core/model/schema.ts';
import type { Wording } from '../../core/types.ts';
import type { MessageKey } from '../../shared/i18n.ts';

export interface OpenAiConfig {
  /** e.g. "http://127.0.0.1:11434/v1" (no trailing slash needed). */
  baseUrl: string;
  model: string;
  /** Sent only as the Authorization header, only to baseUrl. */
  apiKey?: string;
  /** The context the model runs with, in tokens; the article is trimmed to fit. */
  contextTokens?: number;
}

/**
 * How the answer's shape is asked for, strictest first. A server that rejects json_schema is
 * asked again with json_object, then with the schema in the prompt alone; the answer is
 * validated locally in every case.
 */
export type AnswerFormat = 'json_schema' | 'json_object' | 'prompt';
export const ANSWER_FORMATS: readonly AnswerFormat[] = ['json_schema', 'json_object', 'prompt'];

export interface HttpRequest {
  url: string;
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string };
}

/** A server address Brief will not use; `wording` says why in the UI's language. */
export class AddressProblem extends Error {
  readonly wording: Wording;
  constructor(message: string, key: MessageKey, ...params: string[]) {
    super(message);
    this.wording = { key, params };
  }
}

/** The base URL without trailing slashes; throws a plain message on anything but http(s). */
export function normalizeBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    throw new AddressProblem(`"${baseUrl}" is not a web address. Enter one like http://127.0.0.1:11434/v1.`, 'addressNotUrl', baseUrl);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AddressProblem(`The endpoint must start with http:// or https://, not ${url.protocol}//.`, 'addressNotHttp');
  }
  if (url.username || url.password) throw new AddressProblem('Put the API key in its own field, not in the address.', 'addressHasCredentials');
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/+$/, '');
}

function headers(config: OpenAiConfig): Record<string, string> {
  const h: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'text/event-stream, application/json' };
  if (config.apiKey) h.Authorization = `Bearer ${config.apiKey}`;
  return h;
}

export function chatRequest(config: OpenAiConfig, messages: ChatMessage[], format: AnswerFormat): HttpRequest {
  const body: Record<string, unknown> = {
    model: config.model,
    messages,
    stream: true,
    temperature: 0.2,
    max_tokens: 700,
  };
  if (format === 'json_schema') {
    body.response_format = { type: 'json_schema', json_schema: { name: 'brief', strict: true, schema: BRIEF_SCHEMA } };
  } else if (format === 'json_object') {
    body.response_format = { type: 'json_object' };
  }
  return { url: `${normalizeBaseUrl(config.baseUrl)}/chat/completions`, init: { method: 'POST', headers: headers(config), body: JSON.stringify(body) } };
}

export function modelsRequest(config: Pick<OpenAiConfig, 'baseUrl' | 'apiKey'>): HttpRequest {
  const h = headers({ ...config, model: '' });
  delete h['Content-Type'];
  h.Accept = 'application/json';
  return { url: `${normalizeBaseUrl(config.baseUrl)}/models`, init: { method: 'GET', headers: h } };
}

/** Model ids from a /models answer (OpenAI's `data`, or Ollama's native `models`), sorted. */
export function parseModelList(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const v = value as { data?: unknown; models?: unknown };
  const list = Array.isArray(v.data) ? v.data : Array.isArray(v.models) ? v.models : [];
  const ids = list
    .map((m) => (typeof m === 'object' && m !== null ? ((m as { id?: unknown; name?: unknown }).id ?? (m as { name?: unknown }).name) : undefined))
    .filter((id): id is string => typeof id === 'string' && id.length > 0);
  return [...new Set(ids)].sort();
}
