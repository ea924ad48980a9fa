import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { HIDDEN_ATTR } from '../../../src/core/marks';
import { page, paragraphs } from '../../helpers/page';

/**
 * Sign-offs in the story's flow on the news-labelled real pages (issue 9, third round): an ad's
 * blurb signed '— *ad.' and a follow-us sign-off whose networks are links (electrek), modelled with
 * hashed class names, and the traps beside them.
 */
const isHidden = (doc: Document, selector: string): boolean => !!doc.querySelector(selector)?.closest(`[${HIDDEN_ATTR}]`);
const story = (inBody: string): Document =>
  page({
    url: 'https://news.example.com/2026/03/04/council-approves-flood-barrier/',
    body: `<article class="css-1a2b3c"><h1>Council approves the flood barrier after long debate</h1>
      <div class="css-2b3c4d" id="story">${paragraphs(6)}${inBody}</div></article>`,
  });

describe("an ad's blurb signed as an ad", () => {
  it('hides the paragraph that ends "— *ad." (electrek)', () => {
    const doc = story(`<hr><p id="ad"><em>ExampleSolar is a free service that links you to top-rated solar installers in your region for
      personalized solar estimates. It is important to shop for the best quotes.&nbsp;<a href="https://solar.example.net/form/?lsid=511">Click
      here to learn more and get your quotes</a>. — *ad</em>.</p>`);
    cleanDocument(doc);
    expect(isHidden(doc, '#ad')).toBe(true);
    expect(isHidden(doc, '#story > p:first-child')).toBe(false);
  });

  it('keeps a story paragraph that ends on the word "ad" without a dash', () => {
    const doc = story(
      `<p id="campaign">The mayor's campaign spent <a href="/budget">most of its budget</a> on a single television ad.</p>`,
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#campaign')).toBe(false);
  });
});

describe('a follow-us sign-off whose networks are links', () => {
  it("hides 'You're reading … and follow … on Twitter, Facebook, and LinkedIn' (electrek)", () => {
    const doc = story(`<div id="after"><div class="css-3c4d5e" id="signoff">You’re reading ExampleNews— experts who break news about
      <a href="/guides/rivers/">rivers</a>, <a href="/guides/floods/">floods,</a> and <a href="/guides/energy/">green energy</a>, day after day.
      Be sure to check out our <a href="/">homepage</a> for all the latest news, and follow ExampleNews on
      <a href="https://twitter.com/examplenews">Twitter</a>, <a href="https://www.facebook.com/examplenews/">Facebook</a>, and
      <a href="https://www.linkedin.com/company/examplenews">LinkedIn</a> to stay in the loop.</div></div>`);
    cleanDocument(doc);
    expect(isHidden(doc, '#signoff')).toBe(true);
    expect(isHidden(doc, '#story > p:first-child')).toBe(false);
  });

  it('keeps a story paragraph about a politician followed on the networks', () => {
    const doc = story(`<p id="fans">Nearly 40,000 residents now follow the mayor on <a href="https://twitter.com/mayor">Twitter</a> and
      <a href="https://www.facebook.com/mayor">Facebook</a>, a number her office said had doubled since the flood.</p>`);
    cleanDocument(doc);
    expect(isHidden(doc, '#fans')).toBe(false);
  });
});

describe("a share bar's heading in other words", () => {
  it("hides 'Spread the news:' over the share buttons the page's script adds (californiaglobe)", () => {
    const doc = story(`<div class="css-4d5e6f" id="share"><div class="css-5e6f7g">Spread the news:</div></div>`);
    cleanDocument(doc);
    expect(isHidden(doc, '#share')).toBe(true);
  });

  it('keeps a story subheading that asks residents to spread the news of the vote', () => {
    const doc = story(`<h2 id="sub">Volunteers spread the news of the vote door to door</h2>`);
    cleanDocument(doc);
    expect(isHidden(doc, '#sub')).toBe(false);
  });
});
