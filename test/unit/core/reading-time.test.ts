import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../../src/core/index.ts';

describe('readingMinutes', () => {
  it('uses Firefox Reader View speeds: 987 characters a minute in English', () => {
    expect(readingMinutes('a'.repeat(987 * 3))).toBe(3);
    expect(readingMinutes('a'.repeat(987 * 3), 'en-GB')).toBe(3);
    expect(readingMinutes('a'.repeat(987 * 10 + 400))).toBe(10);
  });

  it('is slower for Japanese and Chinese (357 and 255 characters a minute)', () => {
    expect(readingMinutes('あ'.repeat(357 * 4), 'ja')).toBe(4);
    expect(readingMinutes('中'.repeat(255 * 4), 'zh-TW')).toBe(4);
    // Without a declared language the script decides.
    expect(readingMinutes('中'.repeat(255 * 4))).toBe(4);
  });

  it('falls back to English for languages Firefox has no figure for', () => {
    expect(readingMinutes('a'.repeat(987 * 2), 'xx')).toBe(2);
  });

  it('does not count whitespace, and gives at least a minute for any text', () => {
    expect(readingMinutes(`${'a'.repeat(987)}${' \n'.repeat(5000)}`)).toBe(1);
    expect(readingMinutes('Short.')).toBe(1);
    expect(readingMinutes('   ')).toBe(0);
  });
});
