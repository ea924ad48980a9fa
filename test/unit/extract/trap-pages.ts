/**
 * The headline and byline traps of issue 4, one small page each, modelled on real sites and the
 * Readability corpus pages that showed them. `want` is the right answer. `trap-pages.test.ts`
 * checks that we give it and that Readability alone does not: each case is a test that fails
 * without our handling of the trap.
 */
import { ld, page, paragraphs } from '../../helpers/page';

export interface TrapPage {
  name: string;
  field: 'title' | 'byline';
  doc: () => Document;
  want: string;
  /** The naive sources this trap fools: what we would show without handling it. */
  fools: Naive[];
}

export type Naive = 'readability' | 'first-h1' | 'og:title' | 'json-ld';

const H = 'Council approves flood barrier after two-hour debate';
const T = 'Barrier 1.8 - The Bountiful Update';

export const trapPages: TrapPage[] = [
  {
    name: 'og:title and JSON-LD carry a shorter, different headline: the visible one wins',
    field: 'title',
    doc: () =>
      page({
        head: `<meta property="og:title" content="Flood barrier gets green light">${ld({ '@type': 'NewsArticle', headline: 'Flood barrier gets green light' })}`,
        body: `<main><h1 class="headline">${H}</h1>${paragraphs()}</main>`,
      }),
    want: H,
    fools: ['readability', 'og:title', 'json-ld'],
  },
  {
    name: 'the first <h1> is the site logo, the <title> keeps the site name',
    field: 'title',
    doc: () =>
      page({
        head: `<title>${H} | The Daily Example</title>`,
        body: `<header><h1 class="logo"><a href="/"><img src="/logo.svg" alt="The Daily Example"></a></h1></header><article><h1>${H}</h1>${paragraphs()}</article>`,
      }),
    want: H,
    fools: ['first-h1'],
  },
  {
    name: 'the first <h1> is a subscription banner, the <title> keeps the site name',
    field: 'title',
    doc: () =>
      page({
        head: `<title>${H} | Example</title>`,
        body: `<div class="paywall-banner"><h1>Subscribe now: your first month for 1 euro</h1></div><article><h1>${H}</h1>${paragraphs()}</article>`,
      }),
    want: H,
    fools: ['first-h1'],
  },
  {
    name: 'a label inside the <h1> is not part of the title',
    field: 'title',
    doc: () => page({ body: `<article><h1><span class="label">Exclusive</span> ${H}</h1>${paragraphs()}</article>` }),
    want: H,
    fools: ['readability', 'first-h1'],
  },
  {
    name: 'an "Add to…" link inside the <h1> is not part of the title',
    field: 'title',
    doc: () => page({ body: `<article><h1>${H} <a href="/myft/follow" class="x">Add to myFT</a></h1>${paragraphs()}</article>` }),
    want: H,
    fools: ['readability', 'first-h1'],
  },
  {
    name: 'a save button and screen-reader text inside the <h1> are not part of the title',
    field: 'title',
    doc: () =>
      page({ body: `<article><h1><span class="visually-hidden">Headline:</span>${H}<button>Save</button></h1>${paragraphs()}</article>` }),
    want: H,
    fools: ['readability', 'first-h1'],
  },
  {
    name: 'a kicker line above the title in the same heading (spiegel.de)',
    field: 'title',
    doc: () =>
      page({
        head: ld({ '@type': 'NewsArticle', headline: `Flood defences: ${H}` }),
        body: `<article><header><h2><span class="block font-bold">Flood defences</span><span class="align-middle">${H}</span></h2></header>${paragraphs()}</article>`,
      }),
    want: H,
    fools: ['readability', 'json-ld'],
  },
  {
    name: 'the <h1> is the blog’s masthead; the post title, as the metadata says, is a linked <h3> (corpus tumblr)',
    field: 'title',
    doc: () =>
      page({
        head: `<title>${T} - ${T} - Barrier Update News</title><meta property="og:title" content="${T}">`,
        body: `<table width="100%"><tbody><tr><td><h1>Barrier News</h1></td><td align="right"><a href="https://blogs.example/">Blogs</a></td></tr></tbody></table>
        <div class="post text"><h3><a href="https://council.example/post/96439224994/flood-barrier">${T}</a></h3><p>+ Barrier approved by council vote<br>+ Construction starts in May<br>+ Cost of 12 million euros, half from the region<br>+ Final design published next month<br>+ Six weeks for residents to comment on the design</p></div>`,
      }),
    want: T,
    fools: ['first-h1'],
  },
  {
    name: 'a "¶" permalink inside the heading is not part of the title',
    field: 'title',
    doc: () => page({ body: `<div class="section"><h1>${H}<a class="headerlink" href="#x">¶</a></h1>${paragraphs()}</div>` }),
    want: H,
    fools: ['readability', 'first-h1'],
  },
  {
    name: 'no <h1>: the title is a span styled as one, the <title> adds a draft name (corpus ietf-1)',
    field: 'title',
    doc: () =>
      page({
        head: '<title>draft-dejong-remotestorage-04 - remoteStorage</title>',
        body: `<pre class="newpage"><span class="h1">remoteStorage</span>\n\nAbstract</pre>${paragraphs()}`,
      }),
    want: 'remoteStorage',
    fools: ['first-h1'],
  },
  {
    name: 'no <h1>: an accessible heading of level 1 built from a div',
    field: 'title',
    doc: () =>
      page({
        head: `<title>${H} – Example Courier</title><meta property="og:title" content="Flood barrier gets green light">`,
        body: `<div class="css-1x2y"><div role="heading" aria-level="1" class="css-9kq">${H}</div>${paragraphs()}</div>`,
      }),
    want: H,
    fools: ['first-h1', 'og:title'],
  },
  {
    name: 'a personal site: the author is also the site name (corpus 001)',
    field: 'byline',
    doc: () =>
      page({
        head: '<meta property="og:site_name" content="Nicola Perrin">',
        body: `<article><h1>Headline of the story here</h1>${paragraphs()}<aside><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Nicola Perrin</span> —</span></aside></article>`,
      }),
    want: 'Nicola Perrin',
    // Fooled only our own earlier rule (a byline equal to the site name is an organisation):
    // its failing-first test is in the history (commit 4419f54).
    fools: [],
  },
  {
    name: 'a JSON-LD author that is a user handle yields to the name the byline shows (corpus wikia)',
    field: 'byline',
    doc: () =>
      page({
        head: ld({ '@type': 'NewsArticle', author: 'CC7567' }),
        body: `<article><h1>Headline of the story here</h1><div class="byline"><a href="https://fandom.example/u/CC7567"><img class="avatar" src="/a.png"><span class="author vcard"><span class="author-name fn">James Akinaka</span></span></a><span class="posted-time"> • <time datetime="2017-02-23T17:18:13+00:00">8h</time></span></div>${paragraphs()}</article>`,
      }),
    want: 'James Akinaka',
    fools: ['readability', 'json-ld'],
  },
  {
    name: 'a byline with a role, a date and "Updated …" gives the name alone',
    field: 'byline',
    doc: () =>
      page({
        body: `<article><h1>Headline of the story here</h1><div class="byline">By Rosalind Achebe-Kray, Senior correspondent · Updated 8:02 PM EST, March 4, 2026</div>${paragraphs()}</article>`,
      }),
    want: 'Rosalind Achebe-Kray',
    fools: ['readability'],
  },
];
