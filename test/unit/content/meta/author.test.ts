import { describe, expect, it } from 'vitest';
import { bylineIn, chooseAuthor, cleanAuthor, markedAuthor } from '../../../../src/content/meta/author.ts';
import { parse } from '../pages.ts';

describe('cleanAuthor', () => {
  it('takes labels, dates and glued fields off the name', () => {
    expect(cleanAuthor('By Nathan Willis March 25, 2015')).toBe('Nathan Willis');
    expect(cleanAuthor('BySummer Swann')).toBe('Summer Swann');
    expect(cleanAuthor('Written byDan Pantelo')).toBe('Dan Pantelo');
    expect(cleanAuthor('Text by Hunter Dukes')).toBe('Hunter Dukes');
    expect(cleanAuthor('Sep 20 Written By Graham Reid')).toBe('Graham Reid');
    expect(cleanAuthor('Reyan PerumalPublished on July 18, 2025')).toBe('Reyan Perumal');
    expect(cleanAuthor('Luke KimDecember 17, 2025')).toBe('Luke Kim');
    expect(cleanAuthor('CM Craig McCarthy Last updated')).toBe('CM Craig McCarthy');
    expect(cleanAuthor('By: FlowGuard EMEA on 04-ago-2021 5:11:10')).toBe('FlowGuard EMEA');
    expect(cleanAuthor('This post was written by Danielle Padula, Head of Marketing and Communications')).toBe('Danielle Padula');
 
  });

  it('unglues the fields markup ran together and drops link labels, reading times and bios', () => {
    expect(cleanAuthor('Harry RabinowitzTech')).toBe('Harry Rabinowitz');
    expect(cleanAuthor('Mateusz HabernyFounder at Oakywood')).toBe('Mateusz Haberny');
    expect(cleanAuthor('CortiAI platform for healthcareJoakim EdinResearch & Development')).toBe('Joakim Edin');
    expect(cleanAuthor('Insights fromLiza Burke')).toBe('Liza Burke');
    expect(cleanAuthor('Brian Becker7 min read')).toBe('Brian Becker');
    expect(cleanAuthor('Yucy3/4/2025')).toBe('Yucy');
    expect(cleanAuthor('Chong Lee1')).toBe('Chong Lee');
    // A handle keeps its digits and capitals.
    for (const handle of ['InsaneSnow45', 'Need2KnowLion', 'xJewishNinjax', 'Ejp55230']) expect(cleanAuthor(handle)).toBe(handle);
    expect(cleanAuthor('View all posts by Ray Ansari')).toBe('Ray Ansari');
    expect(cleanAuthor('Recipe by PJ Hamel')).toBe('PJ Hamel');
    expect(cleanAuthor('Lauren Paige is a Health and Wellness Writer')).toBe('Lauren Paige');
    expect(cleanAuthor('Brian Truitt USA TODAY', ['USA TODAY'])).toBe('Brian Truitt');
    expect(cleanAuthor('Chris Carroll30 Sep 2022, 11:07am')).toBe('Chris Carroll');
    // Not a first name taken for a full one (the mark's check for a sentence then rejects it).
    expect(cleanAuthor('Shannon is an experienced writer covering real estate')).not.toBe('Shannon');
    expect(cleanAuthor('Laura / House Plant House', ['House Plant House'])).toBe('Laura');
    // Capitals inside a name are not glue.
    for (const name of ['Mike McDonald', 'Ana MacKenzie', 'LeBron James', 'Leonardo DiCaprio', 'Mark SubbaRao and Jonas Jaegermeyer', 'Sponsored by StackCommerce']) expect(cleanAuthor(name)).toBe(name);
  });

  it('drops descriptions of the writer after the names', () => {
    expect(cleanAuthor('Adrien Ramirez, 4+ years covering computer hardware, software')).toBe('Adrien Ramirez');
    expect(cleanAuthor('Julie Weisenhorn and Natalie Hoidal, Extension horticulture educators')).toBe('Julie Weisenhorn and Natalie Hoidal');
  });

  it('drops job titles and the publication, keeps every writer', () => {
    expect(cleanAuthor('Author: Ashley Biancuzzo, Associate Editor, PCWorld', ['PCWorld'])).toBe('Ashley Biancuzzo');
    expect(cleanAuthor('Sarah Hauer | Milwaukee Journal Sentinel', ['Milwaukee Journal Sentinel'])).toBe('Sarah Hauer');
    expect(cleanAuthor('Liz Kenny Former McKinsey Consultant')).toBe('Liz Kenny');
    expect(cleanAuthor('David Jackson - FullStack Editorial Team')).toBe('David Jackson');
    expect(cleanAuthor('Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal', ['The Commercial Appeal'])).toBe('Manoj Jain and Jagpreet Chhatwal');
    expect(cleanAuthor('Ana Lima, Ben Ode and Cai Wen')).toBe('Ana Lima, Ben Ode and Cai Wen');
    expect(cleanAuthor('Donna Currie Donna Currie')).toBe('Donna Currie');
  });

  it('names no one when only labels, roles, ids or page furniture are left', () => {
    for (const text of ['By', 'Written By', 'Researched', 'Sat', 'The Author', 'About the Author', 'Senior Autos Reporter', 'Last Updated: January 7, 2025', '262588213843476', '[Submitted on 18 Dec 2025]', 'Name *', 'Florence says:', 'Feb', 'https://example.org/ana', '']) {
      expect(cleanAuthor(text), text).toBeUndefined();
    }
  });
});

describe('chooseAuthor', () => {
  it('prefers a person to an account handle or the site’s own name, and keeps the first source otherwise', () => {
    expect(chooseAuthor(['CC7567', 'By James Akinaka'], [])).toBe('James Akinaka');
    expect(chooseAuthor(['Instructables', 'MixmasterFred'], ['Instructables'])).toBe('MixmasterFred');
    expect(chooseAuthor(['Ana Lima', 'By James Akinaka'], [])).toBe('Ana Lima');
    expect(chooseAuthor([undefined, 'Senior Autos Reporter', 'Keith Barry'], [])).toBe('Keith Barry');
  });

  it('shows a role or the site only when the page names no one else', () => {
    expect(chooseAuthor(['Podium Staff'], ['Podium'])).toBe('Podium Staff');
    expect(chooseAuthor(['Swoogo'], ['Swoogo'])).toBe('Swoogo');
    expect(chooseAuthor(['Senior Autos Reporter'], [])).toBeUndefined();
    expect(chooseAuthor([undefined, undefined], [])).toBeUndefined();
  });
});

describe('bylineIn', () => {
  it('finds "By" and "Written by" at the start of a line, with the name on the same line or the next', () => {
    expect(bylineIn('Guides\nBy Ramon Berenguer\nDec 11, 2025')).toBe('Ramon Berenguer');
    expect(bylineIn('Written by\nMoses Kim and Kate Shokurova\nApril 8, 2024')).toBe('Moses Kim and Kate Shokurova');
    expect(bylineIn('Author\nIsaiah Shelton')).toBe('Isaiah Shelton');
    expect(bylineIn('By Ana de la Cruz\nx')).toBe('Ana de la Cruz');
  });

  it('does not take "by" inside a sentence or a name from the next element', () => {
    expect(bylineIn('A Step by Step Guide to Solar')).toBeUndefined();
    expect(bylineIn('It is simple by design.')).toBeUndefined();
    expect(bylineIn('By Sara Brown\nApr 3, 2025')).toBe('Sara Brown');
  });
});

describe('markedAuthor', () => {
  const marked = (body: string) => {
    const doc = parse(`<html><body>${body}</body></html>`);
    return markedAuthor(doc.querySelector('h1') ?? undefined);
  };
  const sidebar = '<aside><a rel="author" href="/author/old">Sidebar Person</a></aside>';
  const related = '<div class="related"><a href="/authors/mia-okafor">Mia Okafor</a></div>';
  const comments = '<section class="comments"><span class="comment-author">Florence</span><form><label class="author">Name *</label></form></section>';

  it('takes the first author mark after the headline, and the nearest one before it only when none follows', () => {
    expect(marked(`${sidebar}<h1>The headline</h1><div class="post-meta"><span class="author-name">By Joe Kindness</span></div>${comments}${related}`)).toBe('Joe Kindness');
    expect(marked(`${sidebar}<h1>The headline</h1>${comments}${related}`)).toBe('Mia Okafor');
    expect(marked(`${sidebar}<h1>The headline</h1>${comments}`)).toBe('Sidebar Person');
    expect(marked(`<span itemprop="author"><span itemprop="name">Ana Lima</span></span><h1>The headline</h1>`)).toBe('Ana Lima');
  });

  it('never takes a commenter’s name, a form label or a bio', () => {
    expect(marked(`<h1>The headline</h1>${comments}`)).toBeUndefined();
    expect(marked('<h1>The headline</h1><div class="author-bio">Ana has written about gardens for twenty years. She lives in Kent.</div>')).toBeUndefined();
  });
});

describe('chooseAuthor, several authors', () => {
  it('gives the whole list where a later source lists the chosen author first and more beside', () => {
    expect(chooseAuthor(['Chen Zhao', undefined, 'Chen Zhao, Daryl Fairweather'], [])).toBe('Chen Zhao, Daryl Fairweather');
    expect(chooseAuthor(['Rui Ma', 'Rui Ma and Heba Ledwon'], [])).toBe('Rui Ma and Heba Ledwon');
  });

  it('keeps the chosen author where the later list starts with someone else, or is not of people', () => {
    expect(chooseAuthor(['Chen Zhao', 'Daryl Fairweather, Chen Zhao'], [])).toBe('Chen Zhao');
    expect(chooseAuthor(['Chen Zhao', 'Chen Zhao, March 3, 2024'], [])).toBe('Chen Zhao');
    expect(chooseAuthor(['Chen Zhao'], [])).toBe('Chen Zhao');
  });

  it('never calls a costly lookup to widen the list', () => {
    let called = false;
    expect(chooseAuthor(['Chen Zhao', () => { called = true; return 'Chen Zhao, Daryl Fairweather'; }], [])).toBe('Chen Zhao');
    expect(called).toBe(false);
  });
});
