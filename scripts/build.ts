// `npm run build`: one Vite build per extension context, then a manifest and a zip per browser.
//   dist/chrome/, dist/firefox/, dist/brief-chrome.zip, dist/brief-firefox.zip
// The popup and the worker are ES modules; the content script is one IIFE because
// scripting.executeScript({files}) cannot load modules. The popup's early.js is a classic script
// too (see src/pages/popup/first-request.ts): a module would wait for the stylesheet and the parse.
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createLogger, type InlineConfig } from 'vite';
import { zipSync } from 'fflate';
import { jsx } from '../vite.config.ts';
import { manifestFor, type Target } from './lib/manifest.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const dist = join(root, 'dist');
const stage = join(dist, 'chrome');

function common(outDir: string): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    oxc: { jsx },
    build: { outDir, emptyOutDir: false, sourcemap: false, target: 'es2022', reportCompressedSize: false },
  };
}

// Vite warns that it leaves index.html's classic early.js alone: that is the point (built below).
function popupLogger() {
  const logger = createLogger('warn');
  const warn = logger.warn.bind(logger);
  logger.warn = (message, options) => {
    if (!/early\.js.*can't be bundled/.test(message)) warn(message, options);
  };
  return logger;
}

async function buildPage(name: string): Promise<void> {
  const config = common(join(stage, name));
  await build({
    ...config,
    root: join(root, `src/pages/${name}`),
    base: './',
    customLogger: popupLogger(),
    // The modulepreload polyfill is an inline script, which the extension CSP forbids.
    build: { ...config.build, modulePreload: { polyfill: false } },
  });
}

async function buildScript(entry: string, fileName: string, format: 'es' | 'iife'): Promise<void> {
  const config = common(stage);
  await build({
    ...config,
    root,
    build: {
      ...config.build,
      rolldownOptions: {
        input: join(root, entry),
        output: { format, entryFileNames: fileName, codeSplitting: false },
      },
    },
  });
}

async function writeTarget(target: Target, base: Record<string, unknown>, version: string): Promise<string> {
  const dir = join(dist, target);
  if (dir !== stage) await cp(stage, dir, { recursive: true });
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifestFor(base, target, version), null, 2) + '\n');
  return dir;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function zipDir(dir: string, zipPath: string): Promise<void> {
  const files: Record<string, Uint8Array> = {};
  for (const file of (await listFiles(dir)).sort()) {
    files[relative(dir, file).split('\\').join('/')] = await readFile(file);
  }
  await writeFile(zipPath, zipSync(files, { level: 9 }));
}

export async function buildExtension(): Promise<void> {
  const started = performance.now();
  await rm(dist, { recursive: true, force: true });
  await mkdir(stage, { recursive: true });
  await buildPage('popup');
  await buildPage('options');
  await buildPage('sidepanel');
  await buildPage('history');
  await buildScript('src/pages/popup/early.ts', 'popup/early.js', 'iife');
  await buildScript('src/background/index.ts', 'background.js', 'es');
  await buildScript('src/content/index.ts', 'content.js', 'iife');
  await cp(join(root, 'public'), stage, { recursive: true });

  const base = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  for (const target of ['chrome', 'firefox'] as const) {
    const dir = await writeTarget(target, base, version);
    await zipDir(dir, join(dist, `brief-${target}.zip`));
  }
  console.log(`Built dist/chrome, dist/firefox and their zips in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildExtension().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
