/**
 * Checks run inside a tidied page: the `data-expect` markers hold, the document_start stylesheet
 * applies, and the ad labels' visibility (for undo). Waiting for the content script to settle is
 * scripts/dev/load-page.ts's (`waitForTidy`), and so is why page code is passed as a string.
 */
import type { Page } from 'puppeteer-core';

export interface ExpectationReport {
  hideCount: number;
  keepCount: number;
  /** `[data-expect="hide"]` elements that are still visible. */
  visibleHides: string[];
  /** `[data-expect="keep"]` elements, or text inside them, that are not visible. */
  hiddenKeeps: string[];
}

/**
 * Checks the page's `data-expect` markers with the browser's own visibility
 * (`Element.checkVisibility()`): every hide element must not be visible; every keep element and
 * each of its text nodes (outside nested hide elements) must be. Each failure names the element,
 * a text snippet, and whether an engine mark (`data-tidy-hidden`) or the page's own CSS hides it.
 */
export async function expectations(page: Page): Promise<ExpectationReport> {
  return (await page.evaluate(`(() => {
    const snip = (s) => { const t = (s ?? '').replace(/\\s+/g, ' ').trim(); return t.length > 70 ? t.slice(0, 69) + '…' : t; };
    const describe = (el) => '<' + el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '> "' + snip(el.textContent) + '"';
    const why = (el) => {
      const mark = el.closest('[data-tidy-hidden]:not([data-tidy-shown])');
      return mark ? 'engine mark ' + mark.getAttribute('data-tidy-hidden') + ' on ' + describe(mark).slice(0, 60) : 'page CSS or document_start stylesheet';
    };
    const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
    const hides = Array.from(document.querySelectorAll('[data-expect="hide"]'));
    const keeps = Array.from(document.querySelectorAll('[data-expect="keep"]'));
    const visibleHides = hides.filter((el) => el.checkVisibility()).map((el) => 'visible: ' + describe(el));
    const hiddenKeeps = [];
    for (const el of keeps) {
      if (!el.checkVisibility()) { hiddenKeeps.push('hidden (' + why(el) + '): ' + describe(el)); continue; }
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.nodeValue || !node.nodeValue.trim() || SKIP.has(parent.tagName)) continue;
        const hide = parent.closest('[data-expect="hide"]');
        if (hide && hide !== el && el.contains(hide)) continue;
        if (!parent.checkVisibility()) hiddenKeeps.push('text hidden (' + why(parent) + '): "' + snip(node.nodeValue) + '" in ' + describe(el));
      }
    }
    return { hideCount: hides.length, keepCount: keeps.length, visibleHides, hiddenKeeps };
  })()`)) as ExpectationReport;
}

/** Number of `data-expect` attributes in an HTML source (what the DOM must still hold). */
export const countExpectMarkers = (html: string): number => (html.match(/\sdata-expect\s*=/g) ?? []).length;

export interface StylesheetProbe {
  /** Computed display of a fresh `div#div-gpt-ad-…` added and removed in one task (CSS alone). */
  probe: string;
  /** Computed display of the page's own `[id^="div-gpt-ad"]` elements. */
  existing: Array<{ id: string; display: string }>;
}

/**
 * Whether the document_start stylesheet (content.css) applies. The probe element is added and
 * removed synchronously, so the content script's observer never sees it connected: only CSS can
 * have hidden it.
 */
export async function stylesheetProbe(page: Page): Promise<StylesheetProbe> {
  return (await page.evaluate(`(() => {
    const probe = document.createElement('div');
    probe.id = 'div-gpt-ad-tidy-harness-probe';
    (document.body ?? document.documentElement).appendChild(probe);
    const display = getComputedStyle(probe).display;
    probe.remove();
    const existing = Array.from(document.querySelectorAll('[id^="div-gpt-ad"]')).map((el) => ({ id: el.id, display: getComputedStyle(el).display }));
    return { probe: display, existing };
  })()`)) as StylesheetProbe;
}

/** Text of an ad label ("Advertisement", "Anzeige", …), whole text of a leaf element. */
const AD_LABEL_SOURCE = String.raw`^(advertisement|advertising|advert|ad|ads|anzeige|publicit[ée]|publicidad|pubblicit[àa]|sponsored|werbung|広告)$`;

/**
 * Leaf elements whose whole text is an ad label and that sit inside an element the engine marked
 * as `ads`, with their current visibility. The marks stay when the category is switched off (only
 * an attribute on <html> changes), so the same list is found before and after.
 */
export async function adLabels(page: Page): Promise<Array<{ text: string; visible: boolean }>> {
  return (await page.evaluate(`(() => {
    const re = new RegExp(${JSON.stringify(AD_LABEL_SOURCE)}, 'i');
    return Array.from(document.body ? document.body.querySelectorAll('*') : [])
      .filter((el) => el.childElementCount === 0 && re.test((el.textContent ?? '').trim()) && el.closest('[data-tidy-hidden="ads"]'))
      .map((el) => ({ text: (el.textContent ?? '').trim(), visible: el.checkVisibility() }));
  })()`)) as Array<{ text: string; visible: boolean }>;
}

/** Waits until every ad label of `adLabels` has the wanted visibility; returns the last reading. */
export async function waitForAdLabels(page: Page, visible: boolean, timeout = 5000): Promise<Array<{ text: string; visible: boolean }>> {
  const until = Date.now() + timeout;
  for (;;) {
    const labels = await adLabels(page);
    if ((labels.length > 0 && labels.every((l) => l.visible === visible)) || Date.now() > until) return labels;
    await new Promise((r) => setTimeout(r, 100));
  }
}
