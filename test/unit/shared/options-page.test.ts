// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { REPO } from '../../helpers/fixtures';
import { fakeBrowser } from './fake-browser';

const fake = fakeBrowser({ disabledCategories: 'ads', disabledSites: { 'example.com': true } });
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const wait = (ms = 50): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const html = readFileSync(join(REPO, 'src/options/options.html'), 'utf8');
document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)![1].replace(/<script[^>]*><\/script>/, '');

describe('options page with corrupt settings (issue 10)', () => {
  it('renders the switches, writes two quick switches, re-renders on change, and resets', async () => {
    await import('../../../src/options/options');
    await wait();
    const boxes = (): HTMLInputElement[] => Array.from(document.querySelectorAll<HTMLInputElement>('#categories input'));
    expect(boxes().length).toBeGreaterThan(2);
    expect(boxes().every((b) => b.checked)).toBe(true);

    // Two quick switches: neither is lost.
    for (const b of boxes().slice(0, 2)) {
      b.checked = false;
      b.dispatchEvent(new Event('change'));
    }
    await wait(100);
    expect((fake.store.get('disabledCategories') as string[]).length).toBe(2);

    // A change made elsewhere (the popup) shows here.
    await fake.browser.storage.local.set({ disabledSites: ['news.example.org'] });
    await wait();
    expect(document.getElementById('sites')!.textContent).toContain('news.example.org');

    const reset = document.getElementById('reset') as HTMLButtonElement;
    expect(reset.textContent).toBe('Reset settings');
    reset.click();
    await wait(100);
    expect(fake.store.get('disabledCategories')).toEqual([]);
    expect(boxes().every((b) => b.checked)).toBe(true);
    expect(document.getElementById('sites')!.children.length).toBe(0);
  });
});
