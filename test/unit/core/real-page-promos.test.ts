import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { HIDDEN_ATTR } from '../../../src/core/marks';
import { page, paragraphs } from '../../helpers/page';

/**
 * Promos on the news-labelled real pages (issue 9, second round), each modelled on the page that
 * needs it with hashed class names, and the trap beside it that must stay.
 */
const article = (inBody: string, after = ''): Document =>
  page({
    url: 'https://news.example.com/2026/03/04/council-approves-flood-barrier',
    body: `<main><article><h1>Council approves the flood barrier after long debate</h1>
      <figure><img src="/lead.jpg" alt=""><figcaption>The river by the town hall. (Bild: Example News)</figcaption></figure>
      <div class="css-1xdhyk6" id="story">${paragraphs(8)}${inBody}</div></article>${after}</main>`,
  });
const isHidden = (doc: Document, selector: string): boolean => !!doc.querySelector(selector)?.closest(`[${HIDDEN_ATTR}]`);

describe('donation asks', () => {
  const appeal = `<div class="css-4f5g6h" id="appeal"><div class="css-7j8k9l"><div class="message"><h2>Worried about democracy in 2026?</h2>
    <p>So are we.</p><p>We expose extremism, regardless of party. But we can't do it without your help.</p>
    <p><b><a href="https://donate.example.com/441256-keep-democracy-alive?utm_medium=other">Invest in democracy by making a contribution.</a>
    Or <a href="/st/Plus_Signup">click here to become a subscriber.</a></b></p><p><b>Thank you.</b></p></div>
    <div class="form"><form action="https://www.paypal.com/cgi-bin/webscr" method="post"><input type="hidden" name="cmd" value="_s-xclick">
    <input type="image" src="/donate.png" alt="Donate with PayPal button"></form></div></div></div>`;

  it('hides the appeal box under the story, around its donation link and PayPal form (raw-story)', () => {
    const doc = article('', appeal);
    cleanDocument(doc);
    expect(isHidden(doc, '#appeal')).toBe(true);
    expect(isHidden(doc, '#story p')).toBe(false);
  });

  it('keeps a story paragraph that links to a donation page, and a bare "Donate" word in the page', () => {
    const doc = article(
      `<p id="fund">Neighbours set up a fund for the families, and <a href="https://donate.example.org/flood-families">donations can be made online</a> until the end of May.</p>`,
      '<div id="word">Donate</div>',
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#fund')).toBe(false);
    expect(isHidden(doc, '#word')).toBe(false);
  });
});

describe("a print issue's promo box in the body", () => {
  /** heise: the issue's cover, a sentence that sells it, the issue's articles as links and 'TR bestellen'. */
  const issueBox = (caption: string, cta: string): string => `<a-collapse class="css-9i8u7y" id="issue">
    <header><h2 class="css-6t5r4e">TR 7/2019</h2></header><div class="css-3e2w1q"><div class="css-0p9o8i">
    <figure class="css-7u6y5t"><img src="/cover.jpg" alt=""><figcaption><p>Technology Review Juli 2019</p><p>${caption}</p></figcaption></figure>
    <div class="css-4r3e2w"><p class="css-1q2w3e">
      Dieser Beitrag stammt aus Ausgabe 7/2019 der Technology Review. Das Heft ist ab 20.06.2019 im Handel sowie direkt im heise shop erhältlich.
      Highlights aus dem Heft:
    </p><ul class="css-5t4r3e">${[1, 2, 3, 4, 5, 6]
      .map((n) => `<li><a href="/tr/artikel/Beitrag-${n}-444743${n}.html">Beitrag Nummer ${n} im Heft</a></li>`)
      .join('')}<li><a href="https://shop.example.com/katalog/tr-07-2019">${cta}</a></li></ul></div></div></div>
    <div class="css-8i7u6y"><span>mehr anzeigen</span></div></a-collapse>`;

  it('hides the whole box, its cover caption with an empty credit too (heise)', () => {
    const doc = article(issueBox('(Bild: )', 'TR bestellen'));
    cleanDocument(doc);
    expect(isHidden(doc, '#issue')).toBe(true);
    expect(isHidden(doc, '#story > p:first-child')).toBe(false);
  });

  it('keeps a credited photo of the story in such a box', () => {
    const doc = article(issueBox('(Bild: Audi)', 'TR bestellen'));
    cleanDocument(doc);
    expect(isHidden(doc, '#issue figcaption')).toBe(false);
  });

  it('leaves the list of articles when the box has no call to order', () => {
    const doc = article(issueBox('(Bild: )', 'Inhaltsverzeichnis der Ausgabe'));
    cleanDocument(doc);
    expect(isHidden(doc, '#issue ul')).toBe(false);
  });
});

describe('a Chinese paywall and login window', () => {
  /** caixin: the charge wall under the cut story, and the login window the page keeps open. */
  const cjkStory = (n: number): string =>
    Array.from(
      { length: n },
      (_, i) => `<p>市议会周二批准了新的防洪屏障计划，第${i}段说明工程将保护沿河约四千户居民免受百年一遇洪水的威胁。</p>`,
    ).join('');
  const chinese = (inBody: string, after: string): Document =>
    page({
      url: 'https://www.example.com.cn/2026-03-04/102100000.html',
      lang: 'zh-CN',
      body: `<div class="css-1q2w3e"><h1>市议会批准防洪屏障计划</h1><div class="css-4r5t6y" id="story">${cjkStory(10)}${inBody}</div></div>${after}`,
    });

  it('hides the charge wall, the login window and the email sign-up (caixin)', () => {
    const doc = chinese(
      `<div id="wall"><div><div class="css-7u8i9o"><img src="/lock.png" alt=""><div class="css-0p1a2s"><a href="javascript:;">本文共计1561字 订阅后继续阅读</a></div>
        <div class="css-3d4f5g"><a href="javascript:openLoginWindow();">登录</a> 后获取已订阅的阅读权限</div>
        <div class="css-6h7j8k"><div>财新通会员<br>可畅读全文</div><a href="javascript:;">订阅/会员升级</a></div></div></div></div>`,
      `<div class="css-9k8j7h" id="login"><div class="css-6g5f4d"><div>登录</div><p>请使用购买账号登录，其他需要请点击<a href="/help/">帮助</a></p>
        <ul class="css-3s2a1q"><a href="javascript:;"></a><li><p>财新账号登录</p></li><a href="javascript:;"></a><li><p>微信快捷登录</p></li>
        <a href="javascript:;"></a><li><p>QQ快捷登录</p></li></ul><ul><li><a href="/register">还没有财新账号？立即注册</a></li></ul></div></div>
        <div class="css-2z3x4c" id="email"><div><span>财新网主编精选版电邮</span><a href="/email/">订阅</a></div><div>每个工作日定时投递，篇篇重磅。</div></div>`,
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#wall')).toBe(true);
    expect(isHidden(doc, '#login')).toBe(true);
    expect(isHidden(doc, '#email')).toBe(true);
    expect(isHidden(doc, '#story p')).toBe(false);
  });

  it('keeps story sentences about logging in and subscribing', () => {
    const doc = chinese('<p id="about">用户登录后获取阅读权限的规定引发争议，市议会表示将在下月重新讨论订阅服务的收费标准。</p>', '');
    cleanDocument(doc);
    expect(isHidden(doc, '#about')).toBe(false);
  });
});

describe('a newsletter pitch without the word newsletter', () => {
  it('hides "If you would like to receive … in your inbox daily, click here to subscribe." (vanityfair)', () => {
    const doc = article(
      `<p id="pitch"><em><strong>If you would like to receive the Example Report in your inbox daily, click</strong></em>&nbsp;<a href="https://mail.example.net/report">here</a> to subscribe.</p>`,
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#pitch')).toBe(true);
  });

  it("keeps a story sentence about letters in residents' inboxes", () => {
    const doc = article(
      `<p id="letters">Residents would like to receive the letters in their inbox by Friday, <a href="/council">the council said</a> on Tuesday.</p>`,
    );
    cleanDocument(doc);
    expect(isHidden(doc, '#letters')).toBe(false);
  });
});
