// A finished brief of a made-up page, for the history tests.
import type { Brief } from '../../../../src/core/types.ts';

export function brief(overrides: Partial<Brief> = {}): Brief {
  return {
    title: 'Harbour council votes on the new sea wall',
    url: 'https://news.example/sea-wall#comments',
    source: { siteName: 'Harbour Gazette', author: 'Eve Marsh', publishedTime: '2025-05-02T09:00:00Z', readingMinutes: 3 },
    lede: 'The council backed a two-metre rise.',
    points: ['The wall rises by two metres.', 'A walkway is added.', 'Four hundred homes are protected.'],
    topics: ['Harbour council', 'sea wall', 'flooding'],
    lang: 'en',
    dir: 'ltr',
    engine: 'extractive',
    ...overrides,
  };
}
