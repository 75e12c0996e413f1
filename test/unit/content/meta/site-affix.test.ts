import { describe, expect, it } from 'vitest';
import { hostWord, siteAffix, stripSiteAffix } from '../../../../src/content/meta/site-affix.ts';

describe('stripSiteAffix', () => {
  it("takes the site's name off the end, given as the site name or only by the host", () => {
    expect(stripSiteAffix('7 Best Zoom Alternatives for 2025 | RingCentral UK Blog', ['RingCentral'], 'https://www.ringcentral.com/gb/en/blog/x')).toBe('7 Best Zoom Alternatives for 2025');
    expect(stripSiteAffix('Ten walks in Kent - Absolutely Lucy', [undefined], 'https://absolutelylucy.co.uk/walks')).toBe('Ten walks in Kent');
    expect(stripSiteAffix('How to Build a Terrarium | eHow', ['eHow'], 'http://www.ehow.com/how_1.html')).toBe('How to Build a Terrarium');
  });

  it('takes it off the front too', () => {
    expect(stripSiteAffix('The Verge » Apple unveils a new phone', ['The Verge'], 'https://www.theverge.com/a')).toBe('Apple unveils a new phone');
  });

  it('keeps parts that do not name the site, hyphenated words and long second halves', () => {
    expect(stripSiteAffix('Rust 1.80 - what is new', ['Example News'], 'https://news.example.org/x')).toBe('Rust 1.80 - what is new');
    expect(stripSiteAffix('Rust 1.80 - what is new', [undefined], 'https://blog.rust-lang.org/x')).toBe('Rust 1.80 - what is new');
    expect(stripSiteAffix('A well-known writer returns', ['Well'], 'https://well.com/x')).toBe('A well-known writer returns');
    expect(stripSiteAffix('Inside BBC: how the BBC covers a general election night from start to finish', ['BBC'], 'https://www.bbc.co.uk/x'))
      .toBe('Inside BBC: how the BBC covers a general election night from start to finish');
  });

  it('keeps the whole title when only a generic word would be left', () => {
    expect(stripSiteAffix('Home | eHow', ['eHow'], 'http://www.ehow.com/')).toBe('Home | eHow');
    expect(stripSiteAffix('Blog - Acme', ['Acme'], 'https://acme.com/blog')).toBe('Blog - Acme');
  });

  it('leaves one word where it is the page’s heading (documentation, a shop’s aisle)', () => {
    expect(stripSiteAffix('Middleware | Django documentation', [undefined], 'https://docs.djangoproject.com/en/5.2/topics/http/middleware/')).toBe('Middleware');
    expect(stripSiteAffix('Quickstart — Flask Documentation (3.1.x)', [undefined], 'https://flask.palletsprojects.com/en/stable/quickstart/')).toBe('Quickstart');
    expect(stripSiteAffix('Advanced Usage — Requests 2.33.0 documentation', [undefined], 'https://requests.readthedocs.io/en/latest/user/advanced/')).toBe('Advanced Usage');
    expect(stripSiteAffix('Kayaks | REI Co-op', [undefined], 'https://www.rei.com/c/kayaks')).toBe('Kayaks');
    // A generic subdomain names no project.
    expect(stripSiteAffix('Pricing - Docs and more', [undefined], 'https://docs.example.com/pricing')).toBe('Pricing - Docs and more');
  });
});

describe('siteAffix', () => {
  it("is the part of the title that names the site, for the source line when the page names no site", () => {
    expect(siteAffix('Ten walks in Kent - Absolutely Lucy', [undefined], 'https://absolutelylucy.co.uk/walks')).toBe('Absolutely Lucy');
    expect(siteAffix('The Verge » Apple unveils a new phone', ['The Verge'], 'https://www.theverge.com/a')).toBe('The Verge');
    expect(siteAffix('Rust 1.80 - what is new', ['Example News'], 'https://news.example.org/x')).toBeUndefined();
    expect(siteAffix('Home | eHow', ['eHow'], 'http://www.ehow.com/')).toBeUndefined();
  });
});

describe('hostWord', () => {
  it("is the host's own label, past www and a country's second-level domain", () => {
    expect(hostWord('https://www.absolutelylucy.co.uk/x')).toBe('absolutelylucy');
    expect(hostWord('https://blog.example.com/x')).toBe('example');
    expect(hostWord('https://news.bbc.co.uk/')).toBe('bbc');
    expect(hostWord('file:///tmp/a.html')).toBeUndefined();
  });
});

describe('site names across calls', () => {
  it('reads the names given in each call, not those of the call before on the same page', () => {
    const url = 'https://news.example.org/story';
    const title = 'Harbour reopens after storm | Coastal Times';
    expect(stripSiteAffix(title, ['Coastal Times'], url)).toBe('Harbour reopens after storm');
    expect(stripSiteAffix(title, ['Inland Post'], url)).toBe(title);
    const names: (string | undefined)[] = ['Inland Post'];
    expect(stripSiteAffix(title, names, url)).toBe(title);
    names[0] = 'Coastal Times';
    expect(stripSiteAffix(title, names, url)).toBe('Harbour reopens after storm');
    expect(stripSiteAffix(title, names, 'https://www.coastaltimes.com/story')).toBe('Harbour reopens after storm');
  });
});
