// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { REPO } from '../../helpers/fixtures';
import { fakeBrowser } from '../shared/fake-browser';

const zap = { selector: '#newsletter', label: 'Sign up for our newsletter', created: Date.UTC(2026, 2, 4) };
const fake = fakeBrowser({
  settingsVersion: 2,
  disabledCategories: [],
  disabledSites: ['paused.example'],
  customRules: { 'news.example.com': ['.promo-box'] },
  zapRules: { 'news.example.com': [zap] },
  showBadge: true,
});
// Every string shows as ⟦key|substitutions⟧: what the page shows must come from _locales.
(fake.browser.i18n as { getMessage: (key: string, subs?: string[] | string) => string }).getMessage = (key, subs) =>
  key.startsWith('@@') ? '' : `⟦${key}${subs ? `|${([] as string[]).concat(subs).join('|')}` : ''}⟧`;
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const wait = (ms = 60): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const html = readFileSync(join(REPO, 'src/options/options.html'), 'utf8');
document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)![1].replace(/<script[^>]*><\/script>/, '');
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const type = (input: HTMLInputElement, value: string): void => {
  input.value = value;
  input.dispatchEvent(new Event('input'));
};
const stored = (): Record<string, unknown> => Object.fromEntries(fake.store);

// jsdom's Blob has no text() (every browser we support has): read it as a browser without one would.
if (!('text' in Blob.prototype)) {
  Object.defineProperty(Blob.prototype, 'text', {
    value(this: Blob): Promise<string> {
      return new Promise((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.readAsText(this);
      });
    },
  });
}

await import('../../../src/options/options');
await wait();

describe('options page controls (issue 12)', () => {
  it('shows no hard-coded text: every visible string and accessible name comes from _locales', () => {
    const userData = new Set(['paused.example', 'news.example.com', '.promo-box', '#newsletter', 'Sign up for our newsletter']);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue!.trim()) texts.push(n.nodeValue!.trim());
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((t) => !/^⟦[^⟧]+⟧$/.test(t) && !userData.has(t))).toEqual([]);
    for (const el of Array.from(document.querySelectorAll('[aria-label], [title], [placeholder]')))
      for (const attr of ['aria-label', 'title', 'placeholder'])
        if (el.hasAttribute(attr) && !userData.has(el.getAttribute(attr)!))
          expect(el.getAttribute(attr), `${el.tagName} ${attr}`).toMatch(/^⟦[^⟧]+⟧$/);
    // The inputs have labels (a <label for>, a wrapping label, or an aria-label).
    for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input')))
      expect(input.labels?.length || input.getAttribute('aria-label'), input.id || input.value).toBeTruthy();
  });

  it('lists the paused sites, the custom rules and the zaps with their sites', () => {
    expect($('sites').textContent).toContain('paused.example');
    expect(($('rules').querySelector('input') as HTMLInputElement).value).toBe('.promo-box');
    expect($('zaps').textContent).toContain('Sign up for our newsletter');
    expect($('zaps').textContent).toContain('#newsletter');
    expect($('no-rules').hidden && $('no-zaps').hidden && $('no-sites').hidden).toBe(true);
  });

  it('checks a new rule as it is typed, shows the error beside the field, and adds it only when valid', async () => {
    const site = $<HTMLInputElement>('rule-site');
    const selector = $<HTMLInputElement>('rule-selector');
    type(selector, 'div[[');
    expect($('rule-selector-error').textContent).toBe('⟦options_error_invalid⟧');
    expect(selector.getAttribute('aria-invalid')).toBe('true');
    expect(selector.getAttribute('aria-describedby')).toBe('rule-selector-error');
    type(site, 'not a site/');
    expect($('rule-site-error').textContent).toBe('⟦options_error_site⟧');
    $<HTMLFormElement>('rule-form').requestSubmit();
    await wait();
    expect((stored().customRules as Record<string, string[]>)['news.example.com']).toEqual(['.promo-box']);

    type(site, 'WWW.Other.example');
    type(selector, 'aside[data-testid="newsletter"]');
    expect($('rule-selector-error').textContent).toBe('');
    expect(selector.getAttribute('aria-invalid')).toBe('false');
    $<HTMLFormElement>('rule-form').requestSubmit();
    await wait(120);
    expect(stored().customRules).toEqual({ 'news.example.com': ['.promo-box'], 'other.example': ['aside[data-testid="newsletter"]'] });
    expect($('rules').textContent).toContain('other.example');
  });

  it('edits a rule in place (checked as typed) and deletes one', async () => {
    const field = (): HTMLInputElement =>
      Array.from($('rules').querySelectorAll('input')).find((i) => i.dataset.focusKey === 'rule:news.example.com:.promo-box')!;
    type(field(), '.promo-box >');
    expect(field().closest('li')!.querySelector('.error')!.textContent).toBe('⟦options_error_invalid⟧');
    type(field(), '.promo-box, .promo-strip');
    field().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await wait(120);
    expect((stored().customRules as Record<string, string[]>)['news.example.com']).toEqual(['.promo-box, .promo-strip']);
    const del = Array.from($('rules').querySelectorAll('button')).find((b) => b.textContent === '⟦options_rule_delete⟧')!;
    expect(del.getAttribute('aria-label')).toBe('⟦options_rule_delete_label|.promo-box, .promo-strip|news.example.com⟧');
    del.click();
    await wait(120);
    expect(stored().customRules).toEqual({ 'other.example': ['aside[data-testid="newsletter"]'] });
  });

  it('one click on a zap shows the element again (its rule is deleted)', async () => {
    const undo = $('zaps').querySelector('button')!;
    expect(undo.textContent).toBe('⟦options_zap_undo⟧');
    undo.click();
    await wait(120);
    expect(stored().zapRules).toEqual({});
    expect($('no-zaps').hidden).toBe(false);
  });

  it('switches the badge off', async () => {
    const badge = $<HTMLInputElement>('show-badge');
    expect(badge.checked).toBe(true);
    badge.click();
    await wait(120);
    expect(stored().showBadge).toBe(false);
  });

  it('exports every setting to a JSON file through a Blob URL', async () => {
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob) => ((blob = b), 'blob:tidy-test');
    URL.revokeObjectURL = () => undefined;
    const clicked: string[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    $('export').click();
    await wait();
    expect(clicked[0]).toMatch(/^tidy-news-settings-\d{4}-\d\d-\d\d\.json$/);
    const data = JSON.parse(await blob!.text()) as Record<string, unknown>;
    expect(data).toMatchObject({ format: 'tidy-news-settings', settingsVersion: 2, showBadge: false, disabledSites: ['paused.example'] });
  });

  const importFile = async (text: string): Promise<void> => {
    const input = $<HTMLInputElement>('import-file');
    Object.defineProperty(input, 'files', { value: [new File([text], 'settings.json')], configurable: true });
    input.dispatchEvent(new Event('change'));
    await wait(150);
  };

  it('refuses a bad file with the reason, and leaves every setting exactly as it was', async () => {
    const before = structuredClone(stored());
    await importFile('{"format": "tidy-news-settings", "settingsVersion": 2, "customRules": {"a.example": ["div[["]}');
    expect($('file-status').textContent).toMatch(/^⟦import_error_json\|/);
    expect($('file-status').getAttribute('role')).toBe('alert');
    const wrongSelector = { format: 'tidy-news-settings', settingsVersion: 2, disabledCategories: [], disabledSites: [], showBadge: true };
    await importFile(JSON.stringify({ ...wrongSelector, customRules: { 'a.example': ['div[['] }, zapRules: {} }));
    expect($('file-status').textContent).toBe('⟦import_error_selector|div[[|a.example⟧');
    await importFile(JSON.stringify({ ...wrongSelector, settingsVersion: 99 }));
    expect($('file-status').textContent).toBe('⟦import_error_version|99⟧');
    expect(stored()).toEqual(before);
  });

  it('imports a good file, replacing the settings', async () => {
    const good = { format: 'tidy-news-settings', settingsVersion: 2, disabledCategories: ['video'], disabledSites: [], showBadge: true };
    await importFile(JSON.stringify({ ...good, customRules: { 'x.example': ['.x'] }, zapRules: {} }));
    expect($('file-status').textContent).toBe('⟦options_import_done⟧');
    expect(stored()).toMatchObject({
      disabledCategories: ['video'],
      disabledSites: [],
      customRules: { 'x.example': ['.x'] },
      showBadge: true,
    });
  });
});
