import type { LayoutProbe } from '../core/types';

/** Layout facts from the real page, for the detectors that need them (fixed overlays). */
export function pageLayoutProbe(win: Window): LayoutProbe & { overflow(el: Element): string } {
  return {
    position: (el) => win.getComputedStyle(el).position,
    overflow: (el) => win.getComputedStyle(el).overflowY,
  };
}
