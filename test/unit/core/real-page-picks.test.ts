import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { HIDDEN_ATTR } from '../../../src/core/marks';
import { page, paragraphs } from '../../helpers/page';

/**
 * Issue 9, fourth round: a writer's product picks, a "Latest articles" widget, an AMP "Read more"
 * card. Each modelled on the real page that needs it (named in the test), invented text, hashed
 * class names; traps beside them that must stay.
 */
const isHidden = (doc: Document, selector: string): boolean => !!doc.querySelector(selector)?.closest(`[${HIDDEN_ATTR}]`);

const URL = 'https://volts.example.com/2026/05/26/river-town-solar-plant/';
const story = (after: string, body = paragraphs(6)): Document =>
  page({
    url: URL,
    body: `<main><article class="css-1a2b3c"><h1>River town gets a solar panel plant after long wait</h1>
      <div class="css-7g8h9i" id="story">${body}</div>${after}</article></main>`,
  });

/** electrek: the author box and, beside it, the author's favourite gear, each card linked to a shop. */
const authorBox = `<div class="css-0p9o8i"><div class="css-8u7y6t" id="author"><h3><a href="/author/jane-roe/">Jane Roe</a></h3>
  <p>Jane Roe is a writer and editor at Volts. She lives in a small town by the river.</p></div>`;
const gear = (links: [string, string]): string => `<div class="css-5r4e3w" id="gear"><h3><span>Jane Roe's favorite gear</span></h3>
  <div class="css-2q1w0e"><div class="css-9k8j7h"><a href="${links[0]}"><img src="/vpn.jpg" alt="Example VPN">
  <h4>Example VPN</h4><div>Because I like to watch the shows from back home.</div></a></div>
  <div class="css-9k8j7h"><a href="${links[1]}"><img src="/laptop.jpg" alt="Thin Laptop">
  <h4>Thin Laptop</h4><div>Light and quick: I'll never go back.</div></a></div></div></div></div>`;

describe("a writer's product picks", () => {
  it('hides the favourite-gear box whose every card links to a shop (electrek)', () => {
    const doc = story(
      authorBox + gear(['https://vpn.example.net/special/?utm_medium=affiliate', 'https://shop.example.org/dp/B07K1WWS63/']),
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#gear')).toBe(true);
    expect(isHidden(doc, '#author')).toBe(false);
    expect(isHidden(doc, '#story p')).toBe(false);
  });

  it("keeps a picks box over the site's own pages: no shop is paid for those links", () => {
    const doc = story(authorBox + gear(['/2026/01/02/vpn-review/', 'https://volts.example.com/2026/01/03/laptop-review/']));
    cleanDocument(doc);
    expect(isHidden(doc, '#gear')).toBe(false);
  });

  it('keeps a story section titled like the box, its paragraphs and their shop links', () => {
    const doc = story(
      '',
      `${paragraphs(3)}<h3 id="sub">Our favorite gear</h3><p id="p1">For the hike we took a tent from <a href="https://shop.example.org/tent">a small maker</a>, which kept the rain out for three nights in a row.</p>
      <p id="p2">The stove came from <a href="https://stoves.example.net/">another shop</a> and boiled water in under four minutes at the camp.</p>${paragraphs(3)}`,
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#p1')).toBe(false);
    expect(isHidden(doc, '#p2')).toBe(false);
    expect(isHidden(doc, '#sub')).toBe(false);
  });
});

/** citylimits.org-Nycha: an Elementor heading widget over a listing grid of the latest posts, after the story. */
const latest = `<section class="css-4f3d2s" id="latest"><div class="css-1z2x3c"><div class="css-6b5n4m"><div class="css-7v8b9n">
  <h3 class="css-0m9n8b">Latest articles</h3></div></div><div class="css-6b5n4m"><div class="css-7v8b9n"><div class="css-3e4r5t">
  ${[1, 2, 3, 4, 5]
    .map(
      (
        n,
      ) => `<div class="css-5t6y7u"><section><div><a href="https://volts.example.com/2026/05/2${n}/story-${n}/"><img src="/s${n}.jpg" alt=""></a></div>
      <div><span><a href="https://volts.example.com/category/views/">VIEWS AND ANALYSIS</a></span>
      <h6><a href="https://volts.example.com/2026/05/2${n}/story-${n}/">Another story number ${n} about the river town</a></h6>
      <h2>By <a href="/author/writer-${n}/">Writer ${n}</a></h2></div></section></div>`,
    )
    .join('')}</div></div></div></div></section>`;

describe('a "Latest articles" widget', () => {
  it('hides the heading widget and the listing grid beside it (citylimits.org-Nycha)', () => {
    const doc = page({
      url: URL,
      body: `<main><article><h1>River town gets a solar panel plant after long wait</h1><div id="story">${paragraphs(6)}</div></article>${latest}</main>`,
    });
    cleanDocument(doc);
    expect(isHidden(doc, '#latest h3')).toBe(true);
    expect(isHidden(doc, '#latest h6')).toBe(true);
    expect(isHidden(doc, '#story p')).toBe(false);
  });
});

/** standard.co.uk.caribbean: an AMP "Read more" card between the story's paragraphs, its picture an <amp-img>. */
describe('an AMP "Read more" card', () => {
  const card = (img: string, tag = 'aside'): string =>
    `<${tag} class="css-8i7u6y" id="card"><a href="https://volts.example.com/news/world/hill-town-plant-delayed-a4561216.html">${img}<span class="css-2w3e4r">Read more</span><div class="css-5t6y7u"> Hill town plant at risk of being delayed again </div></a></${tag}>`;
  const body = (c: string): string => `${paragraphs(3)}${c}${paragraphs(3)}`;

  it('hides the card between the paragraphs (standard.co.uk.caribbean)', () => {
    const doc = story('', body(card('<amp-img src="/t.jpg" height="186" width="280" layout="responsive"></amp-img>')));
    cleanDocument(doc);
    expect(isHidden(doc, '#card')).toBe(true);
    expect(isHidden(doc, '#story p')).toBe(false);
  });

  it("keeps a linked line without a picture, not an aside: it may be the story's own", () => {
    const doc = story('', body(card('', 'div')));
    cleanDocument(doc);
    expect(isHidden(doc, '#card')).toBe(false);
  });
});

/** twincities.com-mayor / thenassauguardian.com-hikes: a picks or trending bar of story links inside the page's header. */
describe('a picks bar in the page header', () => {
  const menu = `<nav class="css-3d4f5g"><ul><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/weather/">Weather</a></li><li><a href="/entertainment/">Entertainment</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/real-estate/">Real Estate</a></li></ul></nav>`;
  const bar = (label: string, hrefs: string[]): string => `<div class="css-6h7j8k" id="bar"><p class="css-9l0z1x">${label}</p><nav><ul>
    ${hrefs.map((h, n) => `<li><div><a href="/news/">News | </a></div><a href="${h}"><span>Short pick ${n}</span></a></li>`).join('')}</ul></nav></div>`;
  const stories = [
    '/2026/05/08/quarterback-has-side-hustle-as-video-star/',
    '/2026/05/08/park-holiday-tree-lighting-on-friday/',
    '/2026/05/07/actors-reach-deal-with-studios/',
    '/2026/05/01/daily-deals-2/',
  ];
  const doc = (b: string): Document =>
    page({
      url: URL,
      body: `<header class="css-2s3d4f"><a href="/" rel="home">Volts</a>${menu}${b}</header><main><article><h1>River town gets a solar panel plant after long wait</h1><div id="story">${paragraphs(6)}</div></article></main>`,
    });

  it("hides 'OUR PICKS:' and its story links, and nothing else of the header (twincities.com-mayor)", () => {
    const d = doc(bar('OUR PICKS:', stories));
    cleanDocument(d);
    expect(isHidden(d, '#bar')).toBe(true);
    expect(isHidden(d, 'header nav.css-3d4f5g')).toBe(false);
    expect(isHidden(d, 'header')).toBe(false);
  });

  it('hides a TRENDING ticker of headlines in the top menu bar (thenassauguardian.com-hikes)', () => {
    const d = page({
      url: URL,
      body: `<header><nav id="top" aria-label="Secondary Navigation"><div class="css-1q2w3e">Friday, April 22</div><div class="css-4r5t6y" id="bar"><span class="css-7u8i9o"><span aria-hidden="true"></span><span>TRENDING</span></span>
        <ul>${stories.map((h, n) => `<li><a href="${h}">Council passes bill ${n}</a></li>`).join('')}</ul></div>
        <div class="css-0p9o8i"><ul><li><a href="https://facebook.example.net/volts">Facebook</a></li><li><a href="https://x.example.net/volts">X</a></li><li><a href="https://video.example.net/volts">Video channel</a></li><li><a href="/log-in/">Log In</a></li><li><a href="/random-article/">Random Article</a></li><li><a href="/contact-the-newsroom/">Contact the newsroom</a></li></ul></div></nav>${menu}</header>
        <main><article><h1>River town gets a solar panel plant after long wait</h1><div id="story">${paragraphs(6)}</div></article></main>`,
    });
    cleanDocument(d);
    expect(isHidden(d, '#bar span')).toBe(true);
    expect(isHidden(d, 'header nav.css-3d4f5g')).toBe(false);
  });

  it('keeps a header menu of sections under the same label', () => {
    const d = doc(bar('Trending:', ['/news/politics/', '/sports/', '/business/', '/weather/']));
    cleanDocument(d);
    expect(isHidden(d, '#bar')).toBe(false);
  });
});

/** thenassauguardian.com-hikes: the 'Recent' tab of obituaries, some titles a name of two words. */
describe('a list of story cards with short heading titles', () => {
  const names = [
    'Mrs Mary Cynthia Roe Johnson',
    'MS. JANE RONDA EXAMPLE DOE',
    'Tameka Thompsonwright',
    'MR. JEAN PAUL EXEMPLE',
    'Jeffrey Deanington',
  ];
  const list = `<div class="css-1s2d3f" id="recent"><ul>${names
    .map(
      (n, i) =>
        `<li><div><a aria-label="${n}" href="/obituary-${i}-for-the-family/"><img src="/o${i}.jpg" alt=""></a></div><div><h3><a href="/obituary-${i}-for-the-family/">${n}</a></h3><div><span>18 hours ago</span></div></div></li>`,
    )
    .join('')}</ul></div>`;

  it('hides the whole list, its two-word titles too', () => {
    const d = page({
      url: URL,
      body: `<main><article><h1>River town gets a solar panel plant after long wait</h1><div id="story">${paragraphs(6)}</div></article><aside class="css-0o9i8u">${list}</aside></main>`,
    });
    cleanDocument(d);
    expect(isHidden(d, '#recent li:nth-child(3) h3')).toBe(true);
    expect(isHidden(d, '#recent li:nth-child(5) h3')).toBe(true);
  });

  it('keeps a footer menu of two-word heading links', () => {
    const d = page({
      url: URL,
      body: `<main><article><h1>River town gets a solar panel plant after long wait</h1><div id="story">${paragraphs(6)}</div></article>
        <div class="css-7y6t5r" id="menu">${['About Us', 'Contact Us', 'Our Team', 'Work Here', 'Terms Apply']
          .map((t, i) => `<div><h3><a href="/page-${i}/">${t}</a></h3></div>`)
          .join('')}</div></main>`,
    });
    cleanDocument(d);
    expect(isHidden(d, '#menu h3')).toBe(false);
  });
});

describe('"Check Also" and "Featured" boxes', () => {
  it("hides Jannah's 'Check Also' pop-up card (thenassauguardian.com-hikes)", () => {
    const d = page({
      url: URL,
      body: `<main><div class="css-1z2x3c"><article><h1>River town gets a solar panel plant after long wait</h1><div id="story">${paragraphs(6)}</div>
      <div class="css-4r5t6y"><h3>About the author</h3><p>Jane Roe writes about energy and the towns along the river for Volts, and has done so for a decade.</p></div></article></div>
      <div class="css-5f4d3s" id="check"><div class="css-2a3s4d"><div>Check Also</div> <a href="#" class="css-6g7h8j"><span>Close</span></a></div>
      <div><ul><li><div><a aria-label="Summer bookings trending very positively" href="/summer-bookings-trending-very-positively/"><span>Business</span><img src="/b.jpg" alt=""></a></div>
      <div><h3><a href="/summer-bookings-trending-very-positively/">Summer bookings trending very positively</a></h3><div><span>2 days ago</span></div></div></li></ul></div></div><aside class="css-8k7j6h"><h3>Weather</h3><p>Sunny, 31 degrees, light wind from the east through the afternoon.</p></aside></main>`,
    });
    cleanDocument(d);
    expect(isHidden(d, '#check h3')).toBe(true);
    expect(isHidden(d, '#story p')).toBe(false);
  });

  it("hides 'Featured' over two story cards whose titles are <h1>s (phillyvoice.com-Sixers)", () => {
    const d = story(`<div class="css-9i8u7y" id="featured"><h2><span>Featured</span></h2>
      ${[1, 2].map((n) => `<div class="css-1f2g3h"><a href="https://volts.example.com/wild-horses-roaming-the-beaches-${n}/"><img src="/f${n}.jpg" alt=""><h1>Legendary wild horses have roamed these beaches for over 400 years, part ${n}</h1></a></div>`).join('')}</div>`);
    cleanDocument(d);
    expect(isHidden(d, '#featured h2')).toBe(true);
    expect(isHidden(d, '#featured a')).toBe(true);
    expect(isHidden(d, 'article > h1')).toBe(false);
  });
});

describe('widget headings that link to their section, and Spanish "Últimas noticias"', () => {
  const cards = (n: number): string =>
    Array.from(
      { length: n },
      (_, i) =>
        `<div class="css-3e4r5t"><a href="https://volts.example.com/events/transforming-river-towns-${i}/"><div>2026 Sep ${i + 10}</div><div>Past Event</div><h3>Transforming the river towns, a programme and reception number ${i}</h3></a></div>`,
    ).join('');

  it("hides 'More on Education' whose heading links to the topic page (brookings.edu)", () => {
    const d = story(
      `<section class="css-6y7u8i" id="more"><div class="css-9o0p1a"><h2><a href="https://volts.example.com/topic/education/">More on Education</a></h2></div><div class="css-2s3d4f">${cards(2)}</div></section>`,
    );
    cleanDocument(d);
    expect(isHidden(d, '#more h2')).toBe(true);
    expect(isHidden(d, '#story p')).toBe(false);
  });

  it('keeps a contents list whose line is the same words', () => {
    const d = story(
      '',
      `<ul id="toc"><li><a href="/topic/education/">More on Education</a></li><li><a href="/topic/health/">Health</a></li></ul>${paragraphs(6)}`,
    );
    cleanDocument(d);
    expect(isHidden(d, '#toc a')).toBe(false);
  });

  it("hides 'Últimas Noticias' over a feed of story cards (infobae.com-ucrania)", () => {
    const d = story(
      `<div class="css-7h8j9k" id="feed"><h2 class="css-0l1z2x">Últimas Noticias</h2><div class="css-3c4v5b">${[1, 2, 3]
        .map(
          (i) =>
            `<a class="css-6n7m8q" href="https://volts.example.com/show/2026/05/0${i}/quien-es-la-nueva-estrella-${i}/"><h2>Quién es la nueva estrella del cine que llegó al pueblo ${i}</h2><div>Una actriz e instructora de artes marciales que conoció la región filmando en 2015, y que volvió este año con su pareja para quedarse en la costa durante todo el verano</div></a>`,
        )
        .join('')}</div></div>`,
    );
    cleanDocument(d);
    expect(isHidden(d, '#feed > h2')).toBe(true);
    expect(isHidden(d, '#feed a h2')).toBe(true);
  });
});

/** kxan.com-Voters: an <aside> between the paragraphs that is one link to the previous story. */
describe('a one-link aside between the paragraphs', () => {
  const body = (aside: string): string => `${paragraphs(3)}<div class="css-1q2w3e">${aside}</div>${paragraphs(3)}`;

  it('hides it (kxan.com-Voters)', () => {
    const d = story(
      '',
      body(
        `<aside class="css-4e5r6t" id="aside"><a href="https://volts.example.com/news/changes-coming-to-river-town-pensions/?ipid=promo-link-block1">PREVIOUS Cost-of-living raise for retired river town teachers passes</a></aside>`,
      ),
    );
    cleanDocument(d);
    expect(isHidden(d, '#aside')).toBe(true);
    expect(isHidden(d, '#story p')).toBe(false);
  });

  it('keeps an aside note that says more than its link', () => {
    const d = story(
      '',
      body(
        `<aside class="css-4e5r6t" id="aside">Correction: an earlier version of this story gave the wrong date for the vote, as <a href="https://volts.example.com/corrections/">our corrections page</a> explains.</aside>`,
      ),
    );
    cleanDocument(d);
    expect(isHidden(d, '#aside')).toBe(false);
  });
});

/** elnuevoherald.com-miami: a kicker heading linking to its section is no short title of a card. */
describe('story cards with a kicker heading link', () => {
  it('still finds the list of cards, each with its section kicker in an <h3>', () => {
    const list = `<div class="css-8u9i0o" id="list">${[1, 2, 3, 4]
      .map(
        (i) =>
          `<div class="css-1a2s3d"><h3><a href="https://volts.example.com/noticias/river-town/">River Town</a></h3><h2><a href="https://volts.example.com/noticias/river-town/article26074186${i}.html">Best flower shops of the river town, number ${i} on our list</a></h2><div>17 de abril de 2026</div></div>`,
      )
      .join('')}</div>`;
    const d = page({
      url: URL,
      body: `<main><article><h1>River town gets a solar panel plant after long wait</h1><div id="story">${paragraphs(6)}</div></article><aside class="css-0o9i8u">${list}</aside></main>`,
    });
    cleanDocument(d);
    expect(isHidden(d, '#list h2')).toBe(true);
  });
});
