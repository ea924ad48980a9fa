/**
 * "Site chrome": the site's own menus, masthead, footer and sidebars around the story. One home for
 * the selectors; each variant says what it adds and why. Order inside a selector list does not
 * change what `closest`/`matches` find.
 */

/** The least "outside the story" means, by tag alone: menus, footers, sidebars. */
export const CHROME_TAGS = 'nav, footer, aside';

/** The same with ARIA navigation (menus built from <div role="navigation">). */
export const CHROME = `${CHROME_TAGS}, [role="navigation"]`;

/** A page header that is not the article's own <header> (which holds the headline and dek). */
export const PAGE_HEADER = 'header:not(article header)';

/**
 * Where the body's prose never is: chrome by tag and by every landmark role, and the page header.
 * Sidebars count: a sidebar's paragraphs are teasers, not the story.
 */
export const NOT_BODY = `${CHROME}, [role="contentinfo"], [role="complementary"], ${PAGE_HEADER}`;

/**
 * Where the headline never is: chrome and the banner landmark, dialogs (a subscription modal's
 * big title) and the home link (a logo in an <h1>).
 */
export const NOT_HEADLINE = `${CHROME}, [role="banner"], [role="contentinfo"], [role="dialog"], [aria-modal="true"], a[rel="home"]`;

/**
 * Candidates for the site chrome the detectors leave alone (checked further by `inSiteChrome`):
 * menus, headers and footers with their landmark roles. No <aside>: a sidebar's widgets are
 * exactly what the detectors hide.
 */
export const DETECTOR_CHROME = 'nav, header, footer, [role="navigation"], [role="banner"], [role="contentinfo"]';
