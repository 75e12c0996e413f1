// `brief --engine openai` as a user runs it (node bin/brief.js), against the real llama.cpp test
// server: the same engine code as the extension, the brief's shape with the engine and model
// named, and every failure one line with a non-zero exit and no fallback (the user asked for
// this engine).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startModelServer, type ModelServer } from '../../../scripts/lib/model-server.ts';
import { SEED_PATH } from '../content/pages.ts';

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/brief.js');
const run = promisify(execFile);

let server: ModelServer;
beforeAll(async () => {
  server = await startModelServer();
}, 60_000);
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  server.fault = 'none';
});

async function brief(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: 60_000, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const engineArgs = () => ['--engine', 'openai', '--endpoint', server.baseUrl, '--model', server.model];

describe('brief --engine openai', () => {
  it('prints the brief in the same shape, naming the engine, the model and where the article went', async () => {
    const result = await brief([SEED_PATH, ...engineArgs(), '--format', 'json']);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({ engine: 'openai', model: server.model, sentTo: new URL(server.baseUrl).host, source: { siteName: 'Tech Brief Daily' } });
    expect(out.points).toHaveLength(3);
    expect(out.checks).toHaveLength(3);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['title', 'url', 'source', 'lede', 'points', 'topics']));
  });

  it('says who wrote it in Markdown', async () => {
    const result = await brief([SEED_PATH, ...engineArgs()]);
    expect(result.stdout).toContain(`Written by ${server.model} at ${new URL(server.baseUrl).host}.`);
  });

  it('reads the API key from the environment variable named, and sends it', async () => {
    const before = server.requests.length;
    const result = await brief([SEED_PATH, ...engineArgs(), '--api-key-env', 'BRIEF_TEST_KEY', '--format', 'json'], { BRIEF_TEST_KEY: 'sk-test-123' });
    expect(result.code).toBe(0);
    expect(server.requests.slice(before).find((r) => r.path.endsWith('/chat/completions'))?.headers.authorization).toBe('Bearer sk-test-123');
    const missing = await brief([SEED_PATH, ...engineArgs(), '--api-key-env', 'BRIEF_NO_SUCH_VAR']);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr.trim()).toBe('brief: The environment variable BRIEF_NO_SUCH_VAR is not set (it should hold the API key).');
  });

  it.each([
    ['ollama-403', /^brief: 127\.0\.0\.1:\d+ refused the request \(403\)\. Ollama refuses requests from browser extensions unless OLLAMA_ORIGINS allows them/],
    ['http-500', /^brief: 127\.0\.0\.1:\d+ answered with an error \(500\)/],
    ['cut-stream', /^brief: The connection to 127\.0\.0\.1:\d+ closed before the answer was complete\.$/],
    ['non-json', /^brief: tiny-random's answer was not a brief Brief can use: the model did not answer with JSON\.$/],
  ] as const)('fails in one line on %s, with no built-in fallback', async (fault, message) => {
    server.fault = fault;
    const result = await brief([SEED_PATH, ...engineArgs()]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it('fails in one line when the server is not there', async () => {
    const result = await brief([SEED_PATH, '--engine', 'openai', '--endpoint', 'http://127.0.0.1:9/v1', '--model', 'm']);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr.trim()).toBe("brief: Brief couldn't connect to 127.0.0.1:9. Is the model server running?");
  });
});
