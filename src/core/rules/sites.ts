import type { CategoryId } from '../types';

/** A site's own clutter that generic detection cannot reach (no label, no telling structure). */
export interface SiteRule {
  /** Hostnames (a rule for `example.com` also covers `www.example.com` and other subdomains). */
  hosts: string[];
  /** `why` is for whoever maintains the rule; the popup says "a rule for <site>". */
  hide: Array<{ category: CategoryId; selector: string; why: string }>;
}

/**
 * Per-site rules, as data. Generic detection runs first and covers most of these pages on its own
 * (see the fixtures); rules here only add what has no text or structure to go by. Each is known up
 * front, so the content script also applies them as CSS at document_start.
 */
export const SITE_RULES: SiteRule[] = [
  {
    hosts: ['nytimes.com'],
    hide: [
      {
        category: 'ads',
        selector: '#top-wrapper, #bottom-wrapper, [data-testid="StandardAd"]',
        why: 'NYT ad wrappers reserve space before any label loads',
      },
      { category: 'promos', selector: '[data-testid="inline-message"], #gateway-content', why: 'NYT subscription messages' },
    ],
  },
  {
    hosts: ['theguardian.com'],
    hide: [
      {
        category: 'ads',
        selector: '.ad-slot-container, [data-name="right"].ad-slot',
        why: 'Guardian ad slots render empty before the ad arrives',
      },
      {
        category: 'promos',
        selector: '#slot-body-end, [name="StickyBottomBanner"]',
        why: 'Guardian reader-revenue asks injected after load',
      },
    ],
  },
  {
    hosts: ['scmp.com'],
    hide: [{ category: 'ads', selector: '[data-qa*="AdSlot"], [class*="AdSlot"]', why: 'SCMP ad slots are empty boxes until filled' }],
  },
  {
    hosts: ['cnn.com'],
    hide: [
      {
        category: 'ads',
        selector: '.ad-slot-header, .ad-feedback-link-container, [data-zone-label]',
        why: 'CNN ad frames and their feedback links',
      },
    ],
  },
  {
    hosts: ['washingtonpost.com'],
    hide: [{ category: 'ads', selector: '[data-qa="article-body-ad"], [data-qa="right-rail-ad"]', why: 'Washington Post ad containers' }],
  },
];

/** The rules of one host, each with the site it was written for (the host a reader knows). */
export function siteRulesFor(hostname: string): Array<SiteRule['hide'][number] & { site: string }> {
  const host = hostname.toLowerCase();
  return SITE_RULES.filter((r) => r.hosts.some((h) => host === h || host.endsWith(`.${h}`))).flatMap((r) =>
    r.hide.map((h) => ({ ...h, site: r.hosts[0] })),
  );
}
