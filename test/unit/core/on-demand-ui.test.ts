import { describe, expect, it } from 'vitest';
import { cleanDocument, runPass } from '../../../src/core/engine';
import { HIDDEN_ATTR } from '../../../src/core/marks';
import type { LayoutProbe } from '../../../src/core/types';
import { page, paragraphs } from '../../helpers/page';

/**
 * The site's on-demand UI (on-demand-ui.ts): a sign-in panel and a feedback form are hidden when a
 * reader sees them at the first look at the page (the site's stylesheet did not load), never when
 * the site keeps them out of sight, and never when they come later (the reader opened one).
 * Invented pages with hashed class names, modelled on harpers.org.justice and phys.org.tool.
 */
const panel = `<div class="css-4n5o6p" id="panel"><p>Sign in to access The Example Review</p><a href="#">Close X</a>
  <form class="css-0t1u2v"><label for="u">Email address</label><input type="email" id="u">
  <label for="pw">Password</label><input type="password" id="pw"><input type="submit" value="Sign in"></form>
  <p>Need to create a login? Forgot your password?</p></div>`;
const feedback = `<div class="css-2k3j4h" id="feedback"><h5>What do you think about this particular story?</h5>
  <p>Your feedback will go directly to the editors.</p><form class="css-1z2x3c"><textarea id="m" name="message"></textarea>
  <button type="submit">Send Feedback</button></form></div>`;
const article = (after: string): Document =>
  page({
    url: 'https://news.example.com/2026/03/04/council-approves-flood-barrier',
    body: `<main><article><h1>Council approves the flood barrier after long debate</h1>
      <div class="css-1xdhyk6" id="story">${paragraphs(8)}</div></article>${after}</main>`,
  });
const isHidden = (doc: Document, selector: string): boolean => !!doc.querySelector(selector)?.closest(`[${HIDDEN_ATTR}]`);
/** jsdom has no stylesheet layout: the probe says what the site's stylesheet would render. */
const probe = (rendered: (el: Element) => boolean): LayoutProbe => ({ position: () => 'static', rendered });

describe('on-demand UI: a sign-in panel and a feedback form', () => {
  it('are hidden when they show at the first look', () => {
    const doc = article(panel + feedback);
    cleanDocument(doc, { layout: probe(() => true) });
    expect(isHidden(doc, '#panel')).toBe(true);
    expect(isHidden(doc, '#feedback')).toBe(true);
  });

  it('are left alone while the site keeps them out of sight, so its sign-in and form still open', () => {
    const doc = article(panel + feedback);
    cleanDocument(doc, { layout: probe((el) => !el.closest('#panel, #feedback')) });
    expect(isHidden(doc, '#panel')).toBe(false);
    expect(isHidden(doc, '#feedback')).toBe(false);
  });

  it('are left alone when they come after the first look (the reader opened one)', () => {
    const doc = article('');
    const { state } = cleanDocument(doc, { layout: probe(() => true) });
    const late = doc.createElement('div');
    late.innerHTML = panel + feedback;
    doc.querySelector('main')!.append(late);
    runPass(state, late);
    expect(isHidden(doc, '#panel')).toBe(false);
    expect(isHidden(doc, '#feedback')).toBe(false);
  });
});
