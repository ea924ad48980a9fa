import { anyOf, type RuleSet } from './rule-set';

export const socialRules = {
  exact: ['amp-social-share', '.addthis_toolbox', '.a2a_kit', '.sharethis-inline-share-buttons', '[data-social-share]'],
  nameWords: ['share', 'sharebar', 'sharing', 'social', 'socialshare', 'sharetools', 'sharebuttons'],
  labels: {
    share:
      /^(click to )?(share|post|send|email) (on|via|to|with|by) [\w.+]+( \(opens in (a )?new (window|tab)\))?$|^(share|post|tweet|share this|(show )?more sharing options|pocket|facebook messenger|copiar link|copiar enlace|print( this)? (page|article|story)|compartilhe|compartilhar|delen|deel|share (or comment on )?this (article|story|page)( with .{1,20})?:?|copy link|link kopieren|copier le lien|copiar enlace|copia link|lineで送る|はてなブックマーク|メール|リンクをコピー|공유|공유하기|fb|share this (article|story)|share this article via [a-z]+|share on (facebook|x|twitter|linkedin|whatsapp|email|reddit|pinterest|telegram|threads|bluesky)|facebook|twitter|x|whatsapp|linkedin|email|e-mail|copy link|copy url|pinterest|reddit|telegram|threads|bluesky|print|flipboard|messenger|teilen|partager|compartir|condividi|dela|del|jaa|シェア|ツイート|はてブ|line|urlをコピー|カカオトーク|카카오톡|카카오스토리|페이스북|트위터|밴드|url ?복사|링크 ?복사)$/i,
    // Share and print controls in words, in other languages too (elpais: 'Compartir en Facebook';
    // WordPress share bars, brookings, pagesix, twincities: 'Click to email this to a friend (Opens
    // in new window)', 'Click to print'; zeit: 'Jetzt teilen auf: Facebook').
    shareOn:
      /^(click to )?((share|post|send) (on|via|to|with|by) [\w.+ ]{1,20}|email (this|a link) to a friend|email|print|share)( \(opens in (a )?new (window|tab)\))?$|^(compartir|compartilhar|compartilhe|partager|teilen|condividi|delen|dela|del) (en|no|na|sur|auf|su|op|på|via|por) [\w.+]{1,20}$/i,
    // Share buttons in Chinese (caixin: '分享到微信朋友圈', '分享到新浪微博', '新浪转发').
    shareChinese: /^(分享到|分享至|转发到)(微信(朋友圈|好友)?|朋友圈|新浪微博|微博|qq空间|qq好友|qq|豆瓣|领英)$|^(新浪)?(转发|分享)$/i,
    // Print and read-later controls (elpais: 'Imprimir'; heise: 'Druckansicht', 'In Pocket
    // speichern'; spiegel.de.albtraum: 'PDF drucken'; newrepublic: 'Add to Pocket').
    printOrSave:
      /^(imprimir|imprimer|drucken|druckansicht|pdf drucken|als pdf (drucken|speichern)|print( as)? pdf|imprimir (en )?pdf|imprimer (en )?pdf|stampa|afdrukken|skriv ut|印刷|in pocket speichern|(add|save) to pocket|(auf|in) pocket (speichern|merken)|enregistrer dans pocket)$/i,
    // The heading of a share bar (moderndiplomacy: 'Share this:'; pagesix: 'SHARE THIS ARTICLE:';
    // phys.org: 'share this!'; zeit: 'Jetzt teilen auf:'; californiaglobe: 'Spread the news:') and its copy-link toast (yna: 'URL is copied.').
    shareHeading:
      /^((please )?share this( article| story| page| post)?|spread the (news|word)|share (the|this) (news|story|article) with (a friend|friends|others)|(jetzt )?teilen( auf| sie diesen artikel| via)?|artikel teilen|partager (cet article|sur)|compartir (esta noticia|en)|compartilhe (esta|essa) (notícia|matéria)|condividi (questo articolo|su))\s*[:!]$|^(url|link) (is |has been |was )?copied( to (the )?clipboard)?[.!]?$/i,
    // 'Follow on Instagram': a feed widget's button (laweekly). The last alternative: a sign-off asking to follow the site on a list of networks (elpais:
    // '… o seguir a Materia en Facebook, Twitter, Instagram o …'; electrek: '… and follow Electrek
    // on Twitter, Facebook, and LinkedIn …'): at a sentence start or after 'and'/'or', never 'him'.
    follow: anyOf(
      /^.{1,30} (auf|on|sur|en|su|på|op|no) (whatsapp|telegram|google news)\s*:/i,
      /^follow on (facebook|x|twitter|instagram|threads|bluesky|linkedin|youtube|tiktok)$/i,
      /^follow .{1,40} on (facebook|x|twitter|instagram|threads|bluesky|linkedin|youtube|tiktok|whatsapp)\b/i,
      /(公式)?(x|twitter|facebook|instagram|line|インスタグラム)(アカウント)?をフォロー/i,
      /^フォローする$/i,
      /^(follow us|follow us on|follow topics( and authors)?|follow (related )?(authors|topics)( and (authors|topics))?\s*$|follow the topics in this (article|story)\s*$|connect with us|folgen sie uns|suivez-nous|síguenos|seguici)\b/i,
      /^(join|follow) (us|our|the|[\w.]+'s) .{0,30}(whatsapp|telegram|google news|instagram|facebook|youtube|tiktok) ?(channel|page|group)?\b/i,
      /\b(join|follow|subscribe to|receba|receive|recibe|ricevi|recevez|erhalten sie|segue|siga|sigue|volg|folgen sie|abonnez-vous à|rejoignez|únete a|unisciti|iscriviti|entre n[oa]|tritt|get)\b.{0,40}\b(whatsapp|telegram)\b.{0,40}\b(channel|canal|kanaal|kanal|canale)\b/i,
      /\b(whatsapp|telegram)\b.{0,40}\b(channel|canal|kanaal|kanal|canale)\b.{0,60}\b(join|follow|folgen|volg|segue|siga|sigue|abonnieren|iscriviti|rejoignez|únete|clique|click|tap)\b/i,
      /\b(seguir|siga|segue|follow|join|entre no|únete al)\b.{0,20}\b(o |the |nosso |our |al |el )?(canal|channel|kanal)\b.{0,30}\b(whatsapp|telegram)\b/i,
      /^(volg|segue|siga|sigue|seguí|seguinos|suivez|folgen sie) .{1,40}\b(op|no|en|sur|auf|su) (whatsapp|telegram|facebook|instagram|x|twitter)\b/i,
      /^(puedes seguir(nos)? a|sigue a|suivez .{0,30} sur|folgen sie .{0,30} auf|segui .{0,30} su) .{0,40}(facebook|instagram|x|twitter|whatsapp|telegram)\b/i,
      /(^|[.!?] |\b(and|or|o|y|und|oder|et|ou|e) )(follow|seguir|seguirnos|síguenos|sigue|folgen sie|suivez|suivre|segui|seguici)( (?!(him|her|them|me|his|their)\b)(a |us |uns |nos )?[\w.-]+)? (on|en|auf|sur|su|no|na) (facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky|telegram|whatsapp)((, | )(and |or |y |o |und |oder |et |ou |e )?(facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky|telegram|whatsapp))+\b/i,
    ),
  },
} satisfies RuleSet;

/**
 * The link a timeline embed is written as before its script turns it into the feed (tribune242:
 * '<a class="twitter-timeline" href="https://twitter.com/Tribune242">Tweets by @Tribune242</a>' in
 * the side rail): the site's follow widget. The words are the embed code's own, on every site.
 */
export const timelineEmbedLabel = /^(tweets|posts) (by|from) @\w{1,15}$/i;

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
  // WordPress (Jetpack) share buttons link to the post itself with the network named (brookings).
  /[?&]share=(jetpack-)?(facebook|twitter|x|linkedin|email|print|reddit|tumblr|pinterest|pocket|telegram|whatsapp|sms|skype|mastodon|threads|bluesky|nextdoor)(&|#|$)/i,
  // The same intents on any host (regional mirrors, link shorteners): the path says "share".
  /\/(sharer(\.php)?|share\.php|intent\/(tweet|post)|lineit\/share|plugin\/share|talk\/friends)(\?|\/|$)/i,
  /b\.hatena\.[a-z.]+\/entry\//i,
];

/** Profile pages on social networks: a small box made only of such links is a follow-us box. */
export const profileHostPattern =
  /^https?:\/\/(www\.|m\.)?(instagram\.com|facebook\.com|youtube\.com|tiktok\.com|x\.com|twitter\.com|linkedin\.com|threads\.net|bsky\.app|pinterest\.[a-z.]+|snapchat\.com|whatsapp\.com\/channel|t\.me)\//i;

/** Links to a publisher's channel on a messaging app or news aggregator: a follow-us box's button. */
export const followHrefPatterns: RegExp[] = [
  /(^|\/\/)(www\.)?whatsapp\.com\/channel\//i,
  /^https?:\/\/t\.me\/[\w]+\/?$/i,
  /news\.google\.com\/(publications|s\/)/i,
  /google\.[a-z.]+\/preferences\/source/i,
];

export const shareAriaPattern =
  /\b(share|teilen|partager|compartir|condividi|シェア)\b|\b(copy|copier|kopieren|copiar|copia) (the )?(link|le lien|enlace|url)\b|link kopieren|\bdela\b|kopiera länk|kopier lenke/i;

/** Controls that sit in share bars without being share controls: gift, save, comments count. */
export const shareCompanionPattern =
  /^(discuss( this)?|blog about( this)?|(sign|log) in to (favou?rite|save|bookmark|like) this|gift|copy|gift (this )?article( free)?|gift (unlocked )?article|give this article|share (this )?article|presentear|regalar|regala|cadeau|verschenken|report a correction|corrections?|salvar|guardar|opslaan|댓글 ?\d*|요약봇|본문 듣기|가|글자 크기 변경|번역( 설정)?|설정|인쇄|save|saved|bookmark|merken|記事を保存|保存|offrir|offrir cet article|ajouter à vos sélections|guardar|salva|comments? ?:? ?\d*|comment on this story|\d+ comments?|kommentare?|commentaires?|zur diskussion|print|imprimer|drucken|listen|écouter|anhören|link|copy link|link copied!?|kopiera länk|kopier lenke|kopier link|spara|lagre|クリップ|スクラップ|글자 ?크기( 설정)?|북마크|스크랩|프린트|인쇄하기|\d+)$/i;

/**
 * A text piece that ends by asking to follow the site on the networks its links then name
 * (electrek: 'for all the latest news, and follow Electrek on' + Twitter, Facebook, LinkedIn
 * links): the whole block it sits in is then read against `follow`, not each piece alone.
 */
export const followPromptBeforeLinks =
  /(^|[.!?,] |\b(and|or|y|o|und|oder|et|ou|e) )(follow|seguir|síguenos|sigue|folgen sie|suivez|segui)( [\w.-]+)? (on|en|auf|sur|su|no|na)$/i;
