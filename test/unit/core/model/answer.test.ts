import { describe, expect, it } from 'vitest';
import { finalAnswer, partialAnswer, withoutThinking } from '../../../../src/core/model/answer.ts';

const json = JSON.stringify({ headline: 'H', lede: 'L.', points: ['A.', 'B.', 'C.'], why: 'W.', topics: ['t'] });

describe('model answers', () => {
  it('drops reasoning, a preamble and a code fence', () => {
    const answer = finalAnswer(`<think>The user wants {json}. Let me think.</think>\nSure! Here is the brief:\n\`\`\`json\n${json}\n\`\`\``);
    expect(answer).toEqual({ ok: true, brief: JSON.parse(json) });
  });

  it('hides an unfinished <think> block entirely', () => {
    expect(withoutThinking('<think>{"headline": "leak"')).toBe('');
    expect(partialAnswer('<think>{"headline": "leak", "points": ["x"]')).toEqual({ points: [], topics: [] });
  });

  it('fills progressively: headline first, then each finished point', () => {
    const cut = json.indexOf('"B."') + 4;
    expect(partialAnswer(json.slice(0, cut))).toMatchObject({ headline: 'H', lede: 'L.', points: ['A.', 'B.'] });
  });

  it('says why an answer is unusable', () => {
    expect(finalAnswer('Sure! The article says the river rose.')).toEqual({ ok: false, reason: 'the model did not answer with JSON' });
    expect(finalAnswer(json.slice(0, 30))).toEqual({ ok: false, reason: 'the answer stopped before its JSON was complete' });
    expect(finalAnswer('{"headline": "H", "points": "one"}')).toEqual({ ok: false, reason: 'the answer has no list of points' });
    expect(finalAnswer('{"points": ["a"]}')).toEqual({ ok: false, reason: 'the answer has no headline' });
  });

  it('skips a brace in the preamble and reads the object after it', () => {
    expect(finalAnswer(`Format {like this}: ${json}`)).toMatchObject({ ok: true });
  });
});
