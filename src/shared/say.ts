// An error or a Wording in the UI's language: its key through _locales when it has one the
// catalog knows, else the English message it carries.
import { wordingOf, type Wording } from '../core/types.ts';
import { t, type MessageKey } from './i18n.ts';

export function say(wording: Wording | undefined, fallback = ''): string {
  if (!wording) return fallback;
  const text = t(wording.key as MessageKey, ...wording.params);
  // t() answers with the key itself when no catalog knows it (a newer worker's key, say).
  return text && text !== wording.key ? text : fallback;
}

export function sayError(error: unknown): string {
  return say(wordingOf(error), error instanceof Error ? error.message : String(error));
}
