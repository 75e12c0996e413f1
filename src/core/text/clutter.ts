// What a reader of a brief does not need and that carries no fact of the story: the wire tag
// and dateline before the first word ("NEW YORK (Reuters) -", "(CNN)", "By . Daily Mail
// Reporter ."), a timestamp line, a pointer to something elsewhere on the page ("Scroll down for
// video", "Click here to...", "Read more: ...") and a trailing photo credit. English news only:
// these are English news sites' habits, and in other languages the same words may be the story.
//
// An additive connective before a name goes too ("Meanwhile, NEC provides..."), so the sentence
// stands alone as a point instead of dragging the one before it along.
//
// A cut only ever removes a prefix or a suffix, or the whole sentence: the point stays a piece of
// the page's own text (jump to source finds it), and nothing inside a sentence goes, so an
// attribution ("police said"), a negation, a number or a name is never cut out of a claim.

const WIRES = 'CNN|Reuters|AP|AFP|UPI|Bloomberg|dpa|PA|EFE';
/** "Washington (CNN)", "Sanaa, Yemen (CNN) -- ", "LONDON, March 3 (Reuters) - ", "(AP) —". */
const WIRE_TAG = new RegExp(
  String.raw`^(?:[\p{Lu}][\p{L}.'’-]*(?:,?\s+[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*){0,4},?\s*)?\((?:${WIRES})\)\s*(?:--|[-—–:])?\s*`,
  'u',
);
/** An upper-case dateline and a dash: "WASHINGTON -- ", "ST. LOUIS, Missouri — ". */
const CAPS_DATELINE = /^[\p{Lu}][\p{Lu}.'’-]{2,}(?:\s+[\p{Lu}][\p{Lu}.'’-]+){0,3}(?:,\s*[\p{Lu}][\p{L}.]+(?:\s+[\p{Lu}][\p{L}.]+)?)?\s+(?:--|[—–-])\s+/u;
/** The Daily Mail's old byline and timestamps glued before the first sentence. */
const BYLINE = /^By\s\.\s[^.]{1,80}?\s\.\s+/u;
const STAMPS = /^(?:(?:PUBLISHED|UPDATED|Last updated(?: at)?):?\s+[^|.]{0,40}?\d{4}\s*(?:\|\s*)?)+(?:\.\s+)?/u;

/** Sentences that only point elsewhere on the page, or stamp it. */
const WHOLE = [
  /^(?:VIDEO:?\s+)?scroll (?:down|up)\b/iu,
  /^click here\b/iu,
  /^(?:read more|see more|related|watch|listen)\s*:/iu,
  /^READ MORE\b/u,
  /^VIDEO\b(?!\s+(?:footage|of)\b)/u,
  /^see below for (?:the )?(?:video|pictures|more)\b/iu,
  /^follow (?:us\b|@)/iu,
  /^(?:PUBLISHED|UPDATED|Last updated(?: at)?):?\s+[^.]{0,40}\d{4}\.?$/u,
];

/**
 * An additive connective before a name ("Meanwhile, NEC provides...", "Also, Apple said...") ties
 * the sentence to the one before it without a claim of its own: without it the sentence stands
 * alone as a point. Contrastive ones ("But", "However", "Yet", "Instead") change what the
 * sentence claims and stay; so does a connective before a lower-case word, where the cut would
 * leave a sentence opening in lower case.
 */
const ADDITIVE = /^(?:Meanwhile|Also|Additionally|Furthermore|Moreover|In addition|Separately|Elsewhere),\s+(?=[\p{Lu}\p{N}])/u;

/** "(Photo: AP)", "(Picture: Getty Images)", "(Photo credit: ...)" at the end, before the full stop. */
const CREDIT = /\s*\((?:photo|photos|picture|pictures|image|images|photo credit|credit|video)s?\s*:[^()]*\)(?=[.!?]?["'’”]?$)/iu;

/**
 * The sentence without its clutter, or '' when all of it is clutter. Other languages than English
 * pass through unchanged.
 */
export function cutClutter(sentence: string, lang: string): string {
  if (lang !== 'en') return sentence;
  let text = sentence.trim();
  if (WHOLE.some((re) => re.test(text))) return '';
  for (const re of [BYLINE, STAMPS, WIRE_TAG, CAPS_DATELINE]) {
    const cut = text.replace(re, '');
    // A prefix is only a dateline when a sentence follows it, opening like one.
    if (cut !== text && /^["'“‘]?[\p{Lu}\p{N}]/u.test(cut)) text = cut;
  }
  text = text.replace(CREDIT, '').replace(ADDITIVE, '');
  return text;
}
