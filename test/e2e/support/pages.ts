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

// Long sentences that each say something else (a card repeats none of them), so the card is long.
const LONG_SUBJECTS = [
  ['Engineers from the harbour authority', 'foundations sunk eleven metres into the clay beneath the old quay'],
  ['Residents of the terraced streets behind the front', 'flood gates at every lane that runs down to the water'],
  ['Fishermen who land their catch at the north slipway', 'a channel deep enough for trawlers at the lowest spring tides'],
  ['Insurers covering the shops along the promenade', 'premiums that fall only once the wall has stood through two winters'],
  ['The regional flood authority’s chief hydrologist', 'pumping stations able to clear a month of rain within a single day'],
  ['Teachers from the primary school on Marine Parade', 'a safe crossing for pupils during the three years of building work'],
  ['Owners of the caravan park on the western dunes', 'compensation for every season the access road stays closed'],
  ['The county archaeologist, speaking for the museum', 'a survey of the medieval jetty before any piles are driven'],
  ['Cyclists and walkers who use the coastal path daily', 'a wide promenade on top of the wall, lit and open all night'],
  ['Councillors from the neighbouring parishes', 'a share of the cost in proportion to the homes protected'],
  ['The contractor who built the last sea wall in 1974', 'concrete mixed with volcanic ash that resists salt for a century'],
  ['Ecologists monitoring the salt marsh to the south', 'gaps in the wall that let the marsh flood and drain with the tide'],
  ['The lifeboat station’s coxswain', 'a launching ramp that no part of the new wall may block'],
  ['Hotel owners along the seafront', 'building work paused through the summer months when visitors come'],
  ['The harbour master', 'moorings moved for the boats that now lie against the old wall'],
  ['Surveyors hired by the council', 'costs checked twice, once for materials and once for labour'],
  ['Geologists from the university', 'boreholes along the whole length before the design is fixed'],
  ['A retired engineer who lives on the front', 'a wall two metres higher than the council’s first drawings'],
  ['The chamber of commerce', 'a loan scheme for the shops that lose trade while the front is closed'],
  ['Representatives of the water company', 'a new outfall pipe laid under the wall instead of through it'],
] as const;
const longSentence = (i: number) => {
  const [who, what] = LONG_SUBJECTS[i % LONG_SUBJECTS.length]!;
  const [, other] = LONG_SUBJECTS[(i + 7) % LONG_SUBJECTS.length]!;
  return `${who} told the inquiry on day ${i + 1} that the proposed sea wall would need ${what}, ` +
    `and that nobody had yet costed ${other}.`;
};

/** An article whose card is taller than any popup: a long headline, lede and points. */
export const LONG_ARTICLE = `<!doctype html><html lang="en"><head>
<title>The harbour inquiry hears, over nine long days of evidence from engineers, residents, fishermen, insurers and the regional flood authority, why the new sea wall will cost twice what the council first said</title>
<meta name="description" content="${longSentence(0)}">
</head><body><article><h1>The harbour inquiry hears, over nine long days of evidence from engineers, residents, fishermen, insurers and the regional flood authority, why the new sea wall will cost twice what the council first said</h1>
${Array.from({ length: 9 }, (_, i) => `<p>${longSentence(i)} ${longSentence(i + 10)}</p>`).join('\n')}
</article></body></html>`;
