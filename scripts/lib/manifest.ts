// Derives each browser's manifest from the one top-level manifest.json, so the two builds never drift.
export type Target = 'chrome' | 'firefox';

type Json = Record<string, unknown>;

interface Background {
  service_worker?: string;
  scripts?: string[];
  type?: string;
}

export function manifestFor(base: Json, target: Target, version: string): Json {
  const manifest: Json = structuredClone(base);
  manifest.version = version;
  const background = manifest.background as Background | undefined;
  if (!background?.service_worker) throw new Error('manifest.json needs background.service_worker');
  if (target === 'chrome') {
    // Chrome warns about keys it does not know; the gecko settings are Firefox-only.
    delete manifest.browser_specific_settings;
    return manifest;
  }
  // Firefox runs MV3 background code as an event page: same module, listed under `scripts`.
  manifest.background = { scripts: [background.service_worker], type: background.type ?? 'module' };
  // Chrome's side_panel is Firefox's sidebar_action, the same page.
  const panel = manifest.side_panel as { default_path?: string } | undefined;
  delete manifest.side_panel;
  manifest.permissions = (manifest.permissions as string[] | undefined)?.filter((p) => p !== 'sidePanel');
  if (panel?.default_path) {
    const action = manifest.action as { default_icon?: unknown } | undefined;
    manifest.sidebar_action = { default_panel: panel.default_path, default_title: manifest.name, default_icon: action?.default_icon, open_at_install: false };
  }
  return manifest;
}
