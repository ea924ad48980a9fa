import { describe, expect, it } from 'vitest';
import { WRAPPER_RULE, cleanDocument } from '../../../src/core/engine';
import { HIDDEN_ATTR } from '../../../src/core/marks';
import { loadDocument, numberedParagraphs } from '../../helpers/page';

const story = numberedParagraphs(8);

describe('wrappers around hidden clutter', () => {
  it('a wrapper holding only a hidden widget and its script goes too, recorded as a wrapper (korea-herald fixture)', () => {
    const doc =
      loadDocument(`<html><head><meta property="og:type" content="article"></head><body><main><article><h1>Ferry timetable extended after council vote</h1><div id="body">${story}
      <div id="wrap" class="css-1a2b"><div id="outbrain_widget_0" class="OUTBRAIN"><a href="https://paid.outbrain.com/x">Sponsored</a></div><script>window.x=1</script></div>
      <div id="mixed" class="css-9z8y"><div class="OUTBRAIN"><a href="https://paid.outbrain.com/y">Sponsored</a></div><p>The vote was seven to two, with one abstention from the harbour ward.</p></div>
    </div></article></main></body></html>`);
    const { state } = cleanDocument(doc);
    expect(doc.getElementById('wrap')!.getAttribute(HIDDEN_ATTR)).toBe('related');
    expect(state.hidden.find((r) => state.elements.get(r.id)?.id === 'wrap')?.rule).toBe(WRAPPER_RULE);
    // A wrapper that also holds story text stays.
    expect(doc.getElementById('mixed')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(doc.getElementById('body')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });
});
