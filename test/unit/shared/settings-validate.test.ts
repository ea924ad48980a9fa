import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { normalizeSite, selectorProblem } from '../../../src/shared/settings-validate';

describe('selector validity (issue 12)', () => {
  it('uses the real selector engine where there is a document', () => {
    const { window } = new JSDOM('<!doctype html><p>x</p>');
    const g = globalThis as { document?: Document };
    g.document = window.document;
    try {
      for (const ok of ['.promo', 'aside[data-testid="newsletter"]', 'div > p:nth-of-type(2)', '#a, .b', 'div:has(> .ad)'])
        expect(selectorProblem(ok), ok).toBeNull();
      for (const bad of ['div[[', ':::', 'a{color:red}', '.', '#', 'p:nth-of-type(x)']) expect(selectorProblem(bad), bad).toBe('invalid');
      expect(selectorProblem('   ')).toBe('empty');
      expect(selectorProblem(`.${'a'.repeat(600)}`)).toBe('too-long');
    } finally {
      delete g.document;
    }
  });

  it('without a document (the service worker) only the cheap checks run', () => {
    expect((globalThis as { document?: unknown }).document).toBeUndefined();
    expect(selectorProblem('.promo')).toBeNull();
    expect(selectorProblem('a{color:red}')).toBe('invalid');
    expect(selectorProblem('')).toBe('empty');
  });

  it('site names are stored lower case, without www., and must look like a host', () => {
    expect(normalizeSite(' WWW.Example.COM ')).toBe('example.com');
    expect(normalizeSite('example.com/path')).toBeNull();
    expect(normalizeSite('')).toBeNull();
    expect(normalizeSite(5)).toBeNull();
  });
});
