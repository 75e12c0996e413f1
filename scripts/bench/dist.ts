// The benchmark measures the built extension. dist/ is built when missing (or with --build);
// otherwise it is reused, because other work (e2e tests) may be using it right now, and the
// run says so when sources are newer than the build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_CHROME, ROOT } from './paths.ts';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, f));
    if (stat.isFile()) newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

export async function ensureDist(force: boolean, log: (line: string) => void): Promise<void> {
  const manifest = join(DIST_CHROME, 'manifest.json');
  if (force || !existsSync(manifest)) {
    log(force ? 'Building the extension (--build)…' : 'dist/chrome is missing: building the extension…');
    const { buildExtension } = await import('../build.ts');
    await buildExtension();
    return;
  }
  const built = statSync(manifest).mtimeMs;
  const sources = Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'public')));
  if (sources > built) log('note: src/ changed since dist/ was built; run `npm run bench -- --build` to measure the current code.');
}
