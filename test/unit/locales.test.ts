// The UI's words: English is the source; every locale has every key with the same placeholders,
// every key is used somewhere, and every key the code names exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatEntry, type Catalog } from '../../src/shared/i18n.ts';

const ROOT = join(import.meta.dirname, '../..');
const LOCALES_DIR = join(ROOT, 'public/_locales');
const read = (code: string): Catalog => JSON.parse(readFileSync(join(LOCALES_DIR, code, 'messages.json'), 'utf8'));
const en = read('en');
const codes = readdirSync(LOCALES_DIR).filter((c) => c !== 'en').sort();
const placeholdersIn = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => (m[1] as string).toUpperCase()).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => join(dir, f));
}

describe('locales', () => {
  it('covers the languages the UI promises', () => {
    expect(codes).toEqual(['ar', 'de', 'es', 'fr', 'it', 'ja', 'ko', 'pt_BR', 'tr', 'zh_CN']);
  });

  it.each(codes)('%s has every English key, and no other, with the same placeholders', (code) => {
    const catalog = read(code);
    expect(Object.keys(catalog)).toEqual(Object.keys(en));
    for (const [key, entry] of Object.entries(en)) {
      const translated = catalog[key] as Catalog[string];
      expect(translated.message.trim(), `${code}:${key}`).not.toBe('');
      expect(placeholdersIn(translated.message), `${code}:${key}`).toEqual(placeholdersIn(entry.message));
      const names = (p?: Catalog[string]['placeholders']) => Object.entries(p ?? {}).map(([n, v]) => [n.toUpperCase(), v.content]).sort();
      expect(names(translated.placeholders), `${code}:${key}`).toEqual(names(entry.placeholders));
    }
  });

  it('keeps commands and product names intact in every language', () => {
    for (const code of codes) {
      const catalog = read(code);
      expect(catalog.extName?.message).toBe('Brief');
      expect(catalog.engineErrorOllamaOrigin?.message).toContain('OLLAMA_ORIGINS=chrome-extension://*,moz-extension://*');
      expect(catalog.engineErrorUnreachableOllama?.message).toContain('ollama serve');
    }
  });

  it('uses every key, and names none that does not exist', () => {
    const code = sourceFiles(join(ROOT, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n') + readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
    const named = [...code.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1] as string);
    expect(named.filter((key) => !(key in en))).toEqual([]);
  });

  it('substitutes as the browser does', () => {
    expect(formatEntry(en.readingTime as Catalog[string], ['3'])).toBe('3 min read');
    expect(formatEntry(en.trimmedNote as Catalog[string], ['12', '40'])).toBe("The article was too long for the model's context: it read the first 12 of 40 parts.");
    expect(formatEntry({ message: 'Cost: $$5 for $N$', placeholders: { n: { content: '$1' } } }, ['x'])).toBe('Cost: $5 for x');
  });
});
