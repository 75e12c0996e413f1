// Decode an HTML file's bytes the way a browser would: byte order mark first, then the charset
// the page declares in its first bytes, then UTF-8, then windows-1252 (the web's legacy default).
// One exception, as Firefox makes for file: URLs: a file whose non-ASCII bytes are all valid UTF-8
// is UTF-8 whatever it declares. Pages saved to disk are often re-encoded to UTF-8 with their old
// <meta charset="gb2312"> left in, and legacy-encoded text is practically never valid UTF-8.
const SNIFF_BYTES = 4096;

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The charset named by <meta charset> or <meta http-equiv=Content-Type content="...charset=">. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}

function decoderFor(label: string | undefined, fatal = false): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return undefined;
  }
}

export interface Decoded {
  text: string;
  encoding: string;
}

export function decodeHtml(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined && hasNonAscii(bytes)) return { text: utf8, encoding: 'utf-8' };
  let declared = decoderFor(declaredCharset(bytes));
  // A page that says UTF-16 in ASCII bytes is not UTF-16 (the HTML spec says: read as UTF-8).
  if (declared?.encoding.startsWith('utf-16')) declared = undefined;
  if (declared) return { text: declared.decode(bytes), encoding: declared.encoding };
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b > 0x7f) return true;
  return false;
}

/**
 * Whether decoded text is binary data rather than a page: NUL bytes, or many control
 * characters or replacement characters, which no HTML page of text contains.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (sample.includes('\u0000')) return true;
  const odd = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return odd > sample.length * 0.05;
}
