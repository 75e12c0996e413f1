// The one table the eval command prints, as Markdown so it can go straight into the README.
import type { Estimate } from './bootstrap.ts';
import type { EngineSummary } from './summary.ts';

const HEADER = ['Engine', 'ROUGE-1', 'ROUGE-2', 'ROUGE-Lsum', 'Words', 'Dangling', 'Repeated', 'ms/article'];

function withInterval(e: Estimate): string {
  return `${e.mean.toFixed(2)} (${e.low.toFixed(1)}–${e.high.toFixed(1)})`;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function row(s: EngineSummary): string[] {
  if (s.unavailable) return [s.id, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'];
  return [
    s.id, withInterval(s.rouge1), withInterval(s.rouge2), withInterval(s.rougeLsum),
    s.wordsPerBrief.toFixed(1), percent(s.dangling), percent(s.repeated), s.msPerArticle.toFixed(2),
  ];
}

/** One line per engine: what it is, and whether it could not run or failed on some articles. */
function notes(summaries: readonly EngineSummary[]): string[] {
  return summaries.map((s) => {
    if (s.unavailable) return `- ${s.id}: unavailable here (${s.unavailable})`;
    const failed = s.failures > 0
      ? `; ${s.failures} article${s.failures === 1 ? '' : 's'} failed (of ${s.articles}, scored as empty): ${s.firstError}`
      : '';
    return `- ${s.id}: ${s.label}${failed}`;
  });
}

function markdown(rows: readonly (readonly string[])[]): string[] {
  return [rows[0]!, rows[0]!.map(() => '---'), ...rows.slice(1)].map((cells) => `| ${cells.join(' | ')} |`);
}

export function formatTable(summaries: readonly EngineSummary[], caption: string): string {
  return [caption, '', ...markdown([HEADER, ...summaries.map(row)]), '', ...notes(summaries)].join('\n');
}

export const FLAGGED_CAPTION =
  'Points flagged (not found in the article): a number, a name or a quotation of the point does not occur in the article (src/core/model/faithfulness.ts)';

const FLAGGED_HEADER = ['Engine', 'Points', 'Flagged', 'Share'];

/** How many points of each engine the faithfulness check flags, of all its points. */
export function formatFlagged(summaries: readonly EngineSummary[]): string {
  const rows = summaries.map((s) =>
    s.unavailable
      ? [s.id, 'n/a', 'n/a', 'n/a']
      : [s.id, String(s.points), String(s.flagged), s.points === 0 ? 'n/a' : percent(s.flagged / s.points)],
  );
  return [FLAGGED_CAPTION, '', ...markdown([FLAGGED_HEADER, ...rows])].join('\n');
}

export const CARD_CAPTION =
  'The rest of the card: how often "Why it matters" shows a sentence, how much of the reference it adds beyond the three points ' +
  '(ROUGE-1 recall x 100, over all briefs and over those that show one), and briefs where lede, points and "why" repeat one another';

const CARD_HEADER = ['Engine', 'Briefs', 'Why shown', 'Adds (all)', 'Adds (shown)', 'Card repeats'];

/** The card table, for the engines that make a whole card; empty when none does. */
export function formatCard(summaries: readonly EngineSummary[]): string {
  const rows = summaries.flatMap((s) =>
    s.card
      ? [[s.id, String(s.card.briefs), percent(s.card.whyShown), `+${s.card.whyGain.toFixed(2)}`, `+${s.card.whyGainWhenShown.toFixed(2)}`, percent(s.card.repeats)]]
      : [],
  );
  return rows.length === 0 ? '' : [CARD_CAPTION, '', ...markdown([CARD_HEADER, ...rows])].join('\n');
}
