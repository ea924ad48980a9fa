import { markShown } from '../core/marks';
import { message } from '../shared/ui-strings';

/**
 * The element picker, started from the popup ("Pick an element to hide"): the element under the
 * pointer is outlined, a click picks it, Escape cancels. It adds one element of its own (the
 * outline with a hint) and takes it away when done; the page's nodes are never touched, and its
 * click never reaches the page. Text goes in as text.
 */
const BOX_ATTR = 'data-tidy-zapper';
const TIP_MS = 4000;

export interface Zapper {
  stop(): void;
}

let active: Zapper | null = null;

/**
 * Starts picking (once: a second start while picking does nothing). `onPick` hides the element
 * and returns null, or a sentence saying why it did not; that sentence is shown for a moment.
 */
export function startZapper(doc: Document, onPick: (el: Element) => Promise<string | null>): Zapper {
  if (active) return active;
  const box = doc.createElement('div');
  box.setAttribute(BOX_ATTR, '');
  box.setAttribute('role', 'status');
  Object.assign(box.style, {
    position: 'fixed',
    zIndex: '2147483647',
    pointerEvents: 'none',
    outline: '2px solid #d33',
    background: 'rgba(221, 51, 51, 0.12)',
    boxSizing: 'border-box',
    display: 'none',
  });
  const tip = doc.createElement('span');
  Object.assign(tip.style, {
    position: 'absolute',
    left: '0',
    top: '100%',
    font: '13px/1.4 system-ui, sans-serif',
    color: '#fff',
    background: '#222',
    padding: '2px 6px',
    whiteSpace: 'nowrap',
  });
  tip.textContent = message('zap_hint');
  box.append(tip);
  // Ours, and fixed like an overlay: the engine must not take it for one.
  markShown(box, 'user');
  (doc.body ?? doc.documentElement).append(box);

  let current: Element | null = null;
  const pickable = (t: EventTarget | null): Element | null =>
    t instanceof doc.defaultView!.Element && t !== box && !box.contains(t) && t !== doc.body && t !== doc.documentElement ? t : null;
  const outline = (el: Element | null): void => {
    current = el;
    if (!el) return void (box.style.display = 'none');
    const r = el.getBoundingClientRect();
    Object.assign(box.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
  };
  const onMove = (e: Event): void => outline(pickable(e.target));
  const swallow = (e: Event): void => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const onClick = (e: Event): void => {
    swallow(e);
    const el = pickable(e.target) ?? current;
    if (!el) return;
    stop();
    void onPick(el).then((why) => {
      if (why) tell(doc, why);
    });
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    swallow(e);
    stop();
  };
  const listen = { capture: true } as const;
  const stop = (): void => {
    doc.removeEventListener('mouseover', onMove, listen);
    doc.removeEventListener('click', onClick, listen);
    // The press and release around the click must not reach the page either (links, menus).
    doc.removeEventListener('mousedown', swallow, listen);
    doc.removeEventListener('mouseup', swallow, listen);
    doc.removeEventListener('keydown', onKey, listen);
    box.remove();
    active = null;
    doc.documentElement.removeAttribute(BOX_ATTR);
  };
  doc.addEventListener('mouseover', onMove, listen);
  doc.addEventListener('click', onClick, listen);
  doc.addEventListener('mousedown', swallow, listen);
  doc.addEventListener('mouseup', swallow, listen);
  doc.addEventListener('keydown', onKey, listen);
  // Marks the page as picking, for tests and for the reader's own styles.
  doc.documentElement.setAttribute(BOX_ATTR, 'picking');
  active = { stop };
  return active;
}

/** A short note at the top of the page (why a pick was not hidden), gone after a few seconds. */
function tell(doc: Document, text: string): void {
  const note = doc.createElement('div');
  note.setAttribute(BOX_ATTR, 'note');
  note.setAttribute('role', 'alert');
  Object.assign(note.style, {
    position: 'fixed',
    zIndex: '2147483647',
    top: '8px',
    left: '50%',
    transform: 'translateX(-50%)',
    maxWidth: '90vw',
    font: '14px/1.4 system-ui, sans-serif',
    color: '#fff',
    background: '#222',
    padding: '8px 12px',
    borderRadius: '6px',
  });
  note.textContent = text;
  markShown(note, 'user');
  (doc.body ?? doc.documentElement).append(note);
  setTimeout(() => note.remove(), TIP_MS);
}
