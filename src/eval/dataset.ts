// Reading an evaluation set: one JSON object a line, {"article", "abstract"} plus optional
// "id" and "references" (several reference summaries). A bad line is a BriefError naming the
// line, so a typo in a data file reads as a message, not a stack trace.
import { BriefError } from '../core/types.ts';

export interface EvalRow {
  /** The row's own id, or its 0-based line number in the file. */
  id: string | number;
  /** 1-based line number, for messages. */
  line: number;
  article: string;
  /** Every reference summary of the row: the abstract, then any further references. */
  references: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(line: number, message: string): never {
  throw new BriefError('bad-input', `line ${line}: ${message}`);
}

function readId(obj: Record<string, unknown>, index: number, line: number): string | number {
  if (obj.id === undefined) return index;
  if (typeof obj.id === 'string' || (typeof obj.id === 'number' && Number.isFinite(obj.id))) return obj.id;
  return fail(line, '"id" must be a string or a number');
}

function readReferences(obj: Record<string, unknown>, line: number): string[] {
  const refs: string[] = [];
  if (obj.abstract !== undefined) {
    if (typeof obj.abstract !== 'string') fail(line, '"abstract" must be a string');
    refs.push(obj.abstract);
  }
  if (obj.references !== undefined) {
    const list = obj.references;
    if (!Array.isArray(list) || !list.every((r) => typeof r === 'string')) {
      fail(line, '"references" must be an array of strings');
    }
    for (const r of list as string[]) if (!refs.includes(r)) refs.push(r);
  }
  const usable = refs.filter((r) => r.trim() !== '');
  if (usable.length === 0) fail(line, 'no reference summary: give a non-empty "abstract" or "references"');
  return usable;
}

/** Parses one line (0-based `index`) into a row. */
export function parseRow(text: string, index: number): EvalRow {
  const line = index + 1;
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (err) {
    fail(line, `not valid JSON (${(err as Error).message})`);
  }
  if (!isRecord(obj)) fail(line, 'expected a JSON object');
  if (typeof obj.article !== 'string' || obj.article.trim() === '') fail(line, '"article" must be a non-empty string');
  return { id: readId(obj, index, line), line, article: obj.article, references: readReferences(obj, line) };
}

/** Parses a whole jsonl text; blank lines are skipped but still counted for ids and messages. */
export function parseJsonl(text: string): EvalRow[] {
  const rows: EvalRow[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() !== '') rows.push(parseRow(raw, index));
  });
  if (rows.length === 0) throw new BriefError('bad-input', 'the data file has no rows');
  return rows;
}
