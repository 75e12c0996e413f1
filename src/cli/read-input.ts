// Reads the input file as bytes and decodes it, turning every way that can fail into a
// one-line message that says what happened and what to do.
import { readFile, stat } from 'node:fs/promises';
import { decodeHtml, looksBinary } from './decode.ts';

/** Larger files are refused before reading: no web page is this big. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type InputResult =
  | { ok: true; html: string; encoding: string }
  | { ok: false; code: 'bad-input' | 'empty' | 'too-large'; message: string };

function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

export async function readHtmlFile(path: string): Promise<InputResult> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, code: 'bad-input', message: `${path} is a directory, not an HTML file. Give the path of a saved page (.html).` };
    if (!info.isFile()) return { ok: false, code: 'bad-input', message: `${path} is not a regular file. Give the path of a saved page (.html).` };
    size = info.size;
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT') return { ok: false, code: 'bad-input', message: `File not found: ${path}. Check the path and try again.` };
    if (code === 'EACCES') return { ok: false, code: 'bad-input', message: `Permission denied reading ${path}. Check the file's permissions.` };
    return { ok: false, code: 'bad-input', message: `Cannot read ${path} (${code ?? 'unknown error'}).` };
  }
  if (size === 0) return { ok: false, code: 'empty', message: `${path} is empty. Give a saved page with some text in it.` };
  if (size > MAX_FILE_BYTES) {
    return { ok: false, code: 'too-large', message: `${path} is too large (${Math.round(size / 1048576)} MB; Brief reads pages up to ${MAX_FILE_BYTES / 1048576} MB).` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, code: 'bad-input', message: `Cannot read ${path} (${errnoCode(error) ?? 'unknown error'}).` };
  }
  const { text, encoding } = decodeHtml(bytes);
  if (looksBinary(text)) {
    return { ok: false, code: 'bad-input', message: `${path} does not look like an HTML page (it contains binary data). Give a saved web page.` };
  }
  if (!text.trim()) return { ok: false, code: 'empty', message: `${path} contains only whitespace. Give a saved page with some text in it.` };
  return { ok: true, html: text, encoding };
}
