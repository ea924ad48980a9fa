/**
 * "Why was this hidden?" and "Keep showing on this site" (issue 12, part 2) on a real jsdom
 * page: the labels go on in show-everything mode and come off again without a node removed, an
 * exception shows its element (and what the engine hid inside it) on load and on late content,
 * and deleting it hides the element again. The browser API is the in-memory fake.
 */
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../shared/fake-browser';

const fake = fakeBrowser();
(fake.browser.i18n as { getMessage: (key: string, subs?: string[] | string) => string }).getMessage = (key, subs) =>
  `⟦${key}${subs ? `|${([] as string[]).concat(subs).join('|')}` : ''}⟧`;
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { PageSession } = await import('../../../src/content/page-session');
const { explainHidden, keepShown } = await import('../../../src/content/why-hidden');
const { HIDDEN_ATTR, SHOWN_ATTR } = await import('../../../src/core/marks');

const prose = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i}: the council met on Tuesday and voted to extend the ferry timetable to May.</p>`,
  ).join('');
const PAGE = `<article><h1>Ferry timetable extended</h1>${prose(3)}
  <div id="box"><div id="div-gpt-ad-1"></div></div>
  <div class="slot"><span id="label">Advertisement</span></div>${prose(4)}</article>`;

describe('why hidden, and exceptions kept per site', () => {
  let dom: JSDOM;
  const doc = (): Document => dom.window.document;
  const visible = (id: string): boolean => !doc().getElementById(id)!.closest(`[${HIDDEN_ATTR}]:not([${SHOWN_ATTR}])`);

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    dom = new JSDOM(`<!doctype html><html><head><meta property="og:type" content="article"></head><body>${PAGE}</body></html>`, {
      url: 'https://news.example.com/2026/03/04/ferry',
    });
    vi.stubGlobal('MutationObserver', dom.window.MutationObserver);
    vi.stubGlobal('location', dom.window.location);
    vi.stubGlobal('document', dom.window.document);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('show-everything labels each hidden element with its category and reason, and takes the labels away again', () => {
    const session = new PageSession(doc(), [], () => undefined, Infinity);
    session.start();
    const { hidden } = session.report();
    expect(hidden.length).toBeGreaterThan(0);
    const nodes = doc().querySelectorAll('*').length;
    explainHidden(
      doc(),
      hidden.map((record) => ({ record, element: session.element(record.id) })),
    );
    const labelled = Array.from(doc().querySelectorAll('[data-tidy-why]'));
    expect(labelled.length).toBe(hidden.length);
    expect(labelled[0].getAttribute('data-tidy-why')).toMatch(/^⟦why_hidden_label\|⟦category_ads⟧\|⟦reason_/);
    expect(doc().documentElement.hasAttribute('data-tidy-explain')).toBe(true);
    // One <style> of ours; nothing of the page's removed.
    expect(doc().querySelectorAll('*').length).toBe(nodes + 1);
    explainHidden(doc(), []);
    expect(doc().querySelectorAll('[data-tidy-why], [title]').length).toBe(0);
    expect(doc().documentElement.hasAttribute('data-tidy-explain')).toBe(false);
    session.stop();
  });

  it('an exception shows its element and what was hidden inside it, on late content too; deleting it hides it again', async () => {
    const session = new PageSession(doc(), [], () => undefined, Infinity);
    session.setShownRules(['#box']);
    session.start();
    expect(visible('div-gpt-ad-1')).toBe(true);
    expect(session.report().hidden.some((r) => session.element(r.id)?.closest('#box'))).toBe(false);
    // The site renders the box again, later: still shown.
    doc().getElementById('box')!.innerHTML = '<div id="div-gpt-ad-2"></div>';
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(600);
    expect(visible('div-gpt-ad-2')).toBe(true);
    session.setShownRules([]);
    expect(visible('div-gpt-ad-2')).toBe(false);
    session.stop();
  });

  it('"Keep showing" saves a selector for the element under the site and shows it at once', async () => {
    vi.useRealTimers();
    const session = new PageSession(doc(), [], () => undefined, Infinity);
    session.start();
    const record = session
      .report()
      .hidden.find((r) => session.element(r.id)?.querySelector('#label') || session.element(r.id)?.id === 'label')!;
    expect(record).toBeDefined();
    expect(await keepShown(session, record.id, 'www.news.example.com')).toBe(true);
    expect(visible('label')).toBe(true);
    const stored = fake.store.get('shownRules') as Record<string, Array<{ selector: string; label: string }>>;
    expect(Object.keys(stored)).toEqual(['news.example.com']);
    expect(doc().querySelector(stored['news.example.com'][0].selector)).toBe(session.element(record.id));
    expect(stored['news.example.com'][0].label).toContain('Advertisement');
    session.stop();
  });
});
