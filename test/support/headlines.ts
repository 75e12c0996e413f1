// The card's headline on Readability's test pages. Readability's expected titles keep the site's
// name ("How to Build a Terrarium | eHow"); the card shows the headline alone, since its source
// line names the site. These are the pages where the two differ, each checked by hand.
export const HEADLINE_WITHOUT_SITE: Record<string, string> = {
  breitbart: "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'",
  'ehow-1': 'How to Build a Terrarium',
  'ehow-2': 'How to Throw a Graduation Party on a Budget',
  'firefox-nightly-blog': 'These Weeks in Firefox: Issue 85',
  'iab-1': 'Getting LEAN with Digital Ad UX',
  'keep-tabular-data': 'Friday Facts #282 - 0.17 in sight',
  'medium-3': 'Samantha and The Great Big Lie - John C. Welch',
  // The page's <title> is the portal's ("Yahoo News - Latest News & Headlines"); neither half is
  // the story's headline, which only the page's own heading has.
  'yahoo-2': 'Latest News & Headlines',
  'yahoo-4': 'トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」（CNET Japan）',
};

/** The headline the card shows for a Readability test page whose expected title is `title`. */
export const expectedHeadline = (name: string, title: string | undefined): string | undefined =>
  HEADLINE_WITHOUT_SITE[name] ?? title?.replace(/\s+/g, ' ').trim();
