import { jsonLdArticle, metaContent } from '../locate/metadata';
import { CHROME_TAGS } from '../site-chrome';

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A machine-readable date as ISO 8601. ISO input is kept as the page states it (its offset says
 * where the story was filed), with a space separator turned into "T"; other parseable dates
 * (RFC 2822, "March 4, 2026 10:15 UTC") become UTC ISO strings; anything else is null.
 */
export function toIso(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  // ISO as stated, with the zone offset written the standard way (+hh:mm, as browsers and sidecars do).
  if (ISO.test(v)) return v.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const ms = Number(v) * (v.length === 10 ? 1000 : 1);
    return new Date(ms).toISOString();
  }
  if (!/[a-z]{3}|\d{4}/i.test(v)) return null;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  return year >= 1990 && year <= 2100 ? new Date(t).toISOString() : null;
}

const META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datePublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'dc.date.issued',
  'DC.date.issued',
  'dc.date',
  'DC.date',
  'dcterms.created',
  'DCTERMS.created',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'published-date',
  'cXenseParse:recs:publishtime',
  'rnews:datePublished',
];

const metaValue = (doc: Document, key: string): string | null => metaContent(doc, key);

/**
 * When the story was published: article:published_time, JSON-LD datePublished, itemprop
 * datePublished, the common date metas, a <time datetime> near the headline, Readability's guess.
 */
export function publishedOf(doc: Document, headline: Element | null, readability: string | null = null): string | null {
  const ld = jsonLdArticle(doc);
  const sources: Array<string | null | undefined> = [
    metaValue(doc, 'article:published_time'),
    typeof ld?.datePublished === 'string' ? ld.datePublished : null,
    ...Array.from(doc.querySelectorAll('[itemprop="datePublished"]')).map(
      (el) => el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent,
    ),
    ...META_KEYS.slice(1).map((k) => metaValue(doc, k)),
    typeof ld?.dateCreated === 'string' ? ld.dateCreated : null,
    timeNear(doc, headline),
    readability,
  ];
  for (const s of sources) {
    const iso = toIso(s);
    if (iso) return iso;
  }
  return null;
}

function timeNear(doc: Document, headline: Element | null): string | null {
  const times = Array.from(doc.querySelectorAll('time[datetime]')).filter((t) => !t.closest(CHROME_TAGS));
  const pub = times.find((t) => t.hasAttribute('pubdate'));
  if (pub) return pub.getAttribute('datetime');
  if (!headline) return times[0]?.getAttribute('datetime') ?? null;
  const after = times.find((t) => (headline.compareDocumentPosition(t) & 4) !== 0);
  return (after ?? times[0])?.getAttribute('datetime') ?? null;
}

/** The date as the reader's locale writes it ("4 Mar 2026, 10:15"), or null when unparseable. */
export function formatPublished(iso: string | null, locales?: string | string[], timeZone?: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(
    locales,
    dateOnly ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short', timeZone },
  ).format(d);
}
