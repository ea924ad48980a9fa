import { describe, expect, it } from 'vitest';
import { readsAsStorySentence } from '../../../src/core/text';

describe('readsAsStorySentence', () => {
  it('reads reported speech and running clauses, in any case', () => {
    for (const text of [
      'Follow us, the protesters chanted.',
      'Read more, she said.',
      'SUBSCRIBE NOW, THE MAYOR SAID',
      'Share this, The Guardian reported.',
      'Watch this, İstanbul’s mayor told reporters.',
      'Listen to the podcast and you will understand why.',
      'Sign up, according to the council.',
    ]) {
      expect(readsAsStorySentence(text), text).toBe(true);
    }
  });

  it('leaves labels and calls to action alone', () => {
    for (const text of ['Read more', 'Subscribe now, save 50%', 'Follow us on Facebook', 'Sign up for our newsletter, it is free']) {
      expect(readsAsStorySentence(text), text).toBe(false);
    }
  });
});
