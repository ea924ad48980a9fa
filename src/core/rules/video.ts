import type { RuleSet } from './rule-set';

export const videoRules = {
  exact: [],
  /** Class/id words that mark a video block only when combined with "video"/"player". */
  nameWords: ['playlist', 'teaser', 'carousel', 'rail', 'recommended', 'related', 'floating', 'sticky', 'docked', 'pip'],
  labels: {
    // The duration badge of a teaser thumbnail: "06:02", "1:02:33" (seed: "06:02").
    duration:
      /^(duration:?\s*|▶\s*)?(\d{1,2}:\d{2}(:\d{2})?(\s*min)?|\d{1,3}\s*m(in)?(\s*\d{1,2}\s*s)?|\d{1,3}\s*minutes?(\s*\d{1,2}\s*seconds?)?)$/i,
    watch: /^(watch|watch now|play video|video|now playing|up next|watch more)$/i,
  },
} satisfies RuleSet;

/** "Listen to this article" audio players dropped above the story (corriere fixture). */
export const listenLabel =
  /^(listen to (this )?(article|story)|listen|listen now|audio version|ascolta l'articolo|ascolta|écouter (cet )?article|écouter|artikel anhören|anhören|escuchar (la )?noticia|escuchar|ouvir (a )?(notícia|matéria|reportagem)|ouvir|luister naar (dit )?artikel|この記事を聞く|音声で聞く)$/i;
