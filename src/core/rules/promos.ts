import type { RuleSet } from './rule-set';

/**
 * The most text a sign-up box holds: its pitch, the form and the fine print. The locator and the
 * promo detector climb from a form field up to at most this much, so both take the same box.
 */
export const SIGN_UP_BOX_MAX_CHARS = 900;

export const promoRules = {
  exact: [],
  nameWords: [
    'paywall',
    'subscribe',
    'subscription',
    'newsletter',
    'newsletters',
    'membership',
    'promo',
    'appbanner',
    'upsell',
    'signup',
    'regwall',
    'contribution',
    'contributions',
    'donate',
  ],
  labels: {
    getMoreWith: /^get more with [^.?!,]{1,40}$/i,
    subscribeButton:
      /^(subscribe|subscribe now|subscribe today|sign up|sign up now|sign up for free|join now|register now|become a (member|subscriber)|support us|donate)$/i,
    subscribeToNewsletter:
      /(^|[:!—–.]\s*)(subscribe|sign up) (to|for) (our|the|my|free)\b[^.?!]{0,40}(newsletter|briefing|updates|alerts|emails?)/i,
    getOurNewsletter: /^(get|receive) (our|the) .{0,40}(newsletter|briefing|alerts?) /i,
    newsletterName: /^(the )?.{0,30}newsletter$/i,
    // (abc7news: 'Get the new ABC7 Bay Area mobile app today!')
    downloadApp: /^(download|get) (the|our) [^.?!,]{0,30}app\b[^.?,]{0,40}[.!]?$/i,
    // …in Spanish, French, Portuguese, Italian and German (lanacion.com.ar-jugada: 'Descargá la
    // aplicación de LA NACION. Es rápida y liviana.', the app modal's whole text).
    downloadAppOtherLanguages:
      /^(descargá|descarga|descargue|bajá|baja|téléchargez|télécharge|baixe|baixa|scarica|laden sie|lade) (la|nuestra|l'|notre|o|nosso|a|nossa|die|unsere) (aplicación|app|appli(cation)?|aplicativo|applicazione)\b[^?]{0,60}$/i,
    // A note to readers of the app edition (abc7news: "If you're on the ABC7 News app, click here to watch live").
    appReaderNote:
      /^if you['’]?(re| are) (on|using|reading this (on|in)) (the|our) [^.!?,]{1,30} app, (click|tap) here\b[^.!?]{0,40}[.!]?$/i,
    alreadySubscriber: /^already (a subscriber|have an account)\??\s*[^.?,]{0,20}[.!]?$/i,
    unlockAccess: /^(unlock|get) (full|unlimited|digital) access\b[^.?,]{0,50}[.!]?$/i,
    supportJournalism: /^(support|fund) (our|independent|quality) journalism\b/i,
    subscribeOtherLanguages:
      /^(abonnieren|jetzt abonnieren|abonnez-vous|s'abonner|je m'abonne|suscríbete|suscribirse|abbonati|registrati|abonneer|購読する|会員登録)$/i,
    newsletterSignUp:
      /(^|[:!—–.]\s*)(sign up|subscribe)\b[^.?!]{0,60}\bnewsletter\b|\bnewsletter\b[^.?!]{0,120}[:!—–.]\s*(sign up|subscribe)\b/i,
    germanPaywall: /^(jetzt|hier) (weiterlesen|testen|abonnieren|anmelden)\b|^sie haben bereits ein .{0,30}abo/i,
    becomeMemberOrTry:
      /^(become|be) a [^.?!,]{0,20}(member|subscriber|supporter)\b[^.?,]{0,40}[.!]?$|^(try|start) [^.?!,]{0,30}(free|for \$?\d)[^.?,]{0,30}[.!]?$/i,
    scandinavianTrial:
      /^(prova|testa|prøv) .{0,40}(för|for|fra) \d+ (kr|kronor|kroner)\b|^(prova nu|prova gratis|bli prenumerant|köp prenumeration|bli abonnent|kjøp abonnement)$/i,
    subscribeTo: /^(subscribe|sign up|join|register) (to|for|with) [^.?!,]{1,40}$/i,
    supportUs: /^support (us|us now|our work|.{0,30} journalism)\b.{0,10}$/i,
    // (miamitodaynews: 'Get the E-Edition Click here to register', '… Click here to signup')
    clickHereTo: /^(.{1,40} )?click here to (get|download|subscribe|sign ?up|join|register)\b[^.?,]{0,60}[.!]?$/i,
    // A login box's words (ticotimes: 'Welcome! Log into your account', 'A password will be
    // e-mailed to you.'): the site's account prompt, never story.
    loginBox:
      /^(welcome!? )?(log|sign) ?in(to)? (to )?your account\.?$|^a (new )?password will be e-?mailed to you\.?$|^(forgot|lost) your password\??$|^recover your password\.?$|^(password recovery|create an account|don'?t have an account\?( sign up| register)?)$/i,
    // Not "Seguir leyendo"/"Continuer à lire" alone: on some sites that button expands the article.
    keepReadingPaywall:
      /^(suscríbete para seguir leyendo|lee sin límites|¿ya tienes una suscripción\?.*|abonnez-vous pour lire la suite|déjà abonné.*)$/i,
    subscribeRomance:
      /^(abbonati( ora| subito| a .{1,30})?|assine( já| agora| a .{1,30})?|seja assinante|abonneer( nu)?|neem een abonnement|word abonnee|je m'abonne|suscríbete( ahora| ya)?|jetzt abonnieren|abo abschließen)$/i,
    appOrTrial:
      /^(open (in )?app|get the app|use the app|download the app|request a (free )?(demo|trial)|start (a|your) free trial|get a free trial)$/i,
    getOurNewsletterNamed: /^(get|sign up for|subscribe to) our .{0,30}newsletter\b/i,
    koreanSubscribe: /^(구독|구독하기|.{1,20}(을|를) 구독하고 .{0,20}|구독하고 .{0,20}(보세요|만나보세요)!?|이 기사를 추천합니다)$/,
    podcastFollow: /^(listen|subscribe|follow) (on|to|in) (apple podcasts|spotify|.{0,40}\bpodcasts?\b).{0,60}$/i,
    tipsAndCorrections:
      /^(.{1,40} is committed to accuracy\b.{0,60}|have a (news )?tip\?.{0,30}|send us (a|your) tips?|see our corrections policy|har du tips\b.{0,80}\b(skicka|tipsa|mejla|kontakta|hör av dig|vi betalar)\b.{0,80}|tipsa .{1,30}|tips oss\b.{0,60})$/i,
    donate: /^(contribute|donate|give|chip in)( now| today| once| monthly| \$?\d+)*$/i,
    alreadySubscribedOtherLanguages:
      /^(already (a )?(subscriber|subscribed|a member|contributed)\??|sei già abbonato\??|já é assinante\??|al abonnee\??|bereits abonnent\??|déjà abonné\??|¿ya eres suscriptor\?).{0,30}$/i,
    supportBrand: /^support ([Tt]he )?[\p{Lu}][\p{L}.]{2,20}$/u,
    // A reader-revenue ask's line (theguardian: 'Support The Guardian / Available for everyone, funded by readers').
    readerFunded: /^((available|free) (for|to) (everyone|all)[,.]? )?(funded|supported|powered) by (our )?readers\.?$/i,
    // Reader polls and ratings: engagement boxes around the story, not the story.
    readerPoll:
      /^(what do you think\??|poll|take our poll|vote now|reader poll|stelling|umfrage|sondaggio|sondage|encuesta|enquete|how would you rate this article\??|rate this article|was this article (helpful|useful)\??)$/i,
    japanesePaywall:
      /^(［有料会員限定］\s*)?(この記事は(有料記事|会員限定)です.*|有料会員になると.*|今すぐ登録.*|ログインする|アプリで(読む|開く)|アプリをダウンロード|アプリを入手|.{0,20}アプリなら.*|(今なら|月額|初月).{0,20}円.{0,30}|.{0,30}読み放題.{0,20})$/,
    koreanApp:
      /^(기자 ?구독|구독하기|첫 ?달 무료.{0,20}|앱 ?설치|앱 ?다운로드|앱에서 보기|.{0,30}앱에서 .{0,30}(받아보세요|보세요|확인하세요)|.{0,60}구독자 전용.{0,30})$/,
    newsletterOtherLanguages: /^(newsletter abonnieren|inscrivez-vous à (la|notre) newsletter|suscríbete a (la|nuestra) newsletter)/i,
    // Trial offers and app pitches (bild, business-insider, aftonbladet fixtures).
    // A trial price only with a word of selling in it: "One month for €9.99." alone may be story.
    trialPrice:
      /^(?=.{0,120}\b(abo|abonn\w*|subscri\w*|suscri\w*|abbona\w*|assin\w*|prenumer\w*|plus|premium|digital|trial|testen|essai|prova|prøv|offer|offre|angebot|oferta|offerta)\b).{0,60}\b(\d+|one|a|ein(en)?|un|une|uno|en|first|ersten?) (month|monat|mois|mes|mese|månad|måned|week|woche|semaine|semana|settimana)\b.{0,24}\b(for|für|pour|por|a|per|för)\b.{0,8}[\d$€£].{0,40}$/i,
    meteredCounter:
      /^(you('ve| have) read|you are reading|estás leyendo|has leído|vous avez lu|vous lisez|sie lesen|stai leggendo|hai letto|você (leu|está lendo)|du läser|du har läst) .{0,24}\b\d+ (of|de|des|sur|von|di|av) \d+\b.{0,50}$/i,
    // Account and price offers (ledevoir: 'Créez un compte gratuitement Obtenez 3 articles de plus par
    // mois', 'À partir de 13,61$/mois', '3 articles gratuits').
    accountOffer:
      /^(créez|créer)(-vous)? (un|votre) compte( gratuit(ement)?)?\b[^.!?]{0,60}$|^(create|register for) (a |your )?free account\b[^.!?]{0,60}$|^\d+ (articles?|artikel|artículos|articoli) (gratuits?|gratis|free|kostenlose?|gratuiti)$/i,
    priceFrom:
      /^(à partir de|dès|from|starting at|only|just|ab|nur|desde|a partir de|da|solo) [$€£]?\s?\d+([.,]\d{1,2})?\s?[$€£]?\s?(\/|per |par |pro |por |al |a )(mois|month|mo|monat|mes|mese|semaine|week|woche|an|year|jahr|año)\.?$/i,
    subscribeForPrice:
      /^(suscríbete|abonnez-vous|subscribe|abbonati|assine|abonnieren|prenumerera) (por|pour|for|a|per|für|för) .{0,14}$|^(ya soy suscriptor|je suis déjà abonné|sono già abbonato|já sou assinante)$/i,
    preferredSource: /^add .{1,40} as (a |your )?(preferred|trusted) source( on google)?$/i,
    freeArticlesLeft:
      /^(te quedan? \d+ notas?( gratuitas| gratis)?|you have \d+ free articles? (left|remaining)|il vous reste \d+ articles?|sie haben noch \d+ (kostenlose )?artikel|restam \d+|ti restano \d+|du har \d+ gratis)\b.{0,60}$/i,
    indonesianSpanishMembership:
      /^(suscribite|suscribite ahora|ya tengo suscripción|baca berita tanpa iklan\b.{0,60}|gabung (sekarang|jadi member|[^.,!?]{1,30}\+)|langganan( sekarang)?|kirim apresiasi|apresiasi spesial|dukung (kami|jurnalisme [^.,!?]{1,30}))$/i,
    // (abc7news: 'ABC7 Bay Area 24/7 live stream', 'Watch ABC7 newscasts on demand')
    freeStream:
      /^(watch|stream) (for free|free|live now|now for free)$|^stream .{0,60}\b24\/7\.?$|^([^.!?]{1,40} )?24\/7 live ?stream$|^watch [^.!?]{1,40} on demand$/i,
    alerts: /^get [^.!?]{1,40}\balerts\b(\s*:| (to|in|on) your (inbox|phone)).{0,200}$/i,
    meteredOrPledge: /^you('ve| have) read \d+ (free )?articles? (in|this|over) .{0,30}$|^yes,? i'?ll (give|contribute) [$€£]?\d.{0,20}$/i,
    latestNewsOn: /^(track|follow|get) (the )?latest news (live )?on .{1,30} and get\b.{0,80}$/i,
    watchLive: /^watch [^.!?]{1,30} live$|^listen( now)?\s*[·•|-]?\s*\d{1,2}:\d{2}(:\d{2})?$/i,
    readerStories:
      /^(we pay for your stories!?|do you have a story (to sell|for [^?]{1,30})\?.{0,120}|get in touch with our (news )?team\b.{0,120}|take us with you|read a summary of this article on\b.{0,120})$/i,
    appOrNewsletterArrow: /^[^.!?]{1,30}\b(app|newsletters?)\s*[➔→›»]$/i,
    // (heise: 'TR bestellen', to order the print issue)
    germanOffer:
      /^(zum angebot|jetzt testen|jetzt lesen|abo wählen|angebot sichern|jetzt sichern|jetzt folgen|follow now|(jetzt |hier )?([\p{L}\d-]{1,20} )?bestellen)$/iu,
    // A pointer to the print issue that sells it (heise: 'Dieser Beitrag stammt aus Ausgabe 7/2019 der
    // Technology Review. Das Heft ist ab 20.06.2019 im Handel sowie direkt im heise shop erhältlich.').
    printIssueOffer:
      /^(dieser (beitrag|artikel) (stammt aus|erschien in) (der )?(ausgabe|heft)|this (article|story) (appeared|appears|is from) in (the )?.{1,40} (issue|edition))\b.{0,120}\b(im handel|erhältlich|bestellen|shop|kiosk|on sale|on newsstands|subscribe|buy)\b.{0,60}$/i,
    readInApp: /^.{0,40}\b(read|continue|open|get|use) (it |this |the story )?(faster |better |free )?in (the|our) app\.?$/i,
    // Chinese paywall and login box (caixin: '本文共计1561字 订阅后继续阅读', '登录 后获取已订阅的阅读权限',
    // '订阅/会员升级'; its login window: '财新账号登录', '微信快捷登录', '还没有财新账号？立即注册').
    chinesePaywall:
      /^(本文共计\d+字\s*)?订阅后(继续|阅读|查看)(阅读|全文)?$|^登录\s*后获取.{0,12}阅读权限$|^订阅\s*\/\s*会员升级$|^(还没有.{1,10}(账号|账户)[？?]\s*)?立即注册$|^.{0,8}(账号|快捷)登录$|^请使用.{0,10}账号登录.{0,20}$/,
    // A newsletter's name in Chinese (caixin: '财新网主编精选版电邮', the editors' picks by email).
    chineseNewsletter: /^.{1,20}(电邮|邮件订阅)$/,
  },
} satisfies RuleSet;

/**
 * A sentence that pitches a newsletter, in several languages: a paragraph made of it (with its
 * sign-up link) is a promo, not story ("…iscriviti gratis alla newsletter di …. Basta cliccare qui.").
 */
const newsletterPitch =
  /\b(newsletter|nieuwsbrief|infolettre|boletín)\b.{0,120}\b(sign up|subscribe|iscriviti|abbonati|assine|inscreva-se|cadastre-se|meld je aan|abonneer|inscrivez-vous|abonnez-vous|suscríbete|apúntate|abonnieren|anmelden)\b|\b(sign up|subscribe|iscriviti|inscreva-se|cadastre-se|meld je aan|inscrivez-vous|suscríbete|apúntate|abonnieren)\b.{0,80}\b(newsletter|nieuwsbrief|infolettre|boletín)\b/i;

/**
 * A paywall's lead and its 'already a subscriber' line (haitiantimes: 'To view the full story,
 * please subscribe to …'; 'If you're seeing this message but you're already a subscriber, …').
 * The paragraphs between them are the paywall's pitch (categories/promos.ts).
 */
export const paywallLead =
  /^to (view|read|access|continue reading) (the full|this|the rest of (the|this)|the entire) (story|article)\b[^.]{0,20}\b(please )?(subscribe|log in|sign in|register|become a (member|subscriber))\b/i;
export const paywallTail =
  /^if you['’]?(re| are) (seeing this message|already a (subscriber|member))\b.{0,80}\b(subscriber|member|log in|sign in)\b/i;

/**
 * Promo sentences too long for a label, with a link: a paragraph made of one is a promo, not
 * story (corriere: "…iscriviti gratis alla newsletter…", hindustan-times: "Catch all the Latest
 * News … Stay updated with the … app").
 */
export const promoSentences: RegExp[] = [
  newsletterPitch,
  /^catch all the latest\b/i,
  /^get [^.!?]{1,40}\balerts\b(\s*:| (to|in|on) your (inbox|phone))/i,
  /\b(get|receive) the latest (news|updates|headlines)\b.{0,60}\b(on|via|in) (whatsapp|telegram|our app)\b/i,
  /\b(add|make) .{1,40} (as )?(a |your )?(preferred|trusted) (google )?source\b/i,
  // Calls for readers' tips and stories, with the desk's address (metro-uk, the-sun, the-mirror).
  /^(get in touch with our (news )?team|we pay for your stories|do you have a story (to sell|for))\b/i,
  /\b(whatsapp|telegram) (channel|saluran)\s*:|^(simak|ikuti) .{0,80}\b(whatsapp|telegram|google news)\b/i,
  /\b(app store|apple app store)\b.{0,30}\b(google play|play store)\b/i,
  // A sign-up form's fine print (threatpost: 'The administrator of your personal data will be …').
  /^(the administrator of your personal data (will be|is)\b|by (signing up|subscribing|submitting (this form|your email)),? you (agree|accept|consent)\b)/i,
  // A newsletter's sign-off (axios: 'Consider inviting your friends … Was this email forwarded to you? Sign up here.').
  /\bwas this (email|newsletter) forwarded to you\?|^consider inviting your friends\b/i,
  paywallLead,
  paywallTail,
  /^(stay updated|stay informed|get the latest|never miss) .{0,80}\b(app|newsletter|whatsapp|telegram|alerts)\b/i,
  // (vanityfair: 'If you would like to receive the Levin Report in your inbox daily, click here to subscribe.')
  /^(if you('d| would) like to|to) (receive|get) .{1,60}\b(in|to) your inbox\b/i,
  // A little longer than a label where it lists what the issue holds (heise: '… im heise shop erhältlich. Highlights aus dem Heft:').
  promoRules.labels.printIssueOffer,
];

/**
 * The words of a feedback-to-the-editors form, a site form after the story (phys.org.tool: 'What do
 * you think about this particular story?', 'Your feedback will go directly to … editors.'; yna_co_kr:
 * 'Send Feedback', 'How can we improve?', 'Thanks for your feedback!').
 */
export const feedbackFormWords =
  /\b(send|give|submit|leave|share) (us )?(your |some )?feedback\b|\bfeedback (to|for) (the )?editors?\b|\byour feedback (will|goes|is)\b|\bthanks? (you )?for your feedback\b|\bhow can we improve\b|\bwhat do you think (about|of) this (particular )?(story|article)\b/i;
/**
 * …and of a comment form, which is never one: the comments section is the readers', not a promo
 * ('Leave a Reply'; not 'replies' alone: phys.org.tool's form promises no 'individual replies').
 */
export const commentFormWords =
  /\b(comments?|(leave|post|write) a reply|reply to|commentaires?|kommentare?|comentarios?|commenti|discussion|discussão)\b/i;
/** The most text a feedback form holds: its question, field labels, thanks and fine print. */
export const FEEDBACK_FORM_MAX_CHARS = 600;

/**
 * A link to a donation page: a `donate.` host, or a donate / donation / contribute path (raw-story:
 * donate.rawstory.com/441256-keep-democracy-alive-…; city-journal: /donate?p=…).
 */
export const DONATION_HREF = /^(https?:)?\/\/(donate|donations?|give)\.|\/(donate|donation|donations|contribute)([/?#_-]|$)/i;

/**
 * A publisher's donation pitch (city-journal: '… Are you interested in supporting the magazine? As a
 * 501(c)(3) nonprofit, donations in support of MI and City Journal are fully tax-deductible …'). With
 * its own "Donate" button to a donation page it is the site's ask, not story (locate/body.ts).
 */
export const donationPitch =
  /\b(are you interested in|would you (like to|consider)|please consider|will you consider) (supporting|donating|making a (tax-deductible )?(donation|contribution|gift))\b|\bdonations?\b.{0,80}\b(are|is) (fully )?tax[- ]deductible\b/i;

/** Links that sit in a paywall box beside its call to action without making it a row of links. */
export const paywallCompanion =
  /^(登录|log in|sign in|login|inicia sesión|iniciar sesión|connexion|se connecter|anmelden|einloggen|accedi|entrar|inloggen|ログイン|continue reading|seguir leyendo|continuer à lire|weiterlesen|continua a leggere|lees verder|continue lendo|hier anmelden)$/i;

/** Generic calls to action: a promo only together with a promo-named box ("terminal-promo";
 * fiercepharma's webinar and event boxes: 'Register Now', 'Register'). */
export const genericCallToAction =
  /^(learn more|find out more|discover more|try (it )?(for )?free|start (your )?free trial|get started|download now|register( now| today| here)?|(reserve|save) your (seat|spot)|get (your )?tickets|en savoir plus|mehr erfahren|más información|scopri di più)$/i;

/**
 * Paywall prompts: a page that holds one under its prose is an article cut short for this reader,
 * however little of it shows (page kind; japanese_article: 194 characters of story, then
 * 'この記事は会員限定です').
 */
export const paywallPrompts: RegExp[] = [
  promoRules.labels.keepReadingPaywall,
  promoRules.labels.japanesePaywall,
  promoRules.labels.germanPaywall,
  promoRules.labels.meteredCounter,
  promoRules.labels.freeArticlesLeft,
];
