// Firefox smoke test: the Firefox build installs in Debian's firefox-esr (WebDriver BiDi).
// BiDi may not open moz-extension:// pages, so the popup itself is covered by the Chromium tests.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/lib/chromium.ts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const dist = join(import.meta.dirname, '../../dist');

let browser: Browser | undefined;
let profile: string;

beforeAll(async () => {
  await ensureBuilt();
  profile = await mkdtemp(join(tmpdir(), 'brief-firefox-'));
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, userDataDir: profile });
});

afterAll(async () => {
  await browser?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

it('installs the Firefox build (directory and zip) as a temporary add-on', async () => {
  const manifest = JSON.parse(readFileSync(join(dist, 'firefox/manifest.json'), 'utf8'));
  const expectedId: string = manifest.browser_specific_settings.gecko.id;
  const id = await browser!.installExtension(join(dist, 'firefox'));
  expect(id).toBe(expectedId);
  await browser!.uninstallExtension(id);
  expect(await browser!.installExtension(join(dist, 'brief-firefox.zip'))).toBe(expectedId);
});
