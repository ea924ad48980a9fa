import { wholeText, type Alternatives, type RuleSet } from './rule-set';

/** A heading label may end in a colon. */
const LABEL_TAIL = '\\s*:?';

/**
 * The headings of related-story widgets, as data: regex-source alternatives per language, compiled
 * once into `relatedRules.labels`. English has its own pattern (most sites, and the English labels
 * other-language sites use too); the second holds every other language.
 */
const RELATED_HEADINGS = {
  english: {
    en: [
      'read more',
      'read more here',
      'read more (about|on|from) [^.!?]{1,40}',
      'read also',
      'also read',
      'see also',
      'related',
      'related (story|article|stories|articles|content|coverage|links|topics|news|reading)',
      'top picks( for you)?',
      'our picks',
      'picked for you',
      'go to homepage',
      'most commented',
      'subscribers are reading',
      'just in',
      'live[- ]?(ticker|newsticker|updates|blog)',
      'newsticker',
      'liveticker',
      'related internet links',
      // "Recommended for you" and its translations, followed by a short tail ("Recomendaciones para ti").
      '(recommended|recommendations|recomendaciones|recommandations|empfehlungen|consigliati)\\b[^.!?]{0,40}',
      'recommended( for you| stories| articles| reading)?',
      'more (from|on|in|about) [^.!?]{1,40}',
      'more stories',
      'more news',
      'you may (also )?like',
      'you might (also )?like',
      'you may have missed',
      "don't miss",
      'dont miss',
      'most (read|popular|viewed|shared)',
      'trending( now| stories| articles| news)?',
      'around the web',
      'sponsored (stories|links|content)',
      'promoted (stories|links|content)',
      'from (our|the) partners',
      'what to read next',
      'further reading',
      'read next',
      'up next',
      "don'?t miss (these|our) [^.!?,]{1,60}",
      'top stories',
      'latest (news|stories|articles|posts)',
      // WordPress widgets and themes: 'Recent Posts' is the default title of WordPress's own
      // widget, 'Check Also' the Jannah theme's pop-up card (thenassauguardian.com-hikes, after the
      // story; its 'Last Modified Posts' sits in the page footer, chrome, and stays).
      '(recent|last modified) (posts|articles|stories)',
      'check also',
      // A box of other stories the site features (phillyvoice.com-Sixers: 'Featured' over two
      // sponsored story cards under the share bar). Whole heading text over links only.
      'featured( stories| articles| posts)?',
      // An author box's tab of their other posts (californiaglobe: 'Latest posts by Evan Symon (see all)').
      '(latest|recent|more) (posts|articles|stories) (by|from) [^.!?()]{1,40}( \\(see all\\))?',
      "editor'?s picks",
      "editors'? picks?",
      "editors'? recommendations",
      "editor'?s pick",
      'popular now',
    ],
  },
  otherLanguages: {
    fr: ['lire aussi', 'à lire aussi', 'a lire aussi', 'sur le même sujet', 'les plus lus', 'pour aller plus loin', 'à lire également'],
    de: ['mehr zum thema', 'lesen sie auch', 'auch interessant', 'meistgelesen', 'das könnte sie auch interessieren'],
    es: [
      'lee también',
      'te puede interesar',
      'noticias relacionadas',
      // (elpais.com.ciencia: 'Lo más visto en...' over tabs of the most-read lists)
      'lo (\\+|más) (visto|leído|comentado|compartido)( en(\\.\\.\\.|…| [^.!?]{1,30}))?',
      'lo último',
      '[úu]ltimas noticias',
      'seguir leyendo',
      'art[ií]culos relacionados( [^.!?]{1,30})?',
      'lo más leído',
      'más información',
      'también te puede interesar',
      'más noticias( de [^.!?]{1,30})?',
    ],
    ar: [
      'المزيد حول هذه القصة',
      'قصص مقترحة',
      'يستحق الانتباه',
      'الأكثر قراءة',
      'الأكثر مشاهدة',
      'مواضيع ذات صلة',
      'اقرأ أيضا',
      'اقرأ أيضاً',
    ],
    pt: [
      'leia também',
      'leia mais',
      'relacionadas',
      'mais lidas',
      'mais comentadas',
      'mais enviadas',
      'mais notícias( de [^.!?]{1,30})?',
      'veja também',
      'veja mais',
      'confira também',
    ],
    nl: ['lees ook', 'lees meer', 'meest gelezen', 'meest bekeken', 'gerelateerd'],
    it: ['leggi anche', 'approfondimenti', 'per approfondire', 'potrebbe interessarti', 'i più letti'],
    ko: ['함께 볼만한 뉴스', '많이 본 뉴스', '.{1,12} 많이 본 뉴스', '언론사 주요뉴스', '주요뉴스', '추천 뉴스', '인기 뉴스', '관련기사'],
    ja: ['関連記事', '関連ニュース', 'アクセスランキング', 'ランキング', 'あわせて読みたい', 'おすすめ記事'],
    // (caixin: '图片推荐', '视听推荐', picture and video picks in the side rail)
    zh: ['相关阅读', '相关报道', '相關報導', '相关新闻', '推荐阅读', '相關新聞', '(图片|视听|视频|编辑|热点|热门)推荐'],
    // English labels with a site's or section's name in them: no other pattern has room for it.
    en: [
      'more stories( from [^.!?]{1,30})?',
      'most (read|popular|viewed) in [^.!?]{1,30}',
      'related stories from [^.!?]{1,40}',
      "[^.!?]{1,20}'s top stor(y|ies)",
      'explore more( from [^.!?]{1,30})?',
      // (phys.org.tool: 'Explore further' over one related story's link)
      'explore further',
      // (yna_co_kr: 'Main Article Right Now' over the site's leading stories)
      '(main|top|popular|leading) (articles?|stories|news) right now',
    ],
    id: ['baca juga', 'berita terkait', 'artikel terkait', 'terpopuler', 'populer', 'baca selanjutnya', 'pilihan untukmu'],
    sv: ['läs (mer|också|även)', 'mer om .{1,40}', 'mest (läst|lästa|delat|delade)', 'relaterat'],
    no: ['les (også|mer)', 'mest lest'],
    da: ['læs (også|mere)', 'mest læste', 'relateret'],
    fi: ['lue myös', 'luetuimmat'],
  },
} satisfies Record<string, Alternatives>;

export const relatedRules = {
  exact: [
    '.OUTBRAIN',
    '[id^="outbrain_widget"]',
    '.ob-widget',
    '[id^="taboola-"]',
    '.trc_related_container',
    '.trc_rbox_container',
    '[data-taboola-widget]',
    'amp-embed[type="outbrain"]',
  ],
  nameWords: ['outbrain', 'taboola', 'chumbox', 'revcontent', 'mgid', 'zergnet'],
  labels: {
    relatedHeading: wholeText(RELATED_HEADINGS.english, LABEL_TAIL),
    relatedHeadingOtherLanguages: wholeText(RELATED_HEADINGS.otherLanguages, LABEL_TAIL),
    // The note under a list of external links (bbc): part of the block, never story text.
    externalLinksNote: /^the .{1,30} is not responsible for the content of external (sites|websites|links|internet sites)\.?$/i,
  },
} satisfies RuleSet;

/**
 * Words of a short heading over a list of links that make it a related/most-read block even when
 * the whole heading is not a known label: "More Pinpoint Denver stories", "Popular on npr",
 * "Most Read Politics" (axios, npr, washington-post fixtures), "Storage Reviews" (pcmag: the site's
 * other reviews of the kind, listed in the article column).
 */
export const relatedHeadingWords =
  /\b(more|most|popular|related|recommended|trending|latest|top|stories|reviews|read|reading|viewed|shared|commented|picks|mais|meest|también|más|plus|mehr|meistgelesen|populaires|populares|lidas|letti|recommandé|empfohlen|approfondimenti|mer|mest|läst|lästa|lest|læste|terkait|terpopuler|populer|noticias|notícias|relacionados)\b|مقترحة|الأكثر|ذات صلة|人気|ランキング|関連|推荐|热门|많이 본|주요뉴스|볼만한|관련/i;

/** Words that open an inline link to another story. */
export const inlineRelatedWords =
  /^(read more|read also|also read|related|see also|also see|more|go deeper|watch|listen|read|lees ook|leia também|leia mais|ver também|lea también|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|lee también|leggi anche|from (the|our) archives?|läs mer|läs också|läs även|baca juga|veja também|leia mais|les også|læs også)/i;

/** …followed by a separator (and perhaps a note in brackets): "Lire aussi (abonnés) | <a>…</a>". */
export const inlineRelatedLead = new RegExp(`${inlineRelatedWords.source}\\s*(\\([^)]{0,60}\\))?\\s*[:：|»›>-]`, 'i');

/**
 * Query parameters that only track where a click came from: a card's title and its "READ THE
 * REST" link lead to the same story with and without them (boingboing.net.millenials: `?utm_source=…`).
 */
export const trackingParams = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * The label of a bar of picked or trending stories that a site puts in its page header, where the
 * detectors otherwise leave the site's own chrome alone (twincities.com-mayor: 'OUR PICKS:' over
 * eight story links inside <header>; thenassauguardian.com-hikes: 'TRENDING' over ten headlines in
 * the top <nav>). Whole text; see categories/picks-bar.ts for what the bar must be besides.
 */
export const picksBarLabel = /^(our picks|top picks|editors'? picks|trending( now| stories| today)?|breaking( news)?|hot topics)\s*:?$/i;
