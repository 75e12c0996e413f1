// Golden pages, one per metadata pattern seen on the open web (WCXB's development pages):
// test/golden/meta/<pattern>.html, with the headline, author, date and site the card must show
// in expected.json. A field left out there must be absent: the page does not give it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/content/extract.ts';
import { calendarDay, containsSnippet } from '../../../../src/eval/extraction/metrics.ts';
import { readWcxb } from '../../../../src/eval/extraction/dataset.ts';
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

// Dev pages of WCXB (../shared/data/wcxb-dev) where Readability picks a box that is not the
// story: a ranking's methodology note, a teaser box. The card must read the story.
describe('the story, not the box Readability picked', () => {
  const WCXB = join(import.meta.dirname, '../../../../../shared/data/wcxb-dev');
  it.each(['4486', '0267', '0010'])('WCXB page %s', (id) => {
    const [page] = readWcxb(WCXB, { only: [id] });
    if (!page) throw new Error(`WCXB page ${id} is missing from ${WCXB}`);
    const result = extractArticle(parse(page.html()), { url: page.url, mode: 'article' });
    if (!result.ok) throw new Error(`${id}: ${result.message}`);
    const text = result.article.blocks.map((b) => b.text).join('\n');
    const found = page.truth.with.filter((snippet) => containsSnippet(text, snippet));
    expect(found.length, `must-have snippets found: ${found.length} of ${page.truth.with.length}`).toBeGreaterThanOrEqual(Math.ceil(page.truth.with.length / 2));
  });
});
