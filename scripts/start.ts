// `npm start`: build, brief the demo article with the CLI, then run the real extension on it.
// With a display, Chromium opens with Brief loaded on the demo article and stays open.
// Without one (a server, CI), the same extension runs headless: the script clicks the toolbar
// icon, as a user would, and prints what the popup shows.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtension } from './build.ts';
import { CHROMIUM, launchWithExtension, openPopup } from './lib/chromium.ts';
import { serve } from './lib/server.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const seedPath = join(root, '../shared/fixtures/seed-article.html');
const demoPath = '/2026/11/ai-base-model-physical-robotics';

function section(title: string): void {
  console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 60 - title.length))}`);
}

function runCli(url: string): void {
  section('CLI: npx brief ../shared/fixtures/seed-article.html');
  const result = spawnSync(process.execPath, [join(root, 'bin/brief.js'), seedPath, '--url', url], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`the CLI exited with ${result.status}`);
}

async function runHeadless(url: string): Promise<void> {
  section('Extension (headless Chromium): toolbar click on the demo article');
  const session = await launchWithExtension();
  try {
    const page = await session.browser.newPage();
    await page.goto(url);
    const popup = await openPopup(session, page);
    await popup.waitForSelector('article h1', { timeout: 15_000 });
    console.log(await popup.$eval('article', (el) => (el as HTMLElement).innerText));
  } finally {
    await session.close();
  }
}

async function runWithDisplay(url: string): Promise<void> {
  section('Extension: Chromium with Brief loaded');
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: false,
    pipe: true,
    defaultViewport: null,
    enableExtensions: [join(root, 'dist/chrome')],
    args: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const [page] = await browser.pages();
  await (page ?? (await browser.newPage())).goto(url);
  console.log(`Demo article: ${url}`);
  console.log('Click the Brief icon in the toolbar (or press Alt+Shift+R). Close the browser to stop.');
  await new Promise<void>((done) => browser.on('disconnected', () => done()));
}

async function main(): Promise<void> {
  await buildExtension();
  const server = await serve({ [demoPath]: readFileSync(seedPath, 'utf8') });
  const url = server.url(demoPath);
  try {
    runCli(url);
    if (!existsSync(CHROMIUM)) {
      section('Extension');
      console.log(`Chromium is not installed at ${CHROMIUM}: install it (apt-get install chromium) to run the`);
      console.log('extension here, or load dist/chrome into your own browser (see README).');
      return;
    }
    if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) await runWithDisplay(url);
    else await runHeadless(url);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
