import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract';
import { publishedOf, toIso, formatPublished } from '../../../src/core/extract/dates';
import { imageOf, langOf, siteNameOf } from '../../../src/core/extract/metadata';
import { bylineOf, cleanByline } from '../../../src/core/extract/byline';
import { ld, page, paragraphs } from '../../helpers/page';

describe('byline', () => {
  it('JSON-LD author names, joined as the visible byline joins them', () => {
    const doc = page({
      head: ld({
        '@type': 'NewsArticle',
        author: [
          { '@type': 'Person', name: 'Dana Whitcombe' },
          { '@type': 'Person', name: 'Luis Ferrante' },
        ],
      }),
      body: `<article><h1>Headline of the story here</h1><div class="byline">By <a href="/profiles/dana">Dana Whitcombe</a> and <a href="/profiles/luis">Luis Ferrante</a>, CNW</div>${paragraphs()}</article>`,
    });
    expect(extractArticle(doc).byline).toBe('Dana Whitcombe and Luis Ferrante');
  });

  it('JSON-LD names alone when the byline is not visible', () => {
    const doc = page({ head: ld({ '@type': 'NewsArticle', author: [{ name: 'A Person' }, { name: 'B Person' }] }), body: paragraphs() });
    expect(bylineOf(doc, { element: null, readability: null, siteName: null })).toBe('A Person, B Person');
  });

  it('the visible byline without "By", role, date or "Updated …"', () => {
    expect(cleanByline('By ROSALIND ACHEBE-KRAY Updated 8:02 PM EST, March 4, 2026')).toBe('ROSALIND ACHEBE-KRAY');
    expect(cleanByline('Siddharth Kulkarni / TNN / Updated: Mar 4, 2026, 10:15 IST')).toBe('Siddharth Kulkarni');
    expect(cleanByline('Von Jonas Brenneke')).toBe('Jonas Brenneke');
    expect(cleanByline('Grant Whitfield, Frontier News', 'Frontier News')).toBe('Grant Whitfield');
  });

  it('the author link of the byline element, not the role beside it', () => {
    const doc = page({
      body: `<article><h1>Headline of the story here</h1><address><a rel="author" href="/profile/priya">Priya Holloway</a> Environment correspondent</address>${paragraphs()}</article>`,
    });
    expect(extractArticle(doc).byline).toBe('Priya Holloway');
  });

  it('<meta name=author> when the page shows no byline; URLs are not names', () => {
    expect(
      bylineOf(page({ head: '<meta name="author" content="Jane Roe">', body: '' }), { element: null, readability: null, siteName: null }),
    ).toBe('Jane Roe');
    expect(
      bylineOf(page({ head: '<meta property="article:author" content="https://x.example/jane">', body: '' }), {
        element: null,
        readability: null,
        siteName: null,
      }),
    ).toBeNull();
  });
});

describe('byline traps from the Readability corpus', () => {
  it('a personal site: the author is the site name and still the byline (corpus 001, toc-missing)', () => {
    const person = page({
      head: '<meta property="og:site_name" content="Nicola Perrin">',
      body: `<article><h1>Headline of the story here</h1>${paragraphs()}<aside><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Nicola Perrin</span> —</span></aside></article>`,
    });
    expect(extractArticle(person).byline).toBe('Nicola Perrin');
    const ldPerson = page({
      head:
        '<meta property="og:site_name" content="Haki Benita">' +
        ld({ '@type': 'BlogPosting', author: { '@type': 'Person', name: 'Haki Benita' } }),
      body: `<article><h1>Headline of the story here</h1>${paragraphs()}</article>`,
    });
    expect(extractArticle(ldPerson).byline).toBe('Haki Benita');
  });

  it('an organisation byline that is only the site name is still no byline', () => {
    const doc = page({
      head: '<meta property="og:site_name" content="Example News">',
      body: `<article><h1>Headline of the story here</h1><div class="byline">Example News</div>${paragraphs()}</article>`,
    });
    expect(extractArticle(doc).byline).toBeNull();
  });

  it('a "Write" link to the author dashboard in the site menu is no byline (corpus royal-road)', () => {
    const doc = page({
      body: `<div class="page-header"><ul class="nav navbar-nav"><li class="dropdown menu-dropdown"><a href="/fictions/search">Search</a></li><li class="dropdown menu-dropdown classic-menu-dropdown"><a href="/author-dashboard" aria-label="Write" role="link">Write</a></li></ul></div>
        <div class="fic-header"><a href="/fiction/63759/super-supportive"><h2 class="font-white inline-block">Super Supportive</h2></a> <span class="font-white">by</span><h3 class="font-white inline-block"><a href="/profile/338123" class="font-white">Sleyca</a></h3><h1 class="font-white">ONE HUNDRED TWO: What kind of wordchain?</h1></div>
        <div class="chapter-inner chapter-content">${paragraphs()}</div>`,
    });
    expect(extractArticle(doc).byline).toBe('Sleyca');
  });
});

describe('excerpt', () => {
  it('the most deliberate description first: JSON-LD, Dublin Core, OpenGraph, then name=description (corpus 003, 004)', () => {
    const doc = page({
      head: `<meta property="og:description x:description twitter:description" content="A description"><meta property="dc:description og:description" content="Preferred description"><meta name="description" content="Meta name description">`,
      body: `<article><h1>Headline of the story here</h1>${paragraphs()}</article>`,
    });
    expect(extractArticle(doc).excerpt).toBe('Preferred description');
    const og = page({
      head: `<meta name="description" content="Meta name description"><meta property="og:description" content="Social description">`,
      body: `<article><h1>Headline of the story here</h1>${paragraphs()}</article>`,
    });
    expect(extractArticle(og).excerpt).toBe('Social description');
  });
});

describe('published date', () => {
  it('article:published_time verbatim, then JSON-LD datePublished', () => {
    expect(
      publishedOf(page({ head: '<meta property="article:published_time" content="2026-03-04T10:15:00+05:30">', body: '' }), null),
    ).toBe('2026-03-04T10:15:00+05:30');
    expect(publishedOf(page({ head: ld({ '@type': 'NewsArticle', datePublished: '2020-10-05T10:30:14+08:00' }), body: '' }), null)).toBe(
      '2020-10-05T10:30:14+08:00',
    );
  });

  it('a <time datetime> after the headline; a space separator becomes "T"', () => {
    const doc = page({
      body: '<time datetime="2019-01-01">old</time><h1>Title</h1><time datetime="2026-03-04 17:32:00">04.03.2026</time>',
    });
    expect(publishedOf(doc, doc.querySelector('h1'))).toBe('2026-03-04T17:32:00');
  });

  it('non-ISO dates become ISO; nonsense is null', () => {
    expect(toIso('Wed, 04 Mar 2026 10:15:00 GMT')).toBe('2026-03-04T10:15:00.000Z');
    expect(toIso('yesterday')).toBeNull();
  });

  it('is shown in the reader’s locale', () => {
    expect(formatPublished('2026-03-04T10:15:00Z', 'en-GB', 'UTC')).toBe('4 Mar 2026, 10:15');
    expect(formatPublished('2026-03-04T10:15:00Z', 'de-DE', 'UTC')).toBe('04.03.2026, 10:15');
    expect(formatPublished('2026-03-04', 'en-US')).toBe('Mar 4, 2026');
    // The day the page states, for a reader west of UTC too (the popup and the CLI share this formatter).
    expect(formatPublished('2026-03-04', 'en-US', 'America/New_York')).toBe('Mar 4, 2026');
  });
});

describe('site, language, image', () => {
  it('site name: og:site_name, the JSON-LD spelling when they agree but for case, the clean name over a domain', () => {
    expect(siteNameOf(page({ head: '<meta property="og:site_name" content="Example News">', body: '' }))).toBe('Example News');
    expect(
      siteNameOf(
        page({
          head: `<meta property="og:site_name" content="the Sentinel">${ld({ '@type': 'NewsArticle', publisher: { name: 'The Sentinel' } })}`,
          body: '',
        }),
      ),
    ).toBe('The Sentinel');
    const graph = ld({
      '@graph': [
        { '@type': 'NewsArticle', publisher: { '@id': '#org' } },
        { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'Keystone' },
      ],
    });
    expect(siteNameOf(page({ head: `<meta property="og:site_name" content="Keystone.com">${graph}`, body: '' }))).toBe('Keystone');
  });

  it('site name from the <title> when the page has no site metadata', () => {
    const titled = (title: string): Document => page({ head: `<title>${title}</title>`, body: '' });
    expect(siteNameOf(titled('Brain behind TikTok’s AI engine quits to join the University | South China Morning Post'))).toBe(
      'South China Morning Post',
    );
    expect(siteNameOf(titled('The Ledger: Ferry timetable extended after a long council vote'))).toBeNull();
    expect(siteNameOf(titled('Just a title'))).toBeNull();
  });

  it('language from <html lang>, then og:locale', () => {
    expect(langOf(page({ lang: 'de-DE', body: '' }))).toBe('de-DE');
    expect(langOf(page({ head: '<meta property="og:locale" content="fr_FR">', body: '' }))).toBe('fr-FR');
  });

  it('lead image as an absolute URL', () => {
    expect(imageOf(page({ head: '<meta property="og:image" content="/img/lead.jpg">', body: '' }))).toBe(
      'https://news.example.com/img/lead.jpg',
    );
    expect(imageOf(page({ head: ld({ '@type': 'NewsArticle', image: [{ url: 'https://cdn.example/a.jpg' }] }), body: '' }))).toBe(
      'https://cdn.example/a.jpg',
    );
  });
});
