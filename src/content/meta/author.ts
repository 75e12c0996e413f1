// The author: the names of the people (or the organisation) who wrote the article, as the page
// lists them. What sites put around a name is taken off: "By", "Written by", "Author:", a
// date, "Published", a job title ("Senior Autos Reporter"), the publication's name
// ("Sarah Hauer | Milwaukee Journal Sentinel"). A text that is only such words is no author.
import { classOf, closestWhere, firstDescendant, nextInside, previousInside } from '../dom.ts';
import { cleanField, squash } from '../text.ts';
import { DATE_PATTERN, findDate } from './dates.ts';
import type { PageLines } from './visible-lines.ts';

/** Longer than this, a "byline" is a sentence that the page happened to mark as one. */
const MAX_AUTHOR_CHARS = 100;
/** A list of names ("A, B, C and D") may be longer; each of its names is held to the limit above. */
const MAX_AUTHORS_CHARS = 300;

const LABEL = /^(?:(?:written|posted|reviewed|edited|authored|researched|text|words|story|article|recipe|report(?:ed)?|photos?|compiled|created|published)\s+)?(?:by|von|par|por)\s*:?\s+/i;
// "View all posts by Ray Ansari", "More articles by …", "Insights from …": an author page's link text.
const LINK_LABEL = /^(?:(?:view|see|read)\s+(?:all\s+)?|more\s+|all\s+)?(?:(?:posts|articles|stories|insights)\s+(?:by|from)|insights\s+from)\s*:?\s*/i;
// "BySummer Swann", "AuthorVenteur": a label glued to the name by the markup.
const GLUED_BY = /^(?:(?:(?:Written|Posted|Reviewed)\s+)?[Bb]y|Author)(?=\p{Lu}\p{Ll})/u;
const AUTHOR_LABEL = /^(?:authors?|writers?|byline|posted|author\s+name)\s*:\s*/i;
// "This post was written by Danielle Padula, Head of Marketing" -> "Danielle Padula, Head of Marketing".
const SENTENCE_LABEL = /^(?:this\s+(?:post|article|story|piece)\s+(?:was\s+)?(?:written|authored)\s+by)\s+/i;
// "Reyan PerumalPublished on …", "Craig McCarthy Last updated …": a label that starts the next field.
const NEXT_FIELD = /(?:(?<=\p{Ll})|\s+)(?:Published|Updated|Last [Uu]pdated?|Posted|Reviewed|Fact[\s-][Cc]hecked)\b.*$|\s+(?:published|updated|last updated|posted|on)\s.*$/su;
const DATE_TAIL = new RegExp(`[\\s,|·•–—-]*(?:\\bon\\s+)?(?:${DATE_PATTERN}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}[-/]\\p{L}{3,9}[-/]\\d{4}).*$`, 'iu');
// "Brian Becker7 min read", "Ana Lima · 5 minute read": the reading time after the name.
const READING_TIME = /[\s,|·•–—-]*\d+\s*(?:min(?:ute)?s?|mins?)\.?\s+read\b.*$/iu;
// "Chong Lee1", "Ana Lima*": an affiliation mark after the last name.
const MARK_TAIL = /(?<=\p{Lu}\p{Ll}+)(?:\d{1,2}(?=$|,)|[*†‡](?=$|[\s,]))/gu;
// "Chris Carroll30 Sep 2022": a number glued to the name starts the next field.
const DIGIT_GLUE = /(?<=\p{Lu}\p{Ll}+)(\p{Ll})(?=\d)/gu;
const DIGIT_DATE_GLUE = /(\p{Ll})(?=\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$)/u;
// "Lauren Paige is a Health …": the start of the writer's bio.
const BIO_TAIL = /\s+(?:is|was|has been)\s+(?:a|an|the|our)\s.*$/su;
// "Harry RabinowitzTech", "Mateusz HabernyFounder at Oakywood", "Insights fromLiza Burke":
// the next field glued to the name where the markup put no space: a capital after three
// lower-case letters, where the word it ends is lower-case ("from", "healthcare") or the word
// it starts is a role or a section ("Founder", "Tech"). "McDonald", "SubbaRao", "StackCommerce"
// and "FlowGuard" are names.
const CAMEL_GLUE = /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})/gu;
const SECTION_WORDS = new Set(['tech', 'technology', 'research', 'development', 'business', 'news', 'science', 'health', 'sports', 'opinion', 'politics', 'culture', 'travel', 'food']);
// "Luke KimDecember 17, 2025": a month or a label glued to the name by the markup.
const GLUED_FIELD = /(\p{Ll})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Published|Updated|Posted|Last)\p{Ll}*\b)/gu;
// "Dec 23 Written By Linny and Peter": a date before the label.
const LEADING_DATE = /^\p{L}{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?\s+(?=(?:written\s+)?by\b)/iu;
const EMAIL = /\s*\S+@\S+\.\S+/g;
// "Government Websites by CivicPlus", "Powered by WordPress": a credit for the site, not a byline.
const CREDIT = /\b(?:powered|designed|developed|built|hosted|websites?|site|theme)\s+by\b/i;
/** More words than this in one name is a title or a sentence a theme marked as the author. */
const MAX_NAME_PART_WORDS = 7;

// Words of a job title or a role: a part of the byline holding one is not a name.
const ROLE_WORDS = new Set([
  'editor', 'editors', 'reporter', 'writer', 'writers', 'correspondent', 'contributor', 'contributors', 'contributing',
  'staff', 'columnist', 'expert', 'attorney', 'consultant', 'founder', 'cofounder', 'co-founder', 'ceo', 'cto', 'director',
  'manager', 'head', 'dietitian', 'nutritionist', 'senior', 'associate', 'former', 'chief', 'lead', 'analyst',
  'producer', 'journalist', 'president', 'officer', 'specialist', 'strategist', 'researcher', 'professor', 'intern',
  'freelance', 'guest', 'team', 'desk', 'newsdesk', 'marketing', 'engineer', 'developer', 'designer', 'coach', 'advisor',
  'adviser', 'partner', 'owner', 'author', 'blogger', 'photographer', 'illustrator', 'anchor', 'host', 'reviewer',
]);
// A role that is not a name on its own ("The Author", "Admin").
const NOT_A_NAME = /^(?:the\s+)?(?:author|authors|admin|administrator|by|written|posted|(?:written|posted|reviewed)\s+by|researched|reviewed|fact[\s-]checked|mon|tue|tues|wed|thu|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|about(?:\s+the)?(?:\s+authors?)?|guest|staff|editor|editorial|unknown|anonymous|null|undefined|home|name|menu|share|category|categories|tags?|topics?|sector|webmaster|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

// Words no name holds: a sentence or a button marked as the byline ("Sign In", "Get in touch",
// "From the", "This review is", "Visit the Apple Store", "Read … articles in HuffPost"). "of",
// "the" and "and" stay: organisations have them ("Bank of America"). A call to action beside the
// headline ("Join OMA", "Add SoundGuys") is a button too.
const NOT_IN_A_NAME = /(?:^|\s)(?:is|are|was|were|in|into|to|this|that|from|with|for|your|our|my|you|we|sign|log|visit|read|click|here|join|add|subscribe|download|donate|register)(?=$|\s)/i;
// "Lance S.", "Tom K.": a first name and an initial is how shops and testimonials sign their
// customers, not how a writer signs.
const CUSTOMER_SIGNATURE = /^\p{Lu}\p{Ll}+\s+\p{Lu}\.?$/u;

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

function isRole(part: string): boolean {
  return wordsOf(part.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ')).some((w) => ROLE_WORDS.has(w));
}

/** A name's words before the first role word: "Liz Kenny Former McKinsey Consultant" -> "Liz Kenny". */
function beforeRole(part: string): string {
  const words = wordsOf(part);
  const at = words.findIndex((w) => ROLE_WORDS.has(w.toLowerCase().replace(/[^\p{L}-]/gu, '')));
  return at >= 2 ? words.slice(0, at).join(' ') : at === -1 ? part : '';
}

/**
 * The names in a byline, or undefined when it names no one. `siteNames` are the publication's
 * names, which a byline often repeats after the writer's.
 */
export function cleanAuthor(raw: string | undefined, siteNames: readonly (string | undefined)[] = []): string | undefined {
  // A template that joins its authors with "&" may put one before the first ("& Zackery Cuevas").
  const text = stripLabels(raw)?.replace(/^(?:and|&)\s+/i, '');
  if (!text) return undefined;
  const sites = new Set(siteNames.filter((n): n is string => !!n).map(squash));
  // "A, Associate Editor, PCWorld" / "A | Site" / "A - Team": keep the parts that are names.
  const parts = text.split(/\s*(?:[,|•·]|\s[-–—/]\s)\s*/).map((p) => unglued(p.trim())).filter(Boolean);
  // One capitalised word right after a role is the role's desk ("Writer, Hardware"), not another
  // author; initials stay ("Travel Editor, SMT").
  const desk = (p: string, i: number) => i > 0 && isRole(parts[i - 1]!) && /^\p{Lu}\p{Ll}+$/u.test(p);
  const names = parts
    .map((p, i) => (i === 0 ? firstName(p, sites) : sites.has(squash(p)) || isRole(p) || isDescription(p) || desk(p, i) ? '' : p))
    .filter((p) => p && !NOT_A_NAME.test(p) && !/^(?:and|&)\s/i.test(p) && /\p{L}/u.test(p));
  // "Ana Lima, Ben Ode and Cai Wen" keeps its list; a part after a role is dropped with it.
  // A name said twice ("Matt Check, Co-Founder" glued to "Matt Check") is one author.
  const joined = names.filter((n, i) => names.findIndex((m) => m.toLowerCase() === n.toLowerCase()) === i).join(', ').replace(/^(?:and|&)\s+/i, '').trim();
  const notAName = (n: string) => n.length > MAX_AUTHOR_CHARS || wordsOf(n).length > MAX_NAME_PART_WORDS || NOT_IN_A_NAME.test(n) || CUSTOMER_SIGNATURE.test(n);
  return !joined || names.some(notAName) || NOT_A_NAME.test(joined) ? undefined : joined;
}

/** "Brian Truitt USA TODAY": the publication's name after the writer's, with only a space between. */
function withoutSiteTail(part: string, sites: ReadonlySet<string>): string {
  const words = wordsOf(part);
  for (let i = 2; i < words.length; i++) {
    if (sites.has(squash(words.slice(i).join(' ')))) return words.slice(0, i).join(' ');
  }
  return part;
}

/** The byline's first part without the publication or a role after it; none when it is a
 * sentence ("Shannon is an experienced writer"). A lower-case handle ("jsteinhardt") stays. */
function firstName(part: string, sites: ReadonlySet<string>): string {
  const name = beforeRole(withoutSiteTail(part, sites));
  return wordsOf(name).length >= 3 && isDescription(name) ? '' : name;
}

/** A later part of a byline in lower-case words ("colony sims", "4+ years covering hardware",
 * "Extension horticulture educators"): a description of the writer, not a name. */
function isDescription(part: string): boolean {
  const words = wordsOf(part);
  const lower = words.filter((w) => !isNameWord(w)).length;
  return lower > 0 && lower * 2 >= words.length;
}

/** The byline without labels, dates and e-mail addresses; undefined when that leaves no name. */
export function stripLabels(raw: string | undefined): string | undefined {
  let text = cleanField(raw, 1000);
  // What is left of "Last Updated: <date>" is a label, not a name.
  if (!text || /^(?:last\s+)?(?:updated|published|posted|modified)\b/i.test(text) || CREDIT.test(text)) return undefined;
  text = text.replace(LEADING_DATE, '').replace(EMAIL, ' ').replace(SENTENCE_LABEL, '').replace(GLUED_BY, '').replace(LINK_LABEL, '').replace(LABEL, '').replace(AUTHOR_LABEL, '');
  // One word is a handle ("InsaneSnow45", "Need2KnowLion"): its digits are its own, unless a
  // date follows ("Yucy3/4/2025").
  text = text.replace(GLUED_FIELD, '$1 ');
  text = /\s/.test(text) ? text.replace(MARK_TAIL, '').replace(DIGIT_GLUE, '$1 ') : text.replace(DIGIT_DATE_GLUE, '$1 ');
  text = text.replace(DATE_TAIL, '').replace(READING_TIME, '').replace(NEXT_FIELD, '').trim();
  // A bio's subject is taken as the name only when it is a full name ("Shannon is an experienced
  // writer" names no one in full).
  const line = text;
  text = line.replace(BIO_TAIL, (tail, at: number) => (wordsOf(line.slice(0, at)).length >= 2 ? '' : tail));
  // A name in quotes ('"David Kim"', a theme's escaped attribute) is the name.
  text = unrepeated(text.replace(QUOTED, '$1'));
  // "~ Rachel M.", "– Gregory", "§Authoring", "--reset-author": a quote's signature, a
  // section mark or a command line, not a byline.
  if (!text || text.length > MAX_AUTHORS_CHARS || /^https?:\/\//i.test(text) || /^[[(~§–—-]|[©*]|:$/.test(text)) return undefined;
  // A number is an account id, not a name ("262588213843476").
  if (/^\d+$/.test(text.replace(/\s/g, '')) || NOT_A_NAME.test(text) || !/\p{L}/u.test(text)) return undefined;
  return text;
}

const isNameWord = (w: string) => /^\p{Lu}/u.test(w) || /^(?:van|de|der|von|da|di|la|le|du|bin|al|del|dos|and|&)$/.test(w);
/** Two to five words, each capitalised (or a particle of a name): "Joakim Edin", "Ana de la Cruz". */
const looksLikeOneName = (part: string) => {
  const words = wordsOf(part);
  return words.length >= 2 && words.length <= 5 && words.every(isNameWord) && /^\p{Lu}/u.test(part);
};

/** A name in quotes, as a theme's escaped attribute leaves it. */
const QUOTED = /^["“”„«»]\s*(.+?)\s*["“”«»]$/u;

/**
 * A byline whose fields the markup glued together ("CortiAI platform for healthcareJoakim
 * EdinResearch & Development"): the field that reads as a name, else the first.
 */
function unglued(text: string): string {
  // One word is a handle ("xJewishNinjax"), not fields.
  if (!/\s/.test(text)) return text;
  const cuts: number[] = [];
  for (const m of text.matchAll(CAMEL_GLUE)) {
    const at = m.index;
    const wordStart = text.slice(0, at).search(/\S+$/);
    const next = /^\p{L}+/u.exec(text.slice(at))?.[0].toLowerCase() ?? '';
    const word = text.slice(wordStart, at);
    if (/^\p{Ll}/u.test(word) || ROLE_WORDS.has(word.toLowerCase()) || ROLE_WORDS.has(next) || SECTION_WORDS.has(next)) cuts.push(at);
  }
  if (cuts.length === 0) return text;
  const fields = [0, ...cuts].map((from, i) => text.slice(from, cuts[i] ?? text.length).trim());
  // The field that reads as a name ("Joakim Edin" between "CortiAI platform for healthcare" and
  // "Research & Development"); else the first, the name before what was glued to it.
  return fields.find(looksLikeOneName) ?? fields[0]!;
}

/** "Donna Currie Donna Currie" (a name shown twice, as link text and image alt) said once. */
function unrepeated(text: string): string {
  // Glued as well: "Lauren VetterLauren Vetter".
  const middle = text.length / 2;
  if (Number.isInteger(middle) && middle >= 3 && /\s/.test(text) && text.slice(0, middle) === text.slice(middle)) return text.slice(0, middle);
  const words = wordsOf(text);
  const half = words.length / 2;
  if (words.length >= 2 && Number.isInteger(half) && words.slice(0, half).join(' ') === words.slice(half).join(' ')) {
    return words.slice(0, half).join(' ');
  }
  return text;
}

/** Whether a name is the publication's own (an organisation named as the author of its pages). */
export function isSiteName(name: string, siteNames: readonly (string | undefined)[]): boolean {
  const n = squash(name);
  return siteNames.some((s) => !!s && (squash(s) === n || (n.length >= 4 && squash(s).includes(n))));
}

// "By Ana Lima", "Written by Ana Lima and Ben Ode", "Author: Ana Lima" (and German, French and
// Spanish "Von", "Par", "Por") at the start of a line of the text below a headline.
const CAPITAL_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const NAME_WORD = `(?:${CAPITAL_WORD}|(?:van|de|der|von|da|di|la|le|du|bin|al|del|dos)(?!\\p{L}))`;
const NAME = `${CAPITAL_WORD}(?:[ \\t]+${NAME_WORD}){0,4}`;
const BYLINE = new RegExp(
  `(?:^|\\n|[|·•] )[ \\t]*(?:(?:[Ww]ritten|[Pp]osted|[Pp]ublished|[Aa]rticle|[Ss]tory|[Tt]ext|[Ww]ords)\\s+)?(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Aa]uthor(?=\\s*[:\\n]))\\s*:?\\s*(${NAME}(?:[ \\t]*(?:,|and|&)[ \\t]*${NAME})*)`,
  'u',
);

/** A byline in the text just below (or above) the headline. */
export function bylineIn(text: string): string | undefined {
  const m = BYLINE.exec(text);
  return m?.[1];
}

/** A byline above the headline, where menus sit too: "By Service", "By Industry" filter a site's pages. */
export function bylineAbove(text: string): string | undefined {
  const name = bylineIn(text);
  return name && !CHROME_WORDS.test(name) && !FILTER_WORDS.test(name) ? name : undefined;
}

// These tests are predicates, not CSS selectors: in a DOM written in JavaScript (the CLI's, the
// evaluation's) a selector query over the page costs several times a walk.
const CLASS_AND_ID = ['class', 'id'];
/** An element whose class or id holds one of the words, in any case (`[class*="word" i]`): `words` is /a|b/i. */
function namedWith(el: Element, words: RegExp, attributes: readonly string[] = CLASS_AND_ID): boolean {
  for (const name of attributes) {
    const value = el.getAttribute(name);
    if (value !== null && words.test(value)) return true;
  }
  return false;
}

const inComments = (el: Element) => el.localName === 'form' || namedWith(el, /comment/i);
// A customer's review or a client's testimonial: its name is the customer's ("Scott B.",
// "Tony Bishop from Elizabethtown, KY"), not the page's author. A box that holds the headline
// is the page itself ("review" in a review article's wrapper).
const isReviewBox = (el: Element) => namedWith(el, /review|testimonial/i) || namedWith(el, /review/i, ['data-hook']);

function inReviews(mark: Element, anchor: Element): boolean {
  const box = closestWhere(mark, isReviewBox);
  return !!box && !box.contains(anchor);
}

/** At most this many words and characters in what an author mark's text may be taken as a name. */
const MAX_NAME_WORDS = 8;
const MAX_MARK_CHARS = 80;

/** Text that reads as names: a few words, one of them capitalised, and no sentence. */
function looksLikeNames(text: string): boolean {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_NAME_WORDS || text.length > MAX_MARK_CHARS) return false;
  if (/[!?;:*]|\.\s+\p{Ll}|\bsays\b/u.test(text)) return false;
  return words.some((w) => /^\p{Lu}/u.test(w));
}

/** The name an author mark gives: its itemprop=name (content or text), else its own content or text. */
export function markText(mark: Element): string | undefined {
  const named = mark.querySelector('[itemprop="name"]');
  const text = named?.getAttribute('content') ?? named?.textContent ?? mark.getAttribute('content') ?? mark.textContent;
  return cleanField(text, 300);
}

/** Levels above the headline searched for author markup when it is in no <article> or <main>. */
const SCOPE_LEVELS = 4;

function ancestor(el: Element, levels: number): Element {
  let at = el;
  for (let i = 0; i < levels && at.parentElement && at.parentElement.localName !== 'html'; i++) at = at.parentElement;
  return at;
}

// The page's author markup: itemprop=author, rel=author, the class names sites give a byline
// ("byline", "author-name", "post_author", "BlogAuthor_text"), and links to a writer's page.
const AUTHOR_CLASS = /author|byline/i;
const AUTHOR_PAGE = /\/(?:author|authors|contributors|writers)\//i;
function isAuthorMark(el: Element): boolean {
  // Every mark is an attribute; most elements have none (one check, not five searches).
  if (!el.hasAttributes()) return false;
  if (el.getAttribute('itemprop') === 'author') return true;
  const cls = classOf(el);
  if (cls !== null && AUTHOR_CLASS.test(cls)) return true;
  if (el.localName !== 'a') return false;
  const href = el.getAttribute('href');
  return (href !== null && AUTHOR_PAGE.test(href)) || !!el.getAttribute('rel')?.split(/[\t\n\f\r ]+/).includes('author');
}

/** Marks read on each side of the headline: the byline is among the first few. */
const MARKS_EACH_SIDE = 15;
/** Elements walked on each side of the headline: a byline sits close to it, and a long page's far end holds other posts' cards. */
const MARK_WALK = 1500;

/**
 * The author marks nearest the headline in `scope`, each side nearest first: the first
 * MARKS_EACH_SIDE after it (its own descendants included), and before it. The headline itself is
 * none of them; where it is the scope, every mark comes after it.
 */
function marksAround(scope: Element, anchor: Element): { before: Element[]; after: Element[] } {
  const after: Element[] = [];
  let el = nextInside(anchor, scope);
  for (let walked = 0; el && walked < MARK_WALK && after.length < MARKS_EACH_SIDE; walked++, el = nextInside(el, scope)) {
    if (isAuthorMark(el)) after.push(el);
  }
  const before: Element[] = [];
  el = previousInside(anchor, scope);
  for (let walked = 0; el && walked < MARK_WALK && before.length < MARKS_EACH_SIDE; walked++, el = previousInside(el, scope)) {
    if (isAuthorMark(el)) before.push(el);
  }
  return { before, after };
}

/**
 * The name given by the page's author markup: the first such element after the headline that
 * names someone, else the nearest one before it. Related-post cards carry author marks too;
 * they come later. Searched only when the page's better sources name no one, and only around the
 * headline. The headline's heading is queried with the marks, to place it among them in
 * document order (linkedom's compareDocumentPosition compares depths, not order).
 */
export function markedAuthor(anchor: Element | undefined, siteNames: readonly (string | undefined)[] = []): string | undefined {
  if (!anchor) return undefined;
  // The headline's article, or the few levels around the headline: a byline sits there, and
  // the query stays small on a large page.
  const scope = anchor.closest('article, main, [role="main"]') ?? ancestor(anchor, SCOPE_LEVELS);
  const { before, after } = marksAround(scope, anchor);
  for (const mark of [...after, ...before]) {
    // A commenter's name, or the comment form's "Name *".
    if (closestWhere(mark, inComments) || inReviews(mark, anchor)) continue;
    const name = cleanAuthor(markText(mark), siteNames);
    if (name && looksLikeNames(name) && !isSectionLinkIn(mark, name)) return name;
  }
  return undefined;
}

// Links to a section of the site (a category, a tag, a topic): in a byline box or beside a
// date, their text names a section, not a writer.
const SECTION_LINKS = 'a[href*="categor" i], a[href*="/tag/" i], a[href*="/tags/" i], a[href*="/topic" i], a[rel~="tag"]';

/** Whether `name` is the text of a section link inside the mark: a byline box that shows the
 * story's tag and date ("Personal finance · January 27, 2025") and no writer. */
function isSectionLinkIn(mark: Element, name: string): boolean {
  const key = squash(name);
  return firstDescendant(mark, (el) => el.localName === 'a' && squash(el.textContent ?? '') === key && el.matches(SECTION_LINKS)) !== null;
}

/** "Senior Autos Reporter", "Editor at Large": a title that starts with a role word or holds two
 * (a name that happens to hold one, "Anna Head", is not a title). */
function isJobTitle(text: string): boolean {
  const words = wordsOf(text.toLowerCase().replace(/[^\p{L}\s-]/gu, ' '));
  return ROLE_WORDS.has(words[0] ?? '') || words.filter((w) => ROLE_WORDS.has(w)).length >= 2;
}

// Words that make a role a collective author: "Podium Staff", "NETGEAR Orbi Team", "News Desk".
const COLLECTIVE = /\b(?:staff|team|desk|newsdesk|newsroom|editors|editorial|contributors|writers)\b/i;

// One "word" with a digit in it ("CC7567", "user_42") is an account handle, not a name.
const HANDLE = /^(?=\S*\d)\S+$/u;

/** An author source: a text, or a function that finds one only when it is needed. */
export type AuthorSource = string | undefined | (() => string | undefined);

const isPerson = (name: string, siteNames: readonly (string | undefined)[]) => !HANDLE.test(name) && !isSiteName(name, siteNames);

/** "A, B and C" as its names. */
const namesOf = (list: string) => list.split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*/i).filter(Boolean);

/**
 * The page's whole list of authors where a later source (a meta tag, Readability's byline)
 * lists the chosen name first and more beside it: a theme's JSON-LD and its rel=author link
 * often name the first of several authors only. Functions (costly lookups) are not called.
 */
function fullerList(name: string, rest: readonly AuthorSource[], siteNames: readonly (string | undefined)[]): string {
  const key = (n: string) => n.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const source of rest) {
    if (typeof source === 'function') continue;
    const list = cleanAuthor(source, siteNames);
    if (!list) continue;
    const names = namesOf(list);
    if (names.length > 1 && key(names[0]!) === key(name) && names.every((n) => isPerson(n, siteNames))) return list;
  }
  return name;
}

// What is no author even where nothing better names one: a button's or a link's words, a
// sentence, a title, a customer's signed initial (with its dot: "Shivkumar M" is a writer).
const NO_NAME_AT_ALL = /^(?:visit|sign|log|get|read|click|see|view|shop|this|that|here|\d)\b|\b(?:is|are|was|were|you)\b|!$/i;
const SIGNED_INITIAL = /^\p{Lu}\p{Ll}+\s+\p{Lu}\.$/u;

/**
 * The first source that names someone, best first (JSON-LD, the byline below the headline,
 * author markup, Readability's byline, meta tags). A handle or the publication's own name
 * gives way to a person's name from a later source. A source given as a function is read
 * only when every source before it names no person.
 */
export function chooseAuthor(sources: readonly AuthorSource[], siteNames: readonly (string | undefined)[]): string | undefined {
  const read: (string | undefined)[] = [];
  let first: string | undefined;
  for (const [i, source] of sources.entries()) {
    const raw = typeof source === 'function' ? source() : source;
    read.push(raw);
    const name = cleanAuthor(raw, siteNames);
    if (name === undefined) continue;
    if (isPerson(name, siteNames)) return fullerList(name, sources.slice(i + 1), siteNames);
    first ??= name;
  }
  // Only a handle, a role or the site's name ("CC7567", "Podium Staff", "Swoogo"): the page names no one else.
  // A lone job title ("Senior Autos Reporter") names no one; a team or a desk is an author.
  // A button, a sentence or a customer's signature ("Visit the GUSILOR Store", "Get in touch",
  // "This review is", "Tom K.") is not even that.
  return first ?? read.map(stripLabels).find((n) => n !== undefined && !NO_NAME_AT_ALL.test(n) && !SIGNED_INITIAL.test(n) && (!isJobTitle(n) || COLLECTIVE.test(n)));
}

// A byline anywhere in the page's text, as a line of its own: "Written by Cassidy Horton",
// "By" above "Keith Barry", "Author" above "Lisa D. Ellis", "Posted by Mike Woodward at 9:12 AM".
// An author box at the foot, a sidebar's "Written by" card, a Blogger footer: the names a page
// shows in words where its markup says nothing.
const LABEL_ALONE = /^(?:(?:written|posted|article|story|words|text|reviewed|edited|authored)\s+)?(?:by|von|par|por)\s*:?$|^(?:authors?|author\(s\)|writers?|contributors?|byline)\s*:?$/i;
const LABEL_FIRST = /^(?:(?:written|posted|article|story|words|text|authored)\s+)?(?:by|von|par|por)\s*:?\s+(?=\S)|^(?:authors?|author\(s\)|writers?|contributors?)\s*:\s*(?=\S)/i;
// What may follow the name on its line: a time or a place after "at", "on", "in".
const AFTER_NAME = /\s+(?:at|on|in)\s.*$|\s*[|·•–—]\s.*$/su;
// Words of a page's chrome that read like a name in capitals ("About Us", "Read More").
const CHROME_WORDS = /\b(?:about|us|contact|home|menu|more|read|view|all|our|blog|news|login|log|sign|subscribe|privacy|policy|terms|search|share|follow|comments?|reply|category|categories|tags?|posts?|articles?|shop|cart|help|support|next|previous|back|top|close|open|show|hide|learn|see|here|click|continue|website|site|page|company|inc|llc|ltd|services?|solutions?|featured|content|sponsored|trending|popular|latest|related)\b/i;
// What a menu's "By …" sorts pages by.
const FILTER_WORDS = /\b(?:type|industry|region|size|role|topic|product|location|category|price|date|name|stage|use)\b/i;

/** Names as a byline gives them: one to four names of two to five capitalised words. */
function plainNames(text: string, siteNames: readonly (string | undefined)[]): string | undefined {
  const name = cleanAuthor(text.replace(AFTER_NAME, ''), siteNames);
  if (!name || CHROME_WORDS.test(name) || isSiteName(name, siteNames)) return undefined;
  const names = namesOf(name);
  return names.length <= 4 && names.every(looksLikeOneName) ? name : undefined;
}

// Where a byline line is not the article's: menus ("By Industry"), forms, comments, the page's
// own footer ("Website by New Media Campaigns"); an <article>'s footer is its author box.
const NOT_A_BYLINE_PLACE = 'nav, [role="navigation"], form, [id*="comment" i], [class*="comment" i], [class*="menu" i]';
// The line after a name that goes on with a sentence ("by Ohio State's code …", "by Daniel Bünzli."),
// or closes a quotation: the label was part of the text, not a byline.
const SENTENCE_GOES_ON = /^[\p{Ll}\p{Pe}\p{Pf}.,;:!?]/u;

const inPlaceOfNoByline = (node: Node) => {
  const el = node.parentElement;
  return !el || !!el.closest(NOT_A_BYLINE_PLACE) || (!!el.closest('footer') && !el.closest('article'));
};

/**
 * The byline in the page's text that names people in full: the last source, for pages whose
 * markup marks no author. Bylines naming different people ("By Belkin", "By Mophie") are a
 * listing's or related posts', not the article's: none then.
 */
export function labelledAuthor(page: PageLines, siteNames: readonly (string | undefined)[] = []): string | undefined {
  const { lines, nodes } = page;
  let found: string | undefined;
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    // Lines have their whitespace collapsed already, so trimming takes at most two characters off.
    if (lines[i]!.length > MAX_AUTHOR_CHARS + 2) continue;
    const line = lines[i]!.trim();
    if (line.length > MAX_AUTHOR_CHARS || !/^\p{L}/u.test(line)) continue;
    let text: string | undefined;
    let textLine = i;
    if (LABEL_ALONE.test(line)) {
      // The name on one of the next three lines (whitespace between them is a line too).
      textLine = i + 1;
      while (textLine <= i + 3 && textLine < lines.length && lines[textLine]!.trim() === '') textLine++;
      text = textLine <= i + 3 ? lines[textLine]?.trim() || undefined : undefined;
    } else if (LABEL_FIRST.test(line)) {
      text = line.replace(LABEL_FIRST, '');
    }
    // Only what starts like a name counts: "by playing!" is a sentence, "By Belkin" a shop's brand.
    if (!text || text.length > MAX_AUTHOR_CHARS || !/^\p{Lu}/u.test(text)) continue;
    const after = lines.slice(textLine + 1, textLine + 4).map((l) => l.trim()).find(Boolean) ?? '';
    if (SENTENCE_GOES_ON.test(after) || inPlaceOfNoByline(nodes[i]!)) continue;
    seen.add(text.replace(AFTER_NAME, ''));
    if (seen.size > 1) return undefined;
    found ??= plainNames(text, siteNames);
  }
  return found;
}

// A name in the row of facts beside the headline, with no label: "Aaron Ricadela | Senior Writer |
// July 2, 2025", "Dec. 19, 2025 · Niko Matsakis", "Bence Kovács" above "02-12-2025". A date (or a
// "Last updated" label) on the name's line or one of the two beside it makes the row a dateline.
const DATE_LABEL = /^(?:last\s+)?(?:updated|published|posted)\b/i;
// What such a row adds after the name: "Mahua Das in Project Management", "… on behalf of …".
const ROW_TAIL = /\s+(?:in|on behalf of)(?:\s.*)?$/s;
/** How many lines beside the headline are read, on each side. */
const ROW_LINES = 4;
const PHOTO_CREDIT = /^(?:photos?|images?|pictures?|illustrations?|video|credit)\b/i;

const lineHasDate = (line: string, lang?: string) => DATE_LABEL.test(line) || !!findDate(line, lang);

function rowLines(text: string, fromEnd: boolean): string[] {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && l !== '¶' && !/^[·•|–—-]$/.test(l));
  return fromEnd ? lines.slice(-ROW_LINES) : lines.slice(0, ROW_LINES);
}

// Texts beside a date that name a section, not a writer: a category or tag link ("Mental Health",
// "Video Production"), or a heading of the page ("How Intelligent Tutoring Systems Work").
const SECTION_MARKS = `${SECTION_LINKS}, h1, h2, h3, h4, h5, h6`;

/** The page's section and heading texts, squashed: read once, when a dateline holds a name. */
function sectionTexts(doc: Document): Set<string> {
  const texts = new Set<string>();
  for (const el of doc.querySelectorAll(SECTION_MARKS)) {
    const text = el.textContent ?? '';
    if (text.length <= MAX_AUTHOR_CHARS) texts.add(squash(text));
  }
  return texts;
}

/** A name as a dateline shows one: a few capitalised words, not shouted ("RESOURCE CENTER"), no label ("Review: …"). */
const rowName = (name: string) => !/:/.test(name) && name !== name.toUpperCase() && namesOf(name).every(looksLikeOneName);

/** The name in the dateline beside the headline: after it, else before it. */
export function datelineName(
  near: { after: string; before: string }, doc: Document, siteNames: readonly (string | undefined)[] = [], lang?: string,
): string | undefined {
  let sections: Set<string> | undefined;
  for (const lines of [rowLines(near.after, false), rowLines(near.before, true)]) {
    for (const [i, line] of lines.entries()) {
      if (line.length > MAX_AUTHOR_CHARS) continue;
      const dated = lineHasDate(line, lang) || lines.slice(Math.max(0, i - 2), i + 3).some((l) => l !== line && lineHasDate(l, lang));
      // "Photo by Solen Feyissa on Unsplash" credits the picture.
      if (!dated || PHOTO_CREDIT.test(line)) continue;
      // "Dec 26, 2025 • Mahua Das in": the row's fields, each of which may be the name.
      // "Supervised Learning" before ":" is a term the text goes on to define.
      const next = lines[i + 1] ?? '';
      if (SENTENCE_GOES_ON.test(next) && !ROW_TAIL.test(` ${next}`)) continue;
      for (const field of line.split(/\s+[·•|–—]\s+/)) {
        const name = cleanAuthor(field.replace(ROW_TAIL, ''), siteNames);
        if (!name || CHROME_WORDS.test(name) || isSiteName(name, siteNames) || !rowName(name)) continue;
        sections ??= sectionTexts(doc);
        if (!sections.has(squash(name))) return name;
      }
    }
  }
  return undefined;
}
