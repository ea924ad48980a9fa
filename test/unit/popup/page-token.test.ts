/**
 * The popup talks to the document it asked (issue 10): the report's token names the content
 * script's engine state, and a new state (the page re-analysed: its record ids start again) gets a
 * new token, which the content script then requires. A real jsdom page with its MutationObserver.
 */
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageSession } from '../../../src/content/page-session';
import { parseRequest } from '../../../src/shared/messages';
import { readSnapshot, type PageSnapshot } from '../../../src/shared/snapshot';

const prose = (topic: string): string =>
  Array.from(
    { length: 7 },
    (_, i) => `<p>${topic}, paragraph ${i}: the council met on Tuesday and voted to extend the ferry timetable.</p>`,
  ).join('');
const story = (title: string): string =>
  `<article><h1>${title}</h1>${prose(title)}<div><span>Advertisement</span></div>${prose(title)}</article>`;

describe('the report token (popup ↔ document)', () => {
  let dom: JSDOM;
  let session: PageSession;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    dom = new JSDOM(
      `<!doctype html><html><head><meta property="og:type" content="article"><title>News</title></head><body>${story('Ferry timetable extended')}</body></html>`,
      {
        url: 'https://news.example.com/2026/03/04/ferry',
      },
    );
    vi.stubGlobal('MutationObserver', dom.window.MutationObserver);
    vi.stubGlobal('location', dom.window.location);
    session = new PageSession(dom.window.document, [], () => undefined, Infinity);
    session.start();
  });
  afterEach(() => {
    session.stop();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('the report carries the located headline and a token later requests must echo; no extraction', () => {
    const report = session.report();
    expect(report.headline).toBe('Ferry timetable extended');
    expect(report).not.toHaveProperty('article');
    expect(session.report().token).toBe(report.token);
    expect(parseRequest({ type: 'tidy:show', id: 0, token: report.token })).not.toBeNull();
    const snapshot = session.snapshot() as PageSnapshot;
    const { parts } = readSnapshot(snapshot, new dom.window.DOMParser());
    expect(parts.headline?.textContent).toBe('Ferry timetable extended');
    expect(snapshot.url).toBe('https://news.example.com/2026/03/04/ferry');
  });

  it('changes when the page is analysed afresh (its record ids start again)', async () => {
    const before = session.report().token;
    // The story is replaced as a client-rendered site does between stories.
    dom.window.document.body.innerHTML = story('Harbour dredging approved');
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(1000);
    const after = session.report();
    expect(after.headline).toBe('Harbour dredging approved');
    expect(after.token).not.toBe(before);
  });
});
