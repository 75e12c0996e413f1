import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../src/content/extract.ts';
import { selectionBlocks, selectionWords } from '../../../src/content/selection.ts';
import { summarizeArticle } from '../../../src/core/index.ts';

const PAGE = `<!doctype html><html lang="en"><head><title>Harbour council approves sea wall | Gazette</title>
<meta property="og:site_name" content="Gazette"><meta name="author" content="Ana Ruiz"><meta name="description" content="The whole story.">
</head><body><article><h1>Harbour council approves sea wall</h1><p>${'Lots of other words about something else entirely. '.repeat(30)}</p></article></body></html>`;
const SELECTED = 'The council voted nine to two on Tuesday to raise the wall by two metres.\nEngineers said the work would start in March and take two years.\n\nResidents of the lower town, who were flooded twice last winter, welcomed the vote.';

describe('Brief selected text', () => {
  it('briefs the selection alone, under the page\'s headline and source line', () => {
    const { document } = parseHTML(PAGE);
    const result = extractArticle(document as unknown as Document, { url: 'https://gazette.example/wall', mode: 'selection', selection: SELECTED });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article).toMatchObject({ title: 'Harbour council approves sea wall', author: 'Ana Ruiz', siteName: 'Gazette' });
    expect(result.article.description).toBeUndefined();
    expect(result.article.blocks.map((b) => b.text)).toEqual(SELECTED.split(/\n+/));
    const brief = summarizeArticle(result.article);
    for (const point of brief.points) expect(SELECTED.replace(/\s+/g, ' ')).toContain(point);
    expect(brief.title).toBe('Harbour council approves sea wall');
  });

  it('says a selection is too short rather than briefing a line', () => {
    const { document } = parseHTML(PAGE);
    expect(extractArticle(document as unknown as Document, { url: 'https://gazette.example/wall', mode: 'selection', selection: 'Just a few words here.' })).toMatchObject({ ok: false, code: 'too-short' });
    expect(extractArticle(document as unknown as Document, { url: 'https://gazette.example/wall', mode: 'selection' })).toMatchObject({ ok: false, code: 'too-short' });
  });

  it('counts words in spaceless scripts too', () => {
    expect(selectionWords('one two three')).toBe(3);
    expect(selectionWords('東京都は新しい防潮堤の建設を決めた')).toBeGreaterThan(5);
    expect(selectionBlocks(' a \n\n b\r\nc ')).toEqual([{ kind: 'paragraph', text: 'a' }, { kind: 'paragraph', text: 'b' }, { kind: 'paragraph', text: 'c' }]);
  });
});
