// Golden pages, one per metadata pattern seen on the open web (WCXB's development pages):
// test/golden/meta/<pattern>.html, with the headline, author, date and site the card must show
// in expected.json. A field left out there must be absent: the page does not give it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/content/extract.ts';
import { calendarDay } from '../../../../src/eval/extraction/metrics.ts';
import { parse } from '../pages.ts';

const DIR = join(import.meta.dirname, '../../../golden/meta');
interface Expected {
  url: string;
  title: string;
  author?: string;
  date?: string;
  site?: string;
}
const cases = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;

describe('card facts on golden pages', () => {
  it.each(Object.entries(cases))('%s', (name, want) => {
    const result = extractArticle(parse(readFileSync(join(DIR, `${name}.html`), 'utf8')), { url: want.url, mode: 'article' });
    if (!result.ok) throw new Error(`${name}: ${result.message}`);
    const { title, author, publishedTime, siteName } = result.article;
    expect({ title, author, date: calendarDay(publishedTime), site: siteName }).toEqual({ title: want.title, author: want.author, date: want.date, site: want.site });
  });
});
