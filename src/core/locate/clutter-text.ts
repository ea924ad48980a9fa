import { forMatching } from '../confusables';
import { CATEGORIES } from '../categories/registry';
import { genericCallToAction, promoRules } from '../rules/promos';
import { inlineRelatedLead } from '../rules/related';
import { patternsOf } from '../rules/rule-set';
import { socialRules } from '../rules/social';
import { onceForText, readsAsStorySentence } from '../text';

const FOLLOW = socialRules.labels.follow;
/** Every category's labels, from the registry; built on first use (the registry imports this module's users). */
let labels: RegExp[] | null = null;
const allLabels = (): RegExp[] => (labels ??= CATEGORIES.flatMap((c) => patternsOf(c.rules.labels)));

/** A call to action of a promotion: "Subscribe now", "Jetzt weiterlesen mit …", "Sign up". */
export function isPromoLabel(text: string): boolean {
  return onceForText(promoLabelShape, text);
}

function promoLabelShape(text: string): boolean {
  return (
    text.length <= 120 &&
    !readsAsStorySentence(text) &&
    (patternsOf(promoRules.labels).some((re) => re.test(text)) || genericCallToAction.test(text))
  );
}

/**
 * Whether a block's whole text is a clutter label ("Advertisement", "Read more:", "06:02") or
 * starts as an inline related link ("Read more: …"). Such blocks are not prose, so the guard does
 * not protect them; a sentence that merely contains a label word ("an advertisement for the new
 * law…") does not match, because the patterns are anchored to the whole text.
 */
export function isClutterLabel(text: string): boolean {
  return onceForText(clutterLabelShape, text);
}

function clutterLabelShape(text: string): boolean {
  // Typographic apostrophes match the patterns' plain ones (knowtechie: 'Editors’ Recommendations:'),
  // look-alike letters their Latin ones (confusables.ts).
  // Most blocks are paragraphs longer than any label: the length checks come first, and the
  // story-sentence check (the dearest) only for a text that reads as a label.
  if (text.length > 400) return false;
  text = forMatching(text);
  const label =
    (text.length <= 120 && allLabels().some((re) => re.test(text))) ||
    // "Puedes seguir a … en Facebook y X, o apuntarte aquí …": a follow-us tagline, however long
    // (electrek: a 330-character "You’re reading Electrek … follow Electrek on Twitter, Facebook…").
    // FOLLOW is one of the labels: a shorter text has been tested with it already.
    (text.length > 120 && FOLLOW.test(text)) ||
    // 'Watch: the moment the bridge opened …' without a link introduces the story's own video.
    (text.length < 300 && inlineRelatedLead.test(text) && !/^(watch|listen)\b/i.test(text));
  return label && !readsAsStorySentence(text);
}
