// The test model server is real: llama.cpp (node-llama-cpp's prebuilt CPU binary) running a tiny
// random-weight GGUF written at start. These tests talk to it with plain fetch, as an engine would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gbnfMaxBytes, schemaToGbnf, startModelServer, type ModelServer } from '../../../scripts/lib/model-server.ts';

const API_KEY = 'sk-test-123';
// The schema Brief sends (src/core/model/schema.ts), written out so this file tests the server only.
const CARD_SCHEMA = {
  type: 'object',
  properties: {
    headline: { type: 'string', description: "The article's headline." },
    lede: { type: 'string' },
    points: { type: 'array', items: { type: 'string' }, minItems: 3, maxItems: 3 },
    why: { type: 'string' },
    topics: { type: 'array', items: { type: 'string' }, maxItems: 5 },
  },
  required: ['headline', 'lede', 'points', 'why', 'topics'],
  additionalProperties: false,
};
const ARTICLE =
  'The city council voted on Tuesday to expand the bus network, after a report found that commuters ' +
  'in the north of the city spent 40 percent more time travelling than elsewhere. Officials said the ' +
  'first new routes would open in the spring, and that fares would not change this year.';
const MESSAGES = [
  { role: 'system', content: 'You write a brief of the article as JSON.' },
  { role: 'user', content: ARTICLE },
];

let server: ModelServer;
let startMs = 0;

beforeAll(async () => {
  const t = performance.now();
  server = await startModelServer({ apiKey: API_KEY });
  startMs = performance.now() - t;
}, 60_000);

afterAll(async () => {
  await server?.close();
});

function post(body: unknown, init: { headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<Response> {
  return fetch(`${server.baseUrl}/chat/completions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${API_KEY}`, ...init.headers },
    body: JSON.stringify(body),
    signal: init.signal,
  });
}

interface Chunk {
  object: string;
  choices: { index: number; delta: { role?: string; content?: string }; finish_reason: string | null }[];
}

/** The SSE body's data payloads, in order ("[DONE]" kept as a string). */
function sseData(text: string): (Chunk | '[DONE]')[] {
  return text
    .split(/\n\n/)
    .map((event) => event.split('\n').filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n'))
    .filter(Boolean)
    .map((data) => (data === '[DONE]' ? '[DONE]' : (JSON.parse(data) as Chunk)));
}

function contentOf(events: (Chunk | '[DONE]')[]): string {
  return events.map((e) => (e === '[DONE]' ? '' : (e.choices[0]?.delta.content ?? ''))).join('');
}

function expectCard(value: unknown): void {
  expect(value).toBeTypeOf('object');
  const card = value as Record<string, unknown>;
  expect(Object.keys(card).sort()).toEqual(['headline', 'lede', 'points', 'topics', 'why']);
  expect(card.headline).toBeTypeOf('string');
  expect((card.headline as string).trim()).not.toBe('');
  expect(card.lede).toBeTypeOf('string');
  expect(card.why).toBeTypeOf('string');
  expect(Array.isArray(card.points)).toBe(true);
  expect(card.points).toHaveLength(3);
  for (const p of card.points as unknown[]) expect(p).toBeTypeOf('string');
  expect(Array.isArray(card.topics)).toBe(true);
  expect((card.topics as unknown[]).length).toBeLessThanOrEqual(5);
  for (const t of card.topics as unknown[]) expect(t).toBeTypeOf('string');
}

const schemaRequest = (extra: Record<string, unknown> = {}) => ({
  model: server.model,
  messages: MESSAGES,
  stream: true,
  max_tokens: 700,
  temperature: 0.7,
  response_format: { type: 'json_schema', json_schema: { name: 'brief', strict: true, schema: CARD_SCHEMA } },
  ...extra,
});

describe('model server', () => {
  it('starts in a few seconds and lists its model', async () => {
    expect(startMs).toBeLessThan(15_000);
    expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const res = await fetch(`${server.baseUrl}/models`, { headers: { Authorization: `Bearer ${API_KEY}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.json()).toEqual({
      object: 'list',
      data: [{ id: server.model, object: 'model', created: 0, owned_by: 'brief-tests' }],
    });
  });

  it('streams a json_schema answer that is complete JSON matching the schema', async () => {
    const before = server.generationMs.length;
    const res = await post(schemaRequest());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const events = sseData(await res.text());
    const chunks = events.filter((e): e is Chunk => e !== '[DONE]');
    expect(events.at(-1)).toBe('[DONE]');
    expect(chunks[0]!.object).toBe('chat.completion.chunk');
    expect(chunks[0]!.choices[0]!.delta.role).toBe('assistant');
    expect(chunks.length).toBeGreaterThan(10); // token by token, not one blob
    expect(chunks.at(-1)!.choices[0]!.finish_reason).toBe('stop');
    expect(chunks.slice(0, -1).every((c) => c.choices[0]!.finish_reason === null)).toBe(true);
    expectCard(JSON.parse(contentOf(events)));
    expect(server.generationMs.length).toBe(before + 1);
    expect(server.generationMs.at(-1)).toBeGreaterThan(0);
  });

  it('always completes the schema, whatever the seed', async () => {
    for (const seed of [1, 2, 3]) {
      const res = await post(schemaRequest({ stream: false, seed, temperature: 1.2 }));
      const body = (await res.json()) as { choices: { message: { content: string }; finish_reason: string }[] };
      expect(body.choices[0]!.finish_reason).toBe('stop');
      expectCard(JSON.parse(body.choices[0]!.message.content));
    }
  });

  it('repeats itself for the same request (fixed seed)', async () => {
    const ask = async () => {
      const res = await post(schemaRequest({ stream: false }));
      return ((await res.json()) as { choices: { message: { content: string } }[] }).choices[0]!.message.content;
    };
    expect(await ask()).toBe(await ask());
  });

  it('honours other schema shapes: enum, integer, nullable, $ref, minItems, minLength', async () => {
    const schema = {
      type: 'object',
      properties: {
        kind: { enum: ['news', 'opinion'] },
        count: { type: 'integer' },
        maybe: { type: ['string', 'null'] },
        tags: { type: 'array', items: { $ref: '#/$defs/tag' }, minItems: 1 },
        code: { type: 'string', minLength: 30 },
      },
      $defs: { tag: { type: 'object', properties: { name: { type: 'string' } } } },
    };
    const res = await post({
      model: server.model,
      messages: MESSAGES,
      response_format: { type: 'json_schema', json_schema: { name: 'x', schema } },
    });
    const body = (await res.json()) as { choices: { message: { content: string }; finish_reason: string }[] };
    expect(body.choices[0]!.finish_reason).toBe('stop');
    const v = JSON.parse(body.choices[0]!.message.content) as Record<string, unknown>;
    expect(['news', 'opinion']).toContain(v.kind);
    expect(Number.isInteger(v.count)).toBe(true);
    expect(v.maybe === null || typeof v.maybe === 'string').toBe(true);
    expect((v.tags as unknown[]).length).toBeGreaterThanOrEqual(1);
    for (const t of v.tags as { name: unknown }[]) expect(t.name).toBeTypeOf('string');
    expect((v.code as string).length).toBeGreaterThanOrEqual(30);
  });

  it('serves concurrent requests one after the other', async () => {
    const answers = await Promise.all([1, 2, 3].map((seed) => post(schemaRequest({ seed })).then((r) => r.text())));
    for (const text of answers) expectCard(JSON.parse(contentOf(sseData(text))));
  });

  it('answers json_object with a JSON object', async () => {
    const res = await post({ model: server.model, messages: MESSAGES, stream: true, response_format: { type: 'json_object' } });
    const value: unknown = JSON.parse(contentOf(sseData(await res.text())));
    expect(value).toBeTypeOf('object');
    expect(Array.isArray(value)).toBe(false);
    expect(value).not.toBeNull();
  });

  it('answers without streaming: a chat.completion with usage', async () => {
    const res = await post({ model: server.model, messages: MESSAGES, max_tokens: 20 });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as {
      object: string;
      choices: { message: { role: string; content: string }; finish_reason: string }[];
      usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
    };
    expect(body.object).toBe('chat.completion');
    expect(body.choices[0]!.message.role).toBe('assistant');
    expect(body.choices[0]!.message.content).toBeTypeOf('string');
    expect(['stop', 'length']).toContain(body.choices[0]!.finish_reason);
    expect(body.usage.prompt_tokens).toBeGreaterThan(20);
    expect(body.usage.completion_tokens).toBeGreaterThan(0);
    expect(body.usage.completion_tokens).toBeLessThanOrEqual(20);
  });

  it("stops at the request's max_tokens with finish_reason 'length'", async () => {
    const res = await post(schemaRequest({ max_tokens: 8 }));
    const chunks = sseData(await res.text()).filter((e): e is Chunk => e !== '[DONE]');
    expect(chunks.at(-1)!.choices[0]!.finish_reason).toBe('length');
  });

  it('answers 404 for an unknown model and 400 for a prompt longer than the context', async () => {
    const res = await post({ model: 'llama3:8b', messages: MESSAGES });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe("model 'llama3:8b' not found");
    const long = await post({ model: server.model, messages: [{ role: 'user', content: `${ARTICLE} `.repeat(400) }] });
    expect(long.status).toBe(400);
    expect(((await long.json()) as { error: { message: string } }).error.message).toMatch(/context size/);
  });

  it('answers CORS preflights and records the Origin', async () => {
    const origin = 'chrome-extension://abcdefghijklmnop';
    const pre = await fetch(`${server.baseUrl}/chat/completions`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    const res = await fetch(`${server.baseUrl}/models`, { headers: { Origin: origin, Authorization: `Bearer ${API_KEY}` } });
    expect(res.status).toBe(200);
    const recorded = server.requests.filter((r) => r.headers.origin === origin);
    expect(recorded.map((r) => r.method)).toEqual(['OPTIONS', 'GET']);
  });

  it('records every request with its body', async () => {
    const n = server.requests.length;
    await (await post(schemaRequest({ max_tokens: 8 }))).text();
    const last = server.requests[n]!;
    expect(last.method).toBe('POST');
    expect(last.path).toBe('/v1/chat/completions');
    expect(last.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect((last.body as { response_format: { type: string } }).response_format.type).toBe('json_schema');
  });

  it('enforces the API key', async () => {
    const none = await fetch(`${server.baseUrl}/models`);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { error: { message: string } }).error.message).toBe('Incorrect API key provided');
    const wrong = await post({ model: server.model, messages: MESSAGES }, { headers: { Authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
  });

  it('delays the first byte by firstByteDelayMs', async () => {
    server.firstByteDelayMs = 400;
    try {
      const t = performance.now();
      const res = await fetch(`${server.baseUrl}/models`, { headers: { Authorization: `Bearer ${API_KEY}` } });
      expect(performance.now() - t).toBeGreaterThanOrEqual(390);
      expect(res.status).toBe(200);
    } finally {
      server.firstByteDelayMs = 0;
    }
  });

  it('aborts a generation whose client goes away, and serves the next request', async () => {
    const before = server.generationMs.length;
    const controller = new AbortController();
    const res = await post({ model: server.model, messages: MESSAGES, stream: true, max_tokens: 300 }, { signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read();
    controller.abort();
    await expect(reader.read()).rejects.toThrow();
    const next = await post(schemaRequest());
    expectCard(JSON.parse(contentOf(sseData(await next.text()))));
    expect(server.generationMs.length).toBe(before + 1); // the aborted one is not counted
  });

  describe('faults', () => {
    const errorOf = async (res: Response) => ((await res.json()) as { error: { message: string } }).error.message;

    it('ollama-403: a bare 403 to every request, preflight included', async () => {
      server.fault = 'ollama-403';
      try {
        const res = await post(schemaRequest(), { headers: { Origin: 'chrome-extension://abc' } });
        expect(res.status).toBe(403);
        expect(await res.text()).toBe('');
        expect(res.headers.get('access-control-allow-origin')).toBeNull();
        const pre = await fetch(`${server.baseUrl}/chat/completions`, {
          method: 'OPTIONS',
          headers: { Origin: 'moz-extension://abc', 'Access-Control-Request-Method': 'POST' },
        });
        expect(pre.status).toBe(403);
      } finally {
        server.fault = 'none';
      }
    });

    it('http-500: a JSON error body', async () => {
      server.fault = 'http-500';
      try {
        const res = await post(schemaRequest());
        expect(res.status).toBe(500);
        expect(await errorOf(res)).toBeTypeOf('string');
      } finally {
        server.fault = 'none';
      }
    });

    it('unauthorized: 401 even with the right key', async () => {
      server.fault = 'unauthorized';
      try {
        const res = await post(schemaRequest());
        expect(res.status).toBe(401);
        expect(await errorOf(res)).toBe('Incorrect API key provided');
      } finally {
        server.fault = 'none';
      }
    });

    it('reject-json-schema: 400 for json_schema, json_object still served', async () => {
      server.fault = 'reject-json-schema';
      try {
        const res = await post(schemaRequest());
        expect(res.status).toBe(400);
        expect(await errorOf(res)).toBe('response_format json_schema is not supported');
        const obj = await post({ model: server.model, messages: MESSAGES, stream: false, response_format: { type: 'json_object' } });
        expect(obj.status).toBe(200);
        const body = (await obj.json()) as { choices: { message: { content: string } }[] };
        expect(JSON.parse(body.choices[0]!.message.content)).toBeTypeOf('object');
      } finally {
        server.fault = 'none';
      }
    });

    it('non-json: streams prose', async () => {
      server.fault = 'non-json';
      try {
        const res = await post(schemaRequest());
        expect(res.status).toBe(200);
        const events = sseData(await res.text());
        expect(events.at(-1)).toBe('[DONE]');
        const text = contentOf(events);
        expect(text.startsWith('Sure! Here is a summary: ')).toBe(true);
        expect(() => JSON.parse(text)).toThrow();
      } finally {
        server.fault = 'none';
      }
    });

    it('cut-stream: a 200 stream that dies after a few chunks, without [DONE]', async () => {
      server.fault = 'cut-stream';
      try {
        const res = await post(schemaRequest());
        expect(res.status).toBe(200);
        let text = '';
        let failed = false;
        try {
          text = await res.text();
        } catch {
          failed = true;
        }
        expect(failed || !text.includes('[DONE]')).toBe(true);
      } finally {
        server.fault = 'none';
      }
    });

    it('is not wedged afterwards', async () => {
      const res = await post(schemaRequest());
      expect(res.status).toBe(200);
      expectCard(JSON.parse(contentOf(sseData(await res.text()))));
    });
  });
});

describe('grammar bounds', () => {
  it('measures the longest string a GBNF grammar accepts', () => {
    expect(gbnfMaxBytes('root ::= "ab" [a-z]{0,3} ("x" | "yz")?')).toBe(7);
    expect(gbnfMaxBytes('root ::= item*\nitem ::= "a"')).toBe(Infinity);
    expect(gbnfMaxBytes('root ::= "(" root ")" | "x"')).toBe(Infinity);
    expect(gbnfMaxBytes('root ::= [^"] "é"')).toBe(6);
  });

  it('bounds every string and array of a schema', () => {
    const g = schemaToGbnf(CARD_SCHEMA, { stringChars: 10, arrayItems: 4 });
    const bound = gbnfMaxBytes(g);
    expect(bound).toBeLessThan(400);
    expect(gbnfMaxBytes(schemaToGbnf(CARD_SCHEMA, { stringChars: 11, arrayItems: 4 }))).toBeGreaterThan(bound);
  });
});
