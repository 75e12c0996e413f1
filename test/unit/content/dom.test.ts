import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { classOf } from '../../../src/content/dom.ts';

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
