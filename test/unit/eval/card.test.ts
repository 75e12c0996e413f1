// The card table's figures: what the "why" line adds to the points, and repeats across the card.
import { describe, expect, it } from 'vitest';
import { cardOutcome } from '../../../src/eval/harness.ts';

describe('cardOutcome', () => {
  it('counts the reference words the "why" line adds beyond the points (ROUGE-1 recall), best over references', () => {
    const points = ['Rates rose on Thursday.'];
    const out = cardOutcome(points, 'The bank met.', 'Mortgages will cost more.', ['rates rose and mortgages cost more', 'nothing in common here']);
    // Reference 1 has 6 words: the points give "rates rose" (2), the why line adds "mortgages", "cost", "more" (3).
    expect(out.whyGain).toBeCloseTo(3 / 6, 10);
    expect(out.repeats).toBe(false);
  });

  it('adds nothing without a "why" line, and flags a lede that repeats a point', () => {
    const same = 'The council voted to close the last public swimming pool in the city.';
    const out = cardOutcome([same, 'The pool opened in 1936 and was rebuilt after a fire.'], same, undefined, ['the pool closes']);
    expect(out.whyGain).toBe(0);
    expect(out.why).toBeUndefined();
    expect(out.repeats).toBe(true);
  });
});
