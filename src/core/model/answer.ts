// A model's raw answer text to the card's fields. Reasoning models put "<think>…</think>" first,
// chatty ones a preamble ("Sure! Here is the JSON:") or a ```json fence: all of it is dropped
// and the JSON object read on its own. Works on a partial answer too, for streaming.
import { readJsonPrefix, type JsonValue } from './json-prefix.ts';
import { validateModelBrief, type ModelBrief } from './schema.ts';

/** The answer without reasoning: closed <think> blocks removed, an unclosed one hides everything after it. */
export function withoutThinking(text: string): string {
  const closed = text.replace(/<think(?:ing)?>[\s\S]*?<\/think(?:ing)?>/gi, '');
  const open = closed.search(/<think(?:ing)?>/i);
  return open >= 0 ? closed.slice(0, open) : closed;
}

/** Candidate starts of the JSON object: every "{" outside the reasoning, first first. */
function objectStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) starts.push(i);
  return starts;
}

export interface PartialModelBrief {
  headline?: string;
  lede?: string;
  /** Only the points already complete. */
  points: string[];
  why?: string;
  topics: string[];
}

const str = (v: JsonValue | undefined): string | undefined => (typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : undefined);

/** What the answer so far holds, for the card to fill progressively. Never throws. */
export function partialAnswer(text: string): PartialModelBrief {
  const visible = withoutThinking(text);
  for (const start of objectStarts(visible)) {
    try {
      const { value } = readJsonPrefix(visible, start);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
      const list = (v: JsonValue | undefined) => (Array.isArray(v) ? v.map(str).filter((s): s is string => s !== undefined) : []);
      return { headline: str(value.headline), lede: str(value.lede), points: list(value.points), why: str(value.why), topics: list(value.topics) };
    } catch {
      // not JSON from this brace on: try the next one
    }
  }
  return { points: [], topics: [] };
}

export type FinalAnswer = { ok: true; brief: ModelBrief } | { ok: false; reason: string };

/** The complete answer as a validated ModelBrief, or a plain reason it is not one. */
export function finalAnswer(text: string): FinalAnswer {
  const visible = withoutThinking(text);
  let reason = 'the model did not answer with JSON';
  for (const start of objectStarts(visible)) {
    try {
      const { value, complete } = readJsonPrefix(visible, start);
      if (!complete) {
        reason = 'the answer stopped before its JSON was complete';
        continue;
      }
      const checked = validateModelBrief(value);
      if (checked.ok) return checked;
      reason = checked.reason;
    } catch {
      // a brace in a preamble: the JSON may start later
    }
  }
  return { ok: false, reason };
}
