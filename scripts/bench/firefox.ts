// Click -> card in Firefox, in a real window (scripts/lib/firefox-window.ts): Brief's popup against
// the bare-popup fixture in the same browser, on the same page, alternating which opens first.
// Firefox's popup cannot be read from outside, but its document title can: both popups set it
// when their card is in the DOM, and a watcher in the browser's own window notes the moment it
// changes, on the system clock, as this process notes the click.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BRIEF_ADDON_ID, DIST_FIREFOX, FirefoxWindow } from '../lib/firefox-window.ts';
import { manifestFor } from '../lib/manifest.ts';
import { serve } from '../lib/server.ts';
import { BARE_POPUP_DIR, SEED_PATH } from './paths.ts';

const BARE_ID = 'bare-popup@brief.bench';
/** Pause after a popup closes, as in the Chromium runs. */
const SETTLE_MS = 750;

export interface FirefoxRuns {
  page: string;
  brief: number[];
  bare: number[];
}

/** The bare-popup fixture as a Firefox add-on: the same files, Firefox's manifest and an id. */
async function bareForFirefox(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'brief-bare-firefox-'));
  await cp(BARE_POPUP_DIR, dir, { recursive: true });
  const base = JSON.parse(await readFile(join(BARE_POPUP_DIR, 'manifest.json'), 'utf8'));
  const manifest = manifestFor(base, 'firefox', base.version);
  manifest.browser_specific_settings = { gecko: { id: BARE_ID } };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/** Resolves with when an open popup's title first starts with "Brief: " (epoch ms), or rejects. */
function watchForCard(firefox: FirefoxWindow, timeoutMs = 20_000): Promise<number> {
  return firefox.marionette
    .executeAsync<number | null>(
      `const [timeout, done] = arguments;
       const w = Services.wm.getMostRecentWindow('navigator:browser');
       const started = Date.now();
       let finished = false;
       const finish = (value) => { if (!finished) { finished = true; w.removeEventListener('pagetitlechanged', onTitle, true); done(value); } };
       const isCard = (b) => b.classList?.contains('webextension-popup-browser') &&
         (b.browsingContext?.currentWindowGlobal?.documentTitle ?? '').startsWith('Brief: ');
       const onTitle = (event) => { if (isCard(event.target)) finish(Date.now()); };
       w.addEventListener('pagetitlechanged', onTitle, true);
       w.setTimeout(() => finish(null), timeout);`,
      [timeoutMs],
    )
    .then((at) => {
      if (at === null) throw new Error('no card within the time allowed');
      return at;
    });
}

async function openAndTime(firefox: FirefoxWindow, addonId: string): Promise<number> {
  let card: Promise<number> | undefined;
  // The watcher must be listening before the click; it holds Marionette until the card shows.
  const clicked = await firefox.clickButton(addonId, { onHover: () => (card = watchForCard(firefox)) });
  try {
    return (await card!) - clicked;
  } finally {
    await firefox.closePopup().catch(() => undefined);
    // Off the buttons, so the next hover starts from outside as a person's does.
    await firefox.display.xdotool('mousemove', '5', '500');
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  }
}

export async function benchFirefox({ runs, warmUp = 2, log = () => {} }: { runs: number; warmUp?: number; log?: (line: string) => void }): Promise<FirefoxRuns> {
  const page = '/seed.html';
  const server = await serve({ [page]: await readFile(SEED_PATH, 'utf8') });
  const bareDir = await bareForFirefox();
  const firefox = await FirefoxWindow.launch({ pinned: [BRIEF_ADDON_ID, BARE_ID] });
  try {
    await firefox.marionette.send('WebDriver:SetTimeouts', { script: 60_000 });
    await firefox.installAddon(DIST_FIREFOX);
    await firefox.installAddon(bareDir);
    const result: FirefoxRuns = { page, brief: [], bare: [] };
    for (let i = -warmUp; i < runs; i++) {
      const order = i % 2 === 0 ? (['brief', 'bare'] as const) : (['bare', 'brief'] as const);
      for (const which of order) {
        // A fresh load and a new URL each time, so Brief's session cache never answers.
        await firefox.navigate(`${server.url(page)}?run=${i}&popup=${which}`);
        const ms = await openAndTime(firefox, which === 'brief' ? BRIEF_ADDON_ID : BARE_ID);
        if (i >= 0) result[which].push(ms);
      }
      if (i >= 0 && (i + 1) % 5 === 0) log(`  Firefox: ${i + 1}/${runs} runs`);
    }
    const problems = firefox.extensionProblems();
    if (problems.length > 0) throw new Error(`the add-on reported errors: ${problems.join(' | ')}`);
    return result;
  } finally {
    await firefox.close();
    await server.close();
    await rm(bareDir, { recursive: true, force: true });
  }
}
