// What a language model is asked for: exactly what the card shows. One JSON schema, sent as
// OpenAI's response_format, as Chrome's responseConstraint and as the prompt's own description,
// and one validator, because a server may claim to honour a schema and still answer otherwise.

/** A model's answer once validated: every field a plain string, three points. */
export interface ModelBrief {
  headline: string;
  lede: string;
  points: string[];
  why: string;
  topics: string[];
}

export const POINT_COUNT = 3;
/** Bounds keep a runaway model from filling the card; they are generous for real answers. */
export const LIMITS = { headline: 200, lede: 400, point: 400, why: 400, topic: 60, topics: 5 } as const;

export const BRIEF_SCHEMA = {
  type: 'object',
  properties: {
    headline: { type: 'string', description: "The article's headline, as the article states it." },
    lede: { type: 'string', description: 'One sentence: what the article is about.' },
    points: {
      type: 'array',
      items: { type: 'string', description: 'One sentence with a key fact of the article.' },
      minItems: POINT_COUNT,
      maxItems: POINT_COUNT,
    },
    why: { type: 'string', description: 'One sentence: why this matters, in the article’s own terms.' },
    topics: { type: 'array', items: { type: 'string' }, maxItems: LIMITS.topics },
  },
  required: ['headline', 'lede', 'points', 'why', 'topics'],
  additionalProperties: false,
} as const;

export type ModelBriefProblem = { ok: false; reason: string };

const clean = (value: unknown, max: number): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
};

/**
 * The answer as a ModelBrief, or why it is not one. Extra fields are ignored; missing optional
 * parts (why, topics) become empty; a headline and at least one point are required. More than
 * three points are cut to three, fewer are kept (a short article may have only two).
 */
export function validateModelBrief(value: unknown): { ok: true; brief: ModelBrief } | ModelBriefProblem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'the answer is not a JSON object' };
  }
  const v = value as Record<string, unknown>;
  const headline = clean(v.headline, LIMITS.headline);
  if (!headline) return { ok: false, reason: 'the answer has no headline' };
  if (!Array.isArray(v.points)) return { ok: false, reason: 'the answer has no list of points' };
  const points = v.points.map((p) => clean(p, LIMITS.point)).filter((p): p is string => p !== undefined).slice(0, POINT_COUNT);
  if (points.length === 0) return { ok: false, reason: 'the answer has no points' };
  const topics = Array.isArray(v.topics)
    ? v.topics.map((t) => clean(t, LIMITS.topic)).filter((t): t is string => t !== undefined).slice(0, LIMITS.topics)
    : [];
  return {
    ok: true,
    brief: { headline, lede: clean(v.lede, LIMITS.lede) ?? '', points, why: clean(v.why, LIMITS.why) ?? '', topics },
  };
}
