// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { HIDDEN_ATTR, SHOWN_ATTR } from '../../../src/core/marks';
import { paragraphs, page } from '../../helpers/page';
import { fakeBrowser } from '../shared/fake-browser';

const fake = fakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { parseRequest } = await import('../../../src/shared/messages');
const { startZapper } = await import('../../../src/content/zapper');
const { PageSession } = await import('../../../src/content/page-session');
const { applyUserRules, forgetZap, zapElement, USER_RULE_CATEGORY } = await import('../../../src/content/user-rules');
const { loadSettings } = await import('../../../src/shared/settings');

const wait = (ms = 30): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const ARTICLE = `<h1>Council approves the flood barrier</h1><article id="story">${paragraphs(6)}
  <div id="promo" class="css-1q2w3e">Get the app</div>${paragraphs(2)}</article>
  <aside class="weather-box">Weather in the valley: sunny, 21 degrees</aside>`;

describe('user rules in the engine (issue 12)', () => {
  const rule = (selector: string) => ({ category: USER_RULE_CATEGORY, selector, rule: `custom:${selector}`, reason: 'your rule' });

  it('a custom rule hides what it matches, with a hide record', () => {
    const doc = page({ body: ARTICLE });
    const { hidden } = cleanDocument(doc, { userRules: [rule('.weather-box')] });
    expect(doc.querySelector('.weather-box')!.getAttribute(HIDDEN_ATTR)).toBe('promos');
    expect(hidden.filter((r) => r.rule === 'custom:.weather-box')).toHaveLength(1);
  });

  it('a rule that matches nothing, or that the browser cannot parse, does nothing and harms nothing', () => {
    const plain = page({ body: ARTICLE });
    const expected = cleanDocument(plain).hidden.length;
    const doc = page({ body: ARTICLE });
    const { hidden } = cleanDocument(doc, { userRules: [rule('.not-on-this-page'), rule('div[[')] });
    expect(hidden.length).toBe(expected);
    expect(doc.body.innerHTML.length).toBeGreaterThan(0);
  });

  it('a rule that matches the article body is refused by the guard, and says why', () => {
    const doc = page({ body: ARTICLE });
    const { refused } = cleanDocument(doc, { userRules: [rule('#story'), rule('p')] });
    expect(doc.getElementById('story')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(doc.querySelectorAll(`p[${HIDDEN_ATTR}]`).length).toBe(0);
    const refusal = refused.find((r) => r.rule === 'custom:#story');
    // A guard key and its parameters, worded where it is shown.
    expect(refusal?.reason).toMatch(/^reason_guard_(contains|inside)_(body|text|headline)$/);
  });
});

describe('the element picker (issue 12)', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('outlines the element under the pointer, picks it on click, and the click never reaches the page', async () => {
    document.body.innerHTML = '<div id="box"><a href="#x" id="link">Read more</a></div>';
    const pageClicks = vi.fn();
    document.addEventListener('click', pageClicks);
    const picked: Element[] = [];
    startZapper(document, (el) => (picked.push(el), Promise.resolve(null)));
    expect(document.documentElement.getAttribute('data-tidy-zapper')).toBe('picking');
    const link = document.getElementById('link')!;
    link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const box = document.querySelector<HTMLElement>('div[data-tidy-zapper]')!;
    expect(box.style.display).toBe('block');
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await wait();
    expect(picked).toEqual([link]);
    expect(pageClicks).not.toHaveBeenCalled();
    expect(document.querySelector('div[data-tidy-zapper]')).toBeNull();
    expect(document.documentElement.hasAttribute('data-tidy-zapper')).toBe(false);
    expect(document.getElementById('link')).toBe(link);
  });

  it('Escape cancels: nothing picked, nothing left behind', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const onPick = vi.fn(() => Promise.resolve(null));
    startZapper(document, onPick);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    document.getElementById('p')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onPick).not.toHaveBeenCalled();
    expect(document.querySelector('[data-tidy-zapper]')).toBeNull();
    expect(document.documentElement.hasAttribute('data-tidy-zapper')).toBe(false);
  });

  it('says on the page why a pick was not hidden', async () => {
    document.body.innerHTML = '<p id="p">text</p>';
    startZapper(document, () => Promise.resolve('Tidy News does not hide part of the article.'));
    document.getElementById('p')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await wait();
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('Tidy News does not hide part of the article.');
  });

  it('is started by a tidy:zap-start request, which carries nothing else', () => {
    expect(parseRequest({ type: 'tidy:zap-start' })).toEqual({ type: 'tidy:zap-start' });
    expect(parseRequest({ type: 'tidy:zap-start', selector: '#x' })).toEqual({ type: 'tidy:zap-start' });
  });
});

describe('a zap is saved for the site, applied, and undone in one click (issue 12)', () => {
  it('zaps, persists as a rule, shows in the report, and Show deletes the rule and brings it back', async () => {
    document.body.innerHTML = ARTICLE;
    const host = location.hostname;
    const session = new PageSession(document, [], () => undefined, Infinity);
    applyUserRules(session, await loadSettings(), host);
    session.start();
    try {
      const aside = document.querySelector('.weather-box')!;
      expect(await zapElement(session, aside, host)).toBeNull();
      expect(aside.getAttribute(HIDDEN_ATTR)).toBe(USER_RULE_CATEGORY);
      const stored = (await loadSettings()).zapRules[host.replace(/^www\./, '')];
      expect(stored).toEqual([
        { selector: 'aside.weather-box', label: 'Weather in the valley: sunny, 21 degrees', created: expect.any(Number) as number },
      ]);
      const record = session.report().hidden.find((r) => r.rule === 'zap:aside.weather-box');
      expect(record).toBeDefined();
      // A _locales key, worded where it is shown (the popup's reasonText).
      expect(record!.reason).toBe('reason_zapped');

      // A paragraph of the article is refused, with the reason, and nothing is saved.
      const paragraph = document.querySelector('#story p')!;
      expect(await zapElement(session, paragraph, host)).toMatch(/zap_refused|article/);
      expect(paragraph.hasAttribute(HIDDEN_ATTR)).toBe(false);
      expect((await loadSettings()).zapRules[host]).toHaveLength(1);

      // Show (the popup's undo) on a zap deletes its rule; the settings change shows it again.
      await forgetZap(record, host);
      session.show(record!.id);
      await wait();
      expect((await loadSettings()).zapRules).toEqual({});
      expect(aside.hasAttribute(SHOWN_ATTR)).toBe(true);

      // Zapped again: hidden again.
      expect(await zapElement(session, aside, host)).toBeNull();
      expect(aside.hasAttribute(SHOWN_ATTR)).toBe(false);
      expect(session.report().hidden.some((r) => r.rule === 'zap:aside.weather-box')).toBe(true);
    } finally {
      session.stop();
    }
  });
});
