// The eval command scoring a model on a real OpenAI-compatible server (scripts/lib/model-server.ts:
// llama.cpp on a tiny random-weight model, so the words are nonsense but the request, the stream,
// the schema-shaped JSON and the engine are the extension's own), next to the built-in engine.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startModelServer, type ModelServer } from '../../../scripts/lib/model-server.ts';
import { BriefError } from '../../../src/core/types.ts';
import { EvalRunFailed, parseEvalArgs, runEvalCommand } from '../../../src/eval/cli.ts';

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

const argv = (limit: number) => ['--engines', 'brief,openai', '--endpoint', server.baseUrl, '--model', server.model, '--limit', String(limit)];

/** The cells of one engine's row in the table under `caption` (the first table when none). */
function cells(output: string, engine: string, caption?: string): string[] {
  const part = caption ? output.slice(output.indexOf(caption)) : output;
  const line = part.split('\n').find((l) => l.startsWith(`| ${engine} |`));
  expect(line, `a row for ${engine}`).toBeDefined();
  return line!.slice(2, -2).split(' | ');
}

describe('npm run eval with --engines brief,openai on a model server', () => {
  it('scores both engines on the same articles and counts the points the faithfulness check flags', async () => {
    const output = await runEvalCommand(parseEvalArgs(argv(3)));
    expect(output).toContain('val.jsonl: 3 articles');
    for (const engine of ['brief', 'openai']) expect(cells(output, engine)[1]).toMatch(/^\d+\.\d\d \(/);
    expect(output).toContain(`- openai: createOpenAiEngine (src/engines/openai-compatible): ${server.model} at ${new URL(server.baseUrl).host}`);
    expect(output).not.toContain('failed');
    // Three chat requests, one an article, each the extension's streamed json_schema request.
    const chats = server.requests.filter((r) => r.path.endsWith('/chat/completions'));
    expect(chats).toHaveLength(3);
    expect(chats[0]!.body).toMatchObject({ model: server.model, stream: true, response_format: { type: 'json_schema' } });

    const flaggedCaption = 'Points flagged (not found in the article)';
    const [, briefPoints, briefFlagged] = cells(output, 'brief', flaggedCaption).map(Number);
    expect(briefPoints).toBeGreaterThan(0);
    expect(briefFlagged).toBe(0);
    // Random words: many of the model's points name things the article never does. Only the
    // bounds are certain.
    const [, points, flagged] = cells(output, 'openai', flaggedCaption).map(Number);
    expect(points).toBeGreaterThan(0);
    expect(flagged).toBeGreaterThanOrEqual(0);
    expect(flagged).toBeLessThanOrEqual(points!);
    expect(cells(output, 'openai', flaggedCaption)[3]).toBe(`${((flagged! / points!) * 100).toFixed(1)}%`);
    expect(output).toMatch(/\nTotal time: \d+\.\d s \(in the engines: brief \d+\.\d s, openai \d+\.\d s\)$/);
  });

  it('stops with the server\'s message when every article fails, and still gives the tables', async () => {
    server.fault = 'http-500';
    const run = runEvalCommand(parseEvalArgs(argv(2)));
    await expect(run).rejects.toThrow(EvalRunFailed);
    const error = (await run.catch((e: unknown) => e)) as EvalRunFailed;
    expect(error.message).toMatch(/^openai: all 2 articles failed: row 0: 127\.0\.0\.1:\d+ answered with an error \(500\): The model crashed/);
    expect(error.output).toMatch(/- openai: .*; 2 articles failed \(of 2, scored as empty\): row 0: /);
    expect(cells(error.output, 'brief')[1]).toMatch(/^\d+\.\d\d \(/);
  });

  it('refuses the openai engine without a server, in one line', () => {
    const run = () => parseEvalArgs(['--engines', 'brief,openai', '--model', server.model, '--limit', '3']);
    expect(run).toThrow(BriefError);
    expect(run).toThrow(/^the openai engine needs --endpoint URL and --model NAME \(e\.g\. --endpoint http:\/\/127\.0\.0\.1:11434\/v1 --model llama3\.2\)$/);
  });
});
