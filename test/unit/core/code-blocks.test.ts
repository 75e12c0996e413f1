// A code listing is part of the article's text (Readability keeps it, and so does the CLI's
// extract), but never a point, a lede or "why it matters", and never sent to a model.
import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../../src/core/index.ts';
import { articleInput } from '../../../src/core/model/prompt.ts';
import type { Article } from '../../../src/core/types.ts';
import { formatArticle } from '../../../src/cli/output.ts';

const CODE = 'const server = createServer((request, response) => response.end("Hello, world."));\nserver.listen(8080);\n// This line is a comment that reads like a sentence of the story.';
const article: Article = {
  title: 'Serving a page with Node',
  url: 'https://example.org/node',
  readerable: true,
  lang: 'en',
  blocks: [
    { kind: 'paragraph', text: 'Node ships an HTTP server in its standard library. It needs no framework for a simple page.' },
    { kind: 'code', text: CODE },
    { kind: 'paragraph', text: 'The server answers every request with the same greeting. It listens on port 8080 of the machine.' },
    { kind: 'paragraph', text: 'Frameworks add routing and middleware on top of this server. Most teams reach for one once a site grows.' },
  ],
};

describe('code blocks', () => {
  it('are never a point, the lede or "why it matters"', () => {
    const brief = summarizeArticle(article);
    const shown = [...brief.points, brief.lede ?? '', brief.why ?? ''].join('\n');
    expect(brief.points.length).toBeGreaterThan(0);
    expect(shown).not.toMatch(/createServer|server\.listen|This line is a comment/);
  });

  it('are not sent to a model, and the prose around them is', () => {
    const input = articleInput(article);
    expect(input.text).not.toContain('createServer');
    expect(input.text).toContain('Node ships an HTTP server');
  });

  it('print as fenced code in the CLI’s Markdown, lines kept, a fence longer than any backtick run inside', () => {
    const md = formatArticle(article, 'md');
    expect(md).toContain('```\n' + CODE + '\n```');
    const ticks = formatArticle({ ...article, blocks: [{ kind: 'code', text: 'echo ```done```' }] }, 'md');
    expect(ticks).toBe('````\necho ```done```\n````');
  });

  it('leave a page of code alone with nothing to summarize, said plainly', () => {
    expect(() => summarizeArticle({ ...article, blocks: [{ kind: 'code', text: CODE }] })).toThrow(/no readable text/);
  });
});
