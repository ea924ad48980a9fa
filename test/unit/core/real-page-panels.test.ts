import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { HIDDEN_ATTR } from '../../../src/core/marks';
import { page, paragraphs } from '../../helpers/page';

/**
 * Panels and asks found on the news-labelled real pages (issue 9), each modelled on the page that
 * needs it with hashed class names and invented text, and the trap beside it that must stay: a
 * sign-in popup laid open in the masthead (harpers), a notification template's placeholder copy
 * (city-journal), a donation pitch with its button under the story (city-journal), a reader-revenue
 * box in the header and footer (theguardian), an ad slot's disclosure line (gothamist), a card
 * module under a "More news" heading (gothamist), a story's tools bar and a timeline embed's link
 * (tribune242).
 */
const article = (extra: { before?: string; inBody?: string; after?: string; footer?: string }): Document =>
  page({
    url: 'https://news.example.com/2026/03/04/council-approves-flood-barrier',
    body: `${extra.before ?? ''}<main><article><h1>Council approves the flood barrier after long debate</h1>
      <div class="css-1xdhyk6" id="story">${paragraphs(8)}${extra.inBody ?? ''}</div></article>${extra.after ?? ''}</main>${extra.footer ?? ''}`,
  });

const isHidden = (doc: Document, selector: string): boolean => {
  const el = doc.querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  return !!el.closest(`[${HIDDEN_ATTR}]`);
};
const storyKept = (doc: Document): boolean => Array.from(doc.querySelectorAll('#story > p')).every((p) => !p.closest(`[${HIDDEN_ATTR}]`));

describe('a sign-in popup laid open in the masthead (harpers)', () => {
  const masthead = (close: string): string => `<header class="css-2b3c4d"><div class="css-5e6f7g"><div class="css-8h9i0j">
    <ul><li class="css-1k2l3m"><a id="trigger" href="#">Sign in</a></li></ul>
    <div class="css-4n5o6p" id="panel"><p class="css-7q8r9s">Sign in to access The Example Review</p>${close}
      <form class="css-0t1u2v" onsubmit="return false;"><label for="u">Email address</label><input type="email" id="u">
        <label for="pw">Password</label><input type="password" id="pw"><input type="submit" value="Sign in"></form>
      <p><strong>Need to create a login? Want to change your email address or password? Forgot your password?</strong></p>
      <ol><li>Sign in to <a href="https://care.example.net/gateway">Customer Care</a> using your account number.</li>
        <li>Select Email/Password Information.</li><li>Enter your new information and click on Save My Changes.</li></ol>
      <p>Locked out of your account? <a href="mailto:help@example.org">Get help here</a>.</p>
      <p>Not a subscriber? <a href="https://care.example.net/order">Subscribe today!</a></p></div></div>
    <nav><a href="/">Home</a> <a href="/archive">Archive</a> <a href="/politics">Politics</a></nav></div></header>`;

  it('hides the panel with its help, and keeps the link that opens it and the menu', () => {
    const doc = article({ before: masthead('<div class="css-3w4x5y"><a href="#">Close&nbsp;&nbsp;X</a></div>') });
    cleanDocument(doc);
    expect(isHidden(doc, '#panel')).toBe(true);
    expect(isHidden(doc, '#trigger')).toBe(false);
    expect(isHidden(doc, 'header nav')).toBe(false);
    expect(storyKept(doc)).toBe(true);
  });

  it('keeps a login form without a close control, and a comment form under the story', () => {
    const doc = article({
      before: masthead(''),
      after: `<section class="css-6z7a8b" id="comments"><h2>Comments</h2><form><label>Username <input type="text"></label>
        <label>Password <input type="password"></label><textarea></textarea><button>Close</button><button>Post</button></form></section>`,
    });
    cleanDocument(doc);
    expect(isHidden(doc, '#panel')).toBe(false);
    expect(isHidden(doc, '#comments form')).toBe(false);
  });
});

describe("a notification template's placeholder copy (city-journal)", () => {
  it('hides the modal area holding the template, and keeps the story', () => {
    const doc = article({
      after: `<div class="css-9c0d1e" id="modal"><div class="css-2f3g4h"><a class="css-5i6j7k" href="javascript:void(0);"><svg></svg></a>
        <div class="css-8l9m0n"><div class="css-1o2p3q"><div>ERROR</div><div>Main Error Mesage Here</div>
        <div>More detailed message would go here to provide context for the user and how to proceed</div></div>
        <div><a href="javascript:void(0);">OKAY</a></div></div></div></div>`,
    });
    cleanDocument(doc);
    expect(isHidden(doc, '#modal')).toBe(true);
    expect(storyKept(doc)).toBe(true);
  });

  it('keeps a story sentence about an error message', () => {
    const doc = article({
      inBody: '<p id="err">Users saw an error message that said the page could not be found, the company admitted on Friday.</p>',
    });
    cleanDocument(doc);
    expect(isHidden(doc, '#err')).toBe(false);
  });
});

describe('a donation pitch with its button under the story (city-journal)', () => {
  const pitch = `<div class="css-4r5s6t"><div class="css-7u8v9w" id="ask"><span><em>The Example Review</em> is a publication of the
    Example Institute, a think tank. Are you interested in supporting the magazine? As a 501(c)(3) nonprofit, donations in
    support of the institute are fully tax-deductible as provided by law.</span> <a href="/donate?p=flood-barrier" class="css-0x1y2z">DONATE</a></div></div>`;

  it('takes the pitch for no story sentence, and hides it', () => {
    const doc = article({ inBody: pitch });
    cleanDocument(doc);
    expect(isHidden(doc, '#ask')).toBe(true);
    expect(storyKept(doc)).toBe(true);
  });

  it('keeps a story paragraph on tax-deductible donations with a link to a fund', () => {
    const doc = article({
      inBody: `<p id="fund">The charity said donations to the flood fund are fully tax-deductible, and residents can
        <a href="https://fund.example.org/donate">give through its website</a> until the end of May.</p>`,
    });
    cleanDocument(doc);
    expect(isHidden(doc, '#fund')).toBe(false);
  });
});

describe('a reader-revenue box in the header and footer (theguardian)', () => {
  const askBox = (id: string): string => `<div class="css-3a4b5c" id="${id}"><div class="css-6d7e8f"><div>Support The Example Post</div>
    <div>Available for everyone, funded by readers</div></div>
    <a href="https://support.example.com/contribute">Contribute</a> <a href="https://support.example.com/subscribe">Subscribe</a></div>`;
  const header = `<header class="css-9g0h1i"><nav class="css-2j3k4l">${askBox('head-ask')}
    <ul><li><a href="/news">News</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/sport">Sport</a></li>
    <li><a href="/culture">Culture</a></li><li><a href="/support-us" id="menu-support">Support us</a></li></ul></nav></header>`;
  const footer = `<footer class="css-5m6n7o"><div class="css-8p9q0r"><ul><li><a href="/help/contact-us">Contact us</a></li>
    <li><a href="/info/privacy">Privacy policy</a></li></ul><div class="css-1s2t3u">${askBox('foot-ask')}</div>
    <ul><li><a href="/index/subjects">All topics</a></li><li><a href="/index/contributors">All writers</a></li></ul></div></footer>`;

  it('hides both copies of the box, and keeps the menus and their "Support us" link', () => {
    const doc = article({ before: header, footer });
    cleanDocument(doc);
    expect(isHidden(doc, '#head-ask')).toBe(true);
    expect(isHidden(doc, '#foot-ask')).toBe(true);
    expect(isHidden(doc, 'header ul')).toBe(false);
    expect(isHidden(doc, '#menu-support')).toBe(false);
    expect(isHidden(doc, 'footer ul')).toBe(false);
  });

  it('keeps a header strapline beside menu links', () => {
    const doc = article({
      before: `<header class="css-9g0h1i"><div id="strap"><div>Support The Example Post</div>
        <a href="/news">News</a> <a href="/opinion">Opinion</a></div></header>`,
    });
    cleanDocument(doc);
    expect(isHidden(doc, '#strap')).toBe(false);
  });
});

describe("an ad slot's disclosure line (gothamist)", () => {
  it('hides the line with its slot, and keeps a story sentence on funding', () => {
    const doc = article({
      inBody: `<p id="museum">The museum is funded by sponsors and member donations, its director told the council on Tuesday.</p>`,
      after: `<div class="css-7v8w9x" id="slot"><div><div class="css-0y1z2a"><div class="css-3b4c5d"></div></div>
        <p class="css-6e7f8g">Example Radio is funded by sponsors and member donations</p></div></div>`,
    });
    cleanDocument(doc);
    expect(isHidden(doc, '#slot p')).toBe(true);
    expect(isHidden(doc, '#museum')).toBe(false);
  });
});

describe('a card module under a "More news" heading (gothamist)', () => {
  const card = (n: number): string => `<div class="css-9h0i1j"><div class="css-2k3l4m"><a href="/news/other-story-${n}">
    <div>Another story from the borough, number ${n}, on the ferry</div></a></div>
    <p>Some senior service providers are rethinking their plans for the winter, the agency said.</p>
    <div class="css-5n6o7p"><a href="/staff/writer-${n}">Writer ${n}</a></div></div>`;

  // A lead card in one column, two more in the next: no list of three cards of its own.
  const module = `<div class="css-1t2u3v" id="module"><div class="css-4w5x6y">${card(1)}</div>
    <div class="css-7z8a9b">${card(2)}${card(3)}</div></div>`;

  it('hides the heading and the module after it', () => {
    const doc = article({
      after: `<section><hr><p role="heading" aria-level="2" class="css-8q9r0s" id="more"> MORE news</p>
        ${module}</section>`,
    });
    cleanDocument(doc);
    expect(isHidden(doc, '#more')).toBe(true);
    expect(isHidden(doc, '#module')).toBe(true);
    expect(storyKept(doc)).toBe(true);
  });

  it('does not take what follows a "Read more" line for its module', () => {
    const doc = article({
      after: `<section><p class="css-8q9r0s">Read more</p>${module}</section>`,
    });
    const { hidden } = cleanDocument(doc);
    expect(hidden.filter((r) => r.rule === 'list-after-heading')).toEqual([]);
  });
});

describe("a story's tools bar and a timeline embed (tribune242)", () => {
  const tools = `<ul class="css-4w5x6y" id="tools"><li><a href="/accounts/login/?next=/news/flood/">Sign in to favorite this</a></li>
    <li><a href="#comments">Discuss</a> <small><a href="#comments">Comment</a>, <a href="/weblogs/post/?oid=1">Blog about</a></small></li>
    <li><span>Share this</span> <small><a href="/mailfriend/1/">Email</a>,
      <a href="https://www.facebook.com/sharer.php?u=https://news.example.com/flood">Facebook</a>,
      <a href="http://twitter.com/home?status=https://news.example.com/flood">Twitter</a></small></li></ul>`;

  it('hides the whole bar over the story', () => {
    const doc = page({
      url: 'https://news.example.com/2026/03/04/council-approves-flood-barrier',
      body: `<div class="css-7z8a9b"><h1>Council approves the flood barrier after long debate</h1>${tools}<div id="story">${paragraphs(8)}</div></div>`,
    });
    cleanDocument(doc);
    expect(isHidden(doc, '#tools')).toBe(true);
    expect(storyKept(doc)).toBe(true);
  });

  it("hides a timeline embed's link, and keeps the rail item's weather box", () => {
    const doc = article({
      after: `<div class="css-0c1d2e"><ul class="css-3f4g5h"><li><div id="weather"><a href="https://weather.example.com/nassau">Weather Forecast</a></div>
        <a class="css-6i7j8k" id="embed" href="https://twitter.com/ExampleNews">Tweets by @ExampleNews</a></li></ul></div>`,
    });
    cleanDocument(doc);
    expect(isHidden(doc, '#embed')).toBe(true);
    expect(isHidden(doc, '#weather')).toBe(false);
  });
});

describe('a feed widget and an empty rail under their titles (laweekly, salon)', () => {
  it("hides a feed widget's 'Follow on Instagram' button, and keeps a story sentence about following", () => {
    const doc = article({
      inBody: '<p id="fans">Fans follow on Instagram as the band tours the river towns this spring, the manager said.</p>',
      after: `<div class="css-9l0m1n"><div class="css-2o3p4q"><a href="https://www.instagram.com/examplenews/">Example News</a></div>
        <div class="css-5r6s7t" id="follow"><span class="css-8u9v0w"><a href="https://www.instagram.com/examplenews/"><span>Follow on Instagram</span></a></span></div></div>`,
    });
    cleanDocument(doc);
    expect(isHidden(doc, '#follow')).toBe(true);
    expect(isHidden(doc, '#fans')).toBe(false);
  });

  it('hides a "Trending Articles" title over a rail its script has not filled', () => {
    const doc = article({
      after: `<div class="css-1x2y3z"><div class="css-4a5b6c"><div id="slot-1"></div></div>
        <div class="css-7d8e9f" id="trending"><h3 class="css-0g1h2i">Trending Articles</h3></div></div>`,
    });
    cleanDocument(doc);
    expect(isHidden(doc, '#trending h3')).toBe(true);
  });
});
