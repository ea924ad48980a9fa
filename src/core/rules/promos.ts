import type { RuleSet } from './rule-set';

export const promoRules = {
  exact: [],
  nameWords: [
    'paywall', 'subscribe', 'subscription', 'newsletter', 'newsletters', 'membership', 'promo',
    'appbanner', 'upsell', 'signup', 'regwall',
  ],
  labels: [
    /^get more with\b/i,
    /^(subscribe|subscribe now|subscribe today|sign up|sign up now|sign up for free|join now|register now|become a (member|subscriber)|support us|donate)$/i,
    /\b(subscribe|sign up) (to|for) (our|the|my|free)\b.{0,40}(newsletter|briefing|updates|alerts|emails?)/i,
    /^(get|receive) (our|the) .{0,40}(newsletter|briefing|alerts?) /i,
    /^(the )?.{0,30}newsletter$/i,
    /^(download|get) (the|our) .{0,20}app\b/i,
    /^already (a subscriber|have an account)\??/i,
    /^(unlock|get) (full|unlimited|digital) access\b/i,
    /^(support|fund) (our|independent|quality) journalism\b/i,
    /^(abonnieren|jetzt abonnieren|abonnez-vous|s'abonner|je m'abonne|suscríbete|suscribirse|abbonati|registrati|abonneer|購読する|会員登録)$/i,
    /\bnewsletter\b.{0,120}\b(sign up|subscribe)\b|\b(sign up|subscribe)\b.{0,60}\bnewsletter\b/i,
    /^(jetzt|hier) (weiterlesen|testen|abonnieren|anmelden)\b|^sie haben bereits ein .{0,30}abo/i,
    /^(become|be) a .{0,20}(member|subscriber|supporter)\b|^(try|start) .{0,30}(free|for \$?\d)/i,
    /^(subscribe|sign up|join|register) (to|for|with) .{1,40}$/i,
    /^support (us|us now|our work|.{0,30} journalism)\b.{0,10}$/i,
    /^click here to (get|download|subscribe|sign up|join)\b/i,
    /^(suscríbete para seguir leyendo|seguir leyendo|lee sin límites|¿ya tienes una suscripción\?.*|abonnez-vous pour lire la suite|continuer à lire|déjà abonné.*)$/i,
    /^(この記事は有料記事です.*|有料会員になると.*|今すぐ登録.*|ログインする|アプリで(読む|開く)|.{0,20}アプリなら.*)$/,
    /^(newsletter abonnieren|inscrivez-vous à (la|notre) newsletter|suscríbete a (la|nuestra) newsletter)/i,
  ],
} satisfies RuleSet;

/** Generic calls to action: a promo only together with a promo-named box ("terminal-promo"). */
export const genericCallToAction =
  /^(learn more|find out more|discover more|try (it )?(for )?free|start (your )?free trial|get started|download now|en savoir plus|mehr erfahren|más información|scopri di più)$/i;
