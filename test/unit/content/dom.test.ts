import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { classOf, isHiddenByMarkup } from '../../../src/content/dom.ts';

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

describe('isHiddenByMarkup: display-none utility classes', () => {
  const hidden = (html: string) => {
    const { document } = parseHTML(`<div>${html}</div>`);
    return isHiddenByMarkup(document.querySelector('#t')!);
  };
  it('reads hide, hidden and d-none as hidden', () => {
    expect(hidden('<dl id="t" class="productView-info hide"><dt>sku</dt></dl>')).toBe(true);
    expect(hidden('<div id="t" class="modal hidden">x</div>')).toBe(true);
    expect(hidden('<div id="t" class="thankyou-note d-none">x</div>')).toBe(true);
  });
  it('keeps an element shown again at a breakpoint, or whose class only contains the word', () => {
    expect(hidden('<div id="t" class="d-none d-md-block">x</div>')).toBe(false);
    expect(hidden('<div id="t" class="hidden lg:flex">x</div>')).toBe(false);
    expect(hidden('<div id="t" class="hide-on-mobile">x</div>')).toBe(false);
    expect(hidden('<div id="t" class="overflow--hidden">x</div>')).toBe(false);
  });
  it('keeps a hidden tab beside a shown one of the same class, and a tab panel', () => {
    expect(hidden('<ul class="templates-list"><li>a</li></ul><ul id="t" class="templates-list hidden"><li>b</li></ul>')).toBe(false);
    expect(hidden('<div id="t" role="tabpanel" class="hidden">specs</div>')).toBe(false);
    expect(hidden('<ul class="menu"><li>a</li></ul><ul id="t" class="templates-list hidden"><li>b</li></ul>')).toBe(true);
  });
});
