import { describe, expect, it } from 'vitest';
import { chooseHeadline, headingTexts, headlineAnchor, tidyHeadline } from '../../../../src/content/meta/headline.ts';
import { parse } from '../pages.ts';

const h1sOf = (body: string, siteNames: string[] = [], url = 'https://example.org/post') =>
  headingTexts([...parse(`<html><body>${body}</body></html>`).querySelectorAll('h1, h2')], siteNames, url);
const headline = (titles: string[], body: string, siteNames: string[] = []) => chooseHeadline(titles, h1sOf(body, siteNames))?.text;

describe('chooseHeadline', () => {
  it('prefers the visible <h1> when it agrees with a metadata title', () => {
    expect(headline(['Health And Nutrition Trends For 2026'], '<h1>Top 10 Health and Nutrition Trends to Watch</h1>')).toBe('Top 10 Health and Nutrition Trends to Watch');
    expect(headline(['Average Cost of Online College [2025]: Yearly Tuition + Fees'], '<h1>Average Cost of Online College</h1>')).toBe('Average Cost of Online College');
  });

  it('keeps the metadata title when no <h1> agrees with it (a logo, "Menu", another story)', () => {
    expect(headline(['Advent of Code 2025 week 2'], "<h1>RogerBW's Blog</h1><h1>Day 7</h1>")).toBe('Advent of Code 2025 week 2');
    expect(headline(['Vibe Coding'], '<h1>Menu</h1>')).toBe('Vibe Coding');
  });

  it('passes over the site’s own heading: its name, or a link to the home page', () => {
    expect(headline(['新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::'], '<h1>痞客邦 PIXNET</h1>', ['痞客邦 PIXNET'])).toBe('新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::');
    expect(headline(['Evolve: Shared Mutable History — evolve extension for Mercurial'], '<h1><a href="index.html">evolve extension for Mercurial</a></h1><h1>Evolve: Shared Mutable History<a href="#e">¶</a></h1>'))
      .toBe('Evolve: Shared Mutable History');
  });

  it('never takes a hidden <h1>, and takes a lone <h1> when the page has no metadata title', () => {
    expect(headline(['The real story'], '<h1 hidden>The real story, hidden</h1>')).toBe('The real story');
    expect(headline([], '<h1>Only a heading</h1>')).toBe('Only a heading');
    expect(headline([], '<h1>One</h1><h1>Two</h1>')).toBeUndefined();
  });

  it('anchors the dateline on an <h2> that agrees when no <h1> was taken', () => {
    const doc = parse('<html><body><h1>Site</h1><h2>What do people love about Rust?</h2><p>x</p></body></html>');
    expect(headlineAnchor({ text: 'What do people love about Rust?' }, [...doc.querySelectorAll('h1, h2')])?.localName).toBe('h2');
  });
});

describe('a title that begins with the <h1>', () => {
  it('gives the <h1>: the rest of the title is written for search results', () => {
    expect(headline(['Hiking Boots: Shop Boots for Hiking & Backpacking | REI Co-op'], '<h1>Hiking Boots</h1>')).toBe('Hiking Boots');
    expect(headline(['Sofas | Shop the range at Acme'], '<h1>Sofas</h1>')).toBe('Sofas');
  });

  it('not when a one-word <h1> is a section before a long headline', () => {
    expect(headline(['Opinion: Why the city should never have sold its water company to a fund'], '<h1>Opinion</h1>'))
      .toBe('Opinion: Why the city should never have sold its water company to a fund');
  });
});

describe('tidyHeadline', () => {
  it('drops a tagline after a pipe, a dateline with its label, and a permalink sign', () => {
    expect(tidyHeadline('12 Must-Have Data Analysis Tools for 2026 | Python, SQL & AI')).toBe('12 Must-Have Data Analysis Tools for 2026');
    expect(tidyHeadline('Top Strategies to Optimize Blockchain Performance Posted on July 1, 2024 by infuy')).toBe('Top Strategies to Optimize Blockchain Performance');
    expect(tidyHeadline('Dec 18 2025 Preparing a transition in Debusine')).toBe('Preparing a transition in Debusine');
    expect(tidyHeadline('Evolve: Shared Mutable History¶')).toBe('Evolve: Shared Mutable History');
  });

  it('keeps a date that belongs to the headline', () => {
    expect(tidyHeadline('LWN.net Weekly Edition for March 26, 2015')).toBe('LWN.net Weekly Edition for March 26, 2015');
  });
});
