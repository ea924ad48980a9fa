import { videoRules } from './rules/video';

/** A duration badge: "06:02", "1:02:33", "Duration 6:02", "06:02 min" (seed page: "06:02"). */
export const DURATION = videoRules.labels.duration;

export function hasMedia(el: Element): boolean {
  return (
    !!el.querySelector('img, picture, video, svg, iframe, [style*="background-image"]') ||
    /background-image/.test(el.getAttribute('style') ?? '')
  );
}

const VIDEO_HINTS =
  'a[href*="video"], [aria-label*="play" i], [aria-label*="video" i], [class*="play" i], [class*="video" i], [data-testid*="video" i]';

/**
 * Whether a box with a duration badge is a video teaser: it has a thumbnail, or something else
 * that says video (a link to a video page, a play button) — a thumbnail set by a stylesheet is
 * invisible to us in Node.
 */
export function hasVideoEvidence(box: Element): boolean {
  return hasMedia(box) || box.matches(VIDEO_HINTS) || !!box.querySelector(VIDEO_HINTS);
}
