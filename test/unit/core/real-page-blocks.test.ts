import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { HIDDEN_ATTR } from '../../../src/core/marks';
import { page, paragraphs } from '../../helpers/page';

/**
 * Blocks found on the news-labelled real pages (issue 9), each modelled on the page that needs it
 * with hashed class names, and the trap beside it that must stay: previous/next post links
 * (thenassauguardian, caixin), priced offers in the masthead (harpers), keyword link farms
 * (villagevoice).
 */
const article = (extra: { before?: string; after?: string }): Document =>
  page({
    url: 'https://news.example.com/2026/03/04/council-approves-flood-barrier',
    body: `${extra.before ?? ''}<main><article><h1>Council approves the flood barrier after long debate</h1>
      <div class="css-1xdhyk6">${paragraphs(8)}</div></article>${extra.after ?? ''}</main>`,
  });

const hiddenTexts = (doc: Document): string[] => {
  cleanDocument(doc);
  return Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`), (el) => el.textContent.replace(/\s+/g, ' ').trim());
};
const isHidden = (doc: Document, selector: string): boolean => !!doc.querySelector(selector)?.closest(`[${HIDDEN_ATTR}]`);

describe('previous/next post links', () => {
  it('hides links marked rel=prev/next and a box named for them (thenassauguardian)', () => {
    const doc = article({
      after: `<div class="css-9f2k1a prev-next-post-nav">
        <div class="css-1l2m3n prev-post"><a id="p" href="/sandals-expects-hotel-occupancy-to-remain-robust/" rel="prev">Sandals expects hotel occupancy to remain robust</a></div>
        <div class="css-4o5p6q next-post"><a id="n" href="/white-paper-outlines-future-of-digital-assets/">White paper outlines future of digital assets</a></div></div>`,
    });
    hiddenTexts(doc);
    expect(isHidden(doc, '#p')).toBe(true);
    expect(isHidden(doc, '#n')).toBe(true);
  });

  it('hides a Chinese "上一篇：" link (caixin)', () => {
    const doc = article({
      after: `<p class="css-7r8s9t"><a id="c" href="/2026-03-03/101.html">上一篇：福特汽车暂停与宁德时代合作电池工厂建设</a></p>`,
    });
    hiddenTexts(doc);
    expect(isHidden(doc, '#c')).toBe(true);
  });

  it("keeps the next chapter or page of what the reader reads, and a Next.js page root's links", () => {
    const doc = article({
      after: `<ul class="css-2u3v4w"><li class="next"><a id="ch" href="/works/9/chapters/12" rel="next">Next Chapter →</a></li>
        <li class="next"><a id="pg" href="/2026/03/04/council-approves-flood-barrier/2" rel="next">Next page of this story</a></li></ul>`,
    });
    doc.body.id = '__next';
    doc.body.insertAdjacentHTML('beforeend', '<footer><a id="t" href="/terms">Terms of Service here</a></footer>');
    hiddenTexts(doc);
    expect(isHidden(doc, '#ch')).toBe(false);
    expect(isHidden(doc, '#pg')).toBe(false);
    expect(isHidden(doc, '#t')).toBe(false);
  });
});

describe('priced offers', () => {
  it('hides a subscription offer with its price in the masthead (harpers)', () => {
    const doc = article({
      before: `<header class="css-5x6y7z"><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
        <div id="offer" class="css-8a9b0c">Get Access to Print and Digital for $23.99.<br><a href="https://shop.example/sub">Subscribe for Full Access</a></div></header>`,
    });
    hiddenTexts(doc);
    expect(isHidden(doc, '#offer')).toBe(true);
    expect(isHidden(doc, 'nav')).toBe(false);
  });

  it('keeps a price in the story and a menu without one', () => {
    const doc = article({ before: `<header><nav><a id="m" href="/subscribe">Subscribe</a> <a href="/sports">Sports</a></nav></header>` });
    doc.querySelector('article p')!.append(' Tickets cost $20 for access to the museum, the council said.');
    hiddenTexts(doc);
    expect(isHidden(doc, 'article p')).toBe(false);
    expect(isHidden(doc, '#m')).toBe(false);
  });
});

describe('keyword link farms', () => {
  const items = (words: string[], suffix: string): string =>
    words.map((w) => `<li><a href="/${w.toLowerCase()}-${suffix.toLowerCase()}/">${w} ${suffix}</a></li>`).join('');
  const MODIFIERS =
    'Arab Asian Australian Best Brazilian British Cheap College Cosplay Couple Ebony Free Indian Japanese Korean Mature Petite Thai Turkish Young Twitch Tiktok'.split(
      ' ',
    );

  it('hides dozens of links repeating one keyword, even in a menu drawer (villagevoice)', () => {
    const doc = article({ before: `<nav class="css-0d1e2f"><h3>Partners</h3><ul id="farm">${items(MODIFIERS, 'Onlyfans')}</ul></nav>` });
    hiddenTexts(doc);
    expect(isHidden(doc, '#farm')).toBe(true);
  });

  it("keeps the site's section menu and a list of places in the story", () => {
    const sections =
      'Politics Business Sports Culture Science Travel Food Opinion Video Podcasts Health Climate World Local Weather Tech Books Film Music Style Crosswords'.split(
        ' ',
      );
    const doc = article({ before: `<nav><ul id="menu">${sections.map((s) => `<li><a href="/${s}">${s}</a></li>`).join('')}</ul></nav>` });
    doc.querySelector('article div')!.insertAdjacentHTML('beforeend', `<ul id="counties">${items(MODIFIERS, 'County')}</ul>`);
    hiddenTexts(doc);
    expect(isHidden(doc, '#menu')).toBe(false);
    expect(isHidden(doc, '#counties')).toBe(false);
  });
});

describe('follow-on posts', () => {
  /** The theme appends whole next posts, each with its own <h1>, under the story (moderndiplomacy). */
  const post = (n: number, paras: number): string =>
    `<div class="css-8k2j4h mvp-post-add-story"><div class="css-3n5b7v"><h1 id="t${n}">Follow-on post number ${n} about regional trade</h1>
      <div class="css-0p9o8i">Published 6 hours ago</div></div><div class="css-6y5t4r">${paragraphs(paras)}
      <div class="css-2w3e4r"><a href="/2026/03/0${n}/follow-on-${n}/">Continue Reading</a></div></div></div>`;

  it('locates the story, not the wrapper of longer appended posts, and hides those posts (moderndiplomacy)', () => {
    const doc = page({
      url: 'https://news.example.com/2026/03/04/council-approves-flood-barrier',
      body: `<header><h1 class="css-1a2b3c"><a href="/" rel="home">Example News</a></h1></header>
        <div class="css-9z8y7x"><div class="css-7u6i5o"><h1 id="own">Council approves the flood barrier after long debate</h1></div>
        <div class="css-4r3e2w"><div class="css-1q2w3e" id="story">${paragraphs(8)}</div>
        <div class="css-5t6y7u" id="add-wrap">${post(1, 8)}${post(2, 0)}${post(3, 16)}</div></div></div>`,
    });
    const { state } = cleanDocument(doc);
    expect(state.parts.root?.id).toBe('story');
    expect(isHidden(doc, '#t1')).toBe(true);
    expect(isHidden(doc, '#t2')).toBe(true);
    expect(isHidden(doc, '#t3')).toBe(true);
    expect(isHidden(doc, '#story p')).toBe(false);
  });

  it('keeps a page of several h1 sections that has no other body', () => {
    const section = (n: number): string =>
      `<section class="css-3e4r5t"><h1 id="s${n}">Part ${n} of the flood barrier story</h1>${paragraphs(3)}</section>`;
    const doc = page({ body: `<h1>Council approves the flood barrier</h1><div class="css-6t7y8u">${section(1)}${section(2)}</div>` });
    const { state } = cleanDocument(doc);
    expect(state.parts.root).not.toBeNull();
    expect(isHidden(doc, '#s1')).toBe(false);
    expect(isHidden(doc, '#s2')).toBe(false);
  });
});

describe('story cards torn from their links', () => {
  it('hides a "You may like" list whose cards follow empty links (moderndiplomacy)', () => {
    const card = (n: number): string =>
      `<a href="/2026/03/0${n}/other-story-${n}/" rel="bookmark"></a><li><div class="css-2s3d4f"><img src="/i${n}.jpg" alt=""></div>
        <div class="css-5g6h7j"><span>Economy</span><span>4 days ago</span><h2>Other story number ${n} about the region</h2></div></li>`;
    const doc = article({
      after: `<div class="css-8j9k0l" id="may-like"><h4 class="css-1z2x3c"><span>You may like</span></h4>
        <ul class="css-4v5b6n" id="cards">${[1, 2, 3, 4].map(card).join('')}</ul></div>`,
    });
    hiddenTexts(doc);
    expect(isHidden(doc, '#cards')).toBe(true);
    expect(isHidden(doc, '#may-like h4')).toBe(true);
  });

  it('keeps a list in the story under a plain heading', () => {
    const doc = article({
      after: `<h4>What the council decided</h4><ul id="decided"><li>A barrier along the river</li><li>A fund for the houses</li></ul>`,
    });
    hiddenTexts(doc);
    expect(isHidden(doc, '#decided')).toBe(false);
  });
});

describe('promo boxes between paragraphs', () => {
  const inBody = (box: string): Document =>
    page({
      url: 'https://news.example.com/2026/03/04/council-approves-flood-barrier',
      body: `<main><article><h1>Council approves the flood barrier after long debate</h1>
        <div class="css-1xdhyk6">${paragraphs(3)}${box}${paragraphs(5)}</div></article></main>`,
    });

  it('hides a webinar blurb whose call to action is a script link without href (fiercepharma)', () => {
    const doc = inBody(`<div id="x9-promo-article-inline-after-p3" class="css-5t6y7u"><div>
      <p>Webinar: Tuesday, May 10, 2026 | 2PM ET / 11AM PT</p><h3><a class="css-0o9i8u" onclick="track(this, 'https://events.example.com/webinar')">Improving commercial effectiveness</a></h3>
      <p>Sponsored by <span>Example Data</span></p>
      <p id="blurb">Join this session to learn how a drug maker uses a data cloud to connect its vendors, systems and data sources across markets.</p>
      <a onclick="track(this, 'https://events.example.com/register')" class="button">Register Now</a></div></div>`);
    hiddenTexts(doc);
    expect(isHidden(doc, '#blurb')).toBe(true);
  });

  it('hides an event box whose button says only "Register" (fiercepharma)', () => {
    const doc = inBody(`<div id="x9-promo-article-inline-after-p10" class="css-5t6y7u"><div><div>
      <p>Example Event</p><h4 id="event">Register now for early-bird savings!</h4><div><p>October 18-20, 2026</p><p>Philadelphia, PA</p></div></div>
      <div><a onclick="track(this, 'https://events.example.com/')" class="button">Register</a></div></div></div>`);
    hiddenTexts(doc);
    expect(isHidden(doc, '#event')).toBe(true);
  });

  it('keeps a story paragraph that ends in a register link, in a box not named promo', () => {
    const doc =
      inBody(`<div class="css-5t6y7u"><p id="story">Residents can comment on the design for six weeks, and the council will hold two public meetings in April.</p>
      <a href="https://council.example.com/register">Register</a></div>`);
    hiddenTexts(doc);
    expect(isHidden(doc, '#story')).toBe(false);
  });
});

describe('a paywall written into the body', () => {
  const paywalled = (tail: string): Document =>
    page({
      url: 'https://news.example.com/2026/03/04/council-approves-flood-barrier',
      body: `<main><article><h1>Council approves the flood barrier after long debate</h1><div class="css-7h8j9k">${paragraphs(6)}
        <p id="lead">To view the full story, please subscribe to <a href="/product/subscription/">Example News</a>. You can choose a $60 annual subscription.</p>
        <p id="pitch">When you join the Example News family, you’ll get unlimited digital access to journalism about the valley you won’t get anywhere else.</p>
        <p id="list">Join now or renew to get:<br>— Instant access to special reports<br>— Local news from our communities</p>
        ${tail}
        <div class="css-2k3l4m jp-relatedposts" id="rel"><h3 class="css-5n6b7v"><em>Related</em></h3></div></div></article></main>`,
    });

  it("hides the pitch between the paywall's lead and its 'already a subscriber' line, and an empty Related box (haitiantimes)", () => {
    const doc = paywalled(
      `<p id="tail">If you’re seeing this message but you’re already a subscriber, you can <a href="/my-account/">log in</a> for immediate access to this story.</p>`,
    );
    hiddenTexts(doc);
    for (const id of ['#lead', '#pitch', '#list', '#tail', '#rel']) expect(isHidden(doc, id), id).toBe(true);
    expect(isHidden(doc, 'p')).toBe(false);
  });

  it('keeps what follows a lone paywall lead', () => {
    const doc = paywalled('');
    hiddenTexts(doc);
    expect(isHidden(doc, '#pitch')).toBe(false);
    expect(isHidden(doc, '#list')).toBe(false);
  });
});
