import { describe, expect, it } from 'vitest';
import { matchesAny } from '../../../src/core/categories/category';
import { adLabelWithAdvertiser, adRules, sponsoredBlockLabel } from '../../../src/core/rules/ads';
import { consentButtonPattern, overlayRules } from '../../../src/core/rules/overlays';
import { promoRules, promoSentences } from '../../../src/core/rules/promos';
import { shareHrefPatterns, socialRules } from '../../../src/core/rules/social';

/**
 * The text patterns added for the news-labelled corpus (real pages): each matches the clutter that
 * motivated it and none matches a story sentence that begins the same way.
 */
type Case = [name: string, test: (t: string) => boolean, hits: string[], misses: string[]];

const whole = (re: RegExp) => (t: string) => re.test(t);
/** As the detectors use labels: whole text, and never a sentence that reads as a story's. */
const label = (patterns: Record<string, RegExp>, re: RegExp) => (t: string) => matchesAny(patterns, t) === re;
const promo = (re: RegExp) => label(promoRules.labels, re);
const sentence = (i: number) => (t: string) => promoSentences[i].test(t);
const sentenceIndex = (probe: string): number => promoSentences.findIndex((re) => re.test(probe));

const { labels: social } = socialRules;
const cases: Case[] = [
  [
    'social.shareOn',
    whole(social.shareOn),
    [
      'Compartir en Facebook',
      'Click to share on Facebook',
      'Click to email this to a friend (Opens in new window)',
      'Click to print (Opens in new window)',
      'Click to email a link to a friend',
      'Teilen auf Facebook',
      'Partager sur LinkedIn',
    ],
    ['Share prices fell 4% on Monday.', 'Compartir en Facebook es un riesgo, dijo el ministro.', 'Print media is in decline.'],
  ],
  [
    'social.printOrSave',
    whole(social.printOrSave),
    ['Imprimir', 'Druckansicht', 'In Pocket speichern', 'Add to Pocket', 'Save to Pocket'],
    ['Imprimir billetes no es la solución.', 'Add to Pocket the money you save.', 'Drucken kostet Geld.'],
  ],
  [
    'social.shareHeading',
    whole(social.shareHeading),
    [
      'Share this:',
      'SHARE THIS ARTICLE:',
      'share this!',
      'Share this article:',
      'Jetzt teilen auf:',
      'URL is copied.',
      'Link copied to clipboard',
    ],
    [
      'Share this with your doctor before you start.',
      'Share this year rose by a third.',
      'Teilen ist das neue Haben.',
      'URL is the address.',
    ],
  ],
  [
    'social.share (Pocket, Messenger)',
    whole(social.share),
    ['Pocket', 'Facebook Messenger'],
    ['Pocket money for the children', 'Facebook Messenger was down for hours on Monday.'],
  ],
  [
    'social.follow (network list)',
    whole(social.follow),
    [
      'Puede escribirnos a nuno@esmateria.com o seguir a Materia en Facebook, Twitter, Instagram o suscribirse aquí a nuestra newsletter.',
      'Be sure to check out our homepage for all the latest news, and follow Electrek on Twitter, Facebook, and LinkedIn to stay in the loop.',
    ],
    [
      'Trump urged supporters to follow him on Truth Social and X after the ban.',
      'Fans could follow him on Twitter and Instagram for years.',
      'The police follow leads on Facebook and Twitter every day.',
    ],
  ],
  [
    'shareHrefPatterns (WordPress ?share=)',
    (t) => shareHrefPatterns.some((re) => re.test(t)),
    ['https://www.brookings.edu/blog/post/?share=facebook', 'https://example.com/a/?share=jetpack-whatsapp&nb=1', '/story/?share=print'],
    ['https://example.com/market-share=rising', 'https://example.com/?shared=1', 'https://example.com/shares?share=1'],
  ],
  [
    'ads.adLabel (with colon)',
    label(adRules.labels, adRules.labels.adLabel),
    ['Advertisement:', 'Advertisement', 'Sponsored :'],
    ['Advertisement: the new law bans tobacco ads on buses.', 'Advertisements were banned in 1965.'],
  ],
  [
    'ads.adLabelOtherLanguages (with colon)',
    label(adRules.labels, adRules.labels.adLabelOtherLanguages),
    ['Anzeige:', 'Publicidad'],
    ['Anzeige gegen Unbekannt erstattet.', 'Publicidad engañosa: la multa llega.'],
  ],
  [
    'adLabelWithAdvertiser',
    whole(adLabelWithAdvertiser),
    ['Anzeige: Cloud Services', 'Sponsored: Acme Bank', 'Advertisement: Visit Norway'],
    ['Advertisement: the new law bans tobacco ads, the minister said.', 'Werbung: Was ist erlaubt? Ein Überblick.', 'Anzeige: ja.'],
  ],
  [
    'sponsoredBlockLabel (cards, publisher offers)',
    whole(sponsoredBlockLabel),
    ['Especial Publicidad', 'Verlagsangebote', 'Serviceangebote', 'Advertorial'],
    ['Especial Publicidad y marketing en tiempos de crisis', 'Die Verlagsangebote wurden gekürzt.'],
  ],
  [
    'promos.clickHereTo',
    promo(promoRules.labels.clickHereTo),
    ['Get the E-Edition Click here to register', 'Free Headlines in your Inbox Click here to signup', 'Click here to subscribe'],
    ['Click here to see how the votes were counted, the clerk said.', 'They said click here to win.'],
  ],
  [
    'promos.loginBox',
    promo(promoRules.labels.loginBox),
    ['Welcome! Log into your account', 'A password will be e-mailed to you.', 'Forgot your password?', 'Recover your password'],
    ['Log into your account and you will see the charges, the bank said.', 'A password will be needed to vote online next year.'],
  ],
  [
    'promos.downloadApp',
    promo(promoRules.labels.downloadApp),
    ['Get the new ABC7 Bay Area mobile app today!', 'Download our app'],
    ['Get the app’s makers to explain themselves, critics say.', 'Download the app, the police said, and you will be tracked.'],
  ],
  [
    'promos.appReaderNote',
    promo(promoRules.labels.appReaderNote),
    ["If you're on the ABC7 News app, click here to watch live", 'If you are using the Herald app, tap here to see the map.'],
    ['If you are on the app store already, you know the problem.', "If you're on the bus, click your seatbelt."],
  ],
  [
    'promos.freeStream',
    promo(promoRules.labels.freeStream),
    ['ABC7 Bay Area 24/7 live stream', 'Watch ABC7 newscasts on demand'],
    ['The station ran a 24/7 live stream of the fire for three days.', 'Watch what happens when demand falls.'],
  ],
  [
    'promos.meteredCounter (des)',
    promo(promoRules.labels.meteredCounter),
    ['Vous avez lu 1 des 4 articles gratuits ce mois-ci.'],
    ['Vous avez lu des articles sur la crise?'],
  ],
  [
    'promos.accountOffer',
    promo(promoRules.labels.accountOffer),
    [
      'Créez un compte gratuitement Obtenez 3 articles de plus par mois',
      'Créez-vous un compte',
      '3 articles gratuits',
      'Create a free account',
    ],
    ['Créez un compte bancaire avant de partir, dit le ministère.', '3 articles de loi ont été modifiés.'],
  ],
  [
    'promos.priceFrom',
    promo(promoRules.labels.priceFrom),
    ['À partir de 13,61$/mois', 'From £1 per month', 'Ab 9,99 € pro Monat', 'Only $5/month'],
    ['From 2 per month to 40 per month in a year, the rate of arrests rose.', 'À partir de 2024, les loyers augmenteront.'],
  ],
  [
    'promos.germanOffer (bestellen)',
    promo(promoRules.labels.germanOffer),
    ['TR bestellen', 'Jetzt bestellen', 'Heft bestellen'],
    ['Viele Kunden bestellen jetzt online.', 'Wer früher bestellen will, zahlt mehr.'],
  ],
  [
    'promos.printIssueOffer',
    promo(promoRules.labels.printIssueOffer),
    [
      'Dieser Beitrag stammt aus Ausgabe 7/2019 der Technology Review. Das Heft ist ab 20.06.2019 im Handel erhältlich.',
      'This article appeared in the May issue of Wired, on sale now.',
    ],
    ['Dieser Beitrag stammt aus dem Jahr 1998 und ist heute noch aktuell.', 'This article appeared in the May issue, the editor said.'],
  ],
  [
    'promoSentences: paywall lead',
    (t) => sentence(sentenceIndex('To view the full story, please subscribe to'))(t),
    ['To view the full story, please subscribe to The Haitian Times.', 'To read the full article, log in or register.'],
    ['To view the full story of the flood, residents visited the museum.', 'To read this story to children is a joy.'],
  ],
  [
    'promoSentences: already a subscriber',
    (t) => sentence(sentenceIndex("If you're seeing this message but you're already a subscriber, you can log in"))(t),
    ["If you're seeing this message but you're already a subscriber, you can log in for immediate access to this story."],
    ["If you're seeing this message, the alarm has gone off.", 'If you are already a fan, you will love the sequel.'],
  ],
  [
    'promoSentences: newsletter sign-off',
    (t) => sentence(sentenceIndex('Was this email forwarded to you?'))(t),
    ['Consider inviting your friends and colleagues to join us. Was this email forwarded to you? Sign up here.'],
    ['Consider inviting friends over for dinner.', 'Was this email sent by the minister?'],
  ],
  [
    'promoSentences: sign-up fine print',
    (t) => sentence(sentenceIndex('The administrator of your personal data will be'))(t),
    ['The administrator of your personal data will be Threatpost, Inc., 500 Unicorn Park.', 'By signing up, you agree to our Terms.'],
    ['The administrator of the estate will be named on Friday.', 'By signing up for the draft, he avoided prison.'],
  ],
  [
    'overlays.adBlockNotice',
    whole(overlayRules.sentences.adBlockNotice),
    [
      'You are seeing this message because ad or script blocking software is interfering with this page.',
      'Disable any ad or script blocking software, then reload this page.',
      'Adblock Detected',
      'Please support our local news by turning off your adblocker',
    ],
    ['Ad blocking has grown since 2015.', 'Publishers lose money to ad blockers, the study found.'],
  ],
  [
    'overlays.pushNotificationOptIn (German, French)',
    whole(overlayRules.sentences.pushNotificationOptIn),
    [
      'Benachrichtigung aktivieren',
      'Dürfen wir Sie in Ihrem Browser über die wichtigsten Nachrichten des Handelsblatts informieren?',
      'Voulez-vous activer les alertes du navigateur?',
    ],
    ['Die Benachrichtigung der Opfer dauerte Wochen.', 'Les alertes météo ont été levées.'],
  ],
  [
    'consentButtonPattern',
    whole(consentButtonPattern),
    ['SAVE & ACCEPT', 'Nein, danke', 'Jetzt Aktivieren', 'Save settings'],
    ['Save the date', 'Nein, danke für nichts, sagte er.'],
  ],
];

describe('text patterns from the news-labelled corpus', () => {
  for (const [name, test, hits, misses] of cases) {
    it(`${name} matches its clutter`, () => {
      for (const t of hits) expect(test(t), t).toBe(true);
    });
    it(`${name} leaves story sentences alone`, () => {
      for (const t of misses) expect(test(t), t).toBe(false);
    });
  }
});
