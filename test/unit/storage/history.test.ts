import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_ENTRIES,
  HISTORY_SCHEMA_VERSION,
  briefOfEntry,
  entryFromBrief,
  exportJson,
  exportMarkdown,
  foldText,
  nextEntry,
  overflow,
  parseEntry,
  prepareSearch,
  searchEntries,
  upsert,
  urlKey,
  type HistoryEntry,
} from '../../../src/storage/history.ts';
import { renderMarkdown } from '../../../src/core/render/render.ts';
import { brief } from './support/briefs.ts';

const entry = (key: string, madeAt: number, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  ...entryFromBrief(brief({ url: key }), madeAt)!,
  ...extra,
});

describe('history entries', () => {
  it('keep what the card showed, keyed on the URL without its #hash, and never the page text', () => {
    const made = entryFromBrief(brief({ model: 'llama3.2', sentTo: '127.0.0.1:11434', checks: [{ found: false, missing: ['1,200'] }], why: 'It matters.' }), 1000)!;
    expect(made).toEqual({
      v: HISTORY_SCHEMA_VERSION,
      key: 'https://news.example/sea-wall',
      madeAt: 1000,
      title: 'Harbour council votes on the new sea wall',
      url: 'https://news.example/sea-wall#comments',
      site: 'Harbour Gazette',
      author: 'Eve Marsh',
      published: '2025-05-02T09:00:00Z',
      readingMinutes: 3,
      lede: 'The council backed a two-metre rise.',
      points: ['The wall rises by two metres.', 'A walkway is added.', 'Four hundred homes are protected.'],
      topics: ['Harbour council', 'sea wall', 'flooding'],
      why: 'It matters.',
      checks: [{ found: false, missing: ['1,200'] }],
      lang: 'en',
      dir: 'ltr',
      engine: 'extractive',
      model: 'llama3.2',
      sentTo: '127.0.0.1:11434',
    });
    expect(urlKey('http://a.example/x?q=1#top')).toBe('http://a.example/x?q=1');
    expect(urlKey('http://a.example/x')).toBe('http://a.example/x');
  });

  it('copy again the same Markdown the popup copied', () => {
    const original = brief({ checks: [{ found: true, missing: [] }, { found: false, missing: ['Bob'] }, { found: true, missing: [] }], model: 'm' });
    expect(renderMarkdown(briefOfEntry(entryFromBrief(original, 1)!))).toBe(renderMarkdown(original));
    const bare = brief({ source: { readingMinutes: 1 }, lang: undefined, dir: undefined });
    expect(renderMarkdown(briefOfEntry(entryFromBrief(bare, 1)!))).toBe(renderMarkdown(bare));
  });

  it('keep that a brief was made from the page\'s description alone, so a copy again says so', () => {
    const described = brief({ onlyDescription: true });
    const kept = entryFromBrief(described, 1)!;
    expect(kept.onlyDescription).toBe(true);
    expect(briefOfEntry(kept).onlyDescription).toBe(true);
    expect(renderMarkdown(briefOfEntry(kept))).toBe(renderMarkdown(described));
    expect(renderMarkdown(briefOfEntry(kept))).toContain('only its description');
    expect(entryFromBrief(brief(), 1)).not.toHaveProperty('onlyDescription');
    expect(parseEntry(structuredClone(kept))).toEqual(kept);
  });

  it('skip a brief still being written, and a fallback never replaces a page\'s entry', () => {
    expect(entryFromBrief(brief({ partial: true }), 1)).toBeUndefined();
    const fallback = brief({ fallback: { engine: 'A model server', message: 'Connection refused.' } });
    const kept = nextEntry(undefined, fallback, 5)!;
    expect(kept).toMatchObject({ engine: 'extractive', madeAt: 5 });
    expect(kept).not.toHaveProperty('fallback');
    expect(nextEntry(entry('https://news.example/sea-wall', 1), fallback, 5)).toBeUndefined();
    expect(nextEntry(entry('https://news.example/sea-wall', 1), brief({ engine: 'openai', model: 'm' }), 5)).toMatchObject({ madeAt: 5, engine: 'openai' });
  });
});

describe('the bound', () => {
  it('updates a page\'s entry in place of adding one, newest first', () => {
    const list = [entry('https://b/', 2), entry('https://a/', 1)];
    const { entries, dropped } = upsert(list, entry('https://a/', 3, { title: 'again' }));
    expect(entries.map((e) => [e.key, e.title === 'again'])).toEqual([['https://a/', true], ['https://b/', false]]);
    expect(dropped).toBe(0);
  });

  it('drops the oldest past the limit and says how many', () => {
    const list = [entry('https://c/', 3), entry('https://b/', 2), entry('https://a/', 1)];
    const { entries, dropped } = upsert(list, entry('https://d/', 4), 2);
    expect(entries.map((e) => e.key)).toEqual(['https://d/', 'https://c/']);
    expect(dropped).toBe(2);
    expect(overflow(5001, DEFAULT_MAX_ENTRIES)).toBe(1);
    expect(overflow(3, 5)).toBe(0);
    expect(DEFAULT_MAX_ENTRIES).toBe(5000);
  });
});

describe('search', () => {
  const entries = [
    entry('https://1/', 3, { title: 'Élysée Palace hosts the summit', points: ['Leaders met in Paris.'], topics: ['diplomacy'] }),
    entry('https://2/', 2, { title: 'Straßenbahn returns to the city', points: ['The tram line reopens in June.'], topics: ['transport', 'Zürich'] }),
    entry('https://3/', 1, { title: 'Harbour wall', points: ['Résidents cheered.'], topics: [], lede: 'summit in the lede only' }),
  ];
  const keys = (q: string) => searchEntries(entries, q).map((e) => e.key);

  it('matches title, points and topics, case and accents aside, every word, in the order given', () => {
    expect(keys('elysee')).toEqual(['https://1/']);
    expect(keys('ÉLYSÉE paris')).toEqual(['https://1/']);
    expect(keys('zurich tram')).toEqual(['https://2/']);
    expect(keys('strassenbahn')).toEqual(['https://2/']);
    expect(keys('residents')).toEqual(['https://3/']);
    expect(keys('paris tram')).toEqual([]);
    expect(keys('summit')).toEqual(['https://1/']); // the lede is not searched
    expect(keys('diplo')).toEqual(['https://1/']); // narrows as you type
    expect(keys('   ')).toEqual(['https://1/', 'https://2/', 'https://3/']);
  });

  it('gives the same results once prepared ahead of the first query', () => {
    const fresh = entries.map((e) => ({ ...e }));
    prepareSearch(fresh);
    expect(searchEntries(fresh, 'elysee').map((e) => e.key)).toEqual(['https://1/']);
  });

  it('folds text the way the query is folded', () => {
    expect(foldText('Çà Ñoño ŁÓDŹ Œuvre')).toBe('ca nono lodz oeuvre');
    expect(foldText('plain ASCII')).toBe('plain ascii');
  });
});

describe('export', () => {
  const entries = [entry('https://a.example/1', Date.UTC(2025, 0, 1)), entry('https://a.example/2', Date.UTC(2025, 0, 2), { title: 'Second' })];

  it('writes every brief as Markdown, newest first, with the day it was made', () => {
    const md = exportMarkdown(entries, Date.UTC(2025, 0, 3));
    expect(md.startsWith('# Brief history\n\n2 briefs, exported 2025-01-03T00:00:00.000Z.')).toBe(true);
    expect(md.indexOf('# Second')).toBeLessThan(md.indexOf('# Harbour council'));
    expect(md).toContain('Briefed 2025-01-02T00:00:00.000Z.');
    expect(md.split('\n---\n')).toHaveLength(3);
  });

  it('writes JSON that reads back entry for entry', () => {
    const data = JSON.parse(exportJson(entries, 0));
    expect(data).toMatchObject({ format: 'brief-history', version: 2, exportedAt: '1970-01-01T00:00:00.000Z' });
    expect(data.entries.map(parseEntry)).toEqual([entries[1], entries[0]]);
  });
});

describe('stored records', () => {
  const good = entry('https://a/', 1, { checks: [{ found: true, missing: [] }] });

  it('read back as they were written, unknown fields left behind', () => {
    expect(parseEntry(structuredClone(good))).toEqual(good);
    expect(parseEntry({ ...good, extra: 'x' })).toEqual(good);
  });

  it.each([
    ['null', null],
    ['a string', 'brief'],
    ['another version', { ...good, v: 1 }],
    ['no key', { ...good, key: '' }],
    ['a bad time', { ...good, madeAt: 'yesterday' }],
    ['points that are not text', { ...good, points: [1, 2] }],
    ['a bad direction', { ...good, dir: 'up' }],
    ['bad checks', { ...good, checks: [{ found: 'yes' }] }],
    ['a description flag that is not true', { ...good, onlyDescription: 'yes' }],
    ['a bad optional field', { ...good, site: 7 }],
  ])('are skipped when corrupt: %s', (_, value) => {
    expect(parseEntry(value)).toBeUndefined();
  });
});
