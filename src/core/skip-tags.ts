/**
 * The tag sets each text walk skips, in one place so their differences are visible side by side.
 * All are upper-case HTML tag names. Each walk starts from the tags a reader never sees and adds
 * what its own question needs to leave out.
 */

/** Code, styles, <noscript> (raw markup as text in a live page) and inert templates. */
const UNSEEN = ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'];

export const UNSEEN_TAGS = new Set(UNSEEN);
/** The same, as a selector for `querySelector`/`closest`. */
export const UNSEEN_SELECTOR = UNSEEN.map((t) => t.toLowerCase()).join(', ');

/** Elements that never render at all: marking one hidden would hide nothing (engine). */
export const NOT_RENDERED_TAGS = new Set([...UNSEEN, 'LINK', 'META', 'HEAD', 'TITLE']);

/**
 * Parents of text that is never a label on the page (detector text scan): <title> is the tab's
 * text, a <textarea>'s or <option>'s text is a form value.
 */
export const NOT_LABEL_PARENT_TAGS = new Set([...UNSEEN, 'TITLE', 'TEXTAREA', 'OPTION']);

/** Not prose when locating the body: form controls and icons (an <svg>'s <title> is not text). */
export const NOT_PROSE_TAGS = new Set([...UNSEEN, 'TEXTAREA', 'OPTION', 'SELECT', 'BUTTON', 'SVG']);

/** Not article text when extracting it from a clone: controls, icons and embedded frames. */
export const NOT_EXTRACTED_TAGS = new Set([...UNSEEN, 'SVG', 'BUTTON', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT']);
