import { message } from '../shared/ui-strings';
import { selectorProblem, MAX_SELECTOR_LENGTH } from '../shared/settings-validate';

/** An element with text set as text (user and page strings never go through innerHTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A button whose text (and accessible name, when `label` is given) come from `_locales`. */
export function button(text: string, onClick: () => void, label?: string): HTMLButtonElement {
  const b = el('button', text);
  b.type = 'button';
  if (label) b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

/** What is wrong with a selector as typed, in the user's language, or '' when it is fine. */
export function selectorError(selector: string): string {
  const problem = selectorProblem(selector);
  if (problem === 'empty') return message('options_error_empty');
  if (problem === 'too-long') return message('options_error_too_long', [String(MAX_SELECTOR_LENGTH)]);
  if (problem === 'invalid') return message('options_error_invalid');
  return '';
}

/** Shows `error` next to `input` (its aria-describedby target) and marks the input invalid. */
export function showFieldError(input: HTMLInputElement, error: HTMLElement, text: string): void {
  error.textContent = text;
  input.setAttribute('aria-invalid', text ? 'true' : 'false');
}

/**
 * Re-rendering from storage replaces the lists: the control that had focus (a key in
 * `data-focus-key`) gets it back, or the section's heading when its control is gone (a deleted rule).
 */
export function keepFocus(render: () => void): void {
  const active = document.activeElement as HTMLElement | null;
  const key = active?.dataset?.focusKey;
  const section = active?.closest('section');
  render();
  if (!key || document.activeElement !== document.body) return;
  const again = Array.from(document.querySelectorAll<HTMLElement>('[data-focus-key]')).find((n) => n.dataset.focusKey === key);
  const heading = section?.querySelector<HTMLElement>('h2');
  if (again) again.focus();
  else if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}
