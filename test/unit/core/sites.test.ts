import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { SITE_RULES, siteRulesFor } from '../../../src/core/rules/sites';
import { checkMarkers } from '../../helpers/expectations';
import { loadDocument } from '../../helpers/page';
import { SITE_RULE_FIXTURES, elsewhere } from '../../helpers/site-rule-fixtures';

/** Each site rule on its fixture under the site's real host (the browser test serves the same pages). */
describe('site rules', () => {
  it('apply to the host and its subdomains, never to a look-alike', () => {
    const nyt = SITE_RULES[0].hide.map((h) => ({ ...h, site: 'nytimes.com' }));
    expect(siteRulesFor('www.nytimes.com')).toEqual(nyt);
    expect(siteRulesFor('NYTIMES.COM')).toEqual(nyt);
    expect(siteRulesFor('notnytimes.com')).toEqual([]);
    expect(siteRulesFor('nytimes.com.example')).toEqual([]);
  });

  for (const fixture of SITE_RULE_FIXTURES) {
    const { host, rule, html, url } = fixture;
    // A zero budget skips the heuristics, as on a page that is not an article or before the first
    // pass (the rules are CSS at document_start): what is hidden then is the site rule's doing.
    it(`${host}: the rule alone hides every marked box of its fixture, and nothing of the story`, () => {
      const doc = loadDocument(html, url);
      const { hidden } = cleanDocument(doc, { url, budgetMs: 0 });
      expect(checkMarkers(doc)).toEqual([]);
      const bySiteRule = new Set(hidden.filter((r) => r.rule.startsWith('site:')).map((r) => r.rule));
      for (const { selector } of rule.hide) expect(bySiteRule, selector).toContain(`site:${selector}`);
    });

    it(`${host}: under another host the rule does not apply`, () => {
      const doc = loadDocument(html, elsewhere(fixture));
      const { hidden } = cleanDocument(doc, { url: doc.URL, budgetMs: 0 });
      expect(hidden.filter((r) => r.rule.startsWith('site:'))).toEqual([]);
      expect(checkMarkers(doc).length).toBe(doc.querySelectorAll('[data-expect="hide"]').length);
    });

    it(`${host}: a full pass keeps the story and hides every marked box`, () => {
      const doc = loadDocument(html, url);
      expect(cleanDocument(doc, { url }).isArticle).toBe(true);
      expect(checkMarkers(doc)).toEqual([]);
    });
  }
});
