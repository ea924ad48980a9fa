import { describe, expect, it } from 'vitest';
import { parseRequest, reportForClipboard, type PageReport } from '../../../src/shared/messages';
import { cleanDocument } from '../../../src/core/engine';
import { HIDDEN_ATTR, SHOWN_ATTR } from '../../../src/core/marks';
import { loadDocument } from '../../helpers/page';

describe('content-script messages are validated (issue 10)', () => {
  const token = 'k2h9-x1';
  it('accepts our requests', () => {
    expect(parseRequest({ type: 'tidy:report' })).toEqual({ type: 'tidy:report' });
    expect(parseRequest({ type: 'tidy:snapshot', token })).toEqual({ type: 'tidy:snapshot', token });
    expect(parseRequest({ type: 'tidy:show', id: 3, token })).toEqual({ type: 'tidy:show', id: 3, token });
    expect(parseRequest({ type: 'tidy:set-category', category: 'ads', enabled: false, token })).toEqual({
      type: 'tidy:set-category',
      category: 'ads',
      enabled: false,
      token,
    });
    expect(parseRequest({ type: 'tidy:set-paused', paused: true, token })).toEqual({ type: 'tidy:set-paused', paused: true, token });
  });

  it('refuses anything else', () => {
    for (const bad of [
      null,
      'tidy:report',
      42,
      { type: 'tidy:show', id: '3', token },
      { type: 'tidy:show', id: -1, token },
      { type: 'tidy:show', id: 1.5, token },
      { type: 'tidy:show', token },
      { type: 'tidy:set-category', category: 'everything', enabled: false, token },
      { type: 'tidy:set-category', category: 'ads', enabled: 'no', token },
      { type: 'tidy:set-category', category: '__proto__', enabled: true, token },
      { type: 'tidy:set-paused', paused: 1, token },
      { type: 'tidy:unknown', token },
    ])
      expect(parseRequest(bad), JSON.stringify(bad)).toBeNull();
  });

  it('refuses requests after the report without the document token (the popup must say which page it means)', () => {
    for (const bad of [
      { type: 'tidy:snapshot' },
      { type: 'tidy:show', id: 3 },
      { type: 'tidy:set-category', category: 'ads', enabled: false },
      { type: 'tidy:set-paused', paused: true },
      { type: 'tidy:snapshot', token: '' },
      { type: 'tidy:snapshot', token: 7 },
      { type: 'tidy:snapshot', token: 'a'.repeat(65) },
      { type: 'tidy:show', id: 3, token: '<img src=x>' },
    ])
      expect(parseRequest(bad), JSON.stringify(bad)).toBeNull();
  });
});

describe('"Copy report" (issue 10)', () => {
  it('keeps only the origin and path of the URL', () => {
    const report = {
      url: 'https://news.example.com/2026/03/04/story?token=secret&utm_source=x#comments',
      isArticle: true,
      token: 'k2h9-x1',
      kindReason: 'json-ld',
      headline: 'Council passes the new law',
      paused: false,
      disabledCategories: [],
      hidden: [],
      refused: [],
      elapsedMs: 1,
      longestSliceMs: 1,
      workMs: 2,
    } as PageReport;
    const copied = JSON.stringify(reportForClipboard(report));
    expect(copied).not.toContain('secret');
    expect(copied).not.toContain('comments');
    expect(reportForClipboard(report).url).toBe('https://news.example.com/2026/03/04/story');
    expect(reportForClipboard(report).title).toBe('Council passes the new law');
    expect(copied).not.toContain('k2h9-x1');
  });
});

describe('marks served by the page exempt nothing (issue 10)', () => {
  const prose = Array.from(
    { length: 8 },
    (_, i) => `<p>Paragraph ${i} of the story tells readers what happened in the town council this week, and why it matters to them.</p>`,
  ).join('');

  it('an ad that carries data-tidy-shown from the server is still hidden', () => {
    const doc = loadDocument(
      `<h1>Council passes the new law</h1><article>${prose}<div id="ad" class="ad-slot" ${SHOWN_ATTR}="user"><span>Advertisement</span><iframe width="300" height="250"></iframe></div>${prose}</article>`,
    );
    cleanDocument(doc);
    const ad = doc.getElementById('ad')!;
    expect(ad.hasAttribute(HIDDEN_ATTR)).toBe(true);
    expect(ad.hasAttribute(SHOWN_ATTR)).toBe(false);
  });

  it('an ad inside a wrapper the page marked data-tidy-hidden (with a made-up category) is still hidden', () => {
    const doc = loadDocument(
      `<h1>Council passes the new law</h1><article>${prose}<div ${HIDDEN_ATTR}="none"><div id="ad" class="ad-slot"><span>Advertisement</span><iframe width="300" height="250"></iframe></div></div>${prose}</article>`,
    );
    cleanDocument(doc);
    expect(doc.getElementById('ad')!.closest(`[${HIDDEN_ATTR}="ads"]`)).not.toBeNull();
  });
});
