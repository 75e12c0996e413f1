// The three renderings of a brief: Markdown (clipboard text/plain), plain text, and HTML
// (clipboard text/html). Page text is untrusted, so every piece of it is escaped for its target.
import type { Brief } from '../types.ts';
import { ENGLISH_LABELS, isWebUrl, sourceParts, topicsLine, type RenderLabels } from './format.ts';

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

function whyItMatters(brief: Brief, labels: RenderLabels): string[] {
  const lines = [];
  if (brief.why) lines.push(brief.why);
  const topics = topicsLine(brief, labels);
  if (topics) lines.push(topics);
  lines.push(labels.readingTimeLine(labels.readingTime(brief.source.readingMinutes)));
  return lines;
}

/** A model's point that failed the check says so wherever the brief goes. */
function pointText(brief: Brief, i: number, labels: RenderLabels): string {
  const point = brief.points[i] as string;
  const check = brief.checks?.[i];
  return check && !check.found ? `${point} ${labels.notFound(check.missing)}` : point;
}

/** What the brief was made from and who wrote it, so a pasted brief keeps its provenance. */
function provenance(brief: Brief, labels: RenderLabels): string[] {
  const lines = brief.onlyDescription ? [labels.onlyDescription] : [];
  if (brief.model) lines.push(labels.writtenBy(brief.model, brief.sentTo));
  return lines;
}

const summaryHeading = (brief: Brief, labels: RenderLabels) => (brief.points.length === 3 ? labels.summary : labels.summaryShort);

export function renderMarkdown(brief: Brief, labels: RenderLabels = ENGLISH_LABELS): string {
  const out = [`# ${escapeMarkdown(brief.title)}`, '', sourceParts(brief, labels).map(escapeMarkdown).join(' · ')];
  if (brief.lede) out.push('', escapeMarkdown(brief.lede));
  if (brief.points.length > 0) {
    out.push('', `## ${escapeMarkdown(summaryHeading(brief, labels))}`, '');
    brief.points.forEach((_, i) => out.push(`${i + 1}. ${escapeMarkdown(pointText(brief, i, labels))}`));
  }
  out.push('', `## ${escapeMarkdown(labels.why)}`, '');
  out.push(...[...whyItMatters(brief, labels), ...provenance(brief, labels)].map((line) => escapeMarkdown(line)));
  out.push('', oneLine(brief.url));
  return out.join('\n');
}

export function renderText(brief: Brief, labels: RenderLabels = ENGLISH_LABELS): string {
  const out = [oneLine(brief.title), sourceParts(brief, labels).join(' · ')];
  if (brief.lede) out.push('', oneLine(brief.lede));
  if (brief.points.length > 0) {
    out.push('', summaryHeading(brief, labels));
    brief.points.forEach((_, i) => out.push(`${i + 1}. ${oneLine(pointText(brief, i, labels))}`));
  }
  out.push('', labels.why, ...whyItMatters(brief, labels), ...provenance(brief, labels));
  out.push('', oneLine(brief.url));
  return out.join('\n');
}

export function renderHtml(brief: Brief, labels: RenderLabels = ENGLISH_LABELS): string {
  const e = (s: string): string => escapeHtml(oneLine(s));
  const dir = brief.dir === 'rtl' || brief.dir === 'ltr' ? ` dir="${brief.dir}"` : '';
  const lang = brief.lang && /^[A-Za-z0-9-]{1,35}$/.test(brief.lang) ? ` lang="${brief.lang}"` : '';
  const parts = [`<article${lang}${dir}>`, `<h1>${e(brief.title)}</h1>`];
  parts.push(`<p>${sourceParts(brief, labels).map(e).join(' · ')}</p>`);
  if (brief.lede) parts.push(`<p>${e(brief.lede)}</p>`);
  if (brief.points.length > 0) {
    parts.push(`<h2>${e(summaryHeading(brief, labels))}</h2>`, `<ol>${brief.points.map((_, i) => `<li>${e(pointText(brief, i, labels))}</li>`).join('')}</ol>`);
  }
  parts.push(`<h2>${e(labels.why)}</h2>`, ...[...whyItMatters(brief, labels), ...provenance(brief, labels)].map((line) => `<p>${e(line)}</p>`));
  const url = oneLine(brief.url);
  parts.push(isWebUrl(url) ? `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>` : `<p>${e(url)}</p>`);
  parts.push('</article>');
  return parts.join('');
}
