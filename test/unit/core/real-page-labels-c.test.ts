import { describe, expect, it } from 'vitest';
import { foldLookAlikes, forMatching } from '../../../src/core/confusables';
import { cleanDocument } from '../../../src/core/engine';
import { HIDDEN_ATTR } from '../../../src/core/marks';
import { relatedRules } from '../../../src/core/rules/related';
import { page, paragraphs } from '../../helpers/page';

/**
 * Labels and lines on the news-labelled real pages (issue 9): look-alike letters, ad-sales pitches,
 * widget headings in other languages, app and error modals, video and PDF controls. Fixtures are
 * modelled on the page named in each test, with invented text and hashed class names.
 */
const article = (inBody: string, after = '', lang = 'en'): Document =>
  page({
    lang,
    url: 'https://news.example.com/2026/03/04/council-approves-flood-barrier',
    body: `<main><article><h1>Council approves the flood barrier after long debate</h1>
      <div class="css-1xdhyk6" id="story">${paragraphs(8)}${inBody}</div></article>${after}</main>`,
  });
const isHidden = (doc: Document, selector: string): boolean => !!doc.querySelector(selector)?.closest(`[${HIDDEN_ATTR}]`);
const storyKept = (doc: Document): boolean =>
  Array.from(doc.querySelectorAll('#story > p:not([id])')).every((p) => !p.closest(`[${HIDDEN_ATTR}]`));

describe('look-alike letters', () => {
  // 'Аdvеrtіѕе wіth' with Cyrillic А, е, і, ѕ, as breakingbelizenews.com-paho spells its house ad.
  const spoofed = '\u0410dv\u0435rt\u0456\u0455\u0435 w\u0456th us';

  it('reads a word that mixes Latin and Cyrillic look-alikes as Latin', () => {
    expect(foldLookAlikes(spoofed)).toBe('Advertise with us');
    expect(forMatching('Editors’ picks')).toBe("Editors' picks");
  });

  it('leaves Russian and Greek text alone, an English name in it too', () => {
    const russian = 'Компания Apple представила новый телефон';
    expect(foldLookAlikes(russian)).toBe(russian);
    expect(foldLookAlikes('Ο καιρός σήμερα')).toBe('Ο καιρός σήμερα');
  });
});

describe("the site's ad-sales pitch", () => {
  const pitch = (text: string): string => `<p style="border-bottom: 1px solid #999">&nbsp;</p><p id="pitch"><em>${text}</em></p>`;

  it('hides the pitch under the story, spelled with look-alikes (breakingbelizenews)', () => {
    const doc = article(
      pitch(
        '\u0410dv\u0435rt\u0456\u0455\u0435 w\u0456th th\u0435 most read news site in the valley ~ W\u0435 \u043effer digital marketing packages for every budget. C\u043entact us at ads@news.example.com or call us at 555-0100.',
      ),
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#pitch')).toBe(true);
    expect(storyKept(doc)).toBe(true);
  });

  it('keeps a story paragraph about advertising', () => {
    const doc = article(
      '<p id="story-ad">Advertising on the barrier itself was ruled out by the council, which said the walls should stay plain. Residents can write to the planning office with their views.</p>',
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#story-ad')).toBe(false);
  });
});

describe('widget headings', () => {
  it('hides "Explore further" over a related link (phys.org)', () => {
    const doc = article(
      '',
      `<div class="css-7u8i9o" id="explore"><div><svg></svg><p>Explore further</p></div><a href="/news/2026-03-other-barrier.html">Another town builds its flood barrier in record time</a></div>`,
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#explore')).toBe(true);
  });

  it('reads Chinese picture and video picks and a Spanish most-viewed tab heading as related headings (caixin, elpais)', () => {
    const { relatedHeadingOtherLanguages: other } = relatedRules.labels;
    for (const heading of ['图片推荐', '视听推荐', 'Lo más visto en...', 'Lo más leído en Ciencia']) expect(other.test(heading)).toBe(true);
    // A sentence that recommends something is no heading.
    expect(other.test('专家推荐市民接种疫苗')).toBe(false);
    expect(other.test('Lo más visto en la ciudad fue el desfile.')).toBe(false);
  });

  it("hides a widget's title once its cards and list, hidden one by one, leave its box empty (yna)", () => {
    const card = (n: number): string =>
      `<div class="css-b${n}"><article><figure><a href="/view/AEN2026030${n}"><img src="/p${n}.jpg" alt=""></a></figure>
      <div><h4><a href="/view/AEN2026030${n}">A different story about the capital number ${n} today</a></h4></div></article></div>`;
    const doc = article(
      '',
      `<section class="css-s1" id="now"><div class="css-t1"><span><a href="/mostviewed/index">Main Article Right Now</a></span></div>
      <div class="css-l1">${card(1)}${card(2)}<div class="css-u1"><ul>${[3, 4, 5, 6]
        .map((n) => `<li><a href="/view/AEN2026030${n}">Yet another story about the capital number ${n}</a></li>`)
        .join('')}</ul></div></div></section>`,
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#now .css-t1')).toBe(true);
  });
});

describe('modals and lines', () => {
  it('hides a Spanish app-download modal and a connection-error notice (lanacion)', () => {
    const doc = article(
      '',
      `<div class="css-m1" id="app"><p>Descargá la aplicación de EL DIARIO. Es rápida y liviana.</p><div><button>No, gracias</button><button>Aceptar</button></div></div>
      <div class="css-m2" id="error"><p>Ha ocurrido un error de conexión</p><div><button>Cerrar</button></div></div>`,
      'es',
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#app')).toBe(true);
    expect(isHidden(doc, '#error')).toBe(true);
  });

  it('hides an ad slot\'s loading placeholder (lanacion: "Cargando banners ...")', () => {
    const doc = article('<div class="css-x9" id="loading">Cargando banners ...</div>', '', 'es');
    cleanDocument(doc);
    expect(isHidden(doc, '#loading')).toBe(true);
  });

  it('hides a capitalised headline linked in a <div> between the paragraphs, keeps a linked sentence (lanacion)', () => {
    const doc = article(
      `<div class="css-c1" id="caps"><a href="/politica/other-story-nid0305"><button><span>AYER SOCIOS, HOY RIVALES: DOS CONCEJALES SE ENFRENTARON POR LA DEUDA</span></button></a></div>
      <div id="linked"><a href="/politica/other">The council published its full report on the barrier today.</a></div>`,
      '',
      'es',
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#caps')).toBe(true);
    expect(isHidden(doc, '#linked')).toBe(false);
  });

  it('hides a [PR] block title (japanese_article) and a "Watch Now:" video between paragraphs (vanityfair)', () => {
    const doc = article(
      `<div class="css-v1" id="watch"><figure class="css-v2"><div class="css-v3">Watch Now:</div><a href="https://video.example.com/watch/other"><div>A Singer Takes A Lie Detector Test</div></a>
      <figure><div class="css-player-1"><iframe src="https://player.example.com/embed/1" width="640" height="360"></iframe></div></figure></figure></div>`,
      `<div class="css-p1"><div class="css-p2" id="pr"><h2><a href="https://ps.example.jp/trend/">[PR]トレンド特集</a></h2><div><a href="https://ps.example.jp/trend/">一覧</a></div></div>
      <ul><li><a href="https://ps.example.jp/trend/1">広告の記事その一</a></li></ul></div>`,
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#pr h2')).toBe(true);
    expect(isHidden(doc, '#watch')).toBe(true);
    expect(storyKept(doc)).toBe(true);
  });

  it("hides share tooltips beside a script's icons (caixin), keeps a bare '分享' word", () => {
    const doc = article(
      '',
      `<div class="css-z1"><ul class="css-z2"><li id="wx"><div class="css-z3"><img src="/ico_wx.gif" alt=""></div><span class="css-z4">分享到微信朋友圈</span></li>
      <li id="wb"><img src="/ico_wb.gif" alt=""><span class="css-z4">新浪转发</span></li></ul></div><div id="word"><span>分享</span></div>`,
      'zh',
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#wx span')).toBe(true);
    expect(isHidden(doc, '#wb span')).toBe(true);
    expect(isHidden(doc, '#word')).toBe(false);
  });

  it('hides a "PDF drucken" link and keeps the date beside it (spiegel)', () => {
    const doc = page({
      lang: 'de',
      body: `<main><div class="css-f1" id="tools"><ul><li><a target="_blank" href="https://magazin.example.de/pdf/161500790">PDF drucken</a></li></ul>
        <div id="date">22.12.2018</div></div><article><h1>Ein Albtraum für die ganze Stadt</h1><div id="story">${paragraphs(8)}</div></article></main>`,
    });
    cleanDocument(doc);
    expect(isHidden(doc, '#tools a')).toBe(true);
    expect(isHidden(doc, '#date')).toBe(false);
  });
});
