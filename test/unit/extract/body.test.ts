import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { extractArticle } from '../../../src/core/extract';
import { cleanedClone } from '../../../src/core/extract/clone';
import { markHidden, OFF_ATTR, offAttr, SHOWN_ATTR } from '../../../src/core/marks';
import { page, paragraphs } from '../../helpers/page';

const H = 'Council approves flood barrier after two-hour debate';

describe('body text', () => {
  it('comes from Readability run on a cleaned copy: hidden elements are gone, the live page is untouched', () => {
    const doc = page({
      body: `<article><h1>${H}</h1>${paragraphs(3)}<div id="slot"><p>Buy the new Zephyr phone today at a great discount price for a limited time.</p></div>${paragraphs(3)}</article>`,
    });
    const slot = doc.getElementById('slot')!;
    markHidden(slot, 'ads');
    const before = doc.documentElement.outerHTML;
    const a = extractArticle(doc);
    expect(a.text).not.toContain('Zephyr');
    expect(a.text).toContain('The council approved the new flood barrier');
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.getElementById('slot')).toBe(slot);
    expect(a.bodySource).toBe('readability');
  });

  it('keeps what the user showed again or switched off', () => {
    const doc = page({ body: `<div id="a">one</div><div id="b">two</div><div id="c">three</div>` });
    markHidden(doc.getElementById('a')!, 'ads');
    markHidden(doc.getElementById('b')!, 'promos');
    markHidden(doc.getElementById('c')!, 'ads');
    doc.getElementById('c')!.setAttribute(SHOWN_ATTR, 'user');
    doc.documentElement.setAttribute(offAttr('promos'), '');
    const clone = cleanedClone(doc);
    expect(clone.getElementById('a')).toBeNull();
    expect(clone.getElementById('b')).not.toBeNull();
    expect(clone.getElementById('c')).not.toBeNull();
    doc.documentElement.setAttribute(OFF_ATTR, '');
    expect(cleanedClone(doc).getElementById('a')).not.toBeNull();
  });

  it('separates paragraphs, drops the repeated headline and furniture lines, keeps sentences that mention ads', () => {
    const doc = page({
      body: `<article><h1>${H}</h1>${paragraphs(4)}<p>Advertisement</p><p>The mayor called the barrier an advertisement for the town’s new climate plan, and promised more.</p><p>Sign up for our free morning newsletter</p>${paragraphs(2)}</article>`,
    });
    const a = extractArticle(doc);
    const paras = a.text.split('\n\n');
    expect(paras[0]).toMatch(/^The council approved/);
    expect(paras).not.toContain('Advertisement');
    expect(a.text).toContain('an advertisement for the town’s new climate plan');
    expect(a.text).not.toContain('Sign up for our free');
  });

  it('after the engine ran on a real-looking page, ads between paragraphs are not in the text', () => {
    const doc = page({
      body: `<main><article><h1>${H}</h1>${paragraphs(3)}<div class="ad-slot"><div>Advertisement</div><div id="div-gpt-ad-1"></div></div>${paragraphs(3)}</article></main>`,
    });
    const { state } = cleanDocument(doc);
    const a = extractArticle(doc, state.parts);
    expect(a.text).not.toMatch(/Advertisement/);
    expect(a.wordCount).toBeGreaterThan(150);
  });

  it('falls back to the located prose when Readability finds nothing', () => {
    const doc = page({
      body: `<div><h1>${H}</h1><p>Short story in one paragraph that is still worth reading for everyone here.</p></div>`,
    });
    const a = extractArticle(doc);
    expect(a.text).toContain('Short story in one paragraph');
  });
});
