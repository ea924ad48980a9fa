/**
 * Core explains each hide with a `_locales` message key (`reason_ad_label`) and its parameters, so
 * the popup and the CLI word it in the reader's language. Reasons made elsewhere (the guard's
 * refusals, the user's rules) are still text; this tells the two apart.
 */
export const isReasonKey = (reason: string): boolean => /^reason_\w+$/.test(reason);
