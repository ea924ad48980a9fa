/**
 * How a page marks its author, in one place for the locator (which element is the byline), the
 * extraction (the byline's names) and the detectors (an author link is not a story link).
 */

/** The "By" that opens a byline, with the words some sites put before it ("Written by", "Text:"). */
export const BY_PREFIX =
  /^(?:(?:written|words|text|reporting|story|posted|photos?)\s+)?(?:by|von|par|por|di|door|av|af|przez|από|tekst|texto|texte)\s*[:\s]\s*/i;

/** "By" followed by a capitalised name: a block that starts a byline, not a sentence with "by" in it. */
export const BY_NAME = /^(by|von|par|por|di|door|av|af)\s+\p{Lu}/u;

/** Author pages: `/author/jane-doe`, `/people/…`, `/autorin/…`. */
export const AUTHOR_HREF =
  /\/(authors?|people|profiles?|person|journalists?|reporters?|autor(in|en)?|autori|auteurs?|by|staff|writers?|contributors?)(\/|-|$)/i;

/** A link to the author: `rel=author`, an author page, or the name after a "By". */
export function isAuthorLink(link: Element): boolean {
  if ((link.getAttribute('rel') ?? '').split(/\s+/).includes('author') || AUTHOR_HREF.test(link.getAttribute('href') ?? '')) return true;
  const before = (link.parentElement?.textContent ?? '').trim();
  return BY_PREFIX.test(before) && before.replace(BY_PREFIX, '').startsWith((link.textContent ?? '').trim().slice(0, 12));
}
