// How an extraction is scored against WCXB's ground truth (../shared/README.md): the benchmark's
// own body metric, and the rules the facts issue sets for headline, author and date. Pure.

/** Lowercase `\w+` tokens, as the benchmark's Python (`re.findall(r'\w+', text.lower())`). */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** F1 of two bags of tokens (precision over the prediction, recall over the reference). */
export function bagF1(prediction: readonly string[], reference: readonly string[]): number {
  if (reference.length === 0) return prediction.length === 0 ? 1 : 0;
  if (prediction.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of reference) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of prediction) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      overlap++;
      counts.set(t, left - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / prediction.length;
  const recall = overlap / reference.length;
  return (2 * precision * recall) / (precision + recall);
}

/** The benchmark's body score: word-level bag F1 of the extracted text against main_content. */
export const bodyF1 = (prediction: string, reference: string): number => bagF1(wordTokens(prediction), wordTokens(reference));

const squash = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Whether a snippet occurs in the text, whitespace and case aside. */
export const containsSnippet = (text: string, snippet: string): boolean => squash(text).includes(squash(snippet));

/** Headline: equal once normalised (case, spacing, punctuation), or token F1 ≥ 0.9. */
export function headlineMatches(prediction: string | undefined, reference: string): boolean {
  if (!prediction) return false;
  const a = wordTokens(prediction);
  const b = wordTokens(reference);
  return a.join(' ') === b.join(' ') || bagF1(a, b) >= 0.9;
}

/** Author on a page that names one: token F1 ≥ 0.8. */
export function authorMatches(prediction: string | undefined, reference: string): boolean {
  return !!prediction && bagF1(wordTokens(prediction), wordTokens(reference)) >= 0.8;
}

/** The calendar day a date string names: its own YYYY-MM-DD when it starts with one, else UTC. */
export function calendarDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const written = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (written) return `${written[1]}-${written[2]}-${written[3]}`;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

export const dateMatches = (prediction: string | undefined, reference: string): boolean =>
  calendarDay(prediction) !== undefined && calendarDay(prediction) === calendarDay(reference);
