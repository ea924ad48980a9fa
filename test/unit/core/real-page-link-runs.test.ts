import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { HIDDEN_ATTR } from '../../../src/core/marks';
import { page, paragraphs } from '../../helpers/page';

/**
 * Other stories written as loose blocks after a related heading at the end of the body (issue 9,
 * third round: infobae's "Seguir leyendo:"), modelled on the real page with hashed class names,
 * and the traps beside it that must stay.
 */
const article = (inBody: string): Document =>
  page({
    url: 'https://noticias.example.com/america/mundo/2026/03/04/el-consejo-aprueba-la-barrera',
    body: `<main><article><h1>El consejo aprueba la barrera contra inundaciones tras un largo debate</h1>
      <div class="css-1xdhyk6">${paragraphs(8)}${inBody}</div></article></main>`,
  });
const isHidden = (doc: Document, selector: string): boolean => !!doc.querySelector(selector)?.closest(`[${HIDDEN_ATTR}]`);

const titles = [
  ['/america/mundo/2026/03/03/la-idea-de-un-nuevo-juicio', 'Cobra impulso la idea de un nuevo juicio internacional'],
  ['/america/mundo/2026/03/03/oligarcas-y-su-dinero', 'Tres docenas de oligarcas llevaron durante años su dinero lejos'],
  ['/america/mundo/2026/03/03/advertencia-del-reino-unido', 'El Reino Unido advirtió sobre el desfile militar de mayo'],
];
const linkBlocks = titles
  .map(([href, t], i) => `<div class="css-9q2kfa" id="l${i}"><a href="${href}" target="_blank"><i><b>${t}</b></i></a></div>`)
  .join('');

describe('a run of one-link blocks under a related heading', () => {
  it('hides "Seguir leyendo:" and the story links after it (infobae)', () => {
    const doc = article(`<p class="css-7hf2ka" id="label"><b>Seguir leyendo:</b></p>${linkBlocks}`);
    cleanDocument(doc);
    expect(isHidden(doc, '#label')).toBe(true);
    for (const i of [0, 1, 2]) expect(isHidden(doc, `#l${i}`)).toBe(true);
    expect(isHidden(doc, '.css-1xdhyk6 > p:first-child')).toBe(false);
  });

  it('keeps two links under the heading: a pair may be the story’s own sources', () => {
    const two = linkBlocks.split('</div>').slice(0, 2).join('</div>') + '</div>';
    const doc = article(`<p id="label"><b>Seguir leyendo:</b></p>${two}`);
    cleanDocument(doc);
    expect(isHidden(doc, '#l0')).toBe(false);
    expect(isHidden(doc, '#l1')).toBe(false);
  });

  it('keeps a run of sentences with a link in each under the heading', () => {
    const lines = titles
      .map(([href, t], i) => `<div id="s${i}">${t}, según <a href="${href}">el informe</a> publicado el lunes por el consejo.</div>`)
      .join('');
    const doc = article(`<p id="label"><b>Seguir leyendo:</b></p>${lines}`);
    cleanDocument(doc);
    for (const i of [0, 1, 2]) expect(isHidden(doc, `#s${i}`)).toBe(false);
  });
});

describe('a tab bar over hidden panels', () => {
  const panel = (id: string, slug: string): string =>
    `<div id="${id}" class="css-4kd9wq"><ul>${[1, 2, 3, 4]
      .map((n) => `<li><a href="/mallorca/noticia/${slug}-${n}.html">Un titular de otra noticia número ${n} sobre ${slug}</a></li>`)
      .join('')}</ul></div>`;
  const tabs = `<ul class="css-q8d1zz" id="tabs"><li><a href="#p1"><span>Lo + visto</span></a></li>
    <li><a href="#p2"><span>Lo + comentado</span></a></li><li><a href="#p3"><span>Lo último</span></a></li></ul>`;

  it('hides the tabs whose panels are hidden (spanish_article, knowtechie)', () => {
    const doc = article(
      `</div><section class="css-2mq8xr"><div class="css-6yt1ab">${tabs}<div class="css-0v7kdd">${panel('p1', 'visto')}${panel('p2', 'comentado')}${panel('p3', 'ultimo')}</div></div></section><div>`,
    );
    cleanDocument(doc);
    for (const id of ['p1', 'p2', 'p3']) expect(isHidden(doc, `#${id}`)).toBe(true);
    expect(isHidden(doc, '#tabs')).toBe(true);
    expect(isHidden(doc, '.css-1xdhyk6 > p:first-child')).toBe(false);
  });

  it('keeps a table of contents whose links point at the story’s sections', () => {
    const doc = page({
      url: 'https://news.example.com/2026/03/04/council-approves-flood-barrier',
      body: `<main><article><h1>Council approves the flood barrier after long debate</h1>
        <ul id="toc"><li><a href="#s1">The vote</a></li><li><a href="#s2">The cost</a></li></ul>
        <h2 id="s1">The vote</h2>${paragraphs(4)}<h2 id="s2">The cost</h2>${paragraphs(4)}</article></main>`,
    });
    cleanDocument(doc);
    expect(isHidden(doc, '#toc')).toBe(false);
  });
});

describe('widgets the page’s markup names as such', () => {
  it('hides a box that opens with a link skipping to a mark at its own end (bbc-arabic)', () => {
    const doc = article(`<div class="css-3jw8sa"><section role="region" aria-labelledby="css-promo" id="promo"><div>
      <a href="#end-of-promo" class="css-k2j1qq">Skip Worth Your Attention and continue reading</a>
      <div><img src="/p.jpg" alt=""><strong><a href="/podcasts/p0h6"><span id="css-promo">Worth Your Attention</span></a></strong>
      <p>An in-depth look at a story in the news today, to help you understand the events around you</p><p>Episodes</p></div>
      <p tabindex="-1" id="end-of-promo">End of Worth Your Attention</p></div></section></div>${paragraphs(2)}`);
    cleanDocument(doc);
    expect(isHidden(doc, '#promo')).toBe(true);
    expect(isHidden(doc, '.css-1xdhyk6 > p:first-child')).toBe(false);
  });

  it('hides a region labelled for other stories around one card (bbc-arabic)', () => {
    const doc = article(`<section role="region" aria-label="More on this story" id="more"><div><div>
      <a href="https://news.example.com/2026/02/26/soldier-dies">Soldier dies after protest outside the embassy</a><time datetime="2026-02-26">26 February 2026</time>
      </div></div></section>${paragraphs(2)}`);
    cleanDocument(doc);
    expect(isHidden(doc, '#more')).toBe(true);
  });

  it('keeps a skip link over the story itself and a region labelled otherwise', () => {
    const doc = page({
      url: 'https://news.example.com/2026/03/04/council-approves-flood-barrier',
      body: `<a href="#story" id="skip">Skip to content</a><main><article id="story"><h1>Council approves the flood barrier after long debate</h1>
        <section role="region" aria-label="The vote" id="vote">${paragraphs(3)}</section>${paragraphs(4)}</article></main>`,
    });
    cleanDocument(doc);
    expect(isHidden(doc, '#vote')).toBe(false);
    expect(isHidden(doc, 'article p')).toBe(false);
  });
});
