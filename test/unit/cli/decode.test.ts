import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml, looksBinary } from '../../../src/cli/decode.ts';

const ascii = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

describe('decodeHtml', () => {
  it('follows <meta charset> for legacy encodings', () => {
    // "日本" in Shift_JIS.
    const sjis = concat(ascii('<meta charset="Shift_JIS"><p>'), Uint8Array.of(0x93, 0xfa, 0x96, 0x7b), ascii('</p>'));
    expect(declaredCharset(sjis)).toBe('shift_jis');
    expect(decodeHtml(sjis).text).toContain('<p>日本</p>');
    // "café" in windows-1252, declared the old http-equiv way.
    const latin = concat(ascii('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>caf'), Uint8Array.of(0xe9), ascii('</p>'));
    expect(decodeHtml(latin).text).toContain('café');
  });

  it('lets a byte order mark win over the declared charset', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('<p>é</p>').flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeHtml(utf16)).toEqual({ text: '<p>é</p>', encoding: 'utf-16le' });
    const utf8 = concat(Uint8Array.of(0xef, 0xbb, 0xbf), ascii('<meta charset="windows-1251">'), new TextEncoder().encode('ж'));
    expect(decodeHtml(utf8).text.endsWith('ж')).toBe(true);
  });

  it('reads undeclared text as UTF-8, or windows-1252 when it is not valid UTF-8', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>naïve ☃</p>'))).toEqual({ text: '<p>naïve ☃</p>', encoding: 'utf-8' });
    expect(decodeHtml(concat(ascii('<p>na'), Uint8Array.of(0xef), ascii('ve</p>')))).toEqual({ text: '<p>naïve</p>', encoding: 'windows-1252' });
  });

  it('reads a file that is valid UTF-8 as UTF-8 even when it declares a legacy charset', () => {
    // A page saved to disk re-encoded as UTF-8, its old <meta charset="gb2312"> left in (qq).
    const saved = concat(ascii('<meta charset="gb2312"><p>'), new TextEncoder().encode('人工智能'), ascii('</p>'));
    expect(decodeHtml(saved)).toEqual({ text: '<meta charset="gb2312"><p>人工智能</p>', encoding: 'utf-8' });
    // The same words really in GB2312 are not valid UTF-8, so the declaration decides.
    const gb = concat(ascii('<meta charset="gb2312"><p>'), Uint8Array.of(0xc8, 0xcb, 0xb9, 0xa4), ascii('</p>'));
    expect(decodeHtml(gb)).toEqual({ text: '<meta charset="gb2312"><p>人工</p>', encoding: 'gbk' });
  });

  it('ignores an unknown charset label', () => {
    expect(decodeHtml(ascii('<meta charset="klingon"><p>ok</p>')).encoding).toBe('utf-8');
  });
});

describe('looksBinary', () => {
  it('spots binary data but not text in any script', () => {
    expect(looksBinary('PK\u0003\u0004\u0000\u0000 zip')).toBe(true);
    expect(looksBinary('\u0001\u0002\u0003\u0004\u0005 mostly control')).toBe(true);
    expect(looksBinary('<p>Привет, 世界, مرحبا, שלום</p>\n\t')).toBe(false);
  });
});
