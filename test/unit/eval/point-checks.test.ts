import { describe, expect, it } from 'vitest';
import { danglingFlags, hasRepeatedPoints, openingWord, pointsRepeat } from '../../../src/eval/point-checks.ts';

const article = [
  'The council approved the new bridge on Monday.',
  'It will cost 40 million pounds.',
  'Residents had campaigned for a decade.',
  'But the opposition says the money should go to schools.',
  'Construction starts in May.',
].join(' ');

describe('openingWord', () => {
  it('reads past quotes and contractions', () => {
    expect(openingWord("'It's over,' he said.")).toBe('it');
    expect(openingWord('“However strange, ...”')).toBe('however');
    expect(openingWord('123 people came.')).toBe('');
  });
});

describe('danglingFlags', () => {
  it('does not flag a pronoun opener whose antecedent is the previous point', () => {
    const points = ['The council approved the new bridge on Monday.', 'It will cost 40 million pounds.'];
    expect(danglingFlags(points, article)).toEqual([false, false]);
  });
  it('flags a pronoun or connective opener cut off from the sentence before it', () => {
    const points = [
      'The council approved the new bridge on Monday.',
      'But the opposition says the money should go to schools.',
    ];
    expect(danglingFlags(points, article)).toEqual([false, true]);
    expect(danglingFlags(['It will cost 40 million pounds.'], article)).toEqual([true]);
  });
  it('never flags a point without such an opener, or the article\'s own opening sentence', () => {
    expect(danglingFlags(['Construction starts in May.'], article)).toEqual([false]);
    expect(danglingFlags(['It was late. The bridge fell.'.split('. ')[0]! + '.'], 'It was late. The bridge fell.')).toEqual([false]);
  });
  it('tolerates engines that drop the full stop or re-space the text', () => {
    const points = ['Residents had campaigned for a decade', 'But  the opposition says the money should go to schools.'];
    expect(danglingFlags(points, article)).toEqual([false, false]);
  });
  it('judges a point that is not in the article by its opener alone', () => {
    expect(danglingFlags(['They say it is too costly.'], article)).toEqual([true]);
  });
});

describe('repeated points', () => {
  it('catches a point contained in another, whatever the punctuation', () => {
    expect(pointsRepeat('Construction starts in May', 'Officials said: "construction starts in May."')).toBe(true);
  });
  it('catches two points sharing most of their content words', () => {
    expect(pointsRepeat(
      'Three police officers have been questioned over the death of a baby girl in Barrow.',
      'Police officers were questioned about the baby girl\'s death, officials in Barrow said.',
    )).toBe(true);
  });
  it('lets different facts about the same subject pass', () => {
    expect(pointsRepeat(
      'The council approved the new bridge on Monday.',
      'The bridge will cost 40 million pounds and open in 2027.',
    )).toBe(false);
  });
  it('ignores overlap between very short points', () => {
    expect(pointsRepeat('Prices rose.', 'Prices rose again sharply.')).toBe(true); // containment still counts
    expect(pointsRepeat('Prices rose in May.', 'In May, wages rose.')).toBe(false);
  });
  it('flags a brief when any two of its points repeat', () => {
    expect(hasRepeatedPoints(['A storm hit the coast.', 'Schools closed early.', 'A storm hit the coast on Friday.'])).toBe(true);
    expect(hasRepeatedPoints(['A storm hit the coast.', 'Schools closed early.', 'Power returned by night.'])).toBe(false);
  });
});
