import { hasCjk } from '../cjk';
import { normalizeSpace } from '../text';
import { MAX_SITE_NAME_CHARS, pageTitle } from './metadata';

/**
 * The site (or section) name in a page's `<title>` ("Story | Site", "Site - Story", "标题｜网站"):
 * one definition of what separates it from the headline, for the three uses: the title as a
 * headline hint (locate/headline.ts), the `<title>` fallback for the headline once the site name
 * is known (extract/headline.ts), and the site name guessed from the title when the page declares
 * none (extract/metadata.ts).
 *
 * A separator is a bar (ASCII or full-width, with or without spaces), a dash, dot, guillemet,
 * slash or colon between spaces, or `::`. Linear on long runs of spaces: a match starts where a
 * run starts (or at a bar right after one).
 */
const SEPARATOR = /(?<!\s)(?:\s+[|｜–—·•»\\/-]\s+|\s+:\s+|\s*[|｜]\s*|\s+::\s+)|(?<=\s)[|｜]\s*/g;
/** Next to a name the page declares, any of those characters, spaced or not, or a full-width colon or space. */
const NAME_SEPARATOR = String.raw`(?:(?<!\s)\s*(?:[|｜–—·•»:\\/-]|::)\s*|[：\u3000])`;

const enough = (s: string): boolean => (hasCjk(s) ? s.trim().length >= 8 : s.trim().split(/\s+/).length >= 3);

/**
 * `<title>` without the site or section name: the last " | Part" goes (where names usually sit),
 * or else the first one; a title that would keep fewer than three words stays whole.
 */
export function titleWithoutSiteName(doc: Pick<Document, 'title'>): string | null {
  const title = normalizeSpace(pageTitle(doc));
  if (!title) return null;
  const seps = Array.from(title.matchAll(SEPARATOR));
  if (seps.length === 0) return title;
  const last = seps[seps.length - 1];
  const head = title.slice(0, last.index);
  if (enough(head)) return head.trim();
  const first = seps[0];
  const tail = title.slice(first.index + first[0].length);
  if (enough(tail)) return tail.trim();
  return title;
}

/** `<title>` minus the site name ("Story | Site", "Site - Story"), or as titleWithoutSiteName when unknown. */
export function stripSiteName(title: string, siteName: string | null): string {
  const t = normalizeSpace(title);
  const site = siteName ? normalizeSpace(siteName) : '';
  if (site && site.length <= MAX_SITE_NAME_CHARS) {
    const escaped = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A name the page declares may also follow after a plain space ("Story The Daily Example").
    const suffix = new RegExp(`(?:${NAME_SEPARATOR}|(?<!\\s)\\s+)${escaped}\\s*$`, 'i');
    const prefix = new RegExp(`^\\s*${escaped}${NAME_SEPARATOR}`, 'i');
    const stripped = t.replace(suffix, '').replace(prefix, '').trim();
    if (stripped && stripped !== t) return stripSection(stripped);
  }
  return titleWithoutSiteName({ title: t }) ?? t;
}

/** "Story - Pune News" or "Story | Environment": a trailing one- or two-word section name. */
function stripSection(t: string): string {
  // Linear: the separator's spaces start where a run of spaces starts, the tail is bounded.
  const m = /(?<!\s)\s+[|｜–—-]\s+([^|｜–—-]{1,30})$/.exec(t);
  if (m && m.index >= 20 && m[1].split(/\s+/).length <= 3 && !/[.!?]$/.test(m[1])) return t.slice(0, m.index);
  return t;
}

/**
 * Last resort, for pages without site metadata: the short end of "Headline | Site Name" (or
 * "Site Name | Headline"), where the other part is clearly the longer one.
 */
export function siteNameInTitle(title: string): string | null {
  const parts = title
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const [first, last] = [parts[0], parts[parts.length - 1]];
  const site = last.length <= first.length ? last : first;
  const other = site === last ? first : last;
  return site.length >= 2 && site.length <= 40 && other.length >= site.length * 1.5 ? site : null;
}
