// Debian's firefox-esr in a real window, used as a person uses it: the add-on installed as a
// temporary add-on, Brief's button pinned to the toolbar by a profile pref, clicks and keys sent
// as X events (xdotool), and what the popup shows read back through the clipboard (select all,
// copy, xclip). Marionette only drives the browser around the popup (tabs, add-on install) and
// tells where the button is: neither it nor WebDriver BiDi can open or read a moz-extension://
// popup. Shared by the Firefox e2e tests and the benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Marionette } from './marionette.ts';
import { startDisplay, type XDisplay } from './x-display.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const DIST_FIREFOX = join(import.meta.dirname, '../../dist/firefox');
/** Brief's add-on id, as manifest.json gives it to Firefox. */
export const BRIEF_ADDON_ID: string = JSON.parse(readFileSync(join(import.meta.dirname, '../../manifest.json'), 'utf8')).browser_specific_settings.gecko.id;

/** Firefox's id for an add-on's toolbar button (ExtensionCommon's makeWidgetId). */
export const widgetId = (addonId: string) => `${addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;

/** Where the popup is on screen, what it loaded, and its document's title. */
export interface PopupState {
  url: string;
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PopupText {
  html: string;
  text: string;
}

export interface FirefoxLaunchOptions {
  /** Add-ons whose buttons are pinned to the toolbar (their ids); they are installed later. */
  pinned?: string[];
  /** Extra profile prefs. */
  prefs?: Record<string, string | number | boolean>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function profilePrefs(marionettePort: number, pinned: string[]): Record<string, string | number | boolean> {
  const widgets = pinned.map(widgetId);
  // The toolbar layout Firefox would save after the user pinned the buttons (Customize...).
  const toolbar = {
    placements: {
      'nav-bar': ['back-button', 'forward-button', 'stop-reload-button', 'urlbar-container', ...widgets, 'unified-extensions-button'],
    },
    seen: widgets,
    dirtyAreaCache: ['nav-bar'],
    currentVersion: 20,
    newElementCount: 2,
  };
  return {
    'marionette.port': marionettePort,
    'browser.uiCustomization.state': JSON.stringify(toolbar),
    // Every console message of the browser, its pages and the add-on reaches stdout, so a test
    // sees (and fails on) an error in the popup or the background page.
    'devtools.console.stdout.chrome': true,
    'devtools.console.stdout.content': true,
    'browser.dom.window.dump.enabled': true,
    // A quiet first run: no welcome page, default-browser prompt, updates or telemetry.
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.startup.page': 0,
    'browser.aboutwelcome.enabled': false,
    'startup.homepage_welcome_url': '',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'extensions.update.enabled': false,
    'browser.translations.automaticallyPopup': false,
  };
}

export class FirefoxWindow {
  readonly display: XDisplay;
  readonly marionette: Marionette;
  /** Every line Firefox printed (stdout and stderr), console messages included. */
  readonly log: string[];
  #process: ChildProcess;
  #profile: string;

  private constructor(display: XDisplay, marionette: Marionette, log: string[], process: ChildProcess, profile: string) {
    this.display = display;
    this.marionette = marionette;
    this.log = log;
    this.#process = process;
    this.#profile = profile;
  }

  static async launch({ pinned = [], prefs = {} }: FirefoxLaunchOptions = {}): Promise<FirefoxWindow> {
    const display = await startDisplay();
    const profile = await mkdtemp(join(tmpdir(), 'brief-firefox-window-'));
    const port = await freePort();
    const all = { ...profilePrefs(port, pinned), ...prefs };
    await writeFile(join(profile, 'user.js'), Object.entries(all).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
    const child = spawn(FIREFOX, ['-profile', profile, '-no-remote', '--marionette', '--remote-allow-system-access'], {
      env: { ...display.env, MOZ_CRASHREPORTER_DISABLE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log: string[] = [];
    const collect = (chunk: Buffer) => log.push(...chunk.toString().split('\n').filter((line) => line.trim() !== ''));
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    try {
      const marionette = await Marionette.connect(port, 60_000);
      await marionette.send('WebDriver:NewSession', { capabilities: {} });
      const window = new FirefoxWindow(display, marionette, log, child, profile);
      await window.#waitForToolbar();
      return window;
    } catch (error) {
      child.kill();
      await display.close();
      await rm(profile, { recursive: true, force: true });
      throw new Error(`Firefox did not start in a window: ${String(error)}\n${log.slice(-20).join('\n')}`);
    }
  }

  /** Installs an add-on (a folder or a zip) as a temporary add-on and returns its id. */
  async installAddon(path: string): Promise<string> {
    const { value } = await this.marionette.send<{ value: string }>('Addon:Install', { path, temporary: true });
    return value;
  }

  /** Opens `url` in the selected tab and waits for it to load. */
  async navigate(url: string): Promise<void> {
    await this.marionette.send('Marionette:SetContext', { value: 'content' });
    await this.marionette.send('WebDriver:Navigate', { url });
  }

  /** Opens `url` in a new, selected tab. */
  async newTab(url: string): Promise<void> {
    await this.marionette.send('Marionette:SetContext', { value: 'content' });
    const { handle } = await this.marionette.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab', focus: true });
    await this.marionette.send('WebDriver:SwitchToWindow', { handle, focus: true });
    await this.navigate(url);
  }

  /** The centre of an add-on's toolbar button, in screen pixels. */
  async buttonCentre(addonId: string): Promise<{ x: number; y: number }> {
    const found = await this.marionette.execute<{ x: number; y: number } | { missing: string[] }>(
      `const w = Services.wm.getMostRecentWindow('navigator:browser');
       const button = w.document.getElementById(arguments[0]);
       if (!button) return { missing: [...w.document.querySelectorAll('[id$="-browser-action"]')].map((e) => e.id + ' in ' + e.parentNode.id) };
       const r = button.getBoundingClientRect();
       const scale = w.devicePixelRatio;
       return { x: (w.mozInnerScreenX + r.left + r.width / 2) * scale, y: (w.mozInnerScreenY + r.top + r.height / 2) * scale };`,
      [widgetId(addonId)],
    );
    if ('missing' in found) throw new Error(`${widgetId(addonId)} is not on the toolbar (buttons: ${found.missing.join(', ') || 'none'})`);
    return found;
  }

  /**
   * Points at the add-on's button, rests there as a person's pointer does (Firefox starts loading
   * the popup on hover), then clicks. Returns the time of the click (epoch ms). `onHover` runs as
   * the pointer arrives, once this needs Marionette no more (the benchmark starts a watcher there).
   */
  async clickButton(addonId: string, { hoverMs = 150, onHover }: { hoverMs?: number; onHover?: () => void } = {}): Promise<number> {
    await this.#focusBrowserWindow();
    const { x, y } = await this.buttonCentre(addonId);
    await this.display.xdotool('mousemove', String(Math.round(x)), String(Math.round(y)));
    onHover?.();
    await new Promise((resolve) => setTimeout(resolve, hoverMs));
    const clicked = Date.now();
    await this.display.xdotool('click', '1');
    return clicked;
  }

  /** Presses a key combination in the browser window, as a person would. */
  async press(combo: string): Promise<void> {
    await this.#focusBrowserWindow();
    await this.display.key(combo);
  }

  /** The open popup (an extension's panel), or null when none is open. */
  popup(): Promise<PopupState | null> {
    return this.marionette.execute<PopupState | null>(
      `const w = Services.wm.getMostRecentWindow('navigator:browser');
       const browser = [...w.document.querySelectorAll('.webextension-popup-browser')]
         .find((b) => b.closest('panel')?.state === 'open');
       if (!browser) return null;
       const r = browser.getBoundingClientRect();
       const scale = w.devicePixelRatio;
       return {
         url: browser.currentURI?.spec ?? '',
         title: browser.browsingContext?.currentWindowGlobal?.documentTitle ?? '',
         x: browser.screenX * scale, y: browser.screenY * scale, width: r.width * scale, height: r.height * scale,
       };`,
    );
  }

  /** Waits for an open popup that satisfies `ready` (by default: any); says what is open if none does. */
  async waitForPopup(ready: (popup: PopupState) => boolean = () => true, timeoutMs = 20_000): Promise<PopupState> {
    const deadline = Date.now() + timeoutMs;
    let last: PopupState | null = null;
    while (Date.now() < deadline) {
      last = await this.popup();
      if (last && ready(last)) return last;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`No such popup within ${timeoutMs} ms; open now: ${JSON.stringify(last)}\n${this.log.slice(-15).join('\n')}`);
  }

  /**
   * What the open popup shows, as a person would take it: a click on the popup's margin to focus
   * it, select all, copy, and the clipboard's HTML and plain text.
   */
  async readPopup(popup: PopupState): Promise<PopupText> {
    await this.display.click(popup.x + 6, popup.y + 6);
    return this.copyWithKeys('ctrl+a', 'ctrl+c');
  }

  /**
   * Presses keys that copy something (the popup's Copy button, say) and reads what they copied.
   * The clipboard is emptied first: Copy writes it asynchronously, and a read that came before
   * the write would otherwise return whatever was copied earlier.
   */
  async copyWithKeys(...keys: string[]): Promise<PopupText> {
    await this.#clearClipboard();
    await this.display.key(...keys);
    return this.readClipboard();
  }

  /** The clipboard as HTML and as plain text, once something was copied (waits up to 5 s). */
  async readClipboard(): Promise<PopupText> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const text = await this.display.clipboard('UTF8_STRING');
      if (text !== CLEARED || Date.now() > deadline) {
        return { html: await this.display.clipboard('text/html'), text: text === CLEARED ? '' : text };
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Empties the clipboard so a later read cannot see an earlier copy. */
  async #clearClipboard(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      // xclip stays in the background to serve the selection until another program takes it.
      const xclip = spawn('xclip', ['-selection', 'clipboard', '-i'], { env: this.display.env, stdio: ['pipe', 'ignore', 'ignore'], detached: true });
      xclip.once('error', reject);
      xclip.stdin!.end(CLEARED, () => resolve());
      xclip.unref();
    });
  }

  /** Sends Escape and waits until no popup is open. */
  async closePopup(): Promise<void> {
    for (let i = 0; i < 3 && (await this.popup()); i++) {
      await this.display.key('Escape');
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    if (await this.popup()) throw new Error('The popup did not close');
  }

  /** The add-on's background page: "running", "suspending" or "stopped" (idle, unloaded). */
  backgroundState(addonId: string): Promise<string> {
    return this.marionette.execute<string>(
      `const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
       const extension = ExtensionParent.GlobalManager.getExtension(arguments[0]);
       return String(extension?.backgroundState ?? 'not installed');`,
      [addonId],
    );
  }

  /** The shortcut Firefox has in force for an add-on's command ("" for none). */
  shortcut(addonId: string, command = '_execute_action'): Promise<string> {
    return this.marionette.executeAsync<string>(
      `const [id, name, done] = arguments;
       const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
       const extension = ExtensionParent.GlobalManager.getExtension(id);
       extension.shortcuts.allCommands().then((all) => done(all.find((c) => c.name === name)?.shortcut ?? ''), (e) => done('error: ' + e));`,
      [addonId, command],
    );
  }

  /** Console lines that report an error or a warning from an extension page or the add-on's code. */
  extensionProblems(): string[] {
    return this.log.filter((line) => /^(JavaScript (error|warning)|console\.(error|warn))/.test(line) && /moz-extension:|Brief/.test(line));
  }

  async close(): Promise<void> {
    this.marionette.close();
    const exited = new Promise((resolve) => this.#process.once('exit', resolve));
    this.#process.kill();
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (this.#process.exitCode === null) this.#process.kill('SIGKILL');
    await this.display.close();
    await rm(this.#profile, { recursive: true, force: true });
  }

  /** Raises and focuses the browser window, so X events go to it. */
  async #focusBrowserWindow(): Promise<void> {
    const ids = (await this.display.xdotool('search', '--onlyvisible', '--class', 'firefox').catch(() => '')).split('\n').filter(Boolean);
    if (ids.length > 0) await this.display.xdotool('windowactivate', '--sync', ids[ids.length - 1]!).catch(() => undefined);
  }

  async #waitForToolbar(): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const ready = await this.marionette.execute<boolean>(
        `const w = Services.wm.getMostRecentWindow('navigator:browser'); return !!w && w.document.readyState === 'complete' && !!w.gBrowser;`,
      );
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The Firefox window did not finish opening');
  }
}

const CLEARED = '(brief-test: clipboard cleared)';
