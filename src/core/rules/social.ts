import type { RuleSet } from './rule-set';

export const socialRules = {
  exact: ['.addthis_toolbox', '.a2a_kit', '.sharethis-inline-share-buttons', '[data-social-share]'],
  nameWords: ['share', 'sharebar', 'sharing', 'social', 'socialshare', 'sharetools', 'sharebuttons'],
  labels: [
    /^(share|post|tweet|share this|share this (article|story)|share on (facebook|x|twitter|linkedin|whatsapp|email|reddit|pinterest|telegram|threads|bluesky)|facebook|twitter|x|whatsapp|linkedin|email|e-mail|copy link|copy url|pinterest|reddit|telegram|threads|bluesky|print|flipboard|messenger|teilen|partager|compartir|condividi|シェア|ツイート)$/i,
    /^(follow us|follow us on|connect with us|folgen sie uns|suivez-nous|síguenos|seguici)\b/i,
  ],
} satisfies RuleSet;

/** Link targets that are share intents, not articles. */
export const shareHrefPatterns: RegExp[] = [
  /facebook\.com\/(sharer|share|dialog\/share)/i,
  /(twitter|x)\.com\/(intent|share)/i,
  /linkedin\.com\/(share|sharearticle|cws\/share)/i,
  /(api\.whatsapp\.com|wa\.me)\/|^whatsapp:/i,
  /reddit\.com\/submit/i,
  /pinterest\.[a-z.]+\/pin\/create/i,
  /t\.me\/share|telegram\.me\/share/i,
  /^mailto:\?/i,
  /bsky\.app\/intent|threads\.net\/intent|flipboard\.com\/bookmarklet/i,
];

export const shareAriaPattern = /\b(share|teilen|partager|compartir|condividi|シェア)\b/i;
