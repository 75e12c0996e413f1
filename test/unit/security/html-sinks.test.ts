// Page content is untrusted: Brief never turns a string into markup in its own code. This pins
// that no source file reaches for an HTML sink, so one cannot creep in unnoticed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');
const SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|new Function)\b|\beval\s*\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|html)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('HTML sinks', () => {
  it('the sink pattern catches what it is meant to', () => {
    for (const bad of ['el.innerHTML = x', '<div dangerouslySetInnerHTML={{ __html: x }} />', 'eval(code)', 'new Function(code)']) {
      expect(bad).toMatch(SINKS);
    }
  });

  it('no source file uses one', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line: line.trim(), at: `${relative(SRC, file)}:${i + 1}` }))
        .filter(({ line }) => !line.startsWith('//') && !line.startsWith('*') && SINKS.test(line)),
    );
    expect(offenders).toEqual([]);
  });
});
