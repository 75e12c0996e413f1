import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';

describe('parseArgs', () => {
  it('reads a file with --url and --format, in either spelling', () => {
    expect(parseArgs(['a.html', '--url', 'https://x.org/a', '--format', 'json'])).toEqual({
      ok: true,
      options: { command: 'brief', file: 'a.html', url: 'https://x.org/a', format: 'json', wholePage: false },
    });
    expect(parseArgs(['--format=text', 'a.html'])).toMatchObject({ ok: true, options: { format: 'text', file: 'a.html' } });
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
