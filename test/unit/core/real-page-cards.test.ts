import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { HIDDEN_ATTR } from '../../../src/core/marks';
import { page, paragraphs } from '../../helpers/page';

/**
 * Teaser cards and labelled ad links on the news-labelled real pages (issue 9, third round),
 * modelled on the page that needs them with hashed class names, and the trap beside them.
 */
const isHidden = (doc: Document, selector: string): boolean => !!doc.querySelector(selector)?.closest(`[${HIDDEN_ATTR}]`);

const story = (inBody: string, menu = ''): Document =>
  page({
    url: 'https://news.example.com/wirtschaft/flutschutz-stadtrat-1.4455667',
    lang: 'de',
    body: `<div class="css-1a2b3c"><nav class="css-2b3c4d"><ul><li><a href="/">Home</a></li><li><a href="/wirtschaft">Wirtschaft</a></li></ul>${menu}</nav>
      <article class="css-3c4d5e"><h1>Council approves the flood barrier after long debate</h1>
      <section class="css-4d5e6f" id="story">${paragraphs(4)}${inBody}${paragraphs(4)}</section></article></div>`,
  });

describe('a teaser card that is one link, between the paragraphs', () => {
  /** sueddeutsche: <figure><a> picture, kicker, <h3> title, blurb and author </a></figure>. */
  const card = `<figure class="css-5e6f7g" id="card"><a href="https://news.example.com/wirtschaft/bahn-zugunfall-petition-1.4432742" class="css-6f7g8h">
    <div class="css-7g8h9i"><div><img src="/teaser.jpg" alt="Bahn und Bus"></div>
    <figcaption class="css-8h9i0j"><div><div class="css-9i0j1k">Nach Zugunfällen</div></div>
    <h3 class="css-0j1k2l">Dieser Mann setzt die Bahn unter Druck</h3>
    <p class="css-1k2l3m">Der Kläger hat seine Mutter beim Zugunglück vor einem Jahr verloren. Die Bahn müsse endlich ihre Sicherheitstechnik auf den neuesten Stand bringen, fordert er.
    <span>Von Anna Beispiel und Ben Muster</span></p></figcaption></div></a></figure>`;

  it('hides the card, blurb and all, though it is the first figure of the story (sueddeutsche)', () => {
    const doc = story(card);
    cleanDocument(doc);
    expect(isHidden(doc, '#card')).toBe(true);
    expect(isHidden(doc, '#story p')).toBe(false);
  });

  it("keeps the story's photo that links to its large version, with its caption", () => {
    const doc = story(`<figure id="photo"><a href="/bilder/flutschutz-gross.jpg"><img src="/flutschutz.jpg" alt=""></a>
      <figcaption><h3>Der Damm am Fluss</h3> Der neue Damm soll rund 4000 Häuser schützen. Foto: Anna Beispiel</figcaption></figure>`);
    cleanDocument(doc);
    expect(isHidden(doc, '#photo')).toBe(false);
  });
});

describe('ad links in a menu', () => {
  it('hides menu links that carry their own "Anzeige" label (sueddeutsche)', () => {
    const doc = story(
      '',
      `<ul class="css-2l3m4n" id="promos"><li class="css-3m4n5o"><a href="https://advertorial.example.com/bank/mobile-payment" rel="nofollow">Mobile Payment<span>Anzeige</span></a></li>
       <li class="css-3m4n5o"><a href="https://press.example.com" rel="nofollow">Presseportal<span>Anzeige</span></a></li></ul>`,
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#promos li')).toBe(true);
    expect(isHidden(doc, '#promos li + li')).toBe(true);
    expect(isHidden(doc, 'nav li a[href="/wirtschaft"]')).toBe(false);
  });

  it('keeps a headline link that only names an ad in its words', () => {
    const doc = story(
      '',
      `<ul id="menu"><li><a href="/medien/werbung-1.2">Warum die Stadt jede Anzeige im Bus verbieten will <span>Werbung</span> und was das kostet</a></li></ul>`,
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#menu li')).toBe(false);
  });
});

describe("teaser <article>s among the story's paragraphs", () => {
  it('hides a related card that is a kicker, a linked title and a date (elnuevoherald)', () => {
    const doc = story(`<div class="css-4n5o6p"><h5> </h5><div class="css-5o6p7q" id="related"><article class="css-6p7q8r">
      <h6><a class="css-7q8r9s" href="/noticias/florida/sur">Sur de la Florida</a></h6>
      <h3><a href="https://news.example.com/noticias/florida/article256628556.html#storylink=readmore_inline">El tesoro dulce que le cambia la vida a un negocio familiar</a></h3>
      <div class="css-8r9s0t">02 de febrero de 2022 12:02 PM</div></article></div><hr></div>`);
    cleanDocument(doc);
    expect(isHidden(doc, '#related article')).toBe(true);
    expect(isHidden(doc, '#story > p')).toBe(false);
  });

  it('keeps an <article> of the story that opens with a linked subhead', () => {
    const doc = story(`<article id="part"><h3><a href="/wirtschaft/flut-2019-1.3">Background: the flood of 2019</a></h3>
      <p>In 2019 the river rose by four metres in two days and flooded more than 600 homes along its banks, the council recalled.</p></article>`);
    cleanDocument(doc);
    expect(isHidden(doc, '#part p')).toBe(false);
  });
});

describe("an author box's tab of their latest posts", () => {
  it("hides 'Latest posts by … (see all)' with its list, not the author's bio (californiaglobe)", () => {
    const doc =
      story(`<div class="css-1p2q3r"><div class="css-2q3r4s"><section class="css-3r4s5t" id="bio"><div><a href="/author/anna-beispiel/">Anna Beispiel</a></div>
      <div>Anna Beispiel is the senior editor of Example News. She reported for the Town Courier before and can be reached by email.</div></section>
      <section class="css-4s5t6u" id="posts"><div class="css-5t6u7v"><div>Latest posts by Anna Beispiel <span>(<a href="/author/anna-beispiel/">see all</a>)</span></div>
      <div><ul><li><a href="/section-2/the-leading-candidates-to-replace-the-mayor/">The Leading Candidates To Replace The Mayor</a><span> - October 10, 2020</span></li>
      <li><a href="/section-2/city-to-begin-basic-income-program-for-artists/">City To Begin Basic Income Program For Artists</a><span> - October 10, 2020</span></li>
      <li><a href="/section-2/theaters-refuse-to-open-over-concessions-ban/">Theaters Refuse To Open Over Concessions Ban</a><span> - October 9, 2020</span></li></ul></div></div></section></div></div>`);
    cleanDocument(doc);
    expect(isHidden(doc, '#posts')).toBe(true);
    expect(isHidden(doc, '#bio')).toBe(false);
  });
});
