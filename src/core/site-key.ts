/**
 * A site as readers and settings name it: the hostname without a leading `www.`, so switching
 * Tidy News off on www.example.com also covers example.com. (Site rules match subdomains
 * themselves; see rules/sites.ts.)
 */
export function siteKey(hostname: string): string {
  return hostname.replace(/^www\./, '');
}
