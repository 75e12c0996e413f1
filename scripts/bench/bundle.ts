// Bundle sizes of the built Chrome extension, raw and gzipped: the popup's JavaScript (what it
// loads at start, and apart what it loads only on demand), the background worker and the content script. Extensions ship uncompressed,
// so raw bytes are what the browser parses; gzip is the usual yardstick the budgets use.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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

/**
 * The popup's scripts that load before its card can show: those its HTML names and what they
 * import statically. A chunk behind a dynamic import() (Chrome's Summarizer, run only when the
 * user chose it) loads on demand and is reported apart.
 */
export function startChunks(pageDir: string): string[] {
  const html = readFileSync(join(pageDir, 'index.html'), 'utf8');
  const pending = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => join(pageDir, m[1] as string));
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only: `import"./x.js"` and `from"./x.js"`, never `import("./x.js")`.
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) pending.push(join(dirname(file), m[1] as string));
  }
  return [...seen].sort();
}

export function bundleSizes(dist = DIST_CHROME): { popup: BundleSize; popupLazy: BundleSize; background: BundleSize; content: BundleSize } {
  const popupDir = join(dist, 'popup');
  const start = startChunks(popupDir);
  const lazy = jsFilesUnder(popupDir).filter((f) => !start.includes(f));
  return {
    popup: measure('popup', start, dist),
    popupLazy: lazy.length > 0 ? measure('popup, loaded on demand', lazy, dist) : { name: 'popup, loaded on demand', files: [], raw: 0, gzip: 0 },
    background: measure('background', [join(dist, 'background.js')], dist),
    content: measure('content script', [join(dist, 'content.js')], dist),
  };
}
