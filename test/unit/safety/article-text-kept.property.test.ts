/**
 * Property (issue 10): whatever clutter surrounds an article, and whatever is dropped between its
 * paragraphs, the cleaner never hides a word of it. Random DOM trees (jsdom) of clutter-shaped
 * boxes (ad labels, promo calls, share links, link lists, durations, cookie sentences, class words)
 * with an article somewhere inside; the engine runs, then every text node of the article's
 * headline and paragraphs must still be outside any hidden element. Bounded: 100 cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { HIDDEN_ATTR, SHOWN_ATTR } from '../../../src/core/marks';
import { loadDocument } from '../../helpers/page';

const WORDS = (
  'the council ferry harbour vote said on Tuesday island timetable winter until May residents ' +
  'mayor budget plan would extend service boats and after years of debate share subscribe ' +
  'advertisement newsletter read more video sponsored cookies related story week morning'
).split(' ');

const CLUTTER_TEXTS = [
  'Advertisement',
  'ADVERTISEMENT',
  'Anzeige',
  'Sponsored',
  'Subscribe',
  'Subscribe now for $1',
  'Sign up for our newsletter',
  'Share',
  'Share on Facebook',
  'Read more:',
  'Most read',
  'Related',
  '06:02',
  'Listen to this article',
  'We use cookies to improve your experience.',
  'Accept all',
  'Follow us',
  'Back to top',
];
const CLASS_WORDS = ['ad-slot', 'newsletter', 'share-bar', 'outbrain', 'video-playlist', 'promo', 'modal', 'css-1xdhyk6', 'rail', ''];
const TAGS = ['div', 'section', 'aside', 'span', 'p', 'ul', 'li', 'figure', 'nav'];
const HREFS = ['/2026/03/01/other-story', '/2026/03/02/more-news', 'https://www.facebook.com/sharer/sharer.php?u=x', '#top', '/subscribe'];

const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Clutter as HTML: nested boxes of labels, links and empty slots. */
const clutter: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...CLUTTER_TEXTS).map(esc),
    fc
      .tuple(fc.constantFrom(...HREFS), fc.constantFrom(...CLUTTER_TEXTS, 'Ferry fares rise again as the council meets'))
      .map(([href, text]) => `<a href="${href}">${esc(text)}</a>`),
    fc.constant('<iframe width="300" height="250"></iframe>'),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...CLASS_WORDS), fc.boolean(), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, cls, fixed, kids]) => {
        const inner = tag === 'ul' ? kids.map((k) => `<li>${k}</li>`).join('') : kids.join('');
        const style = fixed ? ' style="position:fixed;bottom:0"' : '';
        return `<${tag}${cls ? ` class="${cls}"` : ''}${style}>${inner}</${tag}>`;
      }),
  ),
})).node;

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 8, maxLength: 18 })
  .map((ws) => `${ws.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
const paragraph = fc.array(sentence, { minLength: 2, maxLength: 4 }).map((ss) => ss.join(' '));

const page = fc.record({
  headline: fc.array(fc.constantFrom(...WORDS), { minLength: 5, maxLength: 10 }).map((ws) => ws.join(' ')),
  paragraphs: fc.array(paragraph, { minLength: 4, maxLength: 9 }),
  /** Clutter dropped between the paragraphs, by position. */
  inline: fc.array(fc.tuple(fc.nat(9), clutter), { maxLength: 3 }),
  before: fc.array(clutter, { maxLength: 4 }),
  after: fc.array(clutter, { maxLength: 4 }),
  wrapper: fc.constantFrom('article', 'div', 'main'),
});

type Page = typeof page extends fc.Arbitrary<infer T> ? T : never;

function render(p: Page): string {
  const body = p.paragraphs
    .map(
      (t, i) =>
        `${p.inline
          .filter(([at]) => at === i)
          .map(([, c]) => c)
          .join('')}<p data-article>${esc(t)}</p>`,
    )
    .join('');
  return `<!doctype html><html><head><meta property="og:type" content="article"><title>${esc(p.headline)}</title></head><body>
    ${p.before.join('')}<${p.wrapper}><h1 data-article>${esc(p.headline)}</h1><div>${body}</div></${p.wrapper}>${p.after.join('')}
  </body></html>`;
}

/** Article text nodes that sit in a hidden element. */
function lostText(doc: Document): string[] {
  const lost: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('[data-article]'))) {
    const hider = el.closest(`[${HIDDEN_ATTR}]:not([${SHOWN_ATTR}])`);
    if (hider)
      lost.push(
        `${(el.textContent ?? '').slice(0, 60)} (in <${hider.tagName.toLowerCase()}> hidden as ${hider.getAttribute(HIDDEN_ATTR)})`,
      );
  }
  return lost;
}

describe('the cleaner never loses a word of the article (property, issue 10)', () => {
  it('holds on 100 random pages', () => {
    fc.assert(
      fc.property(page, (p) => {
        const doc = loadDocument(render(p), 'https://news.example.com/2026/03/04/ferry-timetable-extended');
        cleanDocument(doc, { url: 'https://news.example.com/2026/03/04/ferry-timetable-extended' });
        expect(lostText(doc)).toEqual([]);
      }),
      { numRuns: 100, seed: 20260304 },
    );
  }, 120_000);
});
