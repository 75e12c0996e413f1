// The three renderings of a brief: Markdown (clipboard text/plain), plain text, and HTML
// (clipboard text/html). Page text is untrusted, so every piece of it is escaped for its target.
import type { Brief } from '../types.ts';
import { formatReadingTime, isWebUrl, sourceParts, topicsLine } from './format.ts';

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Escape Markdown syntax so page text stays text (no links, images, raw HTML or emphasis). */
export function escapeMarkdown(s: string): string {
  return oneLine(s)
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .replace(/^([#>+-]|\d+[.)])/, (m) => `\\${m}`);
}

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function whyItMatters(brief: Brief): string[] {
  const lines = [];
  if (brief.why) lines.push(brief.why);
  const topics = topicsLine(brief);
  if (topics) lines.push(topics);
  lines.push(`Reading time: ${formatReadingTime(brief.source.readingMinutes)}.`);
  return lines;
}

/** A model's point that failed the check says so wherever the brief goes. */
function pointText(brief: Brief, i: number): string {
  const point = brief.points[i] as string;
  const check = brief.checks?.[i];
  return check && !check.found ? `${point} (not found in the article: ${check.missing.join(', ')})` : point;
}

/** Who wrote a model's brief, so a pasted brief keeps its provenance. */
function provenance(brief: Brief): string[] {
  return brief.model ? [`Written by ${brief.model}${brief.sentTo ? ` at ${brief.sentTo}` : ''}.`] : [];
}

export function renderMarkdown(brief: Brief): string {
  const out = [`# ${escapeMarkdown(brief.title)}`, '', sourceParts(brief).map(escapeMarkdown).join(' · ')];
  if (brief.lede) out.push('', escapeMarkdown(brief.lede));
  if (brief.points.length > 0) {
    out.push('', '## 3-point summary', '');
    brief.points.forEach((_, i) => out.push(`${i + 1}. ${escapeMarkdown(pointText(brief, i))}`));
  }
  out.push('', '## Why it matters', '');
  out.push(...[...whyItMatters(brief), ...provenance(brief)].map((line) => escapeMarkdown(line)));
  out.push('', oneLine(brief.url));
  return out.join('\n');
}

export function renderText(brief: Brief): string {
  const out = [oneLine(brief.title), sourceParts(brief).join(' · ')];
  if (brief.lede) out.push('', oneLine(brief.lede));
  if (brief.points.length > 0) {
    out.push('', '3-point summary');
    brief.points.forEach((_, i) => out.push(`${i + 1}. ${oneLine(pointText(brief, i))}`));
  }
  out.push('', 'Why it matters', ...whyItMatters(brief), ...provenance(brief));
  out.push('', oneLine(brief.url));
  return out.join('\n');
}

export function renderHtml(brief: Brief): string {
  const e = (s: string): string => escapeHtml(oneLine(s));
  const dir = brief.dir === 'rtl' || brief.dir === 'ltr' ? ` dir="${brief.dir}"` : '';
  const lang = brief.lang && /^[A-Za-z0-9-]{1,35}$/.test(brief.lang) ? ` lang="${brief.lang}"` : '';
  const parts = [`<article${lang}${dir}>`, `<h1>${e(brief.title)}</h1>`];
  parts.push(`<p>${sourceParts(brief).map(e).join(' · ')}</p>`);
  if (brief.lede) parts.push(`<p>${e(brief.lede)}</p>`);
  if (brief.points.length > 0) {
    parts.push('<h2>3-point summary</h2>', `<ol>${brief.points.map((_, i) => `<li>${e(pointText(brief, i))}</li>`).join('')}</ol>`);
  }
  parts.push('<h2>Why it matters</h2>', ...[...whyItMatters(brief), ...provenance(brief)].map((line) => `<p>${e(line)}</p>`));
  const url = oneLine(brief.url);
  parts.push(isWebUrl(url) ? `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>` : `<p>${e(url)}</p>`);
  parts.push('</article>');
  return parts.join('');
}
