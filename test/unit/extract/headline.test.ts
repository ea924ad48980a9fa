import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract';
import { chooseTitle } from '../../../src/core/extract/headline';
import { stripSiteName } from '../../../src/core/locate/title-site';
import { findHeadline, headlineText } from '../../../src/core/locate/headline';
import { ld, page, paragraphs } from '../../helpers/page';

const H = 'Council approves flood barrier after two-hour debate';
const title = (doc: Document): string | null => extractArticle(doc).title;

describe('headline sources', () => {
  it('JSON-LD NewsArticle headline when the page has no heading', () => {
    const doc = page({ head: ld({ '@type': 'NewsArticle', headline: H }) + '<title>Other words | Site</title>', body: paragraphs() });
    expect(title(doc)).toBe(H);
    expect(extractArticle(doc).titleSource).toBe('json-ld');
  });

  it('JSON-LD Article inside an @graph', () => {
    const doc = page({
      head: ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'Home' },
          { '@type': 'Article', headline: H },
        ],
      }),
      body: paragraphs(),
    });
    expect(title(doc)).toBe(H);
  });

  it('the <h1> nearest the article wins over metadata that says the same', () => {
    const doc = page({ head: `<meta property="og:title" content="${H}">`, body: `<article><h1>${H}</h1>${paragraphs()}</article>` });
    expect(title(doc)).toBe(H);
    expect(extractArticle(doc).titleSource).toBe('visible');
  });

  it('OpenGraph, then Twitter, when there is no heading and no JSON-LD', () => {
    expect(
      title(page({ head: `<meta property="og:title" content="${H}"><meta name="twitter:title" content="Tw">`, body: paragraphs() })),
    ).toBe(H);
    expect(title(page({ head: `<meta name="twitter:title" content="${H}">`, body: paragraphs() }))).toBe(H);
  });

  it('<title> with the site name stripped, as a last resort', () => {
    expect(title(page({ head: `<title>${H} | The Daily Example</title>`, body: paragraphs() }))).toBe(H);
    expect(
      title(page({ head: `<meta property="og:site_name" content="Example News"><title>Example News - ${H}</title>`, body: paragraphs() })),
    ).toBe(H);
    expect(stripSiteName(`${H} - Pune News | Indus Times`, 'Indus Times')).toBe(H);
  });
});

// More traps, each with the naive sources it fools: trap-pages.ts.
describe('headline traps', () => {
  it('the first <h1> is the site logo', () => {
    const doc = page({
      head: `<meta property="og:title" content="${H}">`,
      body: `<header><h1 class="logo"><a href="/"><img src="/logo.svg" alt="The Daily Example"></a></h1></header><article><h1>${H}</h1>${paragraphs()}</article>`,
    });
    expect(textOfHeadline(doc)).toBe(H);
    expect(title(doc)).toBe(H);
  });

  it('the first <h1> is a section name', () => {
    const doc = page({
      head: `<meta property="og:title" content="${H}">`,
      body: `<div class="section-front"><h1><a href="/politics">Politics</a></h1></div><div class="story"><h1>${H}</h1>${paragraphs()}</div>`,
    });
    expect(title(doc)).toBe(H);
  });

  it('an "Add to…" link inside the <h1> is not part of the title', () => {
    const doc = page({ body: `<article><h1>${H} <a href="/myft/follow" class="x">Add to myFT</a></h1>${paragraphs()}</article>` });
    expect(title(doc)).toBe(H);
    const h1 = doc.querySelector('h1')!;
    expect(headlineText(h1)).toBe(H);
    expect(h1.textContent).toContain('Add to myFT'); // the live page is untouched
  });

  it('the <h1> is the blog’s name and the post title, as the metadata says, is an <h2>', () => {
    const doc = page({
      head: `<meta property="og:title" content="${H}">`,
      body: `<header><h1><a href="/blog">Town Hall Notes</a></h1></header><div class="post"><h2>${H}</h2>${paragraphs()}</div>`,
    });
    expect(title(doc)).toBe(H);
  });

  it('a heading cut at a colon, its second half in the next heading: the metadata title that joins them (corpus medium-1)', () => {
    const doc = page({
      head: `<title>The Flood Barrier Project: Better Town Planning — Medium</title><meta property="og:title" content="The Flood Barrier Project: Better Town Planning">`,
      body: `<div class="section-inner"><h2 class="graf--h2">Flood Barrier Project:</h2><p class="graf--empty"><br></p><h4 class="graf--h4"><em>Better Town Planning</em></h4>${paragraphs()}</div>`,
    });
    expect(title(doc)).toBe('The Flood Barrier Project: Better Town Planning');
  });

  it('a credible visible headline is kept even when no metadata agrees', () => {
    const doc = page({
      head: `<meta property="og:title" content="Something else entirely">`,
      body: `<article><h1>${H}</h1>${paragraphs()}</article>`,
    });
    expect(chooseTitle(doc, findHeadline(doc), null).source).toBe('visible');
  });
});

function textOfHeadline(doc: Document): string {
  const el = findHeadline(doc);
  return el ? headlineText(el) : '';
}
