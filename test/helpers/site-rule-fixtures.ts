import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_RULES, type SiteRule } from '../../src/core/rules/sites';
import { REPO } from './fixtures';

export interface SiteRuleFixture {
  host: string;
  rule: SiteRule;
  file: string;
  html: string;
  /** Where the page is served: under the site's own host, so the rule applies. */
  url: string;
}

/**
 * One small anonymised fixture per site rule (test/fixtures/site-rules/<host>.html: an invented
 * story, hashed class names; only the attributes the rule keys on are the site's), each with the
 * URL it is served at.
 */
export const SITE_RULE_FIXTURES: SiteRuleFixture[] = SITE_RULES.map((rule) => {
  const host = rule.hosts[0];
  const file = join(REPO, 'test/fixtures/site-rules', `${host}.html`);
  return {
    host,
    rule,
    file,
    html: readFileSync(file, 'utf8'),
    url: `https://www.${host}/2026/03/04/world/harbour-pier.html`,
  };
});

/** The same page's URL under a host no site rule covers (one path per fixture, so a server can serve them all). */
export const elsewhere = (f: SiteRuleFixture): string => f.url.replace(`www.${f.host}/`, `news.example.com/${f.host}/`);
