/** Inputs a reader could type an address into: typed as one, or text fields (typed or not). */
const ADDRESS_INPUTS = 'input[type="email"], input[type="text"], input:not([type])';
/** What names an address field, in any of its attributes below (French 'courriel', Spanish 'correo'). */
const ADDRESS_WORDS = /e-?mail|courriel|correo|e-post/i;
const NAMING_ATTRIBUTES = ['name', 'id', 'placeholder', 'autocomplete'];

/**
 * A field for an e-mail address: typed as one, or a plain text field named for one (the MailChimp
 * WordPress widget's <input type="text" name="mc_mv_EMAIL">, breakingbelizenews.com-paho; ledevoir's
 * 'Votre courriel'). Newsletter sign-ups (promos.ts) and e-mail-this-story forms (social.ts) ask it.
 */
const isAddressField = (input: Element): boolean =>
  input.matches('[type="email"]') || NAMING_ATTRIBUTES.some((a) => ADDRESS_WORDS.test(input.getAttribute(a) ?? ''));

/** The address fields inside `box`, or among what a detector's `query` finds in its roots. */
export const addressFields = (within: Element | ((selector: string) => readonly Element[])): Element[] =>
  (typeof within === 'function' ? within(ADDRESS_INPUTS) : Array.from(within.querySelectorAll(ADDRESS_INPUTS))).filter(isAddressField);
