import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/content/text.ts';
import { classOf } from '../../../src/content/dom.ts';
import { parseHTML } from 'linkedom';

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

describe('classOf', () => {
  // Null where there is no class, as in a browser (linkedom's getAttribute('class') gives '').
  it('reads what getAttribute reads, null where there is no class', () => {
    const { document } = parseHTML('<p class="  lead  intro ">a</p><p>b</p><p class="">c</p><p class="One two">d</p>');
    const [withClass, without, empty, cased] = [...document.querySelectorAll('p')];
    expect(classOf(withClass!)?.trim().split(/\s+/)).toEqual(['lead', 'intro']);
    expect(classOf(without!)).toBeNull();
    expect(classOf(empty!)).toBe('');
    expect(classOf(cased!)).toBe('One two');
    for (const el of [withClass!, empty!, cased!]) expect(classOf(el)).toBe(el.getAttribute('class'));
  });

  it('follows a class changed after parsing', () => {
    const { document } = parseHTML('<p class="old">a</p>');
    const p = document.querySelector('p')!;
    p.classList.add('added');
    expect(classOf(p)?.split(/\s+/)).toEqual(['old', 'added']);
    p.setAttribute('class', 'replaced');
    expect(classOf(p)).toBe('replaced');
  });
});
