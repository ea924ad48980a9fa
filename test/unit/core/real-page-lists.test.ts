import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { HIDDEN_ATTR } from '../../../src/core/marks';
import { page, paragraphs } from '../../helpers/page';

/**
 * Lists of other stories on the news-labelled real pages (issue 9, second round), each modelled on
 * the page that needs it with hashed class names, and the trap beside it that must stay.
 */
const article = (inBody: string): Document =>
  page({
    url: 'https://news.example.com/2026/03/04/council-approves-flood-barrier',
    body: `<main><article><h1>Council approves the flood barrier after long debate</h1>
      <div class="css-1xdhyk6">${paragraphs(8)}${inBody}</div></article></main>`,
  });
const isHidden = (doc: Document, selector: string): boolean => !!doc.querySelector(selector)?.closest(`[${HIDDEN_ATTR}]`);

describe('other stories as lines of one paragraph', () => {
  /** Vanity Fair's "More Great Stories": each line a title with a few of its words linked. */
  const lines = [
    ['Mary Thinks Her Uncle’s ', '/news/2026/03/uncle-woes', 'Postpresidency Woes', ' Are Just Beginning'],
    ['There’s a ', '/news/2026/02/wave-of-patients', 'Wave of Patients', ' Who Don’t Believe It’s Real'],
    ['Confessions of a ', '/news/2026/03/confessions-of-an-exile', 'Clintonworld Exile', ''],
    ['Not a subscriber? ', 'https://subscribe.example.com/join', 'Join Example News', ' to receive full access to the archive now.'],
  ]
    .map(([before, href, link, after]) => `— ${before}<a href="${href}" target="_blank">${link}</a>${after}`)
    .join('<br>\n');

  it('hides the lines and their heading under the story (vanityfair)', () => {
    const doc = article(`<div role="heading" aria-level="3" class="heading-h3" id="more">
      <strong>More Great Stories From</strong> <em><strong>Example News</strong></em>&nbsp;&nbsp;</div><p id="lines">${lines}</p>`);
    cleanDocument(doc);
    expect(isHidden(doc, '#lines')).toBe(true);
    expect(isHidden(doc, '#more')).toBe(true);
    expect(isHidden(doc, '.css-1xdhyk6 > p:first-child')).toBe(false);
  });

  it('keeps lines of links in the story under a subhead of its own', () => {
    const doc = article(`<h3 id="docs">Where to find the council's documents</h3><p id="lines">${lines}</p>`);
    cleanDocument(doc);
    expect(isHidden(doc, '#lines')).toBe(false);
    expect(isHidden(doc, '#docs')).toBe(false);
  });

  it('keeps a story paragraph broken by <br> under a related-sounding heading', () => {
    const doc =
      article(`<h3>The most popular plan</h3><p id="p">The barrier was the <a href="/plan">most popular plan</a> in the survey.<br>
      Residents <a href="/survey">answered in March</a>, and the council read every answer before the vote.<br>
      The mayor called it a clear result.</p>`);
    cleanDocument(doc);
    expect(isHidden(doc, '#p')).toBe(false);
  });
});

describe('teaser cards as <article>s outside the story', () => {
  /** raw-story's scroll of next posts: an <article> each, its title an <h2> link, a brief and 'CONTINUE READING'. */
  const card = (n: number): string => `<div class="widget"><article class="css-${n}k2m4p image-article" id="card${n}">
    <div class="css-8h3j2k"><h2 class="widget__headline"><a href="/other-story-${n}-266895228${n}/">Other story number ${n} raises eyebrows in the capital</a></h2>
    <div class="css-4d5f6g"><a href="/u/reporter${n}">A Reporter</a> <span>August 12, 2024</span></div>
    <div class="css-1q2w3e"><p>The reporter's brief of the other story, with a <a href="/topic/${n}/">topic link</a> in it.</p>
    <div class="css-7y8u9i"><span class="show-more">CONTINUE READING</span></div></div></div></article></div>`;

  it('hides them even when fewer than three sit together (raw-story)', () => {
    const doc = page({
      url: 'https://news.example.com/2026/03/04/council-approves-flood-barrier',
      body: `<main><div class="css-0a1s2d"><h1>Council approves the flood barrier after long debate</h1>
        <div class="css-1xdhyk6" id="story">${paragraphs(8)}</div>
        <div class="css-9o8i7u scroll-post">${card(1)}${card(2)}</div><div class="css-6y5t4r scroll-post">${card(3)}</div></div></main>`,
    });
    cleanDocument(doc);
    for (const n of [1, 2, 3]) expect(isHidden(doc, `#card${n}`)).toBe(true);
    expect(isHidden(doc, '#story p')).toBe(false);
  });

  it("hides heise's cards whose link wraps an <h1> title", () => {
    const doc = article('');
    doc.querySelector('main')!.insertAdjacentHTML(
      'beforeend',
      `<aside class="css-5t6y7u stage"><article class="css-3e4r5t" id="h1card"><a href="/news/Mastercard-Leak-4497788.html">
        <header><h1 class="css-2w3e4r"><span>Mastercard-Leak</span> Second file with full card numbers found</h1></header>
        <p>A second file with card numbers has turned up online.</p></a></article></aside>`,
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#h1card')).toBe(true);
  });

  it('keeps the story when it is an <article> with a linked <h2> headline of its own address', () => {
    const doc = page({
      url: 'https://news.example.com/2026/03/04/council-approves-flood-barrier',
      body: `<main><article id="own"><h2><a href="/2026/03/04/council-approves-flood-barrier">Council approves the flood barrier after long debate</a></h2>
        ${paragraphs(3)}</article></main>`,
    });
    cleanDocument(doc);
    expect(isHidden(doc, '#own h2')).toBe(false);
    expect(isHidden(doc, '#own p')).toBe(false);
  });
});

describe('a related heading over an empty box', () => {
  it('hides "Stories Chosen For You" when its list is still to come from script (raw-story)', () => {
    const doc = article('');
    doc
      .querySelector('main')!
      .insertAdjacentHTML(
        'beforeend',
        `<h2 class="css-7u8i9o" id="chosen">Stories Chosen For You</h2><div id="story_page_paywall_1_story"></div><div class="css-1a2s3d">Comments are closed.</div>`,
      );
    cleanDocument(doc);
    expect(isHidden(doc, '#chosen')).toBe(true);
  });

  it('keeps such a heading when its own content follows it', () => {
    const doc = article('');
    doc
      .querySelector('main')!
      .insertAdjacentHTML(
        'beforeend',
        `<h2 id="top">Top priorities for the council</h2><div id="after"><p>The barrier comes first, then the fund for the houses.</p></div>`,
      );
    cleanDocument(doc);
    expect(isHidden(doc, '#top')).toBe(false);
    expect(isHidden(doc, '#after')).toBe(false);
  });
});

describe("lists of other stories in the body's region", () => {
  /** pcmag: the author's bio, then "Read the latest from …" over his five latest stories. */
  const latest = [
    "Lenovo's Latest Mobile Monitor Doubles as a Drawing Tablet",
    'LinkedIn Adds Audio Recording Option to Help With Name Pronunciation',
    "Samsung's Next Galaxy Unpacked Is on Aug. 5",
    'Uber Starts Delivering Groceries in Canada and the US This Month',
  ];
  const list = (id: string): string =>
    `<ul class="css-4r5t6y list-disc" id="${id}">${latest
      .map((t, i) => `<li class="css-1a2s3d"><a class="link-base" href="/news/story-${i}">${t}</a></li>`)
      .join('')}<li><a class="link-base" href="/authors/matthew-humphries">More from Matthew Humphries</a></li></ul>`;

  it("hides the author's latest stories and their heading after the bio (pcmag)", () => {
    const doc =
      article(`<h3>About Matthew Humphries</h3><div class="author-bio">Matthew is the site's UK-based editor and news reporter, and has written about technology for twenty years.</div>
      <h4 class="css-8u7y6t" id="latest">Read the latest from Matthew Humphries</h4>${list('stories')}`);
    cleanDocument(doc);
    expect(isHidden(doc, '#stories')).toBe(true);
    expect(isHidden(doc, '#latest')).toBe(true);
  });

  it('hides a "Reviews" list of products in the article column (pcmag)', () => {
    const doc = article(`<div class="css-2w3e4r"><h3 class="css-5t6y7u" id="rev">Storage Reviews</h3></div>
      <ul class="css-9o8i7u" id="reviews">${[
        'Samsung SSD 870 QVO',
        'LaCie Rugged SSD Pro',
        'TeamGroup T-Force Cardea Zero Z440',
        'Corsair Force Series MP600',
      ]
        .map((t, i) => `<li><a href="/reviews/product-${i}">${t}</a></li>`)
        .join('')}</ul>`);
    cleanDocument(doc);
    expect(isHidden(doc, '#reviews')).toBe(true);
  });

  it('keeps a subhead of the story with related words when its own paragraphs follow', () => {
    const doc = article(
      `<h4 id="sub">The latest plan and the most popular one</h4><p id="next">The latest plan moves the barrier two hundred metres upstream, the council said.</p>`,
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#sub')).toBe(false);
    expect(isHidden(doc, '#next')).toBe(false);
  });
});

describe('a carousel of cards whose links script fills in', () => {
  /** kxan's video carousel: each card an empty overlay link, a title and a time. */
  const card = (title: string): string => `<article class="css-1z2x3c article-list__article">
    <div class="css-4v5b6n"><a class="css-7m8n9b gradient-link" href=""></a><h3 class="css-0l9k8j">${title} …</h3>
    <footer><time>7 hours ago</time></footer></div><figure><img src="/thumb.jpg" alt=""></figure></article>`;
  const titles = [
    'Lawsuit filed against the revised transit plan',
    'One seriously injured after crash on the highway',
    'Memo: Overview of airport safety operations',
  ];

  it('hides the carousel with its heading and "More Videos" link (kxan)', () => {
    const doc = article('');
    doc.querySelector('main')!.insertAdjacentHTML(
      'beforeend',
      `<aside class="css-6h5g4f video-bin" id="bin"><h2 class="css-3d2s1a">Example Austin Video</h2><div class="css-9p8o7i"><div id="player-5947"></div></div>
        <div class="css-2q3w4e">${titles.map(card).join('')}</div><div class="css-5r6t7y"><a href="/video">More Videos</a></div></aside>`,
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#bin')).toBe(true);
    expect(isHidden(doc, 'article h1')).toBe(false);
  });

  it('keeps two such cards, and a run of short <article>s without an empty link', () => {
    const doc = article('');
    doc.querySelector('main')!.insertAdjacentHTML(
      'beforeend',
      `<div id="two">${titles.slice(0, 2).map(card).join('')}</div>
        <div id="notes">${titles.map((t) => `<article><h3>${t}</h3><p>A note of the council.</p></article>`).join('')}</div>`,
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#two article')).toBe(false);
    expect(isHidden(doc, '#notes article')).toBe(false);
  });
});
