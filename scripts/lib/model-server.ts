// A real, in-process OpenAI-compatible model server for tests and benchmarks: llama.cpp (through
// node-llama-cpp's prebuilt CPU binaries) running a tiny random-weight GGUF model that is written
// to a temp dir at start (scripts/lib/tiny-gguf.ts). The words are nonsense; everything else is
// real: tokenization, inference, sampling, grammar-constrained JSON, streaming, cancellation.
//
// Serves on 127.0.0.1 only:
//   GET  /v1/models, GET /v1/models/:id
//   POST /v1/chat/completions  (model, messages, stream, max_tokens | max_completion_tokens,
//                              temperature, top_p, seed, stop, stream_options.include_usage,
//                              response_format: json_schema | json_object | text)
//   OPTIONS *                  (CORS preflight; every answer carries Access-Control-Allow-Origin: *)
//
// response_format is honoured with a GBNF grammar made here from the JSON schema, with every
// string and array bounded so that the whole answer always fits in the token cap: the answer is
// always complete JSON that matches the schema (see `schemaGrammar`).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ChatMLChatWrapper,
  getLlama,
  LlamaChat,
  LlamaLogLevel,
  type ChatHistoryItem,
  type Llama,
  type LlamaContext,
  type LlamaGrammar,
  type LlamaModel,
} from 'node-llama-cpp';
import { writeTinyGguf } from './tiny-gguf.ts';

export type ServerFault =
  | 'none'
  | 'ollama-403' // 403, empty body, no CORS headers: what Ollama answers to an Origin not in OLLAMA_ORIGINS
  | 'http-500' // 500 with a JSON error body {"error":{"message":"..."}}
  | 'cut-stream' // a 200 SSE stream, a few real chunks, then the socket is destroyed
  | 'non-json' // a plain-prose answer that is not JSON ("Sure! Here is a summary: ...")
  | 'reject-json-schema' // 400 when response_format.type is 'json_schema'; otherwise normal
  | 'unauthorized'; // 401 {"error":{"message":"Incorrect API key provided"}}

export interface ModelServerOptions {
  port?: number; // 0 = ephemeral (default)
  firstByteDelayMs?: number; // wait this long before sending response headers
  apiKey?: string; // when set, requests without `Authorization: Bearer <apiKey>` get 401
  maxTokens?: number; // cap per generation (default 300)
  /** Serve this GGUF instead of writing the tiny random model. */
  modelPath?: string;
  /** The model id listed and accepted (default "tiny-random"). */
  modelId?: string;
  /** Context window in tokens (default 16384). Longer prompts get a 400, as llama.cpp's server does. */
  contextSize?: number;
  /** Sampling seed used when the request has none (default 42). */
  seed?: number;
  /**
   * Longest string the schema grammar lets the model write (default 48). Longer strings make the
   * answer take as long as a real model's, for benchmarks where the client must not finish first.
   */
  maxStringChars?: number;
  /** CPU threads for llama.cpp (default 1: on a 2-core box, 1 thread is far faster than 2 under load). */
  threads?: number;
}

export interface RecordedRequest {
  /** When it arrived, in ms since the epoch (performance.timeOrigin + now), comparable with a browser's marks. */
  receivedAt: number;
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface ModelServer {
  baseUrl: string; // e.g. "http://127.0.0.1:PORT/v1"
  model: string;
  requests: RecordedRequest[];
  fault: ServerFault;
  firstByteDelayMs: number;
  /** Wall-clock ms the model spent on each completed chat request (prompt + generation), in order. */
  generationMs: number[];
  /** When each completed chat answer was fully sent, in ms since the epoch, in the order of generationMs. */
  completedAt: number[];
  /**
   * When set, every chat answer is this text, streamed in small chunks, instead of the model's:
   * what a model that obeyed a prompt injection would say (a random-weight model obeys nothing).
   */
  scriptedAnswer: string | undefined;
  close(): Promise<void>;
}

const DEFAULT_MAX_TOKENS = 300;
const DEFAULT_CONTEXT = 16384;
/** How many real chunks 'cut-stream' sends before it destroys the socket. */
const CUT_AFTER_CHUNKS = 3;

// ---------------------------------------------------------------------------------------------
// Grammars
// ---------------------------------------------------------------------------------------------

/** Longest string, in UTF-8 bytes, a GBNF grammar accepts; Infinity when unbounded. */
export function gbnfMaxBytes(grammar: string, root = 'root'): number {
  const rules = new Map<string, string>();
  let current: string | null = null;
  for (const line of grammar.split('\n')) {
    const m = /^\s*([a-zA-Z0-9_-]+)\s*::=(.*)$/.exec(line);
    if (m) {
      current = m[1]!;
      rules.set(current, m[2]!);
    } else if (current !== null && line.trim() !== '') {
      rules.set(current, `${rules.get(current)!}\n${line}`);
    }
  }
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const ruleMax = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    if (visiting.has(name)) return Infinity; // recursive rule: unbounded
    const body = rules.get(name);
    if (body === undefined) throw new Error(`GBNF: undefined rule "${name}"`);
    visiting.add(name);
    const value = new GbnfBoundParser(body, ruleMax).parseAll();
    visiting.delete(name);
    memo.set(name, value);
    return value;
  };
  return ruleMax(root);
}

const utf8Len = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

class GbnfBoundParser {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly ruleMax: (name: string) => number,
  ) {}

  parseAll(): number {
    const v = this.alt();
    this.ws();
    if (this.i < this.s.length) throw new Error(`GBNF: unexpected "${this.s[this.i]}"`);
    return v;
  }
  private ws(): void {
    while (this.i < this.s.length) {
      const c = this.s[this.i]!;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.i++;
      else if (c === '#') while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
      else break;
    }
  }
  private alt(): number {
    let best = this.seq();
    this.ws();
    while (this.s[this.i] === '|') {
      this.i++;
      best = Math.max(best, this.seq());
      this.ws();
    }
    return best;
  }
  private seq(): number {
    let sum = 0;
    for (;;) {
      this.ws();
      const c = this.s[this.i];
      if (c === undefined || c === '|' || c === ')') return sum;
      sum += this.postfix(this.atom());
    }
  }
  private atom(): number {
    const c = this.s[this.i]!;
    if (c === '"') {
      this.i++;
      let bytes = 0;
      while (this.s[this.i] !== '"') {
        if (this.i >= this.s.length) throw new Error('GBNF: unterminated literal');
        bytes += utf8Len(this.char());
      }
      this.i++;
      return bytes;
    }
    if (c === '[') {
      this.i++;
      const negated = this.s[this.i] === '^';
      if (negated) this.i++;
      let maxCp = 0;
      while (this.s[this.i] !== ']') {
        if (this.i >= this.s.length) throw new Error('GBNF: unterminated class');
        let cp = this.char();
        if (this.s[this.i] === '-' && this.s[this.i + 1] !== ']') {
          this.i++;
          cp = this.char();
        }
        maxCp = Math.max(maxCp, cp);
      }
      this.i++;
      return negated ? 4 : utf8Len(maxCp);
    }
    if (c === '.') {
      this.i++;
      return 4;
    }
    if (c === '(') {
      this.i++;
      const v = this.alt();
      this.ws();
      if (this.s[this.i] !== ')') throw new Error('GBNF: missing ")"');
      this.i++;
      return v;
    }
    const name = /^[a-zA-Z0-9_-]+/.exec(this.s.slice(this.i));
    if (!name) throw new Error(`GBNF: unexpected "${c}"`);
    this.i += name[0].length;
    return this.ruleMax(name[0]);
  }
  /** One possibly escaped character of a literal or class, as a code point. */
  private char(): number {
    if (this.s[this.i] !== '\\') {
      const cp = this.s.codePointAt(this.i)!;
      this.i += cp > 0xffff ? 2 : 1;
      return cp;
    }
    const e = this.s[this.i + 1]!;
    const hex = (n: number): number => {
      const v = parseInt(this.s.slice(this.i + 2, this.i + 2 + n), 16);
      this.i += 2 + n;
      return v;
    };
    if (e === 'x') return hex(2);
    if (e === 'u') return hex(4);
    if (e === 'U') return hex(8);
    this.i += 2;
    return e === 'n' ? 10 : e === 't' ? 9 : e === 'r' ? 13 : e.codePointAt(0)!;
  }
  private postfix(v: number): number {
    for (;;) {
      const c = this.s[this.i];
      if (c === '*' || c === '+') {
        this.i++;
        v = v === 0 ? 0 : Infinity;
      } else if (c === '?') {
        this.i++;
      } else if (c === '{') {
        const m = /^\{\s*(\d+)\s*(,\s*(\d*)\s*)?\}/.exec(this.s.slice(this.i));
        if (!m) throw new Error('GBNF: bad repetition');
        this.i += m[0].length;
        const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
        v = v === 0 ? 0 : v * max;
      } else {
        return v;
      }
    }
  }
}

// Shared rules. Strings are printable ASCII without escapes: one byte, so at most one token, per
// character, and the worst case is exact. A string starts with a non-space character, as a real
// model's would. Whitespace: a newline and indent or a space after an opening bracket or a comma and
// before a closing one, a space after a colon. All of this is a subset of what the schema allows,
// so the answer still matches it.
const BASE_RULES = [
  'ws ::= ([ ] | "\\n" [ ]{0,2})?',
  'sp ::= [ ]?',
  'str-first ::= [!#-[\\]-~]',
  'str-char ::= [ !#-[\\]-~]',
  'num ::= "-"? ("0" | [1-9] [0-9]{0,5}) ("." [0-9]{1,4})?',
  'int ::= "-"? ("0" | [1-9] [0-9]{0,5})',
  'bool ::= "true" | "false"',
  'null ::= "null"',
];

const gbnfLiteral = (text: string): string =>
  `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;

type JsonSchema = Record<string, unknown>;
const isObject = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

interface Bounds {
  /** Longest string, in characters. */
  stringChars: number;
  /** Most items of an array without its own (smaller) maxItems. */
  arrayItems: number;
}

/**
 * GBNF for a JSON schema, every string and array bounded by `bounds`. Supported: type (incl. a
 * list of types), properties (all emitted, in order), items, minItems/maxItems, minLength/maxLength,
 * enum, const, anyOf/oneOf, allOf (first entry), $ref to #/$defs or #/definitions. Ignored (the
 * output may violate them): pattern, format, minimum/maximum, multipleOf, uniqueItems.
 */
export function schemaToGbnf(schema: unknown, bounds: Bounds): string {
  const rules: string[] = [];
  const defs = new Map<string, string>();
  let counter = 0;
  const root = isObject(schema) ? schema : {};
  const defsOf = (s: JsonSchema): JsonSchema => ({
    ...(isObject(s.definitions) ? s.definitions : {}),
    ...(isObject(s.$defs) ? s.$defs : {}),
  });
  const allDefs = defsOf(root);

  const stringRule = (minLength: number, maxLength: number): string => {
    const min = Math.max(0, Math.floor(Math.min(minLength, maxLength)));
    const max = Math.max(min, Math.floor(Math.min(maxLength, bounds.stringChars)));
    if (max === 0) return '"\\"\\""';
    const rest = max > 1 ? ` str-char{${Math.max(0, min - 1)},${max - 1}}` : '';
    return `"\\"" str-first${rest} "\\""`;
  };

  const visit = (s: unknown): string => {
    if (s === true || !isObject(s) || Object.keys(s).length === 0) return 'any-value';
    if (typeof s.$ref === 'string') {
      const m = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(s.$ref);
      if (!m || !(m[1]! in allDefs)) throw new Error(`unsupported $ref ${s.$ref}`);
      const name = m[1]!;
      let rule = defs.get(name);
      if (!rule) {
        rule = `def-${name.replace(/[^a-zA-Z0-9]/g, '-')}-${counter++}`;
        defs.set(name, rule);
        rules.push(`${rule} ::= ${visit(allDefs[name])}`);
      }
      return rule;
    }
    if ('const' in s) return gbnfLiteral(JSON.stringify(s.const));
    if (Array.isArray(s.enum)) return `(${s.enum.map((v) => gbnfLiteral(JSON.stringify(v))).join(' | ')})`;
    const alts = Array.isArray(s.anyOf) ? s.anyOf : Array.isArray(s.oneOf) ? s.oneOf : undefined;
    if (alts && alts.length > 0) return `(${alts.map(visit).join(' | ')})`;
    if (Array.isArray(s.allOf) && s.allOf.length > 0) return visit(s.allOf[0]);
    let type = s.type;
    if (Array.isArray(type)) {
      if (type.length === 1) type = type[0];
      else return `(${type.map((t) => visit({ ...s, type: t })).join(' | ')})`;
    }
    if (type === undefined) type = isObject(s.properties) ? 'object' : s.items !== undefined ? 'array' : undefined;
    switch (type) {
      case 'string':
        return stringRule(num(s.minLength) ?? 0, num(s.maxLength) ?? Infinity);
      case 'number':
        return 'num';
      case 'integer':
        return 'int';
      case 'boolean':
        return 'bool';
      case 'null':
        return 'null';
      case 'object': {
        const props = isObject(s.properties) ? Object.entries(s.properties) : [];
        if (props.length === 0) return '"{" ws "}"';
        const parts = props.map(([key, value]) => `${gbnfLiteral(JSON.stringify(key))} ":" sp ${visit(value)}`);
        return `"{" ws ${parts.join(' "," ws ')} ws "}"`;
      }
      case 'array': {
        const item = visit(s.items ?? {});
        const min = Math.max(0, Math.floor(num(s.minItems) ?? 0));
        const max = Math.max(min, Math.min(Math.floor(num(s.maxItems) ?? Infinity), bounds.arrayItems));
        if (max === 0) return '"[" ws "]"';
        const more = `("," ws ${item}){${Math.max(0, min - 1)},${max - 1}}`;
        const list = `${item} ${more}`;
        return `"[" ws ${min === 0 ? `(${list})?` : list} ws "]"`;
      }
      default:
        return 'any-value';
    }
  };
  const body = visit(root);
  const str = stringRule(0, Infinity);
  return [
    `root ::= ${body}`,
    ...rules,
    ...BASE_RULES,
    `any-value ::= ${str} | num | bool | null | "[" ws (${str} ("," ws ${str}){0,${Math.max(0, bounds.arrayItems - 1)}})? ws "]"`,
  ].join('\n');
}

/** Any JSON object: 1 to 4 members with short keys and scalar or short-array values. */
function jsonObjectGbnf(bounds: Bounds): string {
  const str = `"\\"" str-first str-char{0,${Math.max(0, bounds.stringChars - 1)}} "\\""`;
  return [
    'root ::= "{" ws member ("," ws member){0,3} ws "}"',
    'member ::= "\\"" [a-zA-Z_] [a-zA-Z0-9_]{0,11} "\\"" ":" sp value',
    `value ::= ${str} | num | bool | null | "[" ws (${str} ("," ws ${str}){0,${Math.max(0, bounds.arrayItems - 1)}})? ws "]"`,
    ...BASE_RULES,
  ].join('\n');
}

/** Prose that is not JSON, for the 'non-json' fault. */
function proseGbnf(words: number): string {
  return [
    `root ::= "Sure! Here is a summary: " word ((" " | ", ") word){0,${Math.max(0, words - 1)}} "."`,
    'word ::= [a-zA-Z] [a-z]{0,8}',
  ].join('\n');
}

/**
 * The largest bound whose grammar fits in `budget` tokens (bytes), given a grammar maker taking the
 * bound. Falls back to `fallback` when even the smallest does not fit or the grammar is unbounded
 * (then the token cap may cut the answer, finish_reason 'length').
 */
function fitBound(make: (n: number) => string, budget: number, maxN: number, fallback: number): string {
  let lo = 1;
  let hi = maxN;
  if (gbnfMaxBytes(make(lo)) > budget) return make(fallback);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (gbnfMaxBytes(make(mid)) <= budget) lo = mid;
    else hi = mid - 1;
  }
  return make(lo);
}

const MAX_STRING_CHARS = 48;
const MAX_ARRAY_ITEMS = 4;

// ---------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type = 'invalid_request_error',
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type',
  'access-control-expose-headers': 'Content-Type',
} as const;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...CORS_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sendError(res: ServerResponse, e: HttpError): void {
  sendJson(res, e.status, { error: { message: e.message, type: e.type, param: null, code: e.code } });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024 * 1024) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

type Mode = 'text' | 'json_schema' | 'json_object' | 'prose';

interface ChatRequest {
  history: ChatHistoryItem[];
  stream: boolean;
  includeUsage: boolean;
  maxTokens: number;
  temperature: number;
  topP: number | undefined;
  seed: number;
  mode: Mode;
  schema: unknown;
  stop: string[];
}

function messageText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (content === null || content === undefined) return '';
  if (Array.isArray(content)) {
    return content
      .map((part) => (isObject(part) && typeof part.text === 'string' ? part.text : ''))
      .filter(Boolean)
      .join('\n');
  }
  throw new HttpError(400, "Invalid 'messages': content must be a string or an array of parts");
}

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

export async function startModelServer(opts: ModelServerOptions = {}): Promise<ModelServer> {
  const modelId = opts.modelId ?? 'tiny-random';
  const serverMaxTokens = Math.max(1, Math.floor(opts.maxTokens ?? DEFAULT_MAX_TOKENS));
  const defaultSeed = opts.seed ?? 42;
  const threads = opts.threads ?? 1;
  const maxStringChars = Math.max(1, Math.floor(opts.maxStringChars ?? MAX_STRING_CHARS));

  let tempDir: string | undefined;
  let modelPath = opts.modelPath;
  if (!modelPath) {
    tempDir = await mkdtemp(join(tmpdir(), 'brief-model-'));
    modelPath = join(tempDir, 'tiny-random.gguf');
    await writeTinyGguf(modelPath);
  }

  let llama: Llama | undefined;
  let model: LlamaModel | undefined;
  let context: LlamaContext | undefined;
  let chat: LlamaChat;
  try {
    // Prebuilt CPU binary only: never build llama.cpp, never download anything.
    llama = await getLlama({
      gpu: false,
      build: 'never',
      skipDownload: true,
      usePrebuiltBinaries: true,
      progressLogs: false,
      logLevel: LlamaLogLevel.error,
      maxThreads: threads,
    });
    model = await llama.loadModel({ modelPath, gpuLayers: 0 });
    context = await model.createContext({
      contextSize: Math.min(opts.contextSize ?? DEFAULT_CONTEXT, model.trainContextSize),
      sequences: 1,
      threads,
      flashAttention: true,
    });
    chat = new LlamaChat({ contextSequence: context.getSequence(), chatWrapper: new ChatMLChatWrapper() });
  } catch (error) {
    await context?.dispose().catch(() => undefined);
    await model?.dispose().catch(() => undefined);
    await llama?.dispose().catch(() => undefined);
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
  const contextSize = context.contextSize;
  const wrapper = new ChatMLChatWrapper();
  const grammarCache = new Map<string, LlamaGrammar>();
  const grammarFor = async (gbnf: string): Promise<LlamaGrammar> => {
    let g = grammarCache.get(gbnf);
    if (!g) {
      g = await llama!.createGrammar({ grammar: gbnf });
      if (grammarCache.size > 64) grammarCache.clear();
      grammarCache.set(gbnf, g);
    }
    return g;
  };

  // One context sequence: generations run one at a time, in arrival order.
  let queue: Promise<void> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn);
    queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };
  const inflight = new Set<AbortController>();
  const sockets = new Set<Socket>();
  let completionCounter = 0;
  let closed = false;

  const state: ModelServer = {
    baseUrl: '',
    model: modelId,
    requests: [],
    fault: 'none',
    firstByteDelayMs: opts.firstByteDelayMs ?? 0,
    generationMs: [],
    completedAt: [],
    scriptedAnswer: undefined,
    close,
  };

  function parseChatRequest(body: unknown): ChatRequest {
    if (!isObject(body)) throw new HttpError(400, 'The request body must be a JSON object');
    if (typeof body.model !== 'string' || body.model === '') {
      throw new HttpError(400, 'you must provide a model parameter');
    }
    if (body.model !== modelId) throw new HttpError(404, `model '${body.model}' not found`, 'invalid_request_error', 'model_not_found');
    if (!Array.isArray(body.messages) || body.messages.length === 0) {
      throw new HttpError(400, "Invalid 'messages': expected a non-empty array");
    }
    const history: ChatHistoryItem[] = [];
    for (const m of body.messages) {
      if (!isObject(m)) throw new HttpError(400, "Invalid 'messages': each message must be an object");
      const text = messageText(m.content);
      if (m.role === 'system' || m.role === 'developer') history.push({ type: 'system', text });
      else if (m.role === 'user') history.push({ type: 'user', text });
      else if (m.role === 'assistant') history.push({ type: 'model', response: [text] });
      else throw new HttpError(400, `Invalid 'messages': unknown role ${JSON.stringify(m.role)}`);
    }
    const asked = num(body.max_completion_tokens) ?? num(body.max_tokens);
    const maxTokens = Math.max(1, Math.min(serverMaxTokens, Math.floor(asked ?? serverMaxTokens)));
    let mode: Mode = 'text';
    let schema: unknown;
    const rf = body.response_format;
    if (isObject(rf) && rf.type === 'json_schema') {
      const js = rf.json_schema;
      if (!isObject(js) || !isObject(js.schema)) throw new HttpError(400, "Invalid 'response_format': json_schema.schema is required");
      mode = 'json_schema';
      schema = js.schema;
    } else if (isObject(rf) && rf.type === 'json_object') {
      mode = 'json_object';
    } else if (isObject(rf) && rf.type !== 'text') {
      throw new HttpError(400, `Invalid 'response_format.type': ${JSON.stringify(rf.type)}`);
    }
    const streamOptions = body.stream_options;
    const stop = (typeof body.stop === 'string' ? [body.stop] : Array.isArray(body.stop) ? body.stop : []).filter(
      (x): x is string => typeof x === 'string' && x !== '',
    );
    return {
      history,
      stream: body.stream === true,
      includeUsage: isObject(streamOptions) && streamOptions.include_usage === true,
      maxTokens,
      temperature: Math.max(0, num(body.temperature) ?? 0.8),
      topP: num(body.top_p),
      seed: Math.floor(num(body.seed) ?? defaultSeed),
      mode,
      schema,
      stop,
    };
  }

  function grammarText(request: ChatRequest): string | undefined {
    // One token per byte at worst, and one more step for the end-of-generation token.
    const budget = request.maxTokens - 1;
    switch (request.mode) {
      case 'text':
        return undefined;
      case 'prose':
        return fitBound(proseGbnf, budget, 60, 1);
      case 'json_object':
        return fitBound((n) => jsonObjectGbnf({ stringChars: n, arrayItems: 3 }), budget, MAX_STRING_CHARS, 1);
      case 'json_schema': {
        const make = (n: number): string => schemaToGbnf(request.schema, { stringChars: n, arrayItems: MAX_ARRAY_ITEMS });
        try {
          return fitBound(make, budget, maxStringChars, 16);
        } catch (error) {
          throw new HttpError(400, `Invalid 'response_format': ${(error as Error).message}`);
        }
      }
    }
  }

  async function handleChat(req: IncomingMessage, res: ServerResponse, body: unknown, fault: ServerFault, abort: AbortController): Promise<void> {
    if (fault === 'http-500') {
      throw new HttpError(500, 'The model crashed while loading (simulated fault)', 'server_error');
    }
    const request = parseChatRequest(body);
    if (fault === 'reject-json-schema' && request.mode === 'json_schema') {
      throw new HttpError(400, 'response_format json_schema is not supported');
    }
    if (fault === 'non-json') request.mode = 'prose';
    const gbnf = grammarText(request);
    const grammar = gbnf === undefined ? undefined : await grammarFor(gbnf);
    const historyForPrompt: ChatHistoryItem[] = [...request.history, { type: 'model', response: [] }];
    const promptTokens = wrapper.generateContextState({ chatHistory: historyForPrompt }).contextText.tokenize(model!.tokenizer).length;
    if (promptTokens + request.maxTokens > contextSize) {
      throw new HttpError(
        400,
        `the request exceeds the available context size (${promptTokens} prompt tokens + ${request.maxTokens} max tokens > ${contextSize}), try increasing it`,
        'exceed_context_size_error',
      );
    }
    const id = `chatcmpl-${++completionCounter}`;
    const created = Math.floor(Date.now() / 1000);
    const chunk = (delta: Record<string, unknown>, finish: string | null): string =>
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: modelId, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;

    const scripted = state.scriptedAnswer;
    if (scripted !== undefined) {
      if (!request.stream) {
        sendJson(res, 200, { id, object: 'chat.completion', created, model: modelId, choices: [{ index: 0, message: { role: 'assistant', content: scripted }, finish_reason: 'stop' }] });
        return;
      }
      res.writeHead(200, { ...CORS_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
      res.write(chunk({ role: 'assistant', content: '' }, null));
      for (let i = 0; i < scripted.length && !res.destroyed; i += 12) {
        res.write(chunk({ content: scripted.slice(i, i + 12) }, null));
        await sleep(2, abort.signal).catch(() => undefined);
      }
      res.write(chunk({}, 'stop'));
      res.end('data: [DONE]\n\n');
      return;
    }

    await exclusive(async () => {
      if (abort.signal.aborted || closed) return;
      const started = performance.now();
      let completionTokens = 0;
      let text = '';
      let sent = 0;
      if (request.stream) {
        res.writeHead(200, {
          ...CORS_HEADERS,
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache',
          connection: 'keep-alive',
        });
        res.write(chunk({ role: 'assistant', content: '' }, null));
      }
      const onTextChunk = (piece: string): void => {
        text += piece;
        if (fault === 'cut-stream' && sent >= CUT_AFTER_CHUNKS) {
          if (!res.destroyed) {
            if (!request.stream && !res.headersSent) {
              // A non-streamed answer is cut too: headers and half a body, then the socket goes.
              res.writeHead(200, { ...CORS_HEADERS, 'content-type': 'application/json; charset=utf-8' });
              res.write(`{"id":"${id}","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":${JSON.stringify(text).slice(0, -1)}`);
            }
            res.destroy();
          }
          abort.abort();
          return;
        }
        if (request.stream && !res.destroyed) res.write(chunk({ content: piece }, null));
        sent++;
      };
      let stopReason: string;
      try {
        const result = await chat.generateResponse(request.history, {
          grammar,
          maxTokens: request.maxTokens,
          temperature: request.temperature,
          topP: request.topP,
          seed: request.seed,
          signal: abort.signal,
          stopOnAbortSignal: true,
          onTextChunk,
          onToken: (tokens) => {
            completionTokens += tokens.length;
          },
          ...(request.stop.length > 0 ? { customStopTriggers: request.stop } : {}),
        });
        stopReason = result.metadata.stopReason;
      } catch (error) {
        if (abort.signal.aborted) return;
        throw error;
      }
      if (stopReason === 'abort' || abort.signal.aborted) return;
      state.generationMs.push(performance.now() - started);
      const finish = stopReason === 'maxTokens' ? 'length' : 'stop';
      const usage = { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
      if (request.stream) {
        res.write(chunk({}, finish));
        if (request.includeUsage) {
          res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: modelId, choices: [], usage })}\n\n`);
        }
        res.end('data: [DONE]\n\n');
      } else {
        sendJson(res, 200, {
          id,
          object: 'chat.completion',
          created,
          model: modelId,
          choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: finish }],
          usage,
        });
      }
      state.completedAt.push(performance.timeOrigin + performance.now());
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const abort = new AbortController();
    inflight.add(abort);
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
      inflight.delete(abort);
    });
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const method = req.method ?? 'GET';
    let raw = '';
    try {
      raw = await readBody(req);
    } catch (error) {
      if (error instanceof HttpError) return sendError(res, error);
      throw error;
    }
    let body: unknown = raw === '' ? undefined : raw;
    let invalidJson = false;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        invalidJson = true;
      }
    }
    state.requests.push({ receivedAt: performance.timeOrigin + performance.now(), method, path, headers: { ...req.headers }, body });
    const fault = state.fault;

    if (method === 'OPTIONS') {
      if (fault === 'ollama-403') return void res.writeHead(403, { 'content-length': '0' }).end();
      const asked = req.headers['access-control-request-headers'];
      res.writeHead(204, {
        ...CORS_HEADERS,
        'access-control-allow-headers': typeof asked === 'string' && asked ? asked : CORS_HEADERS['access-control-allow-headers'],
        'access-control-max-age': '600',
        ...(req.headers['access-control-request-private-network'] === 'true' ? { 'access-control-allow-private-network': 'true' } : {}),
      });
      return void res.end();
    }

    await sleep(state.firstByteDelayMs, abort.signal);
    if (abort.signal.aborted) return;

    // Ollama (gin-contrib/cors) refuses a disallowed Origin with a bare 403: no body, no CORS headers.
    if (fault === 'ollama-403') return void res.writeHead(403, { 'content-length': '0' }).end();
    if (fault === 'unauthorized' || (opts.apiKey !== undefined && req.headers.authorization !== `Bearer ${opts.apiKey}`)) {
      return sendError(res, new HttpError(401, 'Incorrect API key provided', 'invalid_request_error', 'invalid_api_key'));
    }

    try {
      if (method === 'GET' && (path === '/v1/models' || path === '/models')) {
        return sendJson(res, 200, { object: 'list', data: [{ id: modelId, object: 'model', created: 0, owned_by: 'brief-tests' }] });
      }
      const one = /^\/(?:v1\/)?models\/(.+)$/.exec(path);
      if (method === 'GET' && one) {
        if (decodeURIComponent(one[1]!) !== modelId) throw new HttpError(404, `model '${decodeURIComponent(one[1]!)}' not found`, 'invalid_request_error', 'model_not_found');
        return sendJson(res, 200, { id: modelId, object: 'model', created: 0, owned_by: 'brief-tests' });
      }
      if (path === '/v1/chat/completions' || path === '/chat/completions') {
        if (method !== 'POST') throw new HttpError(405, 'Method not allowed');
        if (invalidJson) throw new HttpError(400, 'We could not parse the JSON body of your request.');
        return await handleChat(req, res, body, fault, abort);
      }
      throw new HttpError(404, `Not found: ${method} ${path}`, 'invalid_request_error', 'not_found');
    } catch (error) {
      if (error instanceof HttpError) return sendError(res, error);
      if (res.headersSent) return void res.destroy();
      return sendError(res, new HttpError(500, (error as Error).message || 'Internal error', 'server_error'));
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, new HttpError(500, String(error), 'server_error'));
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  state.baseUrl = `http://127.0.0.1:${port}/v1`;

  async function close(): Promise<void> {
    if (closed) return;
    closed = true;
    for (const a of inflight) a.abort();
    const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const s of sockets) s.destroy();
    await serverClosed;
    await queue;
    chat.dispose();
    await context!.dispose();
    await model!.dispose();
    await llama!.dispose();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }

  return state;
}
