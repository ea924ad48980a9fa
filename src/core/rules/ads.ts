import { wholeText, type Alternatives, type RuleSet } from './rule-set';

/** "Advertisement" in other languages, per language (`adRules.labels.adLabelOtherLanguages`). */
const AD_LABELS_OTHER_LANGUAGES: Alternatives = {
  de: ['anzeige', 'werbung'],
  fr: ['publicité', 'publicite', 'annonce'],
  es: ['publicidad', 'anuncio'],
  it: ['pubblicità', 'pubblicita'],
  nl: ['reclame', 'advertentie'],
  pl: ['reklama'],
  ru: ['реклама'],
  el: ['διαφήμιση'],
  tr: ['reklam'],
  fi: ['mainos'],
  sv: ['annons'],
  no: ['annonse'],
  pt: ['propaganda', 'publicidade'],
  ar: ['إعلان'],
  zh: ['广告', '廣告'],
  ja: ['広告'],
  ko: ['광고'],
  hi: ['विज्ञापन'],
};

export const adRules = {
  exact: [
    '[id^="div-gpt-ad"]',
    '[id^="google_ads_iframe"]',
    '[data-google-query-id]',
    'ins.adsbygoogle',
    'amp-ad',
    'amp-embed[type="taboola"]',
    'iframe[src*="doubleclick.net"]',
    'iframe[src*="googlesyndication.com"]',
    'iframe[src*="amazon-adsystem.com"]',
    'iframe[id^="google_ads_iframe"]',
    '[data-ad-unit-path]',
    '[data-dfp-id]',
  ],
  nameWords: [
    'ad',
    'ads',
    'advert',
    'adverts',
    'advertisement',
    'advertising',
    'adslot',
    'adunit',
    'adcontainer',
    'adwrapper',
    'adbox',
    'dfp',
    'gpt',
    'banneread',
    'sponsoredcontent',
    'teads',
    'dianomi',
    'billboard',
    'leaderboard',
    'mpu',
    'skyscraper',
    'halfpage',
  ],
  labels: {
    adLabel:
      /^(advertisement|advertisements|advertising|ad|ads|sponsored|sponsored content|paid content|paid post|promoted|partner content)\s*:?$/i,
    continuesBelow: /^(story|article) continues (below|after)( this)?( advertisement| ad)?$/i,
    affiliateDisclosure: /^.{0,80}\bmay (earn|receive|get) (a )?(small )?(commission|share of sales)\b.{0,120}$/i,
    adControl: /^(ad feedback|report (this )?ad|skip (this )?(ad|advert|advertisement)|close ad|remove ads|hide ads)$/i,
    // An ad slot's placeholder while it loads (lanacion.com.ar-jugada: 'Cargando banners ...').
    adLoading:
      /^(loading|cargando|carregando|chargement( de la)?|caricamento|lade|laden) (ads?|adverts?|advertisements?|banners?|publicidad|anuncios?|publicité|pubblicità|werbung)\s*(\.\.\.|…)?$/i,
    sponsorLine: /^(supported by|presented by|sponsored by|in partnership with|paid for by)$/i,
    // The disclosure a public-media site prints under each ad slot (gothamist: 'Gothamist is funded by
    // sponsors and member donations' beside every empty rectangle): the slot's label, one short line.
    fundedBySponsors:
      /^[^.!?]{1,40} is (funded|supported|made possible) by (its |our )?(sponsors|advertisers|underwriters)( and (its |our )?(member|reader|listener|viewer)s?('s)? (donations|support|contributions))?\.?$/i,
    adLabelOtherLanguages: wholeText(AD_LABELS_OTHER_LANGUAGES, '\\s*:?'),
  },
} satisfies RuleSet;

/** The labels of `sponsoredBlockLabel`, per language. */
const SPONSORED_BLOCK_LABELS: Alternatives = {
  en: [
    'sponsored',
    'sponsor content',
    'branded content',
    'advertorial',
    'sponsored offers',
    'partner offers',
    'deals',
    'shop the story',
    'sponsored (links|content|stories)',
    'promoted (links|content|stories)',
    'paid (partner )?content',
    'partner content',
  ],
  es: ['especial publicidad', 'publirreportaje', 'contenido de marca', 'publieditorial', 'patrocinado', 'contenido patrocinado'],
  fr: ['publi-?reportage', 'contenus? sponsorisés?'],
  de: [
    'sonderveröffentlichung',
    'verlagsangebote',
    'serviceangebote',
    'partnerangebote',
    'angebote unserer partner',
    'stellenangebote',
    'gesponsert',
  ],
  nl: ['gesponsord'],
  pt: ['patrocinado por'],
  it: ['sponsorizzato', 'contenuti sponsorizzati'],
  // (japanese_article: '[PR]トレンドウオッチ', a sponsored block's title with its tag in brackets)
  ja: ['スポンサー', '[\\[［【](pr|広告)[\\]］】][^.!?。]{1,30}'],
  sv: ['annons från .{1,40}', 'sponsrat'],
  no: ['annonse fra .{1,40}', 'sponset'],
  da: ['annonce fra .{1,40}', 'sponsoreret'],
};

/**
 * Labels of sponsored link blocks ("Contenus sponsorisés" under a list of links) and of sponsored
 * teaser cards (elpais: 'Especial Publicidad' over a linked title and its dek), and a publisher's
 * offer lists (sueddeutsche: 'Verlagsangebote' over job ads; handelsblatt: 'Serviceangebote'): the block goes.
 */
export const sponsoredBlockLabel = wholeText(SPONSORED_BLOCK_LABELS);

/**
 * An ad label with its advertiser, on a link in a menu or rail (heise: 'Anzeige: Cloud Services').
 * Not a label of its own: a story subheading 'Werbung: Die neue Macht' reads the same, so the
 * detector wants a link in the element. No sentence: 'Advertisement: the new law bans …' fails.
 */
export const adLabelWithAdvertiser =
  /^(anzeige|werbung|advertisement|sponsored|publicidad|publicité|annonce|pubblicità|reclame|advertentie)\s*:\s*[^\s.!?:,;][^.!?:,;]{0,29}$/i;

/**
 * A paragraph signed off as an ad by its last word (electrek: 'UnderstandSolar is a free service …
 * Click here to learn more and get your quotes. — *ad.'): with its link, the ad is the paragraph.
 */
export const adSignOff = /[—–-]\s*\*?(ad|advert|advertisement|sponsored|anzeige|werbung|publicidad|publicité)\s*[.)]?$/i;
/** The most text such a paragraph holds: a blurb, not a story paragraph with a dash at its end. */
export const AD_SIGN_OFF_MAX_CHARS = 600;

/**
 * The site's own ad-sales pitch, a house ad with the sales desk's address instead of a link
 * (breakingbelizenews.com-paho: 'Advertise with the most visited news site in Belize ~ We offer …
 * Contact us at marketing@… or call us at …', under the story): it opens by asking to advertise
 * and ends by giving the contact. A story sentence about advertising does neither.
 */
export const adSalesPitch =
  /^(advertise|advertising|promote your (business|brand|products?)) (with|on|in) (us|our|the|this)\b.{0,400}\b((contact|email|e-mail|call|write to|reach) us|[\w.+-]+@[\w-]+\.[\w.]+)\b.{0,120}$/i;
/** The most text such a pitch holds: a paragraph, not a story. */
export const AD_SALES_PITCH_MAX_CHARS = 500;

/** Standard IAB creative sizes (width x height) of ad iframes and placeholders. */
export const adSizes: ReadonlyArray<readonly [number, number]> = [
  [728, 90],
  [970, 90],
  [970, 250],
  [300, 250],
  [336, 280],
  [300, 600],
  [160, 600],
  [120, 600],
  [320, 50],
  [320, 100],
  [300, 50],
  [468, 60],
  [250, 250],
  [200, 200],
];
