/**
 * Text as the text patterns read it. Typographic apostrophes become plain ones ("Je m’abonne",
 * le-figaro), and Cyrillic and Greek letters that look like Latin ones become those Latin letters
 * when the text mixes them inside a word: a house ad spelled with look-alikes ("Аdvеrtіѕе wіth
 * thе most visited news site…", breakingbelizenews.com-paho, where А, е, і, ѕ are Cyrillic) reads
 * as English to a reader and must read so to the patterns. Text in Cyrillic or Greek itself is
 * left alone: its words do not mix scripts ("компания Apple" has no word that does).
 */

/**
 * Look-alikes only, each at the place in TO of the Latin letter a reader takes it for (a bounded
 * map: Cyrillic, then Greek; lower case, then capitals).
 */
const FROM = 'аеорсухіїјѕԁһԛԝӏ' + 'АВЕКМНОРСТХІЈЅҮԀ' + 'αορνικ' + 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ';
const TO = 'aeopcyxiijsdhqwl' + 'ABEKMHOPCTXIJSYD' + 'aopvik' + 'ABEZHIKMNOPTYX';
const LOOK_ALIKES = new Map(Array.from(FROM, (c, i) => [c, TO[i]]));
const LOOK_ALIKE = new RegExp(`[${FROM}]`, 'g');
/** Cheap first test: most text has no Cyrillic or Greek at all. */
const CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]/;
/** A word holding both a Latin letter and a look-alike, in either order. */
const MIXED_WORD = new RegExp(`[A-Za-z][^\\s]*${LOOK_ALIKE.source}|${LOOK_ALIKE.source}[^\\s]*[A-Za-z]`);

export function foldLookAlikes(text: string): string {
  if (!CYRILLIC_OR_GREEK.test(text) || !MIXED_WORD.test(text)) return text;
  return text.replace(LOOK_ALIKE, (c) => LOOK_ALIKES.get(c) ?? c);
}

/** The one normalisation every text matcher applies before its patterns. */
export function forMatching(text: string): string {
  return foldLookAlikes(text.replace(/[’‘]/g, "'"));
}
