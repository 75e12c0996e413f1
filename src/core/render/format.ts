// Human-readable pieces shared by every rendering: the date and the source line.
import type { Brief } from '../types.ts';

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

/** "3 min read" (0 minutes, for an empty text, reads "< 1 min read"). */
export function formatReadingTime(minutes: number): string {
  return minutes >= 1 ? `${minutes} min read` : '< 1 min read';
}

/** The source line's parts in order: site, author, date, reading time; blanks left out. */
export function sourceParts(brief: Brief): string[] {
  const { siteName, author, publishedTime, readingMinutes } = brief.source;
  const parts = [siteName, author, formatDate(publishedTime), formatReadingTime(readingMinutes)];
  return parts.map((p) => p?.replace(/\s+/g, ' ').trim()).filter((p): p is string => Boolean(p));
}

/** "Why it matters" as one sentence of topics (empty when there are none). */
export function topicsLine(brief: Brief): string {
  return brief.topics.length > 0 ? `Key topics: ${brief.topics.join(', ')}.` : '';
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
