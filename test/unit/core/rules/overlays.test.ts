import { describe } from 'vitest';
import { backToTopLabel, consentButtonPattern, overlayRules } from '../../../../src/core/rules/overlays';
import { checkPatterns } from '../../../helpers/pattern-examples';

const { sentences } = overlayRules;

describe('overlay patterns', () => {
  checkPatterns({
    cookieNotice: {
      pattern: sentences.cookieNotice,
      match: ['We use cookies to improve your experience.', 'This website uses cookies.', 'We value your privacy', 'Manage consent'],
      noMatch: ['The bakery sells cookies on Sundays.', 'Privacy campaigners objected to the plan.'],
    },
    pushNotificationOptIn: {
      pattern: sentences.pushNotificationOptIn,
      match: [
        'Allow notifications?',
        'Enable push notifications',
        'Benachrichtigung aktivieren',
        'Recevoir des notifications',
        'プッシュ通知を受け取る',
      ],
      noMatch: ['The council sent notifications to residents last week.', 'Notifications were late.'],
    },
    adBlockNotice: {
      pattern: sentences.adBlockNotice,
      match: [
        'Adblock Detected',
        'You are seeing this message because ad or script blocking software is interfering with this page.',
        'Please disable your ad blocker',
      ],
      noMatch: ['The road block was removed on Monday.', 'Ad spending fell.'],
    },
    cookieNoticeCjk: {
      pattern: sentences.cookieNoticeCjk,
      match: ['Wir verwenden Cookies, um …', 'Nous utilisons des cookies', '当サイトではクッキーを使用しています', '쿠키를 사용합니다'],
      noMatch: ['Die Stadt verwendet neue Busse.', '会議は火曜日に開かれた。'],
    },
    cookieNoticeArabic: {
      pattern: sentences.cookieNoticeArabic,
      match: ['نستخدم ملفات تعريف الارتباط', 'لقد حدّثنا سياستنا المتعلقة بالخصوصية'],
      noMatch: ['اجتمع المجلس يوم الثلاثاء'],
    },
    usesCookies: {
      pattern: sentences.usesCookies,
      match: ['Deze site gebruikt cookies', 'Este sitio utiliza cookies', 'This site uses cookies', 'Le site utilise des cookies'],
      noMatch: ['The bakers use the cookies recipe of 1920', 'Cookies were sold out.'],
    },
    backToTopLabel: {
      pattern: backToTopLabel,
      match: ['Back to top', '↑ Top', 'Nach oben', 'Retour en haut', 'ページトップ'],
      noMatch: ['Top stories', 'Back to the council meeting'],
    },
    consentButtonPattern: {
      pattern: consentButtonPattern,
      match: [
        'Accept all',
        'SAVE & ACCEPT',
        'Nein, danke',
        'Tout accepter',
        'Aceptar y continuar',
        'Accetta tutto',
        'Godkänn alla',
        'Accepteren',
        '同意する',
        'موافق',
        'Não obrigado',
      ],
      noMatch: ['Accept the new timetable', 'Read more', 'Subscribe'],
    },
  });
});
