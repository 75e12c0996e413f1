// The card's headline on Readability's test pages, where it differs from Readability's expected
// title. Readability reads the <title> and metadata; the card shows the article's own headline:
// the visible <h1> where it agrees with a metadata title, without the site's name (the source
// line names the site), a tagline after a pipe, or a permalink sign. Each was checked by hand
// against the page.
export const CARD_HEADLINE: Record<string, string> = {
  // The site's name or the author's, after a separator, is gone.
  breitbart: "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'",
  'ebb-org': 'On Recent Controversial Events',
  'ehow-1': 'How to Build a Terrarium',
  'ehow-2': 'How to Throw a Graduation Party on a Budget',
  'firefox-nightly-blog': 'These Weeks in Firefox: Issue 85',
  gmw: '宇航员在太空中喝酒会怎么样？后果很严重',
  'guardian-1': "'What is the sea telling us?': Māori tribes fearful over whale strandings",
  'iab-1': 'Getting LEAN with Digital Ad UX',
  'keep-tabular-data': 'Friday Facts #282 - 0.17 in sight',
  'lwn-1': 'LWN.net Weekly Edition for March 26, 2015',
  'medium-3': 'Samantha and The Great Big Lie',
  qq: 'DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶',
  'royal-road': 'ONE HUNDRED TWO: What kind of wordchain?',
  // One word is left, and it is the article's subject: the encyclopedia's name is the site's.
  wikipedia: 'Mozilla',
  'yahoo-4': 'トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」',
  // The visible <h1>, which words the story differently from the metadata title.
  'bug-1255978': "The seven secrets that hotel owners don't want you to know",
  'buzzfeed-1': 'Student Dies After Diet Pills She Bought Online “Burned Her Up From Within”',
  'cnet-svg-classes': 'Twitter Lite se estrena en 11 países de América Latina',
  'dropbox-blog': 'How we designed Dropbox ATF: an async task framework',
  mathjax: 'MathJax v3 beta: MathML input, HTML output test',
  mercurial: 'Evolve: Shared Mutable History',
  'mozilla-1': 'Make your Firefox your own',
  theverge: 'Apple’s Vision Pro is the Retina display moment for headsets',
  'title-and-h1-discrepancy': 'This is a long title with a colon: But the final text here is different',
  'v8-blog': 'Outside the web: standalone WebAssembly binaries using Emscripten',
  'videos-1': 'The 21 best movies of 2017',
  wikia: '‘Star Wars’ Original Cuts Might Get Released for 40th Anniversary',
  // The <title> is the portal's ("Yahoo News - Latest News & Headlines"); the <h1> is the story's.
  'yahoo-2': 'Russia: Space ship malfunctions, breaks up over Siberia',
};

/** The headline the card shows for a Readability test page whose expected title is `title`. */
export const expectedHeadline = (name: string, title: string | undefined): string | undefined =>
  CARD_HEADLINE[name] ?? title?.replace(/\s+/g, ' ').trim();
