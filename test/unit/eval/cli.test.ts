import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefError } from '../../../src/core/types.ts';
import { DEFAULT_DATA, parseEvalArgs, runEvalCommand } from '../../../src/eval/cli.ts';
import { ENGINE_IDS } from '../../../src/eval/engines/registry.ts';

const VAL = '../shared/data/cnndm-gpt4/val.jsonl';

describe('parseEvalArgs', () => {
  it('defaults to every engine and a fixed seed', () => {
    expect(parseEvalArgs(['--data', 'x.jsonl'])).toEqual({ data: 'x.jsonl', engines: [...ENGINE_IDS], seed: 1 });
  });
  it('reads --out, --engines, --limit and --seed', () => {
    expect(parseEvalArgs(['--data', 'x', '--out', 'p.jsonl', '--engines', 'lead3, brief', '--limit', '5', '--seed', '9']))
      .toEqual({ data: 'x', out: 'p.jsonl', engines: ['lead3', 'brief'], limit: 5, seed: 9 });
  });
  it('reads val.jsonl when --data is not given', () => {
    expect(parseEvalArgs([]).data).toBe(DEFAULT_DATA);
    expect(DEFAULT_DATA).toMatch(/[\\/]shared[\\/]data[\\/]cnndm-gpt4[\\/]val\.jsonl$/);
  });
  it('takes the openai engine with its server, the key from the named variable', () => {
    const argv = ['--engines', 'brief,openai', '--endpoint', 'http://127.0.0.1:11434/v1/', '--model', 'llama3.2', '--api-key-env', 'MY_KEY', '--context', '8192'];
    expect(parseEvalArgs(argv, { MY_KEY: 'sk-1' })).toEqual({
      data: DEFAULT_DATA, engines: ['brief', 'openai'], seed: 1,
      openai: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.2', apiKey: 'sk-1', contextTokens: 8192 },
    });
    // Without --engines, the server's model joins every local engine.
    expect(parseEvalArgs(['--endpoint', 'http://h:1/v1', '--model', 'm']).engines).toEqual([...ENGINE_IDS, 'openai']);
  });
  it.each([
    [['--data', ''], '--data needs a file'],
    [['--data', 'x', '--engines', 'lead3,gpt9'], 'unknown engine(s): gpt9'],
    [['--engines', 'brief,openai', '--endpoint', 'http://h:1/v1'], 'the openai engine needs --endpoint URL and --model NAME'],
    [['--endpoint', 'http://h:1/v1'], 'the openai engine needs --endpoint URL and --model NAME'],
    [['--engines', 'brief', '--endpoint', 'http://h:1/v1', '--model', 'm'], 'add openai to --engines'],
    [['--engines', 'openai', '--endpoint', 'ftp://h/v1', '--model', 'm'], '--endpoint: The endpoint must start with http:// or https://'],
    [['--engines', 'openai', '--endpoint', 'http://h:1/v1', '--model', 'm', '--api-key-env', 'UNSET_KEY_VAR'], 'the environment variable UNSET_KEY_VAR is not set'],
    [['--engines', 'openai', '--endpoint', 'http://h:1/v1', '--model', 'm', '--context', '100'], '--context takes a number of tokens of at least 1024'],
    [['--data', 'x', '--limit', '0'], '--limit must be a positive integer'],
    [['--data', 'x', '--limit', 'ten'], '--limit must be a positive integer'],
    [['--data', 'x', '--bogus'], 'Unknown option'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseEvalArgs(argv, {})).toThrow(BriefError);
    expect(() => parseEvalArgs(argv, {})).toThrow(message);
  });
});

describe('the eval command, end to end on the first rows of val.jsonl', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brief-eval-'));
  const rows = readFileSync(VAL, 'utf8').split('\n').slice(0, 5);
  const data = join(dir, 'slice.jsonl');
  writeFileSync(data, rows.join('\n') + '\n');
  const out = join(dir, 'preds.jsonl');

  it('prints one Markdown row per engine and writes one --out line per article and engine', async () => {
    const table = await runEvalCommand({ data, out, engines: [...ENGINE_IDS], seed: 1 });
    const [scores, rest] = table.split('Points flagged (not found in the article)');
    const [flagged, card] = rest!.split('The rest of the card');
    const lines = scores!.split('\n').filter((l) => l.startsWith('| '));
    expect(lines[0]).toBe('| Engine | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | Words | Dangling | Repeated | ms/article |');
    expect(lines.slice(2).map((l) => l.split(' | ')[0]!.slice(2))).toEqual([...ENGINE_IDS]);
    expect(table).toContain('slice.jsonl: 5 articles');
    // Brief against both LEAD-3 rows, the same-splitter one first.
    expect(table.split('\n').filter((l) => l.startsWith('brief − ')).map((l) => l.split(',')[0])).toEqual([
      'brief − lead3', 'brief − lead3-plain',
    ]);
    for (const line of lines.slice(2)) expect(line).toMatch(/^\| [\w-]+ \| \d+\.\d\d \(\d+\.\d–\d+\.\d\) \|/);
    // Every local engine's points are sentences of the article: the faithfulness check flags none.
    const flaggedRows = flagged!.split('\n').filter((l) => l.startsWith('| ')).slice(2);
    expect(flaggedRows.map((l) => l.split(' | ')[0]!.slice(2))).toEqual([...ENGINE_IDS]);
    for (const line of flaggedRows) expect(line).toMatch(/^\| [\w-]+ \| 1[0-5] \| 0 \| 0\.0% \|$/);
    // The card table: only Brief makes a whole card (lede, points, "why").
    const cardRows = card!.split('\n').filter((l) => l.startsWith('| ')).slice(2);
    expect(cardRows).toHaveLength(1);
    expect(cardRows[0]).toMatch(/^\| brief \| 5 \| \d+\.\d% \| \+\d+\.\d\d \| \+\d+\.\d\d \| 0\.0% \|$/);
    expect(table).toMatch(/\nTotal time: \d+\.\d s \(in the engines: brief \d+\.\d s, lead3 /);

    const preds = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(preds).toHaveLength(5 * ENGINE_IDS.length);
    for (const p of preds) {
      expect(Object.keys(p)).toEqual(['id', 'engine', 'points']);
      expect((p.points as string[]).length).toBeGreaterThan(0);
      expect((p.points as string[]).length).toBeLessThanOrEqual(3);
    }
    expect(preds.filter((p) => p.engine === 'lead3').map((p) => p.id)).toEqual([0, 1, 2, 3, 4]);
    // LEAD-3 is the article's opening, word for word.
    const first = JSON.parse(rows[0]!) as { article: string };
    const lead = preds.find((p) => p.engine === 'lead3' && p.id === 0)!.points as string[];
    expect(first.article.replace(/\s+/g, ' ').startsWith(lead.join(' '))).toBe(true);
    // lexrank's Sugar dependency rewrites Array.prototype; it must stay in its worker thread.
    expect(Function.prototype.toString.call(Array.prototype.map)).toContain('[native code]');
  });

  it('is reproducible: the same data and seed give the same table except timings', async () => {
    const strip = (t: string) => t.replace(/\| [\d.]+ \|$/gm, '|').replace(/^Total time: .*$/m, '');
    const a = await runEvalCommand({ data, engines: ['lead3', 'textrank'], seed: 3 });
    const b = await runEvalCommand({ data, engines: ['lead3', 'textrank'], seed: 3 });
    expect(strip(a)).toBe(strip(b));
  });

  it('reports a bad data file as a BriefError with the line number', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${rows[0]}\n{"article": 1}\n`);
    await expect(runEvalCommand({ data: bad, engines: ['lead3'], seed: 1 })).rejects.toThrow('line 2: "article"');
    await expect(runEvalCommand({ data: join(dir, 'missing.jsonl'), engines: ['lead3'], seed: 1 })).rejects.toThrow(BriefError);
  });
});
