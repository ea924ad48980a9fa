import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { HIDDEN_ATTR } from '../../../src/core/marks';
import { page, paragraphs } from '../../helpers/page';

/**
 * futurezone.at.lyft: the story in <paragraph> wrappers, and between them single teaser cards in
 * wrappers of their own (image link, a kicker link to the section, title <h2> link, blurb link).
 */
const card = (n: number): string => `<teaserparagraph><teaser class="css-${n}k2m4p"><div class="css-8h3j2k" id="card${n}">
  <div class="css-4d5f6g"><a href="/b2b/other-story-${n}/40043297${n}"><img src="/i/${n}.jpg" alt=""></a></div>
  <p class="css-1q2w3e"><a href="/b2b">B2B</a></p>
  <a href="/b2b/other-story-${n}/40043297${n}"><h2><span>Other story number ${n} in the news</span></h2></a>
  <a href="/b2b/other-story-${n}/40043297${n}"><p>The other story's blurb in one short sentence.</p></a></div></teaser></teaserparagraph>`;

describe('teaser cards beside the body wrapper', () => {
  it('hides cards after the story, with a section kicker link (futurezone.at.lyft)', () => {
    const doc = page({
      url: 'https://news.example.com/b2b/council-approves-flood-barrier/400485949',
      body: `<main><article><h1>Council approves the flood barrier after long debate</h1>
        <div class="css-0a1s2d"><paragraph><div class="css-9o8i7u" id="story">${paragraphs(6)}</div></paragraph>
        ${card(1)}${card(2)}<paragraph><div class="css-6y5t4r"><p id="last">Lyft is much smaller than its rival and only active in one region of the world so far.</p></div></paragraph></div></article></main>`,
    });
    cleanDocument(doc);
    for (const n of [1, 2]) expect(doc.querySelector(`#card${n}`)!.closest(`[${HIDDEN_ATTR}]`), `card ${n}`).not.toBeNull();
    expect(doc.querySelector('#story p')!.closest(`[${HIDDEN_ATTR}]`)).toBeNull();
    expect(doc.querySelector('#last')!.closest(`[${HIDDEN_ATTR}]`)).toBeNull();
  });
});

describe('a card whose one link is an empty layer over it', () => {
  /** theguardian.com.academics: <aside> rich links between the paragraphs, the title an unlinked <h2>. */
  const richLink = (n: number): string => `<aside class="css-${n}q2w3e" id="rich${n}"><div class="css-8h3j2k"><div class="css-4d5f6g">
    <h2 class="css-1a2b3c">Other story number ${n} about the university staff</h2></div>
    <div class="css-5t6y7u"><span class="css-7y8u9i"><svg width="24" height="24"></svg></span><div class="css-9i8u7y">Read more</div></div>
    <a class="css-0p9o8i" href="https://news.example.com/education/2020/jan/07/other-story-${n}" aria-label="Other story number ${n} about the university staff"></a></div></aside>`;
  const doc = (): Document =>
    page({
      url: 'https://news.example.com/education/2020/jan/10/council-approves-flood-barrier',
      body: `<main><article><h1>Council approves the flood barrier after long debate</h1>
        <div class="css-1xdhyk6" id="story">${paragraphs(3)}${richLink(1)}${paragraphs(3)}${richLink(2)}
        <h2 id="subhead">What the residents said at the meeting</h2>${paragraphs(2)}</div></article></main>`,
    });

  it('hides the card, its title not read as a subhead (theguardian.com.academics)', () => {
    const d = doc();
    cleanDocument(d);
    for (const n of [1, 2]) expect(d.querySelector(`#rich${n}`)!.closest(`[${HIDDEN_ATTR}]`), `card ${n}`).not.toBeNull();
    expect(d.querySelector('#subhead')!.closest(`[${HIDDEN_ATTR}]`)).toBeNull();
    expect(d.querySelector('#story > p')!.closest(`[${HIDDEN_ATTR}]`)).toBeNull();
  });
});
