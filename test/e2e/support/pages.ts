// Test pages served on 127.0.0.1 next to the seed article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED_ARTICLE = readFileSync(join(import.meta.dirname, '../../../../shared/fixtures/seed-article.html'), 'utf8');

/** A portal front page: navigation and link lists, no article. */
export const NAV_ONLY = `<!doctype html><html lang="en"><head><title>Example Portal</title></head><body>
<header><nav><ul>${['Home', 'World', 'Business', 'Sport', 'Culture', 'Travel', 'Weather', 'Video', 'Podcasts', 'Newsletters']
  .map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`)
  .join('')}</ul></nav></header>
<main><h2>Sections</h2><ul>${['Markets today', 'Scores and fixtures', 'Five-day forecast', 'Latest episodes']
  .map((s) => `<li><a href="/x">${s}</a></li>`)
  .join('')}</ul><p>Welcome to the portal. Choose a section to start reading.</p></main>
<footer><a href="/about">About</a> · <a href="/privacy">Privacy</a></footer></body></html>`;

// Markup that would run if any of it were parsed as HTML in the popup or the copied rich text.
export const HOSTILE_MARKUP = '<img src=x onerror="globalThis.__briefPwned=1">';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const hostileTitle = `Harbour council <script>globalThis.__briefPwned=1</script> votes on the new sea wall ${HOSTILE_MARKUP}`;

const paragraph = (i: number) =>
  `<p>The harbour council met on Tuesday evening to debate plan number ${i} for the new sea wall, ` +
  `and residents filled the hall to hear the engineers explain the costs. ${i === 2 ? escape(HOSTILE_MARKUP) : ''}` +
  ` The proposal would raise the wall by two metres and add a walkway, ` +
  `<a href="javascript:globalThis.__briefPwned=1">read the plan</a>, which the council says protects four hundred homes.</p>`;

/** An article whose title, byline and text carry script, event-handler and javascript: payloads. */
export const HOSTILE_ARTICLE = `<!doctype html><html lang="en"><head>
<title>${escape(hostileTitle)}</title>
<meta name="author" content="${escape(`Eve ${HOSTILE_MARKUP}`)}">
<meta property="og:site_name" content="${escape('<b>Harbour</b> Gazette')}">
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org', '@type': 'NewsArticle', headline: hostileTitle,
  author: { '@type': 'Person', name: `Eve ${HOSTILE_MARKUP}` }, datePublished: '2025-05-02',
}).replace(/</g, '\\u003c')}</script>
</head><body><article><h1>${escape(hostileTitle)}</h1><p class="byline">By Eve ${escape(HOSTILE_MARKUP)}</p>
${Array.from({ length: 8 }, (_, i) => paragraph(i)).join('\n')}
</article></body></html>`;

const longSentence = (i: number) =>
  `Engineers from the harbour authority explained on day ${i + 1} of the inquiry that the proposed ` +
  `sea wall would need foundations sunk eleven metres into the clay, a pumping station at each end, ` +
  `a walkway wide enough for emergency vehicles and a drainage culvert under the old fish market, ` +
  `and that every one of these elements had been costed twice by independent surveyors.`;

/** An article whose card is taller than any popup: a long headline, lede and points. */
export const LONG_ARTICLE = `<!doctype html><html lang="en"><head>
<title>The harbour inquiry hears, over nine long days of evidence from engineers, residents, fishermen, insurers and the regional flood authority, why the new sea wall will cost twice what the council first said</title>
<meta name="description" content="${longSentence(0)}">
</head><body><article><h1>The harbour inquiry hears, over nine long days of evidence from engineers, residents, fishermen, insurers and the regional flood authority, why the new sea wall will cost twice what the council first said</h1>
${Array.from({ length: 9 }, (_, i) => `<p>${longSentence(i)} ${longSentence(i + 10)}</p>`).join('\n')}
</article></body></html>`;
