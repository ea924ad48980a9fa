import type { LayoutProbe } from '../core/types';

/** Layout facts from the real page, for the detectors that need them (fixed overlays). */
export function pageLayoutProbe(win: Window): LayoutProbe & { overflow(el: Element): string } {
  return {
    position: (el) => win.getComputedStyle(el).position,
    // Chromium 105+, Firefox 106+ (both below our minimum versions); a style read, for the few
    // candidates that need it (on-demand-ui.ts).
    rendered: (el) => (typeof el.checkVisibility === 'function' ? el.checkVisibility() : true),
    overflow: (el) => win.getComputedStyle(el).overflowY,
  };
}
