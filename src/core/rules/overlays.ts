import { wholeText, type Alternatives, type RuleSet } from './rule-set';

export const overlayRules = {
  exact: [
    '#onetrust-consent-sdk',
    '#onesignal-slidedown-container',
    '#onesignal-bell-container',
    '#onetrust-banner-sdk',
    '.fc-consent-root',
    '#CybotCookiebotDialog',
    '.qc-cmp2-container',
    '[id^="sp_message_container"]',
    '#didomi-host',
    '.truste_overlay',
    '#truste-consent-track',
    '#usercentrics-root',
    '.cc-window',
    '#cookie-law-info-bar',
    '.osano-cm-window',
  ],
  nameWords: ['cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'modal', 'overlay', 'backdrop', 'interstitial', 'lightbox', 'popup'],
  sentences: {
    cookieNotice:
      /\b(we use cookies|this (site|website) uses cookies|uses cookies|cookie (policy|settings|preferences|notice)|we value your privacy|your privacy choices|manage (cookies|consent|preferences)|accept (all )?cookies)\b/i,
    // Push-notification opt-ins (ndtv fixture: "Allow notifications?" with Later / Allow; handelsblatt:
    // 'Benachrichtigung aktivieren', 'Dürfen wir Sie in Ihrem Browser … informieren?').
    pushNotificationOptIn:
      /\b(allow|enable|turn on|get) (push |browser )?notifications\b|\bnotifications? (from|about) .{1,40}\?$|プッシュ通知|푸시 알림|benachrichtigung(en)? (erlauben|aktivieren|erhalten|zu schicken)|\bin ihrem browser\b.{0,80}\binformieren\?|activer les (notifications|alertes)( du navigateur)?|recevez les alertes\b|recevoir (des|les) notifications|recibir notificaciones|receber notificações|ricevere (le )?notifiche|(aktifkan|izinkan) notifikasi/i,
    // Ad-blocker nags (electrek: 'You are seeing this message because ad or script blocking software
    // is interfering with this page.'; thenassauguardian: 'Adblock Detected'; observer: 'How Do I Whitelist
    // Observer?' over the steps for each blocker).
    adBlockNotice:
      /^ad ?block(er)? detected\b|\b(ad ?block(er|ing)?|ad(-| or script )blocking)( software| extension)? (is )?(detected|interfering)\b|\b(disable|turn(ing)? off|deactivate|pause|whitelist us in) (your |any )?(ad ?block(er)?|ad(-| or script )blocking( software)?)\b|\bhow (do i|to) (whitelist|allowlist) \S{2,40}\??$|\b(whitelist|allowlist) \S{2,40} (on|in) your (browser|ad ?blocker)\b/i,
    // The page's connection-error notice, a template waiting for a failed request (lanacion.com.ar-jugada:
    // 'Ha ocurrido un error de conexión' with its 'Cerrar' button, rendered at the end of the page).
    connectionError:
      /^(ha ocurrido un|se (ha )?produjo un|ocorreu um|an?) (error|erro) de (conexión|conexão)[.!]?$|^(a )?(connection|network) error (has )?occurred[.!]?$|^(une )?erreur de connexion (s'est produite|est survenue)[.!]?$|^(ein )?verbindungsfehler( ist aufgetreten)?[.!]?$/i,
    cookieNoticeCjk:
      /\b(wir verwenden cookies|nous utilisons des cookies|utilizamos cookies|utilizziamo (i )?cookie|クッキー|cookieを使用)\b|(cookie|クッキー)(など)?を(使用|利用)|쿠키를 (사용|이용)/i,
    // Arabic notices (bbc-arabic: 'لقد حدّثنا سياستنا المتعلقة بالخصوصية…' with 'موافق').
    cookieNoticeArabic: /ملفات تعريف الارتباط|سياستنا المتعلقة بالخصوصية|سياسة الخصوصية و(ملفات|الكوكيز)/,
    usesCookies:
      /\b(gebruikt|gebruiken|utiliza|utilizam|utilizamos|usa|usamos|utilizza|verwendet|nutzt|utilise|uses|use)\s+(de\s+|des\s+|i\s+|os\s+)?cookies?\b/i,
  },
} satisfies RuleSet;

/**
 * Placeholder copy of a notification template the site fills in by script (city-journal: 'Main
 * Error Mesage Here', 'More detailed message would go here to provide context for the user and how
 * to proceed', in the modal area every page carries). No story sentence says its message goes here.
 */
export const templatePlaceholder =
  /^(main |primary )?(error|success|warning|notification|alert|confirmation) (mess?age|title|text|heading)( goes)? here\.?$|\b(more )?(detailed )?(mess?age|text|description) (would|will|should) go here\b/i;

/** The close control of a panel ('Close X', '×'): a sign-in panel with one is a popup, not a header form. */
export const closeControlLabel = /^(close|schließen|fermer|cerrar|chiudi|fechar)(\s*[x×✕✖])?$|^[x×✕✖]$/i;

/** Floating "back to top" buttons. */
export const backToTopLabel =
  /^(↑\s*)?(back to top|to top|top|scroll to top|nach oben|haut de page|retour en haut|volver arriba|torna su|voltar ao topo|naar boven|ページトップ)(\s*↑)?$/i;

/** The answers of `consentButtonPattern`, per language. */
const CONSENT_BUTTONS: Alternatives = {
  en: [
    'accept',
    'accept all',
    'save (&|and) accept',
    'accept (&|and) save',
    'save (my )?(settings|preferences|choices)',
    'i accept',
    'accept (&|and) continue',
    'manage cookies',
    'cookie settings',
    'later',
    'not now',
    'maybe later',
    'no thanks',
    'allow',
    'block',
    'agree',
    'i agree',
    'ok',
    'got it',
    'allow all',
    'reject',
    'reject all',
    'manage',
    'settings',
  ],
  de: ['nein,? danke', 'jetzt aktivieren', 'akzeptieren', 'alle akzeptieren', 'zustimmen', 'ablehnen', 'einstellungen'],
  es: [
    'no,? gracias',
    'sí,? quiero',
    'continuar',
    'aceptar',
    'aceptar y continuar',
    'aceptar todo',
    'rechazar',
    'rechazar todo',
    'configurar',
  ],
  pt: ['não,? obrigado', 'sim,? quero', 'prosseguir', 'ok,? entendi', 'entendi', 'concordo', 'aceitar', 'rejeitar'],
  fr: ['non merci', 'oui', 'accepter', 'tout accepter', 'refuser', 'tout refuser', 'personnaliser', 'continuer sans accepter'],
  it: ['accetta', 'accetta e continua', 'accetta tutto', 'rifiuta', 'rifiuta tutto', 'personalizza'],
  sv: ['godkänn', 'godkänn alla', 'neka', 'acceptera', 'avvisa', 'hantera'],
  nl: ['accepteren', 'weigeren'],
  ja: ['同意する'],
  ar: ['موافق', 'أوافق', 'قبول'],
};

/** Buttons that typically close a consent dialog (moderndiplomacy: 'SAVE & ACCEPT'; handelsblatt: 'Nein, danke'). */
export const consentButtonPattern = wholeText(CONSENT_BUTTONS);
