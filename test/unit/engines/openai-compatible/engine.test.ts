// The OpenAI-compatible engine against a real llama.cpp server (scripts/lib/model-server.ts: a
// tiny random-weight model, so the words are nonsense but the HTTP, the stream and the
// grammar-shaped JSON are real), and each fault a user meets, with its plain message.
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { startModelServer, type ModelServer } from '../../../../scripts/lib/model-server.ts';
import { extractArticle } from '../../../../src/content/extract.ts';
import { createOpenAiEngine, listModels } from '../../../../src/engines/openai-compatible/engine.ts';
import type { Article, Brief } from '../../../../src/core/types.ts';

const SEED = readFileSync(join(import.meta.dirname, '../../../../../shared/fixtures/seed-article.html'), 'utf8');

function seedArticle(): Article {
  const { document } = parseHTML(SEED);
  const result = extractArticle(document as unknown as Document, { url: 'https://techbrief.example/ai-robots', mode: 'article' });
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

let server: ModelServer;
let article: Article;

beforeAll(async () => {
  server = await startModelServer();
  article = seedArticle();
}, 60_000);

afterAll(async () => {
  await server?.close();
});

beforeEach(() => {
  server.fault = 'none';
  server.firstByteDelayMs = 0;
});

const engine = (overrides: Partial<Parameters<typeof createOpenAiEngine>[0]> = {}, options: Parameters<typeof createOpenAiEngine>[1] = {}) =>
  createOpenAiEngine({ baseUrl: server.baseUrl, model: server.model, ...overrides }, options);

const lastChat = () => [...server.requests].reverse().find((r) => r.path.endsWith('/chat/completions'))?.body as Record<string, unknown>;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('the OpenAI-compatible engine on a real llama.cpp server', () => {
  it('streams a schema-shaped brief, fills it progressively and checks every point', async () => {
    const partials: Brief[] = [];
    const brief = await engine().summarize(article, undefined, (b) => partials.push(b));
    const body = lastChat();
    expect(body).toMatchObject({ model: server.model, stream: true, response_format: { type: 'json_schema' } });
    expect(brief).toMatchObject({ engine: 'openai', model: server.model, title: article.title, source: { siteName: 'Tech Brief Daily', author: 'Aiko Tanaka' } });
    expect(brief.partial).toBeUndefined();
    expect(brief.points).toHaveLength(3);
    expect(brief.checks).toHaveLength(3);
    // The streamed partials grow: the card shows points as they complete, never a torn one.
    expect(partials.length).toBeGreaterThan(1);
    const counts = partials.map((b) => b.points.length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    for (const p of partials) for (const [i, point] of p.points.entries()) if (i < p.points.length - 1 || p.points.length === 3) expect(brief.points).toContain(point);
  });

  it('lists the server\'s models', async () => {
    expect(await listModels({ baseUrl: server.baseUrl })).toEqual([server.model]);
  });

  it('retries with json_object when the server rejects json_schema', async () => {
    server.fault = 'reject-json-schema';
    const before = server.requests.length;
    // json_object holds the model to JSON but not to the card's fields: a random-weight model's
    // object has none of them, and the local validation says so (a real model follows the prompt).
    await expect(engine().summarize(article)).rejects.toMatchObject({ code: 'bad-output', message: expect.stringContaining('the answer has no headline') });
    const formats = server.requests.slice(before).map((r) => ((r.body as { response_format?: { type: string } }).response_format ?? { type: 'none' }).type);
    expect(formats).toEqual(['json_schema', 'json_object']);
  });

  it('sends the key as a bearer header only, and says plainly when it is refused', async () => {
    const keyed = await startModelServer({ apiKey: 'sk-right' });
    try {
      const ok = await createOpenAiEngine({ baseUrl: keyed.baseUrl, model: keyed.model, apiKey: 'sk-right' }).summarize(article);
      expect(ok.points.length).toBeGreaterThan(0);
      const chat = keyed.requests.find((r) => r.path.endsWith('/chat/completions'));
      expect(chat?.headers.authorization).toBe('Bearer sk-right');
      expect(chat?.path).not.toContain('sk-right');
      await expect(createOpenAiEngine({ baseUrl: keyed.baseUrl, model: keyed.model, apiKey: 'sk-wrong' }).summarize(article)).rejects.toMatchObject({
        code: 'key-refused',
        message: expect.stringContaining('The API key was refused'),
      });
    } finally {
      await keyed.close();
    }
  });
});

describe('faults, each in plain words', () => {
  it('the server stopped', async () => {
    const port = await freePort();
    await expect(createOpenAiEngine({ baseUrl: `http://127.0.0.1:${port}/v1`, model: 'm' }).summarize(article)).rejects.toMatchObject({
      code: 'unreachable',
      message: `Brief couldn't connect to 127.0.0.1:${port}. Is the model server running?`,
    });
    await expect(createOpenAiEngine({ baseUrl: 'http://127.0.0.1:11434/v1', model: 'm' }, { fetch: () => Promise.reject(new TypeError('fetch failed')) }).summarize(article)).rejects.toThrow(
      'Is Ollama running? Start it with `ollama serve`.',
    );
  });

  it("Ollama's 403 to an extension origin", async () => {
    server.fault = 'ollama-403';
    await expect(engine().summarize(article)).rejects.toMatchObject({
      code: 'ollama-origin',
      message: expect.stringContaining('set `OLLAMA_ORIGINS=chrome-extension://*,moz-extension://*` and restart it'),
    });
  });

  it('a 500', async () => {
    server.fault = 'http-500';
    await expect(engine().summarize(article)).rejects.toMatchObject({ code: 'server-error', message: expect.stringMatching(/answered with an error \(500\)/) });
  });

  it('a stream cut halfway', async () => {
    server.fault = 'cut-stream';
    await expect(engine().summarize(article)).rejects.toMatchObject({ code: 'stream-cut', message: expect.stringContaining('closed before the answer was complete') });
  });

  it('an answer that is not JSON', async () => {
    server.fault = 'non-json';
    await expect(engine().summarize(article)).rejects.toMatchObject({ code: 'bad-output', message: expect.stringContaining('the model did not answer with JSON') });
  });

  it('a first byte later than the engine waits', async () => {
    server.firstByteDelayMs = 1500;
    await expect(engine({}, { firstByteTimeoutMs: 400 }).summarize(article)).rejects.toMatchObject({ code: 'timeout', message: expect.stringContaining('did not start answering within 0 s') });
    // Within the wait, a slow first byte is just slow.
    const brief = await engine({}, { firstByteTimeoutMs: 5000 }).summarize(article);
    expect(brief.points.length).toBeGreaterThan(0);
  });

  it('a model the server does not have: the message lists the ones it has', async () => {
    await expect(engine({ model: 'llama9' }).summarize(article)).rejects.toMatchObject({
      code: 'model-not-found',
      message: expect.stringContaining(`has no model "llama9". It has: ${server.model}.`),
    });
  });

  it('an address that is not a server address', async () => {
    await expect(engine({ baseUrl: 'file:///etc/passwd' }).summarize(article)).rejects.toMatchObject({ code: 'bad-config' });
  });
});
