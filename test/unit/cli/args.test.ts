import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';

describe('parseArgs', () => {
  it('reads a file with --url and --format, in either spelling', () => {
    expect(parseArgs(['a.html', '--url', 'https://x.org/a', '--format', 'json'])).toEqual({
      ok: true,
      options: { command: 'brief', file: 'a.html', url: 'https://x.org/a', format: 'json', wholePage: false, engine: 'extractive' },
    });
    expect(parseArgs(['--format=text', 'a.html'])).toMatchObject({ ok: true, options: { format: 'text', file: 'a.html' } });
  });

  it('takes an OpenAI-compatible engine with its endpoint and model, never a key on the command line', () => {
    expect(parseArgs(['a.html', '--engine', 'openai', '--endpoint', 'http://127.0.0.1:11434/v1', '--model', 'llama3.2', '--api-key-env', 'MY_KEY', '--context=8192'])).toMatchObject({
      ok: true,
      options: { engine: 'openai', endpoint: 'http://127.0.0.1:11434/v1', model: 'llama3.2', apiKeyEnv: 'MY_KEY', context: 8192 },
    });
    expect(parseArgs(['a.html', '--engine', 'openai', '--model', 'm'])).toMatchObject({ ok: false, message: expect.stringContaining('needs --endpoint') });
    expect(parseArgs(['a.html', '--engine', 'openai', '--endpoint', 'http://h/v1'])).toMatchObject({ ok: false, message: expect.stringContaining('needs --model') });
    expect(parseArgs(['a.html', '--engine', 'openai', '--endpoint', 'ftp://h', '--model', 'm'])).toMatchObject({ ok: false });
    expect(parseArgs(['a.html', '--engine', 'gpt'])).toMatchObject({ ok: false, message: expect.stringContaining('Unknown engine') });
    expect(parseArgs(['a.html', '--model', 'm'])).toMatchObject({ ok: false, message: expect.stringContaining('go with --engine openai') });
    expect(parseArgs(['a.html', '--engine', 'openai', '--endpoint', 'http://h/v1', '--model', 'm', '--api-key-env', 'sk-123$'])).toMatchObject({ ok: false });
    expect(parseArgs(['a.html', '--engine', 'openai', '--endpoint', 'http://h/v1', '--model', 'm', '--context', '100'])).toMatchObject({ ok: false });
  });

  it('recognises the extract command, --whole-page and --help', () => {
    expect(parseArgs(['extract', 'a.html', '--whole-page'])).toMatchObject({ ok: true, options: { command: 'extract', file: 'a.html', wholePage: true } });
    expect(parseArgs(['a.html', '-h'])).toMatchObject({ ok: true, options: { command: 'help' } });
  });

  it('explains bad usage instead of throwing', () => {
    const cases: [string[], RegExp][] = [
      [[], /No input file/],
      [['extract'], /No input file/],
      [['a.html', 'b.html'], /one input file/],
      [['a.html', '--format', 'pdf'], /Unknown format "pdf"/],
      [['a.html', '--format'], /--format needs a value/],
      [['a.html', '--url', 'javascript:alert(1)'], /--url must be an http\(s\) address/],
      [['a.html', '--nope'], /Unknown option --nope/],
    ];
    for (const [argv, message] of cases) {
      const parsed = parseArgs(argv);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(message);
    }
  });
});
