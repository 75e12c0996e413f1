// The manifest's suggested shortcut for opening Brief, and the same keys as xdotool names them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../../manifest.json'), 'utf8'));

/** e.g. "Alt+Shift+R" */
export const SUGGESTED_KEY: string = manifest.commands._execute_action.suggested_key.default;

/** e.g. "alt+shift+r" */
export const XDOTOOL_KEY = SUGGESTED_KEY.toLowerCase();
