import { describe, expect, it } from 'vitest';
import { datelineIn, textNear } from '../../../../src/content/meta/dateline.ts';
import { choosePublished, urlDate } from '../../../../src/content/meta/published.ts';
import { labelledDate } from '../../../../src/content/meta/dateline.ts';
import { parse } from '../pages.ts';

const PROSE = 'This paragraph is the story itself, long enough to be prose rather than a dateline, and it goes on for a while. '.repeat(2);

function dateline(body: string): string | undefined {
  const doc = parse(`<html><body>${body}</body></html>`);
  return datelineIn(textNear(doc.querySelector('h1')!));
}

describe('the dateline beside the headline', () => {
  it('is the first date after the headline, else the nearest one before it', () => {
    expect(dateline(`<h1>Story</h1><div class="meta">By <a>Ana</a> · <span>Jun 08, 2023</span></div><p>${PROSE}</p>`)).toBe('2023-06-08');
    expect(dateline(`<div>Last updated:</div><div>Dec 12, 2025</div><h1>Story</h1><p>${PROSE}</p>`)).toBe('2025-12-12');
    expect(dateline(`<span>Jan 1, 2020</span><span>Dec 12, 2025</span><h1>Story</h1><p>${PROSE}</p>`)).toBe('2025-12-12');
  });

  it('never comes from the story’s prose, the body further down, a script or a hidden element', () => {
    expect(dateline(`<h1>Story</h1><p>My story begins on Friday, November 7, 2025, when Discord announced a new documentation platform for its developers.</p>`)).toBeUndefined();
    expect(dateline(`<h1>Story</h1><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><aside>Related: March 3, 2020</aside>`)).toBeUndefined();
    expect(dateline(`<h1>Story</h1><script>var d = "May 1, 2024";</script><span hidden>May 2, 2024</span><p>${PROSE}</p>`)).toBeUndefined();
  });
});

describe('choosePublished', () => {
  const base = { url: 'https://example.org/post' };

  it('shows the date the page shows, exactly as the metadata gives it where they name the same day', () => {
    const modified = ['2025-08-19T13:25:59+00:00'];
    expect(choosePublished({ ...base, published: ['2025-01-29T20:47:55+00:00'], modified, dateline: '2025-01-29' })).toBe('2025-01-29T20:47:55+00:00');
    expect(choosePublished({ ...base, published: ['2025-01-29T20:47:55+00:00'], modified, dateline: '2024-03-01' })).toBe('2024-03-01');
    expect(choosePublished({ ...base, published: [], modified: [], dateline: '2024-03-01' })).toBe('2024-03-01');
  });

  it('gives the publication date where the page shows its last update, and the update where that is all there is', () => {
    const modified = ['2025-08-19T13:25:59+00:00'];
    expect(choosePublished({ ...base, published: ['2025-01-29T20:47:55+00:00'], modified, dateline: '2025-08-19' })).toBe('2025-01-29T20:47:55+00:00');
    expect(choosePublished({ ...base, published: [], modified, dateline: '2025-08-19' })).toBe('2025-08-19T13:25:59+00:00');
  });

  it('without a dateline: the metadata’s publication date, then a <time>, then the URL; never a modification date alone', () => {
    expect(choosePublished({ ...base, published: [undefined, '2024-05-01T10:00:00Z'], modified: ['2025-01-01'] })).toBe('2024-05-01T10:00:00Z');
    expect(choosePublished({ ...base, published: ['not a date'], modified: [], timeElement: () => '2023-02-02' })).toBe('2023-02-02');
    expect(choosePublished({ published: [], modified: [], url: 'https://blogs.example.edu/scst/2016/02/09/what-tutoring-is/' })).toBe('2016-02-09');
    expect(choosePublished({ ...base, published: [], modified: ['2025-01-01'] })).toBeUndefined();
  });
});

describe('urlDate', () => {
  it('reads /yyyy/mm/dd/ and /yyyy-mm-dd- in the path only', () => {
    expect(urlDate('https://ex.org/2025/09/04/top-trends/')).toBe('2025-09-04');
    expect(urlDate('https://ex.org/news/2025-12-19-enrolment')).toBe('2025-12-19');
    expect(urlDate('https://ex.org/2025/13/40/x')).toBeUndefined();
    expect(urlDate('https://ex.org/p?d=2025/09/04')).toBeUndefined();
    expect(urlDate('not a url')).toBeUndefined();
  });
});

describe('urlDate, a date run on into the slug', () => {
  it('reads /yyyy-mm-dd+Title, and never part of a longer number', () => {
    expect(urlDate('https://blog.example.fr/articles/2025-12-15+Rust+GCC+backend')).toBe('2025-12-15');
    expect(urlDate('https://ex.org/2025/09/041/x')).toBeUndefined();
  });
});

describe('labelledDate: a date the page labels as published, wherever it stands', () => {
  it('reads "Published", "Posted on" and their kin in the main languages', () => {
    expect(labelledDate('Home\nBlog\nPublished July 8, 2025\nCategory Awards')).toBe('2025-07-08');
    expect(labelledDate('Written by Danielle Padula Posted on April 13, 2023Tags: journals')).toBe('2023-04-13');
    expect(labelledDate('DownloadPDF PublishedFeb 2, 2023If You Liked This')).toBe('2023-02-02');
    expect(labelledDate('Posted by Jane Doe on Friday, December 19, 2025')).toBe('2025-12-19');
    expect(labelledDate('Veröffentlicht am 14. Januar 2026', 'de')).toBe('2026-01-14');
    expect(labelledDate('Publié le 3 mars 2025', 'fr')).toBe('2025-03-03');
  });

  it('takes no updated date, no date after the label\'s sentence ended, and no bare date', () => {
    expect(labelledDate('Originally published in March 2022. Last updated on December 20, 2024.')).toBeUndefined();
    expect(labelledDate('Last updated: November 13, 2025')).toBeUndefined();
    expect(labelledDate('Published | Updated December 20, 2024')).toBeUndefined();
    expect(labelledDate('A comment from March 3, 2024 says the mayor published a plan.')).toBeUndefined();
    expect(labelledDate('Published by the city council, whose many departments and committees met on 3 March 2025')).toBeUndefined();
  });

  it('is the last resort: any metadata, <time> or URL date comes first', () => {
    const labelled = () => '2020-01-01';
    expect(choosePublished({ published: ['2024-05-01'], modified: [], url: 'https://ex.org/', labelled })).toBe('2024-05-01');
    expect(choosePublished({ published: [], modified: [], url: 'https://ex.org/2019/03/02/x', labelled })).toBe('2019-03-02');
    expect(choosePublished({ published: [], modified: [], url: 'https://ex.org/x', labelled })).toBe('2020-01-01');
  });
});
