// Pins what the built extension asks for and how it is laid out. Runs the build when dist/ is missing
// (`npm test` builds first anyway).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Script } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifestFor } from '../../../scripts/lib/manifest.ts';

const dist = join(import.meta.dirname, '../../../dist');
type Manifest = Record<string, any>;
const read = (target: string): Manifest => JSON.parse(readFileSync(join(dist, target, 'manifest.json'), 'utf8'));
const source: Manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../../manifest.json'), 'utf8'));

beforeAll(async () => {
  if (!existsSync(join(dist, 'chrome/manifest.json')) || !existsSync(join(dist, 'firefox/manifest.json'))) {
    const { buildExtension } = await import('../../../scripts/build.ts');
    await buildExtension();
  }
}, 60_000);

describe.each(['chrome', 'firefox'])('built %s manifest', (target) => {
  it('asks for exactly activeTab, scripting, storage, contextMenus (and sidePanel in Chrome), and no host access at install', () => {
    const manifest = read(target);
    const expected = target === 'chrome' ? ['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage'] : ['activeTab', 'contextMenus', 'scripting', 'storage'];
    expect([...manifest.permissions].sort()).toEqual(expected);
    for (const key of ['host_permissions', 'optional_permissions', 'content_scripts', 'externally_connectable', 'web_accessible_resources']) {
      expect(manifest, key).not.toHaveProperty(key);
    }
    // A model server's origin is asked for on the options page, when the user saves it.
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.options_ui).toEqual({ page: 'options/index.html', open_in_tab: true });
    // One side panel page: Chrome's side_panel, Firefox's sidebar_action.
    if (target === 'chrome') {
      expect(manifest.side_panel).toEqual({ default_path: 'sidepanel/index.html' });
      expect(manifest).not.toHaveProperty('sidebar_action');
    } else {
      expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel/index.html', default_title: '__MSG_extName__' });
      expect(manifest).not.toHaveProperty('side_panel');
    }
    expect(manifest.default_locale).toBe('en');
  });

  it('keeps a strict CSP for extension pages', () => {
    const csp: string = read(target).content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe|\*/);
    // Scripts, styles and images come from the extension only; a connection may go to the model
    // server the user configured, which can be any http(s) origin (an Ollama on the LAN).
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    expect(directives.get('default-src')).toBe("'none'");
    for (const d of ['script-src', 'style-src', 'img-src']) expect(directives.get(d)).toBe("'self'");
    expect(directives.get('connect-src')).toBe('http: https:');
  });

  it('opens the popup with Alt+Shift+R, a key neither browser nor a menu bar takes', () => {
    const manifest = read(target);
    // Both name the popup, so a click opens it even before the worker has run (Chrome's worker
    // then routes clicks through action.onClicked: see click-start.ts).
    expect(manifest.action.default_popup).toBe('popup/index.html');
    const key: string = manifest.commands._execute_action.suggested_key.default;
    expect(key).toBe('Alt+Shift+R');
    // Firefox on Linux and Windows takes Alt+Shift+letter as Alt+letter, which opens a menu of its
    // English menu bar (File, Edit, View, History, Bookmarks, Tools, Help): Alt+Shift+B opened
    // Bookmarks. The real-window tests press the key in both browsers.
    expect(key).not.toMatch(/^Alt\+Shift\+[FEVSBTH]$/);
  });

  it('ships every file it names', () => {
    const manifest = read(target);
    const background = manifest.background.service_worker ?? manifest.background.scripts[0];
    const files = [background, 'popup/index.html', 'popup/early.js', 'content.js', ...Object.values(manifest.icons as Record<string, string>)];
    for (const file of files) expect(existsSync(join(dist, target, file)), file).toBe(true);
    expect(existsSync(join(dist, `brief-${target}.zip`))).toBe(true);
  });

  it('builds the content script as a classic script (no import/export), as executeScript requires', () => {
    const code = readFileSync(join(dist, target, 'content.js'), 'utf8');
    expect(() => new Script(code)).not.toThrow();
    expect(code).toContain('__briefExtract');
  });
});

describe('browser differences', () => {
  it('Chrome gets a module service worker and no gecko settings', () => {
    const manifest = read('chrome');
    expect(manifest.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(manifest).not.toHaveProperty('browser_specific_settings');
  });

  it('Firefox gets module background scripts, an id, version 140+ and no data collection', () => {
    const manifest = read('firefox');
    expect(manifest.background).toEqual({ scripts: ['background.js'], type: 'module' });
    const gecko = manifest.browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko.strict_min_version).toBe('140.0');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('both come from the one top-level manifest', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const { version } = read(target);
      expect(read(target)).toEqual(manifestFor(source, target, version));
    }
  });

  it('refuses a source manifest without a background worker', () => {
    expect(() => manifestFor({ name: 'x' }, 'firefox', '1.0.0')).toThrow(/service_worker/);
  });
});

describe('web-ext lint', () => {
  it('reports zero errors on the Firefox build', async () => {
    const bin = join(import.meta.dirname, '../../../node_modules/.bin/web-ext');
    const { stdout } = await promisify(execFile)(bin, ['lint', '--source-dir', join(dist, 'firefox'), '--output', 'json', '--no-config-discovery'], {
      maxBuffer: 10_000_000,
    }).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    const report = JSON.parse(stdout) as { errors: { code: string; message: string }[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
  });
});
