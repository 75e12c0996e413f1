// Public API of Brief's core: pure, DOM-free, offline.

export { summarizeArticle } from './points/summarize.ts';
export { renderHtml, renderMarkdown, renderText } from './render/render.ts';
export { readingMinutes } from './text/reading-time.ts';
export { splitSentences, splitWords } from './text/segment.ts';
export { isProse } from './types.ts';
export { formatDate } from './render/format.ts';
export { opensWithReference } from './text/openers.ts';
