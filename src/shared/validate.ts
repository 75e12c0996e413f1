// Shape checks for data that crossed a trust boundary (the tab, storage, a message) before the worker or the popup uses it.
import type { Article, Brief, BriefErrorCode } from '../core/types.ts';
import type { ExtractResult } from './messages.ts';

const ERROR_CODES: ReadonlySet<string> = new Set<BriefErrorCode>([
  'restricted-page', 'no-access', 'too-short', 'not-article', 'empty', 'too-large', 'extraction-failed', 'engine-failed', 'bad-input',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

export function isErrorCode(value: unknown): value is BriefErrorCode {
  return typeof value === 'string' && ERROR_CODES.has(value);
}

export function isArticle(value: unknown): value is Article {
  return (
    isRecord(value) &&
    typeof value.title === 'string' &&
    typeof value.url === 'string' &&
    Array.isArray(value.blocks) &&
    value.blocks.every((b) => isRecord(b) && typeof b.kind === 'string' && typeof b.text === 'string')
  );
}

export function isExtractResult(value: unknown): value is ExtractResult {
  if (!isRecord(value)) return false;
  if (value.ok === true) return isArticle(value.article);
  return value.ok === false && isErrorCode(value.code) && typeof value.message === 'string';
}

const optional = (value: unknown, check: (v: unknown) => boolean): boolean => value === undefined || check(value);
const isString = (v: unknown): boolean => typeof v === 'string';

/** The optional parts a model engine adds: each absent, or of its type. */
function modelPartsValid(v: Record<string, unknown>): boolean {
  return (
    optional(v.model, isString) &&
    optional(v.sentTo, isString) &&
    optional(v.why, isString) &&
    optional(v.partial, (p) => typeof p === 'boolean') &&
    optional(v.onlyDescription, (p) => typeof p === 'boolean') &&
    optional(v.checks, (c) => Array.isArray(c) && c.every((x) => isRecord(x) && typeof x.found === 'boolean' && isStringArray(x.missing))) &&
    optional(v.trimmed, (t) => isRecord(t) && typeof t.keptBlocks === 'number' && typeof t.totalBlocks === 'number') &&
    optional(
      v.fallback,
      (f) =>
        isRecord(f) &&
        typeof f.engine === 'string' &&
        typeof f.message === 'string' &&
        optional(f.wording, (w) => isRecord(w) && typeof w.key === 'string' && isStringArray(w.params)),
    )
  );
}

export function isBrief(value: unknown): value is Brief {
  return (
    isRecord(value) &&
    typeof value.title === 'string' &&
    typeof value.url === 'string' &&
    typeof value.lede === 'string' &&
    isStringArray(value.points) &&
    isStringArray(value.topics) &&
    isRecord(value.source) &&
    typeof value.source.readingMinutes === 'number' &&
    typeof value.engine === 'string' &&
    modelPartsValid(value)
  );
}
