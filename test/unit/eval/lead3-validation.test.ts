// Validation of the harness against the figure published with the data: LEAD-3 on val.jsonl
// scores 56.20 / 36.83 / 51.75 (rouge-score, Python). The harness's own LEAD-3 row uses Brief's
// sentence splitter, which keeps "Capt. Billy", "George W. Bush" and "David L. Soltz" whole;
// the published run split there. The lead3-plain engine splits with Intl.Segmenter alone, and
// with it our ROUGE lands on the published figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rowToArticle } from '../../../src/eval/article.ts';
import { parseJsonl } from '../../../src/eval/dataset.ts';
import { engine as lead3 } from '../../../src/eval/engines/lead3.ts';
import { engine as lead3Plain, plainSentences } from '../../../src/eval/engines/lead3-plain.ts';
import { rougeScores } from '../../../src/eval/rouge.ts';

const rows = parseJsonl(readFileSync('../shared/data/cnndm-gpt4/val.jsonl', 'utf8'));

describe('LEAD-3 on val.jsonl with a plain sentence split (lead3-plain)', () => {
  it('reproduces the published 56.20 / 36.83 / 51.75 within 0.05', async () => {
    const sum = { rouge1: 0, rouge2: 0, rougeLsum: 0 };
    for (const row of rows) {
      const points = (await lead3Plain.summarize(rowToArticle(row))) as string[];
      const s = rougeScores(points, plainSentences(row.references[0]!));
      sum.rouge1 += s.rouge1;
      sum.rouge2 += s.rouge2;
      sum.rougeLsum += s.rougeLsum;
    }
    const pct = (x: number) => (100 * x) / rows.length;
    expect(rows).toHaveLength(100);
    expect(Math.abs(pct(sum.rouge1) - 56.2)).toBeLessThan(0.05);
    expect(Math.abs(pct(sum.rouge2) - 36.83)).toBeLessThan(0.05);
    expect(Math.abs(pct(sum.rougeLsum) - 51.75)).toBeLessThan(0.05);
  });

  it('cuts after an abbreviation where the lead3 row keeps the sentence whole', async () => {
    const article = rowToArticle({
      article: "Tulsa County Sheriff's Capt. Billy McKelvey says a park was hit. It is not clear how. Crews are there. More soon.",
      id: 0,
      line: 1,
      references: ['x'],
    });
    expect(await lead3Plain.summarize(article)).toEqual([
      "Tulsa County Sheriff's Capt.", 'Billy McKelvey says a park was hit.', 'It is not clear how.',
    ]);
    expect(await lead3.summarize(article)).toEqual([
      "Tulsa County Sheriff's Capt. Billy McKelvey says a park was hit.", 'It is not clear how.', 'Crews are there.',
    ]);
  });
});
