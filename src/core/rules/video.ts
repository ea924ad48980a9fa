import type { RuleSet } from './rule-set';

export const videoRules = {
  exact: [],
  /** Class/id words that mark a video block only when combined with "video"/"player". */
  nameWords: ['playlist', 'teaser', 'carousel', 'rail', 'recommended', 'related', 'floating', 'sticky', 'docked', 'pip'],
  labels: [
    // The duration badge of a teaser thumbnail: "06:02", "1:02:33" (seed: "06:02").
    /^(duration:?\s*|▶\s*)?\d{1,2}:\d{2}(:\d{2})?(\s*min)?$/i,
    /^(watch|watch now|play video|video|now playing|up next|watch more)$/i,
  ],
} satisfies RuleSet;
