import { describe, expect, it } from 'vitest';
import { readJsonPrefix } from '../../../../src/core/model/json-prefix.ts';

describe('readJsonPrefix', () => {
  const full = '{"headline":"Rivers rise","points":["One.","Two \\"quoted\\".","Three."],"n":12,"ok":true}';

  it('reads a complete value as JSON.parse does, and says where it ends', () => {
    const r = readJsonPrefix(`${full}  trailing`);
    expect(r.complete).toBe(true);
    expect(r.value).toEqual(JSON.parse(full));
    expect(r.end).toBe(full.length);
  });

  it('on every prefix returns only finished strings, never a torn one', () => {
    for (let n = 1; n < full.length; n++) {
      const r = readJsonPrefix(full.slice(0, n));
      expect(r.complete).toBe(false);
      const value = (r.value ?? {}) as Record<string, unknown>;
      if (value.headline !== undefined) expect(value.headline).toBe('Rivers rise');
      for (const [i, p] of ((value.points as string[]) ?? []).entries()) expect(p).toBe(JSON.parse(full).points[i]);
      // A number cut at the end of the text may go on: it is left out until it is closed.
      if (value.n !== undefined) expect(value.n).toBe(12);
    }
  });

  it('shows points one by one as they complete', () => {
    const upTo = (s: string) => readJsonPrefix(full.slice(0, full.indexOf(s) + s.length)).value as { points?: string[] };
    expect(upTo('"One."').points).toEqual(['One.']);
    expect(upTo('"Three."').points).toHaveLength(3);
  });

  it('throws on text that is not JSON', () => {
    expect(() => readJsonPrefix('{"a" 1}')).toThrow(SyntaxError);
    expect(() => readJsonPrefix('Sure! {')).toThrow(SyntaxError);
  });
});
