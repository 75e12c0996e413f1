// What the CLI prints: the brief in one of three formats, or the extracted article.
import { renderMarkdown, renderText } from '../core/index.ts';
import type { Article, Block, Brief } from '../core/types.ts';
import type { OutputFormat } from './args.ts';

export function formatBrief(brief: Brief, format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(brief, null, 2);
  return format === 'text' ? renderText(brief) : renderMarkdown(brief);
}

/** A fenced code block, its fence longer than any run of backticks inside it. */
function fence(code: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}\n${code}\n${marks}`;
}

function markdownBlock(block: Block): string {
  if (block.kind === 'heading') return `${'#'.repeat(Math.min(Math.max(block.level ?? 2, 1), 6))} ${block.text}`;
  if (block.kind === 'list-item') return `- ${block.text}`;
  if (block.kind === 'quote') return `> ${block.text}`;
  if (block.kind === 'code') return fence(block.text);
  return block.text;
}

/** The article's blocks separated by blank lines (json: the whole article with its metadata). */
export function formatArticle(article: Article, format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(article, null, 2);
  const render = format === 'md' ? markdownBlock : (b: Block) => b.text;
  return article.blocks.map(render).join('\n\n');
}
