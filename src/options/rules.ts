import { updateSettings, type Settings } from '../shared/settings';
import { normalizeSite } from '../shared/settings-validate';
import { message } from '../shared/ui-strings';
import { button, el, selectorError, showFieldError } from './dom';

/**
 * The user's rules: custom selectors per site (add, edit, delete; checked as they are typed, the
 * error beside the field) and the elements zapped with the picker (delete undoes the zap).
 */

let errorIds = 0;
const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

function setCustomRules(site: string, change: (rules: string[]) => string[]): Promise<Settings> {
  return updateSettings((s) => ({ ...s, customRules: { ...s.customRules, [site]: change(s.customRules[site] ?? []) } }));
}

/** The add form: site and selector, both checked on every keystroke and again on submit. */
export function setUpRuleForm(): void {
  const form = byId<HTMLFormElement>('rule-form');
  const site = byId<HTMLInputElement>('rule-site');
  const selector = byId<HTMLInputElement>('rule-selector');
  const siteError = byId('rule-site-error');
  const selectorErr = byId('rule-selector-error');
  const checkSite = (): string | null => {
    const key = normalizeSite(site.value);
    showFieldError(site, siteError, key ? '' : message('options_error_site'));
    return key;
  };
  const checkSelector = (): boolean => {
    const error = selectorError(selector.value);
    showFieldError(selector, selectorErr, error);
    return !error;
  };
  site.addEventListener('input', () => void checkSite());
  selector.addEventListener('input', () => void checkSelector());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const key = checkSite();
    if (!checkSelector() || !key) return (key ? selector : site).focus();
    const value = selector.value.trim();
    void setCustomRules(key, (rules) => (rules.includes(value) ? rules : [...rules, value])).then(() => {
      selector.value = '';
      selector.focus();
    });
  });
}

/** One custom rule: its selector in an editable field (saved with Enter or Save), and Delete. */
function ruleItem(site: string, rule: string): HTMLLIElement {
  const li = el('li');
  const input = el('input');
  input.type = 'text';
  input.value = rule;
  input.spellcheck = false;
  input.setAttribute('aria-label', message('options_rule_edit_label', [site]));
  input.dataset.focusKey = `rule:${site}:${rule}`;
  const error = el('span', '', 'error');
  error.id = `rule-error-${++errorIds}`;
  error.setAttribute('aria-live', 'polite');
  input.setAttribute('aria-describedby', error.id);
  const save = (): void => {
    const text = selectorError(input.value);
    showFieldError(input, error, text);
    const value = input.value.trim();
    if (text || value === rule) return;
    void setCustomRules(site, (rules) => [...new Set(rules.map((r) => (r === rule ? value : r)))]);
  };
  input.addEventListener('input', () => showFieldError(input, error, selectorError(input.value)));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') save();
  });
  const saveButton = button(message('options_rule_save'), save, message('options_rule_save_label', [rule, site]));
  const del = button(
    message('options_rule_delete'),
    () => void setCustomRules(site, (rules) => rules.filter((r) => r !== rule)),
    message('options_rule_delete_label', [rule, site]),
  );
  saveButton.dataset.focusKey = `rule-save:${site}:${rule}`;
  li.append(input, saveButton, del, error);
  return li;
}

function siteGroup(site: string, items: HTMLLIElement[]): HTMLElement {
  const group = el('div', undefined, 'site-group');
  const list = el('ul');
  list.setAttribute('aria-label', site);
  list.append(...items);
  group.append(el('h3', site), list);
  return group;
}

export function renderRules(settings: Settings): void {
  const sites = Object.keys(settings.customRules).sort();
  byId('no-rules').hidden = sites.length > 0;
  byId('rules').replaceChildren(
    ...sites.map((site) =>
      siteGroup(
        site,
        settings.customRules[site].map((rule) => ruleItem(site, rule)),
      ),
    ),
  );
}

/** The words and ids of a list of picked elements: the zaps, or the "keep showing" exceptions. */
const PICKED = {
  zapRules: { list: 'zaps', none: 'no-zaps', undo: 'options_zap_undo', undoLabel: 'options_zap_undo_label' },
  shownRules: { list: 'shown', none: 'no-shown', undo: 'options_shown_delete', undoLabel: 'options_shown_delete_label' },
} as const;

/**
 * Elements picked on a page, per site: hidden with the picker (`zapRules`; deleting shows one
 * again) or kept showing from the popup (`shownRules`; deleting lets Tidy News hide it again).
 */
function renderPicked(settings: Settings, field: keyof typeof PICKED): void {
  const ids = PICKED[field];
  const sites = Object.keys(settings[field]).sort();
  byId(ids.none).hidden = sites.length > 0;
  const date = (ms: number): string => (ms ? new Date(ms).toLocaleDateString(document.documentElement.lang || undefined) : '');
  byId(ids.list).replaceChildren(
    ...sites.map((site) =>
      siteGroup(
        site,
        settings[field][site].map((zap) => {
          const li = el('li');
          const undo = button(
            message(ids.undo),
            () =>
              void updateSettings((s) => ({
                ...s,
                [field]: { ...s[field], [site]: (s[field][site] ?? []).filter((z) => z.selector !== zap.selector) },
              })),
            message(ids.undoLabel, [zap.label || zap.selector, site]),
          );
          undo.dataset.focusKey = `${field}:${site}:${zap.selector}`;
          const what = el('span', zap.label || zap.selector, 'zap-label');
          const how = el('code', zap.selector);
          const when = el('span', zap.created ? message('options_zap_when', [date(zap.created)]) : '', 'note');
          li.append(what, how, when, undo);
          return li;
        }),
      ),
    ),
  );
}

export const renderZaps = (settings: Settings): void => renderPicked(settings, 'zapRules');
export const renderShown = (settings: Settings): void => renderPicked(settings, 'shownRules');
