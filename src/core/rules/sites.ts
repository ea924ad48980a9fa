import type { CategoryId } from '../types';

/** A site's own clutter that generic detection cannot reach (no label, no telling structure). */
export interface SiteRule {
  /** Hostnames (a rule for `example.com` also covers `www.example.com` and other subdomains). */
  hosts: string[];
  hide: Array<{ category: CategoryId; selector: string; reason: string }>;
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
        reason: 'NYT ad wrappers reserve space before any label loads',
      },
      { category: 'promos', selector: '[data-testid="inline-message"], #gateway-content', reason: 'NYT subscription messages' },
    ],
  },
  {
    hosts: ['theguardian.com'],
    hide: [
      {
        category: 'ads',
        selector: '.ad-slot-container, [data-name="right"].ad-slot',
        reason: 'Guardian ad slots render empty before the ad arrives',
      },
      {
        category: 'promos',
        selector: '#slot-body-end, [name="StickyBottomBanner"]',
        reason: 'Guardian reader-revenue asks injected after load',
      },
    ],
  },
  {
    hosts: ['scmp.com'],
    hide: [{ category: 'ads', selector: '[data-qa*="AdSlot"], [class*="AdSlot"]', reason: 'SCMP ad slots are empty boxes until filled' }],
  },
  {
    hosts: ['cnn.com'],
    hide: [
      {
        category: 'ads',
        selector: '.ad-slot-header, .ad-feedback-link-container, [data-zone-label]',
        reason: 'CNN ad frames and their feedback links',
      },
    ],
  },
  {
    hosts: ['washingtonpost.com'],
    hide: [
      { category: 'ads', selector: '[data-qa="article-body-ad"], [data-qa="right-rail-ad"]', reason: 'Washington Post ad containers' },
    ],
  },
];

export function siteRulesFor(hostname: string): SiteRule['hide'] {
  const host = hostname.toLowerCase();
  return SITE_RULES.filter((r) => r.hosts.some((h) => host === h || host.endsWith(`.${h}`))).flatMap((r) => r.hide);
}
