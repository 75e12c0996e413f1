import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/content/text.ts';

// normalizeText returns text that needs no change as it is; this is what it must equal.
const reference = (text: string) => text.replace(/[\u200b\ufeff\u00ad]/g, '').replace(/\s+/g, ' ').trim();

describe('normalizeText', () => {
  it('collapses and trims every kind of whitespace, and drops invisible characters', () => {
    const cases = [
      '', ' ', 'plain words here', ' leading', 'trailing ', 'two  spaces', 'tab\there', 'new\nline', 'cr\r\nlf',
      'nbsp\u00a0here', 'em\u2003space', 'ideographic\u3000space', 'line\u2028sep', 'soft\u00adhyphen', 'zero\u200bwidth',
      '\ufeffbom first', 'only\u200b', '\u200b', '\u00a0', 'ends with nbsp\u00a0', '  \n\t ', 'a b c', 'Ünïcödé wörds, ok.',
    ];
    for (const text of cases) expect(normalizeText(text), JSON.stringify(text)).toBe(reference(text));
  });

  it('returns text that is already normal unchanged', () => {
    expect(normalizeText('Already normal text.')).toBe('Already normal text.');
  });
});
