import { describe, expect, it } from 'vitest';
import { findDate } from '../../../../src/content/meta/dates.ts';

const date = (text: string, lang?: string) => findDate(text, lang)?.date;

describe('findDate', () => {
  it('reads the ways English pages write a date', () => {
    expect(date('Last updated: Dec 12, 2025')).toBe('2025-12-12');
    expect(date('By Scott Pletcher Jun 08, 2023 • 11 Minute Read')).toBe('2023-06-08');
    expect(date('Posted by BeauHD on Friday December 19, 2025 @08:00PM')).toBe('2025-12-19');
    expect(date('What do people love about Rust? Dec. 19, 2025 · Niko Matsakis')).toBe('2025-12-19');
    expect(date('State of SEO in 2026 16 December 2025 by Sam O’Brien')).toBe('2025-12-16');
    expect(date('Sat, 20 Dec, 2025 - 06:36')).toBe('2025-12-20');
    expect(date('December 17th 2025')).toBe('2025-12-17');
    expect(date('Josef Průša December 19. 2025')).toBe('2025-12-19');
    expect(date('Last Updated: 2025-02-22')).toBe('2025-02-22');
  });

  it('reads German, French, Spanish, Italian, Portuguese, Dutch, Chinese, Japanese and Korean datelines', () => {
    expect(date('Veröffentlicht am 14. Januar 2026')).toBe('2026-01-14');
    expect(date('3. März 2025')).toBe('2025-03-03');
    expect(date('Publié le 1er février 2025')).toBe('2025-02-01');
    expect(date('14 de enero de 2026')).toBe('2026-01-14');
    expect(date('Pubblicato il 5 settembre 2024')).toBe('2024-09-05');
    expect(date('12 de março de 2025')).toBe('2025-03-12');
    expect(date('8 mei 2025')).toBe('2025-05-08');
    expect(date('发布于 2026年1月14日')).toBe('2026-01-14');
    expect(date('2026년 1월 14일')).toBe('2026-01-14');
  });

  it('reads numeric dates by the page’s locale where the order is ambiguous', () => {
    expect(date('By The Currency editors 12.12.2025')).toBe('2025-12-12');
    expect(date('23.07.2025 · 6 min read')).toBe('2025-07-23');
    expect(date('Posted on the 15/12/2025 at 19:00')).toBe('2025-12-15');
    expect(date('Updated: 6/2/2025')).toBe('2025-06-02');
    expect(date('Updated: 6/2/2025', 'en-GB')).toBe('2025-02-06');
    expect(date('Updated: 6/2/2025', 'fr')).toBe('2025-02-06');
  });

  it('takes the earliest date in the text', () => {
    expect(date('Sweat August 16, 2019 - Updated July 9, 2025')).toBe('2019-08-16');
    expect(date('Posted on Nov 21, 2018 Updated at Dec 10, 2025')).toBe('2018-11-21');
  });

  it('finds none in text that only looks like a date', () => {
    expect(date('Chapter 11 of 2025 things')).toBeUndefined();
    expect(date('31 June 2025')).toBeUndefined();
    expect(date('Version 10.12.2 released')).toBeUndefined();
    expect(date('© 2012-2025 Guillaume Gomez')).toBeUndefined();
    expect(date('Call 1-801-438-4425')).toBeUndefined();
    expect(date('')).toBeUndefined();
  });
});
