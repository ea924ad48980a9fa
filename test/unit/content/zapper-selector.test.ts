import { describe, expect, it } from 'vitest';
import { cssEscape, looksHashed, selectorFor } from '../../../src/content/zapper-selector';
import { loadDocument } from '../../helpers/page';

const pick = (html: string, target = '[data-pick]'): { doc: Document; el: Element; selector: string | null } => {
  const doc = loadDocument(`<!doctype html><html><body>${html}</body></html>`);
  const el = doc.querySelector(target)!;
  return { doc, el, selector: selectorFor(el) };
};

describe('zapper: a robust selector for the picked element (issue 12)', () => {
  it('prefers a stable id', () => {
    expect(pick('<div><aside id="newsletter-signup" class="css-1xdhyk6" data-pick>Sign up</aside></div>').selector).toBe(
      '#newsletter-signup',
    );
  });

  it('skips a hashed or numbered id and uses a stable attribute instead', () => {
    expect(pick('<section id="css-9f8e7d" data-testid="promo-box" data-pick>x</section>').selector).toBe(
      'section[data-testid="promo-box"]',
    );
    expect(pick('<div id="ad-83749234" aria-label="Newsletter" data-pick>x</div>').selector).toBe('div[aria-label="Newsletter"]');
  });

  it('uses classes that are not build hashes, and leaves the hashes out', () => {
    expect(pick('<div class="css-1xdhyk6 promo-box e1x2y3z4" data-pick>x</div><div class="css-1xdhyk6">y</div>').selector).toBe(
      'div.promo-box',
    );
  });

  it('falls back to an nth-of-type path from the nearest named ancestor when nothing else names it alone', () => {
    const { doc, el, selector } = pick(
      '<main id="content"><div class="css-abc123"><p>a</p></div><div class="css-abc123"><p>b</p><p data-pick>c</p></div></main>',
    );
    expect(selector).toBe('#content > div:nth-of-type(2) > p:nth-of-type(2)');
    expect(Array.from(doc.querySelectorAll(selector!))).toEqual([el]);
  });

  it('falls back to a path from <body> when no ancestor is named', () => {
    const { doc, el, selector } = pick('<div><span>a</span></div><div><span>b</span><span data-pick>c</span></div>');
    expect(selector).toBe('body > div:nth-of-type(2) > span:nth-of-type(2)');
    expect(doc.querySelector(selector!)).toBe(el);
  });

  it('every selector it makes matches exactly the element, whatever the ids and classes hold', () => {
    const { doc, el, selector } = pick('<div id="a:b" class="x.y" data-pick>x</div><div class="x.y">y</div>');
    expect(Array.from(doc.querySelectorAll(selector!))).toEqual([el]);
    expect(selector).toBe('#a\\:b');
  });

  it('names no <body> or <html>, and no detached element', () => {
    const doc = loadDocument('<!doctype html><html><body><p>x</p></body></html>');
    expect(selectorFor(doc.body)).toBeNull();
    expect(selectorFor(doc.documentElement)).toBeNull();
    expect(selectorFor(doc.createElement('div'))).toBeNull();
  });

  it('tells build hashes from names people write', () => {
    for (const hashed of ['css-1xdhyk6', 'sc-bdVaJa', 'Button_root__3xYz1', 'e1x2y3z4', 'jsx-2843921', 'xkcdqzt'])
      expect(looksHashed(hashed), hashed).toBe(true);
    for (const stable of ['promo-box', 'newsletter', 'col-2', 'ad-slot', 'h2', 'article-body', 'related_links'])
      expect(looksHashed(stable), stable).toBe(false);
  });

  it('escapes identifiers as CSS.escape does where jsdom has none', () => {
    expect(cssEscape('1abc')).toBe('\\31 abc');
    expect(cssEscape('a:b.c')).toBe('a\\:b\\.c');
    expect(cssEscape('-')).toBe('\\-');
    expect(cssEscape('über')).toBe('über');
  });
});
