import { CATEGORY_IDS } from '../core/categories/registry';
import { categoryName, localize, message } from '../shared/ui-strings';
import { loadSettings, onSettingsChanged, resetSettings, updateSettings, type Settings } from '../shared/settings';
import { button, el, keepFocus } from './dom';
import { setUpFile } from './file';
import { renderRules, renderShown, renderZaps, setUpRuleForm } from './rules';

/**
 * Category switches for every site, the badge switch, the sites switched off, the user's rules
 * and zaps, and the settings file. Text goes in as text. Every write goes through the settings
 * queue; the page re-renders from storage whenever the settings change (here, in the popup, by
 * a zap on a page, by Import or by "Reset settings").
 */
function render(settings: Settings): void {
  const categories = document.getElementById('categories')!;
  categories.replaceChildren(
    ...CATEGORY_IDS.map((id) => {
      const li = el('li');
      const label = el('label');
      const input = el('input');
      input.type = 'checkbox';
      input.checked = !settings.disabledCategories.includes(id);
      input.dataset.focusKey = `category:${id}`;
      input.addEventListener('change', () => {
        const on = input.checked;
        void updateSettings((s) => ({
          ...s,
          disabledCategories: on ? s.disabledCategories.filter((c) => c !== id) : [...s.disabledCategories, id],
        }));
      });
      label.append(input, document.createTextNode(' '), el('span', categoryName(id)));
      li.append(label);
      return li;
    }),
  );
  (document.getElementById('show-badge') as HTMLInputElement).checked = settings.showBadge;
  const sites = document.getElementById('sites')!;
  document.getElementById('no-sites')!.hidden = settings.disabledSites.length > 0;
  sites.replaceChildren(
    ...settings.disabledSites.map((site) => {
      const li = el('li');
      const on = button(
        message('options_site_on'),
        () => void updateSettings((s) => ({ ...s, disabledSites: s.disabledSites.filter((x) => x !== site) })),
        message('options_site_on_label', [site]),
      );
      on.dataset.focusKey = `site:${site}`;
      li.append(el('span', site), on);
      return li;
    }),
  );
  renderRules(settings);
  renderZaps(settings);
  renderShown(settings);
}

function setUpControls(): void {
  const badge = document.getElementById('show-badge') as HTMLInputElement;
  badge.addEventListener('change', () => {
    const on = badge.checked;
    void updateSettings((s) => ({ ...s, showBadge: on }));
  });
  const reset = document.getElementById('reset')!;
  reset.title = message('options_reset_hint');
  reset.addEventListener('click', () => void resetSettings());
  setUpRuleForm();
  setUpFile();
}

async function main(): Promise<void> {
  localize(document);
  setUpControls();
  onSettingsChanged((s) => keepFocus(() => render(s)));
  render(await loadSettings());
}

void main();
