import type { RuleSet } from './rule-set';

export const relatedRules = {
  exact: [
    '.OUTBRAIN',
    '[id^="outbrain_widget"]',
    '.ob-widget',
    '[id^="taboola-"]',
    '.trc_related_container',
    '.trc_rbox_container',
    '[data-taboola-widget]',
    '[role="marquee"]',
    'amp-embed[type="outbrain"]',
  ],
  nameWords: ['outbrain', 'taboola', 'chumbox', 'revcontent', 'mgid', 'zergnet'],
  labels: {
    relatedHeading:
      /^(read more|read more here|read more (about|on|from) [^.!?]{1,40}|read also|also read|see also|related|related (story|article|stories|articles|content|coverage|links|topics|news|reading)|top picks( for you)?|picked for you|go to homepage|most commented|subscribers are reading|just in|live[- ]?(ticker|newsticker|updates|blog)|newsticker|liveticker|related internet links|(recommended|recommendations|recomendaciones|recommandations|empfehlungen|consigliati)\b[^.!?]{0,40}|recommended( for you| stories| articles| reading)?|more (from|on|in|about) [^.!?]{1,40}|more stories|more news|you may (also )?like|you might (also )?like|you may have missed|don't miss|dont miss|most (read|popular|viewed|shared)|trending( now| stories)?|around the web|sponsored (stories|links|content)|promoted (stories|links|content)|from (our|the) partners|what to read next|further reading|read next|up next|don'?t miss (these|our) [^.!?,]{1,60}|top stories|latest (news|stories)|editor'?s picks|editors'? picks?|editors'? recommendations|editor'?s pick|popular now)\s*:?$/i,
    relatedHeadingOtherLanguages:
      /^(lire aussi|à lire aussi|a lire aussi|sur le même sujet|les plus lus|mehr zum thema|lesen sie auch|auch interessant|meistgelesen|das könnte sie auch interessieren|lee también|te puede interesar|noticias relacionadas|lo (\+|más) (visto|leído|comentado|compartido)|lo último|art[ií]culos relacionados( [^.!?]{1,30})?|قصص مقترحة|يستحق الانتباه|الأكثر قراءة|الأكثر مشاهدة|مواضيع ذات صلة|اقرأ أيضا|اقرأ أيضاً|lo más leído|leia também|leia mais|relacionadas|mais lidas|mais comentadas|mais enviadas|lees ook|lees meer|meest gelezen|meest bekeken|gerelateerd|más información|también te puede interesar|leggi anche|approfondimenti|per approfondire|pour aller plus loin|à lire également|potrebbe interessarti|i più letti|함께 볼만한 뉴스|많이 본 뉴스|.{1,12} 많이 본 뉴스|언론사 주요뉴스|주요뉴스|추천 뉴스|인기 뉴스|関連記事|関連ニュース|アクセスランキング|ランキング|あわせて読みたい|おすすめ記事|相关阅读|相关报道|相關報導|相关新闻|推荐阅读|相關新聞|관련기사|more stories( from [^.!?]{1,30})?|most (read|popular|viewed) in [^.!?]{1,30}|related stories from [^.!?]{1,40}|[^.!?]{1,20}'s top stor(y|ies)|explore more( from [^.!?]{1,30})?|más noticias( de [^.!?]{1,30})?|mais notícias( de [^.!?]{1,30})?|veja também|veja mais|confira também|baca juga|berita terkait|artikel terkait|terpopuler|populer|baca selanjutnya|pilihan untukmu|läs (mer|också|även)|mer om .{1,40}|mest (läst|lästa|delat|delade)|relaterat|les (også|mer)|mest lest|læs (også|mere)|mest læste|relateret|lue myös|luetuimmat)\s*:?$/i,
    // The note under a list of external links (bbc): part of the block, never story text.
    externalLinksNote: /^the .{1,30} is not responsible for the content of external (sites|websites|links|internet sites)\.?$/i,
  },
} satisfies RuleSet;

/** A paragraph that starts like this and is mostly a link is an inline related link. */
/**
 * Words of a short heading over a list of links that make it a related/most-read block even when
 * the whole heading is not a known label: "More Pinpoint Denver stories", "Popular on npr",
 * "Most Read Politics" (axios, npr, washington-post fixtures).
 */
export const relatedHeadingWords =
  /\b(more|most|popular|related|recommended|trending|latest|top|stories|read|reading|viewed|shared|commented|picks|mais|meest|también|más|plus|mehr|meistgelesen|populaires|populares|lidas|letti|recommandé|empfohlen|approfondimenti|mer|mest|läst|lästa|lest|læste|terkait|terpopuler|populer|noticias|notícias|relacionados)\b|مقترحة|الأكثر|ذات صلة|人気|ランキング|関連|推荐|热门|많이 본|주요뉴스|볼만한|관련/i;

/** Words that open an inline link to another story. */
export const inlineRelatedWords =
  /^(read more|read also|also read|related|see also|also see|more|go deeper|watch|listen|read|lees ook|leia também|leia mais|ver também|lea también|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|lee también|leggi anche|from (the|our) archives?|läs mer|läs också|läs även|baca juga|veja também|leia mais|les også|læs også)/i;

/** …followed by a separator (and perhaps a note in brackets): "Lire aussi (abonnés) | <a>…</a>". */
export const inlineRelatedLead = new RegExp(`${inlineRelatedWords.source}\\s*(\\([^)]{0,60}\\))?\\s*[:：|»›>-]`, 'i');
