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
