// Bundle sizes of the built Chrome extension, raw and gzipped: the popup's JavaScript (every
// chunk it loads), the background worker and the content script. Extensions ship uncompressed,
// so raw bytes are what the browser parses; gzip is the usual yardstick the budgets use.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST_CHROME } from './paths.ts';

export interface BundleSize {
  name: string;
  files: string[];
  raw: number;
  gzip: number;
}

/** Gzipped size at the highest level, as `gzip -9` gives. */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

function jsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js') && statSync(join(dir, f)).isFile())
    .map((f) => join(dir, f))
    .sort();
}

function measure(name: string, files: string[], dist: string): BundleSize {
  const missing = files.filter((f) => !existsSync(f));
  if (files.length === 0 || missing.length > 0) throw new Error(`${name}: no built file at ${missing.join(', ') || 'any path'}`);
  // Each file is gzipped on its own, the way each would be served or stored.
  const bytes = files.map((f) => readFileSync(f));
  return {
    name,
    files: files.map((f) => relative(dist, f)),
    raw: bytes.reduce((n, b) => n + b.length, 0),
    gzip: bytes.reduce((n, b) => n + gzipSize(b), 0),
  };
}

export function bundleSizes(dist = DIST_CHROME): { popup: BundleSize; background: BundleSize; content: BundleSize } {
  return {
    popup: measure('popup', jsFilesUnder(join(dist, 'popup')), dist),
    background: measure('background', [join(dist, 'background.js')], dist),
    content: measure('content script', [join(dist, 'content.js')], dist),
  };
}
