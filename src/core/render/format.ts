// Human-readable pieces shared by every rendering: the date and the source line. The words come
// from labels (English by default, for the CLI); the extension passes its UI language's.
import type { Brief } from '../types.ts';

/** Every word a rendering of the brief uses, so core stays free of the browser's i18n. */
export interface RenderLabels {
  summary: string;
  summaryShort: string;
  why: string;
  readingTime(minutes: number): string;
  keyTopicsLine(topics: string[]): string;
  readingTimeLine(time: string): string;
  /** After a model's point that failed the check. */
  notFound(missing: string[]): string;
  writtenBy(model: string, host?: string): string;
  /** For a brief made from the page's description alone. */
  onlyDescription: string;
  date(value: string | undefined): string | undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "20 Nov 2026" from the page's date. An ISO date keeps the calendar day written on the page
 * (its own offset), so the result never depends on the reader's time zone; other formats go
 * through Date and are read in UTC. Unparseable input gives undefined rather than a wrong date.
 */
export function formatDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (iso) return dayMonthYear(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  const d = new Date(time);
  return dayMonthYear(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function dayMonthYear(year: number, month: number, day: number): string | undefined {
  const name = MONTHS[month - 1];
  if (!name || day < 1 || day > 31) return undefined;
  return `${day} ${name} ${year}`;
}

/** The page's calendar day in `locale`'s words ("20. Nov. 2026", "2026年11月20日"); undefined if unparseable. */
export function formatDateIn(value: string | undefined, locale: string): string | undefined {
  if (!value) return undefined;
  const iso = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  let time: number;
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
    time = Date.UTC(y, m - 1, d);
  } else {
    time = Date.parse(value);
    if (Number.isNaN(time)) return undefined;
  }
  try {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(time);
  } catch {
    return formatDate(value);
  }
}

/** "3 min read" (0 minutes, for an empty text, reads "< 1 min read"). */
export function formatReadingTime(minutes: number): string {
  return minutes >= 1 ? `${minutes} min read` : '< 1 min read';
}

export const ENGLISH_LABELS: RenderLabels = {
  summary: '3-point summary',
  summaryShort: 'Summary',
  why: 'Why it matters',
  readingTime: formatReadingTime,
  keyTopicsLine: (topics) => `Key topics: ${topics.join(', ')}.`,
  readingTimeLine: (time) => `Reading time: ${time}.`,
  notFound: (missing) => `(not found in the article: ${missing.join(', ')})`,
  writtenBy: (model, host) => (host ? `Written by ${model} at ${host}.` : `Written by ${model}.`),
  onlyDescription: 'Brief found no text on this page, only its description: this brief is made from that alone.',
  date: formatDate,
};

/** The source line's parts in order: site, author, date, reading time; blanks left out. */
export function sourceParts(brief: Brief, labels: RenderLabels = ENGLISH_LABELS): string[] {
  const { siteName, author, publishedTime, readingMinutes } = brief.source;
  const parts = [siteName, author, labels.date(publishedTime), labels.readingTime(readingMinutes)];
  return parts.map((p) => p?.replace(/\s+/g, ' ').trim()).filter((p): p is string => Boolean(p));
}

/** "Why it matters" as one sentence of topics (empty when there are none). */
export function topicsLine(brief: Brief, labels: RenderLabels = ENGLISH_LABELS): string {
  return brief.topics.length > 0 ? labels.keyTopicsLine(brief.topics) : '';
}

/** True for URLs a rendering may turn into a link: http and https only. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
