import { describe, expect, it } from 'vitest';
import { bylineAbove, bylineIn, chooseAuthor, cleanAuthor, datelineName, markedAuthor } from '../../../../src/content/meta/author.ts';
import { textNear } from '../../../../src/content/meta/dateline.ts';
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
    expect(cleanAuthor('AuthorVenteur')).toBe('Venteur');
    expect(cleanAuthor('Matt Check, Co-FounderMatt Check')).toBe('Matt Check');
    expect(cleanAuthor('About the AuthorHello. My name is Lillie.')).toBeUndefined();
    // Credits for the site, and a title a theme marked as the author, name no one.
    expect(cleanAuthor('Government Websites by CivicPlus®')).toBeUndefined();
    expect(cleanAuthor('5 Great On-page Seo For 2022 Ideas That You Can Practice')).toBeUndefined();
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
    expect(cleanAuthor('Lauren VetterLauren Vetter')).toBe('Lauren Vetter');
    expect(cleanAuthor('"David Kim"')).toBe('David Kim');
    expect(cleanAuthor('“Ana Lima”')).toBe('Ana Lima');
    expect(cleanAuthor('Anna Anna')).toBe('Anna');
  });

  it('drops the desk after a role, and a list separator before the first name', () => {
    expect(cleanAuthor('Zackery Cuevas Writer, Hardware')).toBe('Zackery Cuevas');
    expect(cleanAuthor('& Zackery Cuevas Writer, Hardware')).toBe('Zackery Cuevas');
    expect(cleanAuthor('and Ana Lima')).toBe('Ana Lima');
    // Initials after a role are a writer's, and a name after a name is another writer.
    expect(cleanAuthor('AAA Travel Editor, SMT')).toBe('AAA Travel, SMT');
    expect(cleanAuthor('Ana Lima, Ben Ode')).toBe('Ana Lima, Ben Ode');
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

  it('shows no button, sentence or customer signature even where nothing else names anyone', () => {
    for (const raw of ['Visit the GUSILOR Store', 'Get in touch', 'Sign In', 'This review is', 'Tom K.', 'Our Product Research Team Get to know them!']) {
      expect(chooseAuthor([raw], []), raw).toBeUndefined();
    }
    // A team, an institution with "for", and a writer who signs with an initial stay.
    expect(chooseAuthor(['Our Editors'], [])).toBe('Our Editors');
    expect(chooseAuthor(['Center for Drug Evaluation and Research'], [])).toBe('Center for Drug Evaluation and Research');
    expect(chooseAuthor(['Shivkumar M'], [])).toBe('Shivkumar M');
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

  it('above the headline, takes no menu that sorts pages "By Service" or "By Event Type"', () => {
    expect(bylineAbove('Solutions\nBy Service\nBy Region Size')).toBeUndefined();
    expect(bylineAbove('Events\nBy Event Type\nConferences')).toBeUndefined();
    expect(bylineAbove('Guides\nBy Ramon Berenguer')).toBe('Ramon Berenguer');
  });
});

describe('datelineName', () => {
  const nameIn = (html: string, sites: string[] = []) => {
    const doc = parse(`<html><body>${html}</body></html>`);
    return datelineName(textNear(doc.querySelector('h1')!), doc, sites, 'en');
  };

  it('reads the unlabelled name in the row of facts beside the headline', () => {
    expect(nameIn('<h1>AI in care</h1><p>Aaron Ricadela | Senior Writer | July 2, 2025</p><p>Text.</p>')).toBe('Aaron Ricadela');
    expect(nameIn('<h1>Rust</h1><div>Dec. 19, 2025 &middot; <span>Niko Matsakis</span> on behalf of <a>Vision Doc group</a></div>')).toBe('Niko Matsakis');
    expect(nameIn('<div><span>Dec 17, 2025</span><span>Julian K. Arni</span></div><h1>Nix builds</h1><p>More confidence.</p>')).toBe('Julian K. Arni');
    expect(nameIn('<h1>Plan</h1><p>Matteo Laratta</p><div>Last Updated:</div><p>This plan is for beginners.</p>')).toBe('Matteo Laratta');
    expect(nameIn('<h1>Pricing</h1><p>Dec 26, 2025 • Mahua Das in <a href="/blog/pm">Project Management</a></p>')).toBe('Mahua Das');
  });

  it('takes no section, heading, shouted label, photo credit or site name for a name', () => {
    expect(nameIn('<h1>Sleep</h1><div><a href="/blog/category/mental-health">Mental Health</a><span>DECEMBER 22, 2022</span></div>')).toBeUndefined();
    expect(nameIn('<h1>Tutors</h1><p>May 1, 2025</p><h2>How Intelligent Tutoring Systems Work</h2>')).toBeUndefined();
    expect(nameIn('<h1>Guide</h1><p>RESOURCE CENTER</p><p>May 1, 2025</p>')).toBeUndefined();
    expect(nameIn('<h1>Review</h1><p>May 1, 2025</p><p>Review: Raffles Hotel Singapore</p>')).toBeUndefined();
    expect(nameIn('<h1>AI</h1><p>19 Dec, 2025</p><p>Newsdesk</p><p>Photo by Solen Feyissa on Unsplash</p>')).toBeUndefined();
    expect(nameIn('<h1>AI</h1><p>19 Dec, 2025</p><p>Owain Brennan</p>', ['Owain Brennan'])).toBeUndefined();
    // No date beside it: a name-like line is not a byline.
    expect(nameIn('<h1>Plan</h1><p>Matteo Laratta</p><p>This plan is for beginners.</p>')).toBeUndefined();
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

  it('reads marks near the headline only: a card 1,500 elements further down is another story’s', () => {
    const filler = (n: number) => '<div><span>Row</span></div>'.repeat(n);
    const far = `<article><span class="byline">Ana Lima</span><h1>The guide</h1>${filler(800)}<a href="/authors/ben-hon">Ben Hon</a></article>`;
    expect(marked(far)).toBe('Ana Lima');
    const near = `<article><span class="byline">Ana Lima</span><h1>The guide</h1>${filler(10)}<a href="/authors/ben-hon">Ben Hon</a></article>`;
    expect(marked(near)).toBe('Ben Hon');
    // The headline's own descendants come after it; a scope's marks before it, nearest first.
    expect(marked('<main><span class="author">Far Person</span><div><span class="author">Near Person</span></div><h1>Title</h1></main>')).toBe('Near Person');
    expect(marked('<main><h1>Title <span class="byline">Inside Heading</span></h1><span class="author">After Person</span></main>')).toBe('Inside Heading');
  });

  it('takes no tag of the story that a byline box shows in place of a writer', () => {
    const box = (href: string) => `<h1>Tax season is here</h1><div class="blog-post__byline"><ul><li><a class="tag" href="${href}">Personal finance</a></li></ul> January 27, 2025</div>`;
    expect(marked(box('https://example.org/blog/tag/personal-finance'))).toBeUndefined();
    expect(marked(box('/category/money'))).toBeUndefined();
    expect(marked(box('/people/personal-finance'))).toBe('Personal finance');
    // The next mark is read instead.
    expect(marked('<h1>Tax season is here</h1><div class="byline"><a href="/tag/taxes">Taxes</a></div><span class="author-name">Isabel Haas</span>')).toBe('Isabel Haas');
  });

  it('never takes a commenter’s name, a form label or a bio', () => {
    expect(marked(`<h1>The headline</h1>${comments}`)).toBeUndefined();
    expect(marked('<h1>The headline</h1><div class="author-bio">Ana has written about gardens for twenty years. She lives in Kent.</div>')).toBeUndefined();
  });

  it('never takes a customer’s name from a review or a testimonial, but reads a review article’s own byline', () => {
    expect(marked('<h1>Earbuds E19</h1><div class="product-reviews"><div class="review"><span class="review-author">Tony Bishop</span><p>Great.</p></div></div>')).toBeUndefined();
    expect(marked('<h1>Our service</h1><section class="testimonials"><p>They helped.</p><span class="author">Richard Iles</span></section>')).toBeUndefined();
    expect(marked('<article class="review"><h1>Ten dishwashers</h1><span class="author">Ana Lima</span></article>')).toBe('Ana Lima');
  });
});

describe('cleanAuthor, what is no byline', () => {
  it('drops buttons, sentences and signatures marked as the author', () => {
    for (const text of ['Sign In', 'Get in touch', 'From the', 'This review is', 'Visit the Apple Store', 'Join OMA', 'Add SoundGuys', 'Subscribe now', '~ Rachel M.', '– Gregory', '§Authoring applications', '--reset-author', 'Lance S.', 'Tom K']) {
      expect(cleanAuthor(text), text).toBeUndefined();
    }
  });

  it('keeps an organisation with "of", and names with particles', () => {
    expect(cleanAuthor('Bank of America')).toBe('Bank of America');
    expect(cleanAuthor('Ana de la Cruz')).toBe('Ana de la Cruz');
    expect(cleanAuthor('J. K. Rowling')).toBe('J. K. Rowling');
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
