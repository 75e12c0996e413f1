import { describe, expect, it } from 'vitest';
import { BRIEF_SCHEMA, LIMITS, validateModelBrief } from '../../../../src/core/model/schema.ts';

describe('validateModelBrief', () => {
  it('keeps three points, trims space, bounds lengths and ignores extra fields', () => {
    const r = validateModelBrief({
      headline: '  Rivers\n rise ', lede: 'x'.repeat(1000), points: ['a', ' ', 'b', 'c', 'd'], why: 3, topics: ['t', 7, 'u'], extra: true,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.brief.headline).toBe('Rivers rise');
    expect(r.brief.lede.length).toBe(LIMITS.lede);
    expect(r.brief.lede.endsWith('…')).toBe(true);
    expect(r.brief.points).toEqual(['a', 'b', 'c']);
    expect(r.brief.why).toBe('');
    expect(r.brief.topics).toEqual(['t', 'u']);
  });

  it('refuses what is not a brief', () => {
    expect(validateModelBrief(null).ok).toBe(false);
    expect(validateModelBrief([]).ok).toBe(false);
    expect(validateModelBrief({ headline: 'h', points: [] }).ok).toBe(false);
  });

  it('asks for exactly the card: three points, every field required, nothing else', () => {
    expect(BRIEF_SCHEMA.properties.points).toMatchObject({ minItems: 3, maxItems: 3 });
    expect([...BRIEF_SCHEMA.required].sort()).toEqual(Object.keys(BRIEF_SCHEMA.properties).sort());
    expect(BRIEF_SCHEMA.additionalProperties).toBe(false);
  });
});
