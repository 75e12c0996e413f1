import { describe, expect, it } from 'vitest';
import { opensWithReference } from '../../../src/core/index.ts';

describe('opensWithReference', () => {
  it.each([
    'He said no.', 'But the vote failed.', '"They left," she said.', 'Its price rose.',
    'Well, him and the artist drew the deck.', 'In response, she hired lawyers.',
    'As a result, prices rose.', 'On the other hand, rents fell.', 'That said, it works.',
  ])('flags %j as leaning on the sentence before', (sentence) => {
    expect(opensWithReference(sentence, 'en')).toBe(true);
  });

  it.each([
    'Well before dawn the crews arrived.', 'Now Playing is a new app.', 'The vote failed.',
    'Hebrew is read from right to left.', 'In response to the storm, the city closed schools.',
    'As a result of the storm, schools closed.',
  ])('lets %j stand on its own', (sentence) => {
    expect(opensWithReference(sentence, 'en')).toBe(false);
  });

  it('applies English phrases to English only', () => {
    expect(opensWithReference('Well, das ist gut.', 'de')).toBe(false);
    expect(opensWithReference('Aber das ist gut.', 'de')).toBe(true);
  });
});
