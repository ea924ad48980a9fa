import { describe, expect, it } from 'vitest';
import { parseRequest, reportForClipboard, type PageReport } from '../../../src/shared/messages';
import { cleanDocument } from '../../../src/core/engine';
import { HIDDEN_ATTR, SHOWN_ATTR } from '../../../src/core/marks';
import { loadDocument } from '../../helpers/fixtures';

describe('content-script messages are validated (issue 10)', () => {
  it('accepts our requests', () => {
    expect(parseRequest({ type: 'tidy:report' })).toEqual({ type: 'tidy:report' });
    expect(parseRequest({ type: 'tidy:show', id: 3 })).toEqual({ type: 'tidy:show', id: 3 });
    expect(parseRequest({ type: 'tidy:set-category', category: 'ads', enabled: false })).toEqual({
      type: 'tidy:set-category',
      category: 'ads',
      enabled: false,
    });
    expect(parseRequest({ type: 'tidy:set-paused', paused: true })).toEqual({ type: 'tidy:set-paused', paused: true });
  });

  it('refuses anything else', () => {
    for (const bad of [
      null,
      'tidy:report',
      42,
      { type: 'tidy:show', id: '3' },
      { type: 'tidy:show', id: -1 },
      { type: 'tidy:show', id: 1.5 },
      { type: 'tidy:show' },
      { type: 'tidy:set-category', category: 'everything', enabled: false },
      { type: 'tidy:set-category', category: 'ads', enabled: 'no' },
      { type: 'tidy:set-category', category: '__proto__', enabled: true },
      { type: 'tidy:set-paused', paused: 1 },
      { type: 'tidy:unknown' },
    ])
      expect(parseRequest(bad), JSON.stringify(bad)).toBeNull();
  });
});

describe('"Copy report" (issue 10)', () => {
  it('keeps only the origin and path of the URL', () => {
    const report = {
      url: 'https://news.example.com/2026/03/04/story?token=secret&utm_source=x#comments',
      isArticle: true,
      kindReason: 'json-ld',
      paused: false,
      disabledCategories: [],
      hidden: [],
      refused: [],
      article: null,
      elapsedMs: 1,
    } as PageReport;
    const copied = JSON.stringify(reportForClipboard(report));
    expect(copied).not.toContain('secret');
    expect(copied).not.toContain('comments');
    expect(reportForClipboard(report).url).toBe('https://news.example.com/2026/03/04/story');
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
