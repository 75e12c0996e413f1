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
  return manifest;
}
