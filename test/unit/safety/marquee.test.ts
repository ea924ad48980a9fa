/**
 * `[role="marquee"]` is not clutter by itself (issue 10): web apps use the role for their own live
 * regions (quotes, scores, a status line). Only a ticker of links to other stories, on an article
 * page, is hidden; the document_start stylesheet never names the role.
 */
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { documentStartCss } from '../../../src/core/exact-selectors';
import { HIDDEN_ATTR } from '../../../src/core/marks';
import { loadDocument, numberedParagraphs } from '../../helpers/page';

const article = (extra: string): string => `<html><head><meta property="og:type" content="article"></head><body>
  ${extra}
  <main><article><h1>Ferry timetable extended after council vote</h1><div id="body">${numberedParagraphs(6)}</div></article></main>
</body></html>`;

describe('role="marquee" (issue 10)', () => {
  it('is not hidden in a web app', () => {
    const doc = loadDocument(
      `<html><body><div id="app"><div role="marquee" id="quotes">AAPL 191.2 ▲ 0.4% · MSFT 402.1 ▼ 0.2%</div>
      <button>Buy</button><button>Sell</button></div></body></html>`,
      'https://trade.example.com/app',
    );
    cleanDocument(doc, { url: 'https://trade.example.com/app' });
    expect(doc.getElementById('quotes')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(documentStartCss()).not.toMatch(/marquee/);
  });

  it('is not hidden on an article page when it runs no links to other stories', () => {
    const doc = loadDocument(article('<div role="marquee" id="scores">Arsenal 2 – 1 Chelsea (78′)</div>'));
    cleanDocument(doc);
    expect(doc.getElementById('scores')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });

  it('is hidden on an article page when it is a ticker of links to other stories', () => {
    const doc = loadDocument(
      article(`<div role="marquee" id="ticker"><span>LIVE</span><ul>
        <li><a href="/2026/03/04/senate-vote">Senate clears procedural vote on defense bill</a></li>
        <li><a href="/2026/03/04/speaker">Speaker: House will not take up the aviation deal</a></li></ul></div>`),
    );
    const result = cleanDocument(doc);
    expect(doc.getElementById('ticker')!.getAttribute(HIDDEN_ATTR)).toBe('related');
    expect(result.hidden.find((r) => r.rule === 'ticker-of-links')).toBeDefined();
  });
});
