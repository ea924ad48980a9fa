import { listenLabel, videoRules } from '../rules/video';
import { nameTokens, textOf } from '../text';
import type { Candidate } from '../types';
import { defineCategory } from './category';
import { DURATION, hasVideoEvidence } from '../video-evidence';
import { climb, distinctHrefs, positionOf, type DetectContext } from './context';

const videoComboWords = new Set(videoRules.nameWords);
/** A time of day or date, not a duration (`<time datetime="PT6M2S">06:02</time>` is a duration). */
// (vanityfair: 'Watch Now:' over another video's title and its player, between the paragraphs)
const PLAYER_LABEL = /^(now playing|up next|watch next|watch now\s*:?|trending video|featured video( of the day)?)$/i;
const CLOCK_TIME = 'time:not([datetime^="P"]), [datetime]:not([datetime^="P"])';

/** A teaser card: one link target at most, a thumbnail, little text, no timestamps. */
function cardOf(badge: Element, ctx: DetectContext): Element {
  return climb(badge, (c) => distinctHrefs(c) <= 1 && textOf(c).length <= 400 && !c.querySelector(`${CLOCK_TIME}, h1, p + p + p`), ctx);
}

function isFloating(el: Element, ctx: DetectContext): boolean {
  const pos = positionOf(el, ctx.layout);
  return pos === 'fixed' || pos === 'sticky';
}

function detect(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  // Seed page: the "06:02" duration badge on the "Global expansion of TikTok …" teaser.
  for (const { el, text } of ctx.shortTexts()) {
    if (ctx.timeUp()) break;
    if (!DURATION.test(text) || el.closest(CLOCK_TIME)) continue;
    const card = cardOf(el, ctx);
    if (card === el || !hasVideoEvidence(card)) continue;
    out.push({ element: card, rule: 'badge:duration', reason: 'reason_video_duration', params: [text] });
  }
  // Playlists, carousels and floating players: "video" plus a teaser/playlist/sticky word.
  for (const el of ctx.named()) {
    if (ctx.timeUp()) break;
    const words = nameTokens(el);
    if (!words.some((w) => w === 'video' || w === 'videos' || w === 'player')) continue;
    const combo = words.find((w) => videoComboWords.has(w));
    if (!combo && !(words.includes('player') && isFloating(el, ctx))) continue;
    if (textOf(el).length > 600 || el.querySelector('h1')) continue;
    out.push({ element: el, rule: `name:video+${combo ?? 'floating'}`, reason: 'reason_video_playlist' });
  }
  // "Listen to this article" players: the label (or a play button saying it) and its small box.
  for (const { el, text } of ctx.shortTexts()) {
    if (ctx.timeUp()) break;
    const labelled = listenLabel.test(text) || listenLabel.test(el.getAttribute('aria-label') ?? '');
    if (!labelled) continue;
    const box = climb(el, (c) => textOf(c).length <= 200 && !c.querySelector('h1, p + p'), ctx);
    if (!box.querySelector('button, audio, [role="button"], [role="slider"], progress') && !box.matches('button, [role="button"]'))
      continue;
    out.push({ element: box, rule: 'audio-player', reason: 'reason_audio_player', params: [text.slice(0, 40)] });
  }
  // A floating player's frame: "Now Playing" over the player, with its title and close button
  // (time fixture: the player div itself is hidden by its name, its frame was left showing).
  for (const { el, text } of ctx.shortTexts()) {
    if (ctx.timeUp()) break;
    if (!PLAYER_LABEL.test(text)) continue;
    const box = climb(el, (c) => textOf(c).length <= 300 && !c.querySelector('h1, p + p'), ctx);
    if (box !== el && box.querySelector('video, iframe, [id*="player" i], [class*="player" i], button[aria-label*="close" i]')) {
      out.push({ element: box, rule: 'player-frame', reason: 'reason_video_player', params: [text] });
    }
  }
  for (const v of ctx.query('video')) {
    if (ctx.timeUp()) break;
    if (isFloating(v.parentElement ?? v, ctx))
      out.push({ element: v.parentElement ?? v, rule: 'floating-player', reason: 'reason_floating_player' });
  }
  return out;
}

export const video = defineCategory({ id: 'video', nameKey: 'category_video', rules: videoRules, detect });
