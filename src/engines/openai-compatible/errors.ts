// Every way a model server can fail, in plain words with what to do about it. The messages name
// the server's origin only, never the path or a key.
import type { Wording } from '../../core/types.ts';
import type { MessageKey } from '../../shared/i18n.ts';

export type EngineFailureCode =
  | 'unreachable'
  | 'ollama-origin'
  | 'key-refused'
  | 'model-not-found'
  | 'timeout'
  | 'stream-cut'
  | 'bad-output'
  | 'server-error'
  | 'bad-config';

export class EngineFailure extends Error {
  readonly code: EngineFailureCode;
  /** The same message as a UI key and parameters (public/_locales), for the card. */
  readonly wording?: Wording;
  constructor(code: EngineFailureCode, message: string, key?: MessageKey, ...params: (string | number)[]) {
    super(message);
    this.name = 'EngineFailure';
    this.code = code;
    if (key) this.wording = { key, params: params.map(String) };
  }
}

export function originOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

const isOllama = (baseUrl: string): boolean => /:11434$/.test(originOf(baseUrl));

export function unreachable(baseUrl: string): EngineFailure {
  const server = isOllama(baseUrl) ? 'Is Ollama running? Start it with `ollama serve`.' : 'Is the model server running?';
  const host = originOf(baseUrl);
  return new EngineFailure('unreachable', `Brief couldn't connect to ${host}. ${server}`, isOllama(baseUrl) ? 'engineErrorUnreachableOllama' : 'engineErrorUnreachable', host);
}

export const OLLAMA_ORIGINS_FIX =
  'Ollama refuses requests from browser extensions unless OLLAMA_ORIGINS allows them: set `OLLAMA_ORIGINS=chrome-extension://*,moz-extension://*` and restart it.';

/** The server's own error text from a JSON or plain body, shortened. */
export function serverMessage(body: string): string {
  let text = body.trim();
  try {
    const parsed = JSON.parse(text) as { error?: unknown; message?: unknown; detail?: unknown };
    const e = parsed.error;
    text = String((typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : e) ?? parsed.message ?? parsed.detail ?? text);
  } catch {
    // plain text
  }
  text = text.replace(/\s+/g, ' ');
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** A non-2xx answer as a failure. `hasKey`: the user configured an API key. */
export function httpFailure(status: number, body: string, baseUrl: string, model: string, hasKey: boolean): EngineFailure {
  const said = serverMessage(body);
  if (status === 401 || (status === 403 && hasKey && said)) {
    return new EngineFailure('key-refused', `The API key was refused by ${originOf(baseUrl)}. Check the key in Brief's options.`, 'engineErrorKeyRefused', originOf(baseUrl));
  }
  if (status === 403) {
    // Ollama's origin check answers 403 with an empty body before any handler runs.
    return new EngineFailure('ollama-origin', `${originOf(baseUrl)} refused the request (403). ${OLLAMA_ORIGINS_FIX}`, 'engineErrorOllamaOrigin', originOf(baseUrl));
  }
  if (status === 404 && /model/i.test(said)) {
    return new EngineFailure('model-not-found', `${originOf(baseUrl)} has no model "${model}".`, 'engineErrorModelNotFoundNone', originOf(baseUrl), model);
  }
  if (status === 404) {
    return new EngineFailure('server-error', `${originOf(baseUrl)} has no chat endpoint here (404). The address usually ends in /v1.`, 'engineErrorNoEndpoint', originOf(baseUrl));
  }
  return new EngineFailure('server-error', `${originOf(baseUrl)} answered with an error (${status})${said ? `: ${said}` : ''}.`, 'engineErrorServer', originOf(baseUrl), status);
}

/** A 400/422 that blames the response_format: the server does not do structured output. */
export function rejectsFormat(status: number, body: string): boolean {
  return (status === 400 || status === 422 || status === 501) && /response_format|json_schema|json_object|schema|grammar/i.test(body);
}
