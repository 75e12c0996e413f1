// The UI's words, from the browser's i18n (public/_locales/<code>/messages.json, English the
// source). Pages look a key up where they show it; between contexts travel codes and parameters,
// never finished sentences. Outside a browser (the CLI, unit tests) an installed catalog answers
// with the same placeholder rules, so there is one source of English.
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage?(): string;
}

export interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

let installed: Catalog | undefined;

/** For contexts without the browser's i18n (Node): answer from this catalog. */
export function installCatalog(catalog: Catalog | undefined): void {
  installed = catalog;
}

function browserI18n(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  return typeof api?.getMessage === 'function' ? api : undefined;
}

/**
 * The browser's substitution rules: `$NAME$` is its placeholder's content, in which `$1`…`$9`
 * are the substitutions, and `$$` is a dollar sign.
 */
export function formatEntry(entry: CatalogEntry, substitutions: readonly string[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const found = Object.entries(entry.placeholders ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase());
    return found ? found[1].content : whole;
  });
  return named.replace(/\$\$|\$(\d)/g, (whole, n?: string) => (n === undefined ? '$' : (substitutions[Number(n) - 1] ?? '')));
}

/** The UI string for `key` with its substitutions; the key itself if nothing knows it. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const text = browserI18n()?.getMessage(key, subs);
  if (text) return text;
  const entry = installed?.[key];
  return entry ? formatEntry(entry, subs) : key;
}

/** The UI's language as a BCP 47 tag ("pt-BR"), for Intl; "en" outside a browser. */
export function uiLanguage(): string {
  return browserI18n()?.getUILanguage?.() ?? 'en';
}

/** The UI's direction: right-to-left for Arabic, Hebrew, Persian and Urdu UIs. */
export function uiDirection(language = uiLanguage()): 'ltr' | 'rtl' {
  const declared = browserI18n()?.getMessage('@@bidi_dir');
  if (declared === 'rtl' || declared === 'ltr') return declared;
  return /^(ar|he|fa|ur)\b/i.test(language) ? 'rtl' : 'ltr';
}

/** Marks a page's root with the UI's language and direction (each article keeps its own). */
export function applyUiLanguage(root: HTMLElement = document.documentElement): void {
  root.lang = uiLanguage();
  root.dir = uiDirection();
}
